"""Romaji → hiragana composition for the on-screen keyboard (no Qt): the operator types "miyagi"
and gets 「みやぎ」. Pure and table-driven so it is tested on its own."""

from __future__ import annotations

_VOWELS = "aiueo"
_ROWS = {
    "": "あいうえお", "k": "かきくけこ", "s": "さしすせそ", "t": "たちつてと", "n": "なにぬねの",
    "h": "はひふへほ", "m": "まみむめも", "y": "や\0ゆ\0よ", "r": "らりるれろ", "w": "わ\0\0\0を",
    "g": "がぎぐげご", "z": "ざじずぜぞ", "d": "だぢづでど", "b": "ばびぶべぼ", "p": "ぱぴぷぺぽ",
    "l": "ぁぃぅぇぉ", "x": "ぁぃぅぇぉ", "j": "じゃ\0じゅじぇじょ", "f": "ふぁふぃふ\0ふぇふぉ",
}
TABLE: dict[str, str] = {}
for _c, _kana in _ROWS.items():
    if _c in ("j", "f"):
        continue
    for _v, _k in zip(_VOWELS, _kana, strict=True):
        if _k != "\0":
            TABLE[_c + _v] = _k
TABLE.update({
    "shi": "し", "chi": "ち", "tsu": "つ", "fu": "ふ", "ji": "じ", "ja": "じゃ", "ju": "じゅ", "jo": "じょ",
    "je": "じぇ", "fa": "ふぁ", "fi": "ふぃ", "fe": "ふぇ", "fo": "ふぉ", "n'": "ん",
    "sha": "しゃ", "shu": "しゅ", "sho": "しょ", "she": "しぇ", "cha": "ちゃ", "chu": "ちゅ", "cho": "ちょ",
    "che": "ちぇ", "xtu": "っ", "ltu": "っ", "xya": "ゃ", "xyu": "ゅ", "xyo": "ょ", "-": "ー",
    "wo": "を", "ye": "いぇ", "si": "し", "ti": "ち", "tu": "つ", "hu": "ふ", "zi": "じ", "di": "ぢ", "du": "づ",
})
for _c, _i in (("k", "き"), ("g", "ぎ"), ("s", "し"), ("z", "じ"), ("t", "ち"), ("d", "ぢ"), ("n", "に"),
               ("h", "ひ"), ("b", "び"), ("p", "ぴ"), ("m", "み"), ("r", "り")):
    for _v, _small in zip("auo", "ゃゅょ", strict=True):
        TABLE[f"{_c}y{_v}"] = _i + _small

_PREFIXES = {key[:i] for key in TABLE for i in range(1, len(key))}


class RomajiComposer:
    """Feed letters one by one; `feed` returns the kana that became final, `pending` the rest."""

    def __init__(self) -> None:
        self.pending = ""
        self._after_nn = False  # the pending "n" is the second of "nn", which already gave its ん

    def feed(self, letter: str) -> str:
        buf = self.pending + letter.lower()
        out = ""
        while buf:
            if buf in TABLE:
                return out + self._take(TABLE[buf])
            if buf in _PREFIXES:
                self.pending = buf
                return out
            # "kk" → っ + k; "n" before a consonant → ん
            if len(buf) >= 2 and buf[0] == buf[1] and buf[0] not in _VOWELS + "n":
                out += "っ"
                buf = buf[1:]
                continue
            if buf[0] == "n" and len(buf) >= 2:
                if self._after_nn:  # "kenn" + "ka": that n was spent on the ん already
                    self._after_nn = False
                    buf = buf[1:]
                    continue
                out += "ん"
                self._after_nn = buf[1] == "n"  # "nn": ん now; the second n may still start な-row
                buf = buf[1:]
                continue
            out += buf[0]  # not romaji (digit, symbol): pass through
            buf = buf[1:]
        self.pending = ""
        return out

    def _take(self, kana: str) -> str:
        self.pending = ""
        self._after_nn = False
        return kana

    def flush(self) -> str:
        """End of input: a lone trailing "n" becomes ん (unless it was the second of "nn", whose ん
        is already written), other leftovers pass through."""
        rest, self.pending = self.pending, ""
        spent, self._after_nn = self._after_nn, False
        if rest == "n":
            return "" if spent else "ん"
        return rest
