"""Kana → kanji conversion for the on-screen keyboard (no Qt), from a real dictionary: SKK-JISYO.L
(Debian's `skkdic`, ~130 000 readings, Miyagi's towns and sights included), with assets/kanji.json
on top for the few booth words it lacks. The keyboard asks for the candidates of the kana before the
cursor — typed just now or committed long ago (reconversion) — and replaces the kana it chose.

A whole phrase converts at once: "せんだいしみんかいかん" is cut into dictionary words (仙台 + 市民会館)
by the cheapest path through a lattice of every dictionary word in it — fewer, longer words and each
word's more common kanji (SKK lists them most common first) cost less; a stretch no word covers stays
kana, or becomes katakana (センター, モール: loan words are not in SKK-JISYO.L)."""

from __future__ import annotations

import contextlib
import heapq
import json
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

SKK_DICTIONARY = Path("/usr/share/skk/SKK-JISYO.L")  # Debian: skkdic (scripts/deb-packages.d/keyboard.txt)
ENV_DICTIONARY = "KIOSK_SKK_DICTIONARY"
MAX_CANDIDATES = 8  # the keyboard's candidate row
LONGEST_WORD = 16  # kana in one dictionary word
WORD_COST = 100  # each word in a phrase: fewer, longer words first
RANK_COST = 12  # each step down a word's list of kanji
KANA_COST = 260  # a stretch left in kana: worse than any word
KATAKANA_COST = 150  # … or in katakana (センター, モール: cheaper with a long-vowel mark, dearer when short)
PER_KANA = 40  # each character of such a stretch
AFFIX_COST = 95  # SKK's suffixes (">ちょう" 町 after a name), prefixes ("だい>" 第 before a number)
ONE_KANA_COST = 30  # a one-kana word on top (場 for ば): most often a wrong cut
LOCAL_COST = 90  # a word of the booth's own list (assets/kanji.json): its first kanji before SKK's
KEEP = 12  # phrases kept at each point of the lattice
# SKK-JISYO.L is a dictionary of the whole language; the keyboard is on a public screen (an elderly
# attendee's comment, a venue name). These never show as a candidate: obscene words (じい offers 自慰
# before 爺) and slurs. A word of two or more characters is also kept out of whole phrases (なかだし
# would come out 中 + 出し); a single kanji (盲, 聾) only as a word of its own (盲学校 stays).
BLOCKED = frozenset({
    "中出し", "強姦", "輪姦", "射精", "勃起", "陰毛", "陰茎", "淫乱", "淫売", "売女", "自慰", "性交",
    "穢多", "気違い", "気狂い", "キ印", "き印", "支那", "三国人", "片輪", "兎唇", "傴僂",
    "盲", "瞽", "聾", "唖", "跛", "躄",
})
BLOCKED_IN_PHRASE = tuple(w for w in BLOCKED if len(w) >= 2)


def is_kana(ch: str) -> bool:
    return "ぁ" <= ch <= "ゖ" or ch == "ー"


def katakana(kana: str) -> str:
    return "".join(c if c == "ー" else chr(ord(c) + 0x60) for c in kana)


def parse_skk(data: bytes) -> dict[str, list[str]]:
    """The okuri-nasi entries of an SKK dictionary (EUC-JP): reading → kanji, most common first;
    suffixes keep their ">" in front (">ちょう"), prefixes after ("だい>"). Annotations (";…") and
    Lisp forms ("(concat …)") are dropped, and so are okuri-ari entries ("かk")."""
    words: dict[str, list[str]] = {}
    for raw in data.split(b"\n"):
        if not raw or raw[:1] == b";":
            continue
        line = raw.decode("euc_jis_2004", "replace")
        reading, _, rest = line.partition(" /")
        if not rest or not reading or not all(is_kana(c) for c in reading.strip(">")):
            continue
        kanji = [c.split(";", 1)[0] for c in rest.rstrip("/").split("/")]
        kanji = [k for k in kanji if k and "(" not in k and "\ufffd" not in k]
        if kanji:
            words.setdefault(reading, []).extend(k for k in kanji if k not in words.get(reading, ()))
    return words


