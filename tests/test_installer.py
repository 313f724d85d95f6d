"""The PyInstaller one-folder build still builds, and the frozen kiosk starts."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_installer_builds_and_starts(tmp_path):
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "ERROR", "--distpath", str(tmp_path / "dist"),
                    "--workpath", str(tmp_path / "build"), "installer.spec"], cwd=ROOT, check=True, timeout=600)
    exe = tmp_path / "dist" / "kiosk" / "kiosk"
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=60)
    assert version.returncode == 0 and version.stdout.startswith("kiosk ")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_STARTUP_PROBE": "1"}
    gui = subprocess.run([str(exe), "--data-dir", str(tmp_path / "data"), "gui", "--windowed"],
                         capture_output=True, text=True, timeout=120, env=env)
    assert gui.returncode == 0 and "first-frame-at" in gui.stdout, gui.stderr
