"""The app's warnings go through `logging` (a level and the module's name, where the service's log
collects them); the startup probe's timing marks stay plain stdout lines for bench/bench_startup.py."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from kiosk.ui import app


def test_a_broken_settings_file_is_a_logged_warning_and_the_probe_marks_are_unchanged(data_dir):
    (data_dir / "settings.toml").write_text("this is = = not toml", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_STARTUP_PROBE": "1"}
    run = subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), "gui", "--windowed"],
                         capture_output=True, text=True, timeout=120, env=env, stdin=subprocess.DEVNULL)
    assert run.returncode == 0, run.stderr
    assert re.fullmatch(r"first-frame-at \d+\.\d{6}", run.stdout.strip())  # what bench_startup parses
    assert re.search(r"^WARNING kiosk\.ui\.app: 設定ファイルが壊れています", run.stderr, re.M), run.stderr


def test_a_broken_survey_definition_is_a_logged_warning_and_surveys_go_on_paper(tmp_path, monkeypatch, caplog,
                                                                             capsys):
    (tmp_path / "survey.json").write_text("{ not json", encoding="utf-8")
    monkeypatch.setattr(app, "assets_dir", lambda: tmp_path)
    with caplog.at_level("WARNING", logger="kiosk.ui.app"):
        assert app._load_survey() is None
    assert "cannot read the survey definition" in caplog.text and "紙のアンケート" in caplog.text
    assert capsys.readouterr().err == ""  # through logging, not a bare print
