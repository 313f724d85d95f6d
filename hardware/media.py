"""Paper, photo media type and tray chosen by the printer's own names, from its PPD (every CUPS
queue with a driver has one: a vendor's, or the one `lpadmin -m everywhere` writes from the printer's
IPP attributes). No Qt, no CUPS: the PPD's text in, a `MediaPlan` out.

Photo sheets want the paper size that matches (never a borderless variant: borderless enlarges), the
best glossy photo media type the driver allows on that size, and the photo tray; the slip wants plain
paper from the main tray. The driver's UIConstraints are respected, so no impossible combination is
sent. A queue that cannot take the size raises MediaError with the sizes it does have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

PT_PER_MM = 72 / 25.4
SIZE_TOLERANCE_MM = 1.0  # 3.5x5 in (88.9 mm) is the L sheet's 89 mm; Epson writes 252.2 pt


class MediaError(ValueError):
    """The queue cannot take the wanted paper: `code` "no-size", params name the size and the choices."""

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code, params)
        self.code, self.params = code, params


@dataclass(frozen=True)
class Choice:
    name: str  # the driver's keyword, sent as the option's value
    text: str  # the driver's own words for it (shown on the settings screen)


@dataclass(frozen=True)
class Ppd:
    page_sizes: dict[str, Choice] = field(default_factory=dict)
    dimensions: dict[str, tuple[float, float]] = field(default_factory=dict)  # mm
    media_types: dict[str, Choice] = field(default_factory=dict)
    slots: dict[str, Choice] = field(default_factory=dict)
    defaults: dict[str, str] = field(default_factory=dict)
    constraints: frozenset[tuple[str, str, str, str]] = frozenset()  # (option, choice, option, choice)
    custom_size: bool = False

    def allowed(self, *picks: tuple[str, str | None]) -> bool:
        """No UIConstraints pair among these option choices (None: not sent)."""
        sent = [(o, c) for o, c in picks if c]
        return not any((a + b) in self.constraints for a in sent for b in sent if a != b)


@dataclass(frozen=True)
class MediaPlan:
    page: Choice
    size_mm: tuple[float, float]
    media_type: Choice | None
    slot: Choice | None
    ipp: bool = False  # names from the printer's IPP attributes (a queue without a PPD)

    @property
    def options(self) -> dict[str, str]:
        """The job options, in the driver's own names (PPD options), or the printer's (IPP attributes)."""
        if self.ipp:
            opts = {"media": self.page.name}
            if self.media_type:
                opts["media-type"] = self.media_type.name
            if self.slot:
                opts["media-source"] = self.slot.name
            return opts
        opts = {"media": self.page.name, "PageSize": self.page.name}
        if self.media_type:
            opts["MediaType"] = self.media_type.name
        if self.slot:
            opts["InputSlot"] = self.slot.name
        return opts


_CHOICE = re.compile(r"^\*(PageSize|MediaType|InputSlot)\s+([^/:\s]+)(?:/([^:]*))?:")
_DIM = re.compile(r'^\*PaperDimension\s+([^/:\s]+)(?:/[^:]*)?:\s*"([\d.]+)\s+([\d.]+)"')
_DEFAULT = re.compile(r"^\*Default(PageSize|MediaType|InputSlot):\s*(\S+)")
_CONSTRAINT = re.compile(r"^\*(?:UI|NonUI)Constraints:\s*\*(\w+)\s+(\S+)\s+\*(\w+)\s+(\S+)")


def _text(raw: str) -> str:
    """A PPD translation string: <hex> runs are bytes (Epson writes "3<2E>5 x 5 in <2F> 89 x 127 mm")."""
    def unhex(m: re.Match[str]) -> str:
        data = bytes.fromhex(m[1])
        try:
            return data.decode()
        except UnicodeDecodeError:
            return data.decode("latin-1")
    return re.sub(r"<((?:[0-9A-Fa-f]{2})+)>", unhex, raw).strip()


def parse_ppd(text: str) -> Ppd:
    tables: dict[str, dict[str, Choice]] = {"PageSize": {}, "MediaType": {}, "InputSlot": {}}
    dims: dict[str, tuple[float, float]] = {}
    defaults: dict[str, str] = {}
    constraints: set[tuple[str, str, str, str]] = set()
    custom = False
    for line in text.splitlines():
        if m := _CHOICE.match(line):
            tables[m[1]].setdefault(m[2], Choice(m[2], _text(m[3] or m[2])))
        elif m := _DIM.match(line):
            dims[m[1]] = (float(m[2]) / PT_PER_MM, float(m[3]) / PT_PER_MM)
        elif m := _DEFAULT.match(line):
            defaults[m[1]] = m[2]
        elif m := _CONSTRAINT.match(line):
            constraints.add((m[1], m[2], m[3], m[4]))
        elif line.startswith("*CustomPageSize True"):
            custom = True
    return Ppd(tables["PageSize"], dims, tables["MediaType"], tables["InputSlot"], defaults,
               frozenset(constraints), custom)


def _words(c: Choice) -> str:
    return f"{c.name} {c.text}".lower()


def _borderless(c: Choice) -> bool:
    return bool(re.search(r"borderless|fullbleed|\.fb\b|randlos", _words(c)))


def page_for(ppd: Ppd, size_mm: tuple[float, float], label: str) -> tuple[Choice, tuple[float, float]]:
    """The driver's page of this size (bordered), else a custom size when the driver takes one."""
    w, h = size_mm
    fits = [c for name, c in ppd.page_sizes.items() if name in ppd.dimensions
            and abs(ppd.dimensions[name][0] - w) <= SIZE_TOLERANCE_MM
            and abs(ppd.dimensions[name][1] - h) <= SIZE_TOLERANCE_MM]
    fits.sort(key=lambda c: (_borderless(c), len(c.name)))
    if fits:
        return fits[0], ppd.dimensions[fits[0].name]
    if ppd.custom_size:
        return Choice(f"Custom.{w:g}x{h:g}mm", f"{w:g}×{h:g} mm"), (w, h)
    raise MediaError("no-size", size=label, sizes=", ".join(c.text for c in ppd.page_sizes.values()))


