"""The start-of-day passphrase screen in front of the encrypted store."""

from PySide6.QtCore import Qt

from kiosk.store.encrypted import open_event_log, store_exists
from kiosk.ui.start_window import StartWindow
from kiosk.ui.unlock_screen import UnlockScreen

LEFT = Qt.MouseButton.LeftButton


def screen(qtbot, data_dir, creating):
    unlock = UnlockScreen(lambda secret, create: open_event_log(data_dir, secret, create=create), creating)
    start = StartWindow(unlock)
    qtbot.addWidget(start)
    start.show()
    return unlock


def test_first_start_creates_the_store_with_a_confirmed_passphrase(qtbot, data_dir):
    unlock = screen(qtbot, data_dir, creating=True)
    unlock.passphrase.setText("short")
    unlock.confirm.setText("short")
    qtbot.mouseClick(unlock.unlock_button, LEFT)
    assert unlock.error.text() and not store_exists(data_dir)
    unlock.passphrase.setText("a long enough passphrase")
    unlock.confirm.setText("a long enough passphrase!")
    qtbot.mouseClick(unlock.unlock_button, LEFT)
    assert unlock.error.text() and not store_exists(data_dir)
    unlock.passphrase.setText("a long enough passphrase")
    unlock.confirm.setText("a long enough passphrase")
    with qtbot.waitSignal(unlock.unlocked) as opened:
        qtbot.mouseClick(unlock.unlock_button, LEFT)
    assert store_exists(data_dir)
    opened.args[0].close()


def test_wrong_passphrase_is_refused_on_screen(qtbot, data_dir):
    open_event_log(data_dir, "the real passphrase", create=True).close()
    unlock = screen(qtbot, data_dir, creating=False)
    assert not unlock.confirm.isVisible()
    unlock.passphrase.setText("not the real one")
    with qtbot.assertNotEmitted(unlock.unlocked):
        qtbot.mouseClick(unlock.unlock_button, LEFT)
    assert unlock.error.text() in ("Wrong passphrase.", "パスフレーズが違います。")  # the screen's one language
    assert unlock.passphrase.text() == ""
    unlock.passphrase.setText("the real passphrase")
    with qtbot.waitSignal(unlock.unlocked) as opened:
        qtbot.mouseClick(unlock.unlock_button, LEFT)
    opened.args[0].close()


def test_recorded_steps_are_in_the_encrypted_store(qtbot, operator, store):
    operator.booth.open_session("v", "m", "support", False)
    operator.booth.receive_visitor([])
    assert [e.type for _, e in store.events()] == ["session_open", "visitor"]
