from kiosk.settings import Settings, load_settings, save_settings


def test_missing_file_means_defaults_without_complaint(data_dir):
    loaded = load_settings(data_dir)
    assert loaded.settings == Settings() and loaded.problems == []


def test_broken_file_gives_a_clear_message_and_safe_defaults(data_dir):
    (data_dir / "settings.toml").write_text('booth_id = "x\nlanguage = ', encoding="utf-8")
    loaded = load_settings(data_dir)
    assert loaded.settings == Settings()
    assert "設定ファイルが壊れています" in loaded.problems[0] and "broken" in loaded.problems[0]


def test_bad_values_fall_back_one_by_one(data_dir):
    (data_dir / "settings.toml").write_text(
        'booth_id = "sendai-2"\nlanguage = "fr"\nidle_timeout_s = "soon"\ncolour = "red"\n', encoding="utf-8")
    loaded = load_settings(data_dir)
    assert loaded.settings.booth_id == "sendai-2"  # the good value is kept
    assert loaded.settings.language == "ja" and loaded.settings.idle_timeout_s == 90
    text = "\n".join(loaded.problems)
    assert "language" in text and "idle_timeout_s" in text and "colour" in text


def test_save_and_load_round_trip(data_dir):
    s = Settings(booth_id="ishinomaki-1", hq_url="https://hq.example.jp", camera="1", printer="MFP",
                 language="en", idle_timeout_s=45)
    save_settings(data_dir, s)
    assert load_settings(data_dir).settings == s
