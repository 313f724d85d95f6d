from PySide6.QtCore import Qt

from kiosk.settings import load_settings
from tests.printing.conftest import cups_server, pdf_queue  # noqa: F401 (fixtures)


def test_admin_screen_saves_the_settings_file(qtbot, operator, data_dir):
    w = operator
    qtbot.mouseClick(w.admin_button, Qt.MouseButton.LeftButton)
    assert w.mode == "admin"
    w.admin.booth_id.setText("ishinomaki-2")
    w.admin.idle.setValue(120)
    qtbot.mouseClick(w.admin.save_button, Qt.MouseButton.LeftButton)
    saved = load_settings(data_dir).settings
    assert saved.booth_id == "ishinomaki-2" and saved.idle_timeout_s == 120
    assert w.idle.timer.interval() == 120_000


def test_invalid_settings_are_refused_and_the_file_kept(qtbot, operator, data_dir):
    w = operator
    w.to_admin()
    w.admin.hq_url.setText("ftp://hq")
    qtbot.mouseClick(w.admin.save_button, Qt.MouseButton.LeftButton)
    assert "https" in w.admin.status.text()
    assert not (data_dir / "settings.toml").exists()


def test_broken_settings_file_is_shown_to_the_operator(qtbot, data_dir, store):
    (data_dir / "settings.toml").write_text("this is = = not toml", encoding="utf-8")
    from kiosk.ui.app import build_window

    w = build_window(str(data_dir), store)
    qtbot.addWidget(w)
    assert "設定ファイルが壊れています" in w.admin.problems.text()
    w._allow_close = True


def test_the_printer_is_chosen_from_the_queues_cups_has(qtbot, operator, data_dir, pdf_queue):  # noqa: F811
    w = operator
    qtbot.mouseClick(w.admin_button, Qt.MouseButton.LeftButton)
    offered = [w.admin.printer.itemText(i) for i in range(w.admin.printer.count())]
    assert pdf_queue in offered and w.admin.printer.itemData(0) == ""  # the first: the PDF printer, named
    assert offered[0] == "PDFプリンター（プリンター未選択）"  # named, not a blank row
    w.admin.printer.setCurrentIndex(offered.index(pdf_queue))
    qtbot.mouseClick(w.admin.save_button, Qt.MouseButton.LeftButton)
    assert load_settings(data_dir).settings.printer == pdf_queue and w.print_queue() == pdf_queue


def test_the_language_is_chosen_by_its_own_name(qtbot, operator, data_dir):
    w = operator
    w.to_admin()
    names = [w.admin.language.itemText(i) for i in range(w.admin.language.count())]
    assert names == ["日本語", "English"]
    w.admin.language.setCurrentIndex(1)
    qtbot.mouseClick(w.admin.save_button, Qt.MouseButton.LeftButton)
    assert load_settings(data_dir).settings.language == "en"
    qtbot.waitUntil(lambda: w.admin.save_button.text() == "Save")
