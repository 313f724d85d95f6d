"""Shared fixtures: every test gets its own data directory, and Qt runs offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # CI runs as root; a booth does not

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402

# QtWebEngine (the online-application browser) needs this before any QApplication exists.
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh kiosk data directory; tests never touch a user's real data."""
    d = tmp_path / "kiosk-data"
    d.mkdir()
    monkeypatch.setenv("KIOSK_DATA_DIR", str(d))
    return d
