"""Ink and trays in the printer's own attributes, as notices the operator can act on before anyone
presses Print: `marker-levels` against `marker-low-levels`, `printer-input-tray` (PWG 5100.13: one
"name=photo;level=0;…" string per tray), and `printer-state-reasons`. No Qt, no CUPS: attributes in,
`Notice`s out (a code and the thing it is about; the screen and the CLI put them in words)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# printer-state-reasons keywords worth a notice (any -error/-warning/-report suffix)
STATE_REASONS = ("media-empty", "media-needed", "media-low", "media-jam", "door-open", "cover-open",
                 "input-tray-missing", "toner-low", "toner-empty", "marker-supply-low", "marker-supply-empty",
                 "marker-waste-almost-full", "marker-waste-full", "offline", "shutdown", "paused",
                 "connecting-to-device", "timed-out")


@dataclass(frozen=True)
class Notice:
    code: str  # a reason keyword above, or "ink-low", "ink-empty", "photo-tray-empty", "tray-empty"
    subject: str = ""  # the ink's or tray's name as the printer gives it

    @property
    def blocking(self) -> bool:
        """Printing cannot go on until someone acts (a warning only says: have it ready)."""
        return self.code not in ("ink-low", "toner-low", "marker-supply-low", "media-low",
                                 "marker-waste-almost-full", "connecting-to-device")


def reason_codes(reasons: list[str] | str) -> list[str]:
    """The keywords of printer-state-reasons without their -error/-warning/-report suffix, known only."""
    if isinstance(reasons, str):
        reasons = [reasons]
    out: list[str] = []
    for reason in reasons:
        key = re.sub(r"-(error|warning|report)$", "", reason)
        if key in STATE_REASONS and key not in out:
            out.append(key)
    return out


def _tray(text: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in text.split(";") if "=" in part)


def notices(attrs: dict) -> list[Notice]:
    """What to tell the operator from one printer's attributes (the device's or the CUPS queue's)."""
    found = [Notice(code) for code in reason_codes(attrs.get("printer-state-reasons", []))]
    names = attrs.get("marker-names") or []
    levels = attrs.get("marker-levels") or []
    lows = attrs.get("marker-low-levels") or []
    for i, (name, level) in enumerate(zip(names, levels, strict=False)):
        low = lows[i] if i < len(lows) else 10
        if level == 0:
            found.append(Notice("ink-empty", name))
        elif 0 < level <= low:  # negative levels mean "unknown" (RFC 3805)
            found.append(Notice("ink-low", name))
    trays = attrs.get("printer-input-tray") or []
    for raw in trays if isinstance(trays, list) else [trays]:
        tray = _tray(raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw))
        if tray.get("level") == "0":
            name = tray.get("name", "")
            found.append(Notice("photo-tray-empty" if "photo" in name.lower() else "tray-empty", name))
    return list(dict.fromkeys(found))  # once each, in order
