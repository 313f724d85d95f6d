"""The keyboard is on a public screen: SKK-JISYO.L's obscene words and slurs are never offered, while
the ordinary words sharing their readings (号館, 爺, 盲学校) still are."""

from __future__ import annotations

from pathlib import Path

from kiosk.ui.kana_kanji import BLOCKED, Converter, Dictionary


def _skk(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "SKK-JISYO.test"
    path.write_bytes(("\n".join([";; okuri-nasi entries.", *lines]) + "\n").encode("euc_jis_2004"))
    return path


def test_blocked_words_are_never_candidates_and_their_neighbours_stay(tmp_path):
    skk = _skk(tmp_path, ["ごうかん /号館/強姦/合歓/", "じい /自慰/爺/辞意/", "なか /中/仲/", "だし /出し/出汁/",
                          "なかだし /中出し/", "もう /猛/盲/", "もうがっこう /盲学校/", "めくら /盲/瞽/"])
    d = Dictionary.load(skk)
    assert d.convert("ごうかん")[0] == "号館" and "強姦" not in d.convert("ごうかん")
    assert d.convert("じい")[0] == "爺"  # SKK lists 自慰 first
    assert "めくら" not in d.words  # nothing left to offer
    assert "盲学校" in d.convert("もうがっこう")  # a single blocked kanji only as a word of its own
    # nor pieced together from innocent words: 中 + 出し
    assert d.convert("なかだし") and not any("中出し" in p for p in d.convert("なかだし", limit=20))


def test_the_real_dictionary_offers_none_of_them():
    converter = Converter(local=Path(__file__).resolve().parents[2] / "assets" / "kanji.json")
    assert len(converter.dictionary.words) > 100_000  # SKK-JISYO.L (Debian skkdic) is there
    for kana in ("なかだし", "じい", "ごうかん", "りんかん", "しな", "めくら", "きちがい", "せいこう", "しゃせい"):
        offered = [text for _, text in converter.candidates(kana)]
        assert offered and not [t for t in offered if any(b in t for b in BLOCKED if len(b) > 1 or t == b)], kana
    assert "号館" in [t for _, t in converter.candidates("ごうかん")]
