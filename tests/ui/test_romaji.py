import pytest

from kiosk.ui.romaji import RomajiComposer


def compose(text: str) -> str:
    c = RomajiComposer()
    return "".join(c.feed(ch) for ch in text) + c.flush()


@pytest.mark.parametrize(
    ("typed", "kana"),
    [("miyagi", "みやぎ"), ("sendai", "せんだい"), ("kesennuma", "けせんぬま"), ("ishinomaki", "いしのまき"),
     ("kitte", "きって"), ("shakai", "しゃかい"), ("kyouiku", "きょういく"), ("tsukuba", "つくば"),
     ("hon", "ほん"), ("konnichiha", "こんにちは"), ("natori", "なとり"), ("ma-ku", "まーく"),
     ("kenn", "けん"), ("kennka", "けんか"), ("konnnichiha", "こんにちは"), ("sennda", "せんだ"), ("minna", "みんな")],
)
def test_romaji_becomes_hiragana(typed, kana):
    assert compose(typed) == kana


def test_pending_letters_wait_for_the_vowel():
    c = RomajiComposer()
    assert c.feed("k") == "" and c.pending == "k"
    assert c.feed("a") == "か" and c.pending == ""
