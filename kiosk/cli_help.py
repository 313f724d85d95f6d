"""Help that a booth operator can read: every command and option in Japanese and English, defaults
shown, required options said. `finish(parser)` goes over a built argparse tree (kiosk and kiosk-hq):
each subcommand's one-line description is its listing's text, and each option's help gets its
default and "必須 / required" where the help does not say them itself. No Qt here."""

from __future__ import annotations

import argparse

REQUIRED = "【必須 / required】"


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32, width=100)


def _complete(action: argparse.Action) -> None:
    if action.help in (None, argparse.SUPPRESS) or isinstance(action, argparse._SubParsersAction):
        return
    text = str(action.help)
    if action.required and action.option_strings and REQUIRED not in text:
        text = f"{REQUIRED} {text}"
    default = action.default
    shown = default not in (None, False, argparse.SUPPRESS) and not isinstance(action, argparse._VersionAction)
    if shown and "default" not in text and "既定" not in text:
        text += f"（既定 / default: {default}）"
    action.help = text.replace("%", "%%") if "%(" not in text else text


def finish(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.formatter_class = _Formatter
    parser._positionals.title = "引数 / arguments"
    parser._optionals.title = "オプション / options"
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = "この説明を表示 / show this help"
        _complete(action)
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                if not sub.description:
                    sub.description = helps.get(name)
                finish(sub)
    return parser
