"""`--help` of kiosk and kiosk-hq: every command has a one-line description in Japanese and English,
every argument is explained in both, defaults are shown and required options said."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

import pytest

from kiosk.cli import build_parser
from sync.hq.cli import build_parser as build_hq_parser

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
ENGLISH = re.compile(r"[A-Za-z]{3,} [A-Za-z]{2,}")


def parsers(parser: argparse.ArgumentParser, name: str):
    yield name, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub_name, sub in action.choices.items():
                yield from parsers(sub, f"{name} {sub_name}")


@pytest.mark.parametrize("build", [build_parser, build_hq_parser], ids=["kiosk", "kiosk-hq"])
def test_every_command_and_argument_is_explained_in_both_languages(build):
    seen = 0
    for name, parser in parsers(build(), "cli"):
        assert parser.description and JAPANESE.search(parser.description) and ENGLISH.search(parser.description), name
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                continue
            text = action.help or ""
            where = f"{name} {action.option_strings or action.dest}"
            assert JAPANESE.search(text) and re.search(r"[A-Za-z]{3,}", text), where
            if action.default not in (None, False, argparse.SUPPRESS) and not isinstance(action, argparse._VersionAction):
                assert "default" in text and str(action.default) in text or "既定" in text, where
            if action.required and action.option_strings:
                assert "必須" in text and "required" in text, where
            seen += 1
    assert seen >= 10


def test_report_help_says_date_is_required_for_daily_and_layouts_are_named():
    out = subprocess.run([sys.executable, "-m", "kiosk", "report", "--help"], capture_output=True, text=True).stdout
    assert "required for daily" in out and "daily には必須" in out
    out = subprocess.run([sys.executable, "-m", "kiosk", "print", "--help"], capture_output=True, text=True).stdout
    assert "hagaki=はがき" in out and "default: L" in out