def _photo_type_score(c: Choice) -> int:
    w = _words(c)
    score = 0
    score += 4 * bool(re.search(r"gloss|glos|platina|luster|pmphoto", w))  # PM photo: Epson's glossy
    score += 3 * bool(re.search(r"photo|photographic", w))
    score += bool(re.search(r"premium|\bpm", w)) + bool(re.search(r"high|best|quality|fine", w))
    score += 1 * ("photo" in c.name.lower())  # Epson's *PHOTO* types before its other glossy papers
    score -= 6 * bool(re.search(r"draft|sticker|iron|transfer|cd|dvd|envelope|plain|stationery|"
                                r"postcard|hagaki|\bpc\b|ijpc|rcpc|matte|matt\b|velvet", w))
    return score


def _plain_type_score(c: Choice) -> int:
    w = _words(c)
    return 3 * bool(re.search(r"plain|stationery", w)) + bool(re.search(r"normal|standard", w)) \
        - 4 * bool(re.search(r"photo|gloss|draft|envelope|label|transparen", w))


def _photo_slot_score(ppd: Ppd, c: Choice) -> int:
    w = _words(c)
    small = ("InputSlot", c.name, "PageSize", "A4") in ppd.constraints  # a tray that refuses A4 is the photo tray
    return (5 * bool(re.search(r"photo", w)) + 3 * small
            - 6 * bool(re.search(r"rear|manual|by-?pass|envelope|cd|dvd|roll", w)))


def _plain_slot_score(ppd: Ppd, c: Choice) -> int:
    w = _words(c)
    small = ("InputSlot", c.name, "PageSize", "A4") in ppd.constraints
    return (3 * bool(re.search(r"main|lower|bottom|tray-?1|cassette|standard", w)) - 5 * small
            - 6 * bool(re.search(r"photo|rear|manual|by-?pass|envelope|cd|dvd|roll", w)))


def plan(ppd: Ppd, size_mm: tuple[float, float], photo: bool, label: str) -> MediaPlan:
    """The page, media type and tray for a photo sheet (`photo`) or a plain-paper slip."""
    page, dims = page_for(ppd, size_mm, label)
    type_score = _photo_type_score if photo else _plain_type_score
    types = sorted((c for c in ppd.media_types.values() if type_score(c) > 0
                    and ppd.allowed(("PageSize", page.name), ("MediaType", c.name))),
                   key=lambda c: -type_score(c))  # stable: the driver's order breaks ties
    media_type = types[0] if types else None
    slot_score = _photo_slot_score if photo else _plain_slot_score
    slots = sorted((c for c in ppd.slots.values() if slot_score(ppd, c) > 0
                    and ppd.allowed(("PageSize", page.name), ("InputSlot", c.name),
                                    ("MediaType", media_type.name if media_type else None))),
                   key=lambda c: -slot_score(ppd, c))
    return MediaPlan(page, dims, media_type, slots[0] if slots else None)


_PWG_SIZE = re.compile(r"_(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)(mm|in)$")


def pwg_size(name: str) -> tuple[float, float] | None:
    """A PWG 5101.1 media name's size in mm: `oe_photo-l_3.5x5in` → (88.9, 127.0)."""
    m = _PWG_SIZE.search(name)
    if not m:
        return None
    k = 25.4 if m[3] == "in" else 1.0
    return float(m[1]) * k, float(m[2]) * k


def plan_ipp(attrs: dict, size_mm: tuple[float, float], photo: bool, label: str) -> MediaPlan:
    """The same choice from a printer's IPP attributes (`media-supported`, `media-type-supported`,
    `media-source-supported`), for a queue that has no PPD (a raw or driverless-only queue)."""
    w, h = size_mm
    names = [n for n in _list(attrs.get("media-supported")) if (d := pwg_size(n))
             and abs(d[0] - w) <= SIZE_TOLERANCE_MM and abs(d[1] - h) <= SIZE_TOLERANCE_MM]
    if not names:
        raise MediaError("no-size", size=label, sizes=", ".join(_list(attrs.get("media-supported"))))
    page = Choice(names[0], names[0])
    empty = Ppd()
    type_score = _photo_type_score if photo else _plain_type_score
    types = sorted((Choice(t, t) for t in _list(attrs.get("media-type-supported"))
                    if type_score(Choice(t, t)) > 0), key=lambda c: -type_score(c))
    slot_score = _photo_slot_score if photo else _plain_slot_score
    slots = sorted((Choice(s, s) for s in _list(attrs.get("media-source-supported"))
                    if slot_score(empty, Choice(s, s)) > 0), key=lambda c: -slot_score(empty, c))
    return MediaPlan(page, pwg_size(page.name) or size_mm, types[0] if types else None,
                     slots[0] if slots else None, ipp=True)


def _list(value: object) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]
