import os
import subprocess
import sys

from kiosk import __version__


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          env={**clean, **env}, timeout=60)


def test_version_and_help_work_without_a_display():
    version = _run("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"kiosk {__version__}"
    helptext = _run("--help")
    assert helptext.returncode == 0 and "--data-dir" in helptext.stdout and "gui" in helptext.stdout


def test_gui_without_a_display_explains_what_to_do(tmp_path):
    result = _run("--data-dir", str(tmp_path / "d"), "gui")
    assert result.returncode == 2 and "xvfb-run" in result.stderr and "画面がありません" in result.stderr


def test_data_dir_option_beats_the_environment(tmp_path):
    from kiosk.paths import resolve_data_dir

    os.environ["KIOSK_DATA_DIR"] = str(tmp_path / "env")
    assert resolve_data_dir(str(tmp_path / "cli")) == tmp_path / "cli"
    assert resolve_data_dir(None) == tmp_path / "env"


def test_hq_command_answers_version():
    result = subprocess.run([sys.executable, "-c", "from sync.hq.cli import main; main(['--version'])"],
                            capture_output=True, text=True)
    assert f"kiosk-hq {__version__}" in result.stdout
