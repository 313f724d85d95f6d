"""Full screen on a bare X server with no window manager (a booth laptop started straight into X, or
`make run`'s virtual screen): the window takes the whole screen."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

SNIPPET = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
from kiosk.ui.app import _show
app = QApplication(sys.argv[:1])
w = QLabel("kiosk")
_show(w, windowed=False)
for _ in range(20):
    app.processEvents()
g = w.frameGeometry()
print(g.x(), g.y(), g.width(), g.height(), flush=True)
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (Debian: xvfb)")
def test_the_window_fills_a_screen_without_a_window_manager(tmp_path):
    env = {k: v for k, v in __import__("os").environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    out = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, "-c", SNIPPET],
                         capture_output=True, text=True, timeout=120, env=env)
    assert out.stdout.split() == ["0", "0", "1366", "768"], out.stderr[-2000:]
