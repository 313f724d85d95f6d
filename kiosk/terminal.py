"""Asking a person at a terminal, safely when there is none: stdin closed (`<&-`, sys.stdin is
None), redirected from a file or a pipe, or ended with Ctrl-D. Used by the kiosk's and HQ's
commands alike, so "no terminal" is one clear message everywhere, never an AttributeError."""

from __future__ import annotations

import getpass
import sys


def on_terminal() -> bool:
    stdin = sys.stdin
    try:
        return stdin is not None and stdin.isatty()
    except (ValueError, OSError):  # a closed file object
        return False


def ask_secret(prompt: str) -> str:
    """A secret typed without echo; "" when the input ends before a line (callers refuse it)."""
    try:
        return getpass.getpass(prompt)
    except EOFError:
        return ""


def ask_line(prompt: str) -> str:
    try:
        return input(prompt).strip()
    except EOFError:
        return ""
