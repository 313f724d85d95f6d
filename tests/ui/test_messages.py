"""The lower layers' messages: a code and its parameters below, one language on the screen, Japanese
with English on the command line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.domain.application_form import classify
from kiosk.pin import OperatorPin, PinError, validate_new_pin
from kiosk.settings import Settings
from kiosk.store.errors import StoreLocked, WrongPassphrase
from kiosk.ui import messages
from kiosk.ui.i18n import set_language

ROOT = Path(__file__).resolve().parents[2]
LAYERS = ["kiosk/pin.py", "kiosk/settings.py", "kiosk/domain/application_form.py"]


@pytest.fixture
def japanese(qapp):
    set_language("ja")
    yield
    set_language("en")


def test_every_code_the_layers_use_has_its_text_on_screen(qapp):
    used = {c for p in LAYERS for c in re.findall(r'(?:Coded|_other)\("([a-z_]+\.[a-z_]+)"', (ROOT / p).read_text())}
    assert len(used) >= 15
    assert used <= set(messages._sources())


def test_a_wrong_pin_in_the_screen_language_and_bilingual_below(qapp, data_dir, japanese):
    pin = OperatorPin(data_dir, clock=lambda: 1000.0)
    pin.set("2580")
    for _ in range(3):
        result = pin.check("1111")
    assert str(result.message).startswith("暗証番号が違います") and "wrong PIN" in result.message  # CLI, logs
    assert result.message.code == "pin.wrong_wait"
    shown = messages.say(result.message)
    assert shown == f"暗証番号が違います。{result.message.params['seconds']}秒お待ちください。"
    set_language("en")
    assert messages.say(result.message) == f"Wrong PIN. Wait {result.message.params['seconds']} seconds."


def test_settings_qr_and_passphrase_messages_in_one_language(qapp, japanese):
    problems = Settings(hq_url="ftp://x", booth_id=" ").validate()
    assert messages.say_all(problems) == "HQ の URL は https:// で始めてください。\nブースIDが空です。"
    assert messages.say(classify("http://example.org/x")) != ""
    refused = classify("https://example.org/form").reason
    assert messages.say(refused) == "申請書のQRコードではありません（別のサイト）。"
    assert messages.say(WrongPassphrase()) == "パスフレーズが違います。"
    with pytest.raises(PinError) as caught:
        validate_new_pin("1111")
    set_language("en")
    assert messages.say(caught.value) == "This PIN is too easy to guess. Choose another."
    assert messages.say(StoreLocked("/data")) == "Another kiosk app is using this data folder. Close it first."
    assert messages.say("an unknown text") == "an unknown text"  # shown as the layer wrote it


def test_every_booth_refusal_has_a_code_and_its_text_on_screen(qapp):
    source = (ROOT / "kiosk/booth.py").read_text()
    raised = re.findall(r"raise BoothError\((?:[^()]|\([^()]*\))*\)", source)
    codes = {m.group(1) for r in raised if (m := re.search(r'",\s*"([a-z_]+)"', r))}
    uncoded = [r for r in raised if not re.search(r'",\s*"[a-z_]+"', r) and "str(exc)" not in r]
    assert not uncoded, uncoded  # (a journey step's own ValueError is passed on as it is)
    assert len(codes) >= 12 and {f"booth.{c}" for c in codes} <= set(messages._sources())


def test_the_empty_venue_refusal_in_the_screen_language(qapp, store, japanese):
    from kiosk.booth import Booth, BoothError

    with pytest.raises(BoothError) as caught:
        Booth(store, "test-booth").open_session(" ", "仙台市", "support", False)
    assert "enter the venue" in str(caught.value)  # the CLI and the logs: Japanese with English
    assert messages.say(caught.value) == "会場名と市町村名を入力してください。"
    set_language("en")
    assert messages.say(caught.value) == "Enter the venue and the municipality."