def load_local(path: Path) -> dict[str, list[str]]:
    """assets/kanji.json: reading → kanji the booth needs first (a missing or broken file: none)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))["readings"]
        return {str(k): [str(c) for c in v] for k, v in raw.items() if isinstance(v, list)}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


@dataclass
class Dictionary:
    """Readings → kanji; `local` words come before SKK's for the same reading."""

    words: dict[str, list[str]] = field(default_factory=dict)
    local: frozenset[str] = frozenset()  # readings from the booth's own list

    @classmethod
    def load(cls, skk: Path | None = None, local: Path | None = None) -> Dictionary:
        words: dict[str, list[str]] = {}
        path = skk or Path(os.environ.get(ENV_DICTIONARY) or SKK_DICTIONARY)
        with contextlib.suppress(OSError):  # no skkdic: the local words only (kana still types)
            words = parse_skk(path.read_bytes())
        mine = load_local(local) if local else {}
        for reading, kanji in mine.items():
            words[reading] = kanji + [k for k in words.get(reading, []) if k not in kanji]
        words = {r: kept for r, ks in words.items() if (kept := [k for k in ks if k not in BLOCKED])}
        return cls(words, frozenset(mine))

    def convert(self, kana: str, limit: int = MAX_CANDIDATES) -> list[str]:
        """Whole-phrase conversions of `kana`, best first (the kana itself is not among them)."""
        n = len(kana)
        best: list[list[tuple[int, str]]] = [[] for _ in range(n + 1)]
        best[0] = [(0, "")]
        for i in range(n):
            if not best[i]:
                continue
            for j in range(i + 1, min(n, i + LONGEST_WORD) + 1):
                piece = kana[i:j]
                base = LOCAL_COST if piece in self.local else WORD_COST + (ONE_KANA_COST if len(piece) == 1 else 0)
                edges = [(base + RANK_COST * r, k) for r, k in enumerate(self.words.get(piece, ())[:KEEP])]
                if i > 0:  # a suffix after a word: 利府 + 町
                    edges += [(AFFIX_COST + RANK_COST * r, k) for r, k in enumerate(self.words.get(">" + piece, ())[:4])]
                if j < n:  # a prefix before one: 第 + 二
                    edges += [(AFFIX_COST + RANK_COST * r, k) for r, k in enumerate(self.words.get(piece + ">", ())[:4])]
                edges.append((KANA_COST + PER_KANA * len(piece), piece))
                if piece[0] not in "ーぁぃぅぇぉっゃゅょゎ":
                    edges.append((_katakana_cost(piece), katakana(piece)))
                for cost, text in edges:
                    for before, phrase in best[i]:
                        best[j].append((before + cost, phrase + text))
            for j in range(i + 1, min(n, i + LONGEST_WORD) + 1):  # keep the cheapest few, once each
                best[j] = _cheapest(best[j])
        return [p for _, p in _cheapest(best[n], limit + 4)
                if p != kana and not any(w in p for w in BLOCKED_IN_PHRASE)][:limit]


def _katakana_cost(piece: str) -> int:
    """A loan word: its long-vowel mark says so (センター); a short one is more likely a misfit."""
    cost = KATAKANA_COST + PER_KANA * len(piece)
    return cost - 100 + (100 if len(piece) < 3 else 0) if "ー" in piece else cost


def _cheapest(paths: list[tuple[int, str]], keep: int = KEEP) -> list[tuple[int, str]]:
    seen: set[str] = set()
    out: list[tuple[int, str]] = []
    for cost, text in heapq.nsmallest(keep * 3, paths):
        if text not in seen:
            seen.add(text)
            out.append((cost, text))
            if len(out) == keep:
                break
    return out


class Converter:
    """The dictionary, loaded in the background (half a second) so the keyboard opens at once."""

    def __init__(self, skk: Path | None = None, local: Path | None = None) -> None:
        self._dictionary: Dictionary | None = None
        self._thread = threading.Thread(target=self._load, args=(skk, local), daemon=True)
        self._thread.start()

    def _load(self, skk: Path | None, local: Path | None) -> None:
        self._dictionary = Dictionary.load(skk, local)

    @property
    def dictionary(self) -> Dictionary:
        self._thread.join()
        assert self._dictionary is not None
        return self._dictionary

    def candidates(self, before_cursor: str, limit: int = MAX_CANDIDATES) -> list[tuple[int, str]]:
        """(how many characters before the cursor to replace, text) for the kana run before the cursor:
        the whole run converted first, then its last words alone (しみんかいかん: 市民会館, …, 会館)."""
        run = len(before_cursor)
        while run > 0 and is_kana(before_cursor[run - 1]):
            run -= 1
        kana = before_cursor[run:]
        if not kana:
            return []
        found: list[tuple[int, str]] = []
        for text in self.dictionary.convert(kana, limit):
            found.append((len(kana), text))
        words = self.dictionary.words
        for start in range(1, len(kana)):  # a tail that is one word: 会館 for …かいかん
            for text in words.get(kana[start:], ())[:3]:
                if all(t != text or n != len(kana) - start for n, t in found):
                    found.append((len(kana) - start, text))
        whole = [c for c in found if c[0] == len(kana)]
        tails = [c for c in found if c[0] != len(kana)]
        # the first few whole-phrase candidates, then the tails, then the rest
        return (whole[:4] + tails[:limit // 2] + whole[4:] + tails[limit // 2:])[:limit]
