"""HQ installs alone: `pip install '.[hq]'` into a fresh virtual environment (no PySide6, OpenCV or
pycups) gives a `kiosk-hq` that serves, takes a real kiosk's sync and reports the kiosk's figures."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.sync.hqproc import HQProcess, hq_env

ROOT = Path(__file__).resolve().parents[2]
KIOSK_PASS = "kiosk passphrase for install"
pytestmark = pytest.mark.slow  # downloads HQ's packages from PyPI (cached by pip afterwards)


def _copy_sources(dest: Path) -> None:
    """The project's files as a fresh clone has them (a build must not litter the worktree)."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.splitlines()
    for name in listed:
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)


def _kiosk(data_dir: Path, *args: str) -> None:
    subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), *args], check=True,
                   env={**os.environ, "KIOSK_PASSPHRASE": KIOSK_PASS}, capture_output=True, text=True,
                   timeout=120, stdin=subprocess.DEVNULL)


def test_hq_extra_installs_a_working_kiosk_hq_without_the_desktop_stack(tmp_path):
    src, env_dir = tmp_path / "src", tmp_path / "venv"
    _copy_sources(src)
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", f"{src}[hq]"], check=True, capture_output=True,
                   text=True, timeout=900, cwd=tmp_path)
    for desktop in ("PySide6", "cv2", "cups", "pyzbar", "zxingcpp"):
        found = subprocess.run([str(py), "-c", f"import importlib.util as u; print(u.find_spec({desktop!r}) is None)"],
                               capture_output=True, text=True, check=True).stdout.strip()
        assert found == "True", f"{desktop} was installed with '.[hq]'"

    hq_dir = tmp_path / "hq"
    hq_dir.mkdir()
    hq = HQProcess(hq_dir, f"sqlite:///{hq_dir / 'hq.sqlite3'}", command=[str(env_dir / "bin" / "kiosk-hq")])
    hq.init_keys()
    hq.start()
    try:
        events = [{"type": "session_open", "at": "2024-10-05T09:00:00+09:00", "session": "S1", "venue": "石巻市役所",
                   "municipality": "石巻市", "kind": "support", "large_venue": True}]
        events += [{"type": "application", "at": f"2024-10-05T10:{i:02d}:00+09:00", "session": "S1",
                    "route": "paper" if i % 3 else "online", "age_band": "70-79"} for i in range(5)]
        (tmp_path / "day.jsonl").write_text("\n".join(json.dumps(e, ensure_ascii=False) for e in events),
                                            encoding="utf-8")
        kiosk_dir = tmp_path / "kiosk"
        _kiosk(kiosk_dir, "events", "import", str(tmp_path / "day.jsonl"))
        _kiosk(kiosk_dir, "enroll", "--hq", hq.url, "--code", hq.enroll_code("石巻ブース", via_cli=True))
        _kiosk(kiosk_dir, "sync")
        out = subprocess.run([str(env_dir / "bin" / "kiosk-hq"), "--data-dir", str(hq_dir), "report", "daily",
                              "--date", "2024-10-05"], env=hq_env(), capture_output=True, text=True, timeout=120,
                             check=True).stdout
        report = json.loads(out)
        assert report["applications"]["total"] == 5 and report["applications"]["online"] == 2
        assert report["sessions"][0]["venue"] == "石巻市役所"
        pdf = tmp_path / "completion.pdf"  # the reports' PDF and its assets come with the lean install too
        subprocess.run([str(env_dir / "bin" / "kiosk-hq"), "--data-dir", str(hq_dir), "report", "completion",
                        "--format", "pdf", "--out", str(pdf)], env=hq_env(), check=True, capture_output=True,
                       timeout=120)
        assert pdf.read_bytes().startswith(b"%PDF")
    finally:
        hq.stop()
