"""Where the photos go on each paper size. Millimetres throughout; the page is the paper's real
size and every photo is exactly 35 × 45 mm, so the print path never needs to scale anything."""

from __future__ import annotations

from dataclasses import dataclass

PHOTO_W, PHOTO_H = 35.0, 45.0
MARGIN = 3.5  # nothing within 3.5 mm of the paper edge: printers enlarge borderless prints
GAP = 2.0  # room between photos for cutting and for the cut guides


@dataclass(frozen=True)
class Paper:
    name: str
    width: float
    height: float
    media: str  # the CUPS media keyword


PAPERS = {
    "L": Paper("L", 89.0, 127.0, "Custom.89x127mm"),
    "hagaki": Paper("hagaki", 100.0, 148.0, "jpn_hagaki_100x148mm"),
    "2L": Paper("2L", 127.0, 178.0, "Custom.127x178mm"),
    "A4": Paper("A4", 210.0, 297.0, "iso_a4_210x297mm"),
}
# the next-steps slip: plain paper from the main tray
SLIP_PAPERS = {
    "A4": PAPERS["A4"],
    "A5": Paper("A5", 148.0, 210.0, "iso_a5_148x210mm"),
    "A6": Paper("A6", 105.0, 148.0, "iso_a6_105x148mm"),
}


@dataclass(frozen=True)
class Layout:
    paper: Paper
    slots: tuple[tuple[float, float], ...]  # top-left corner of each photo, mm from the top-left

    @property
    def count(self) -> int:
        return len(self.slots)


def layout(name: str, size_mm: tuple[float, float] | None = None) -> Layout:
    """As many photos as fit inside the margins, in a centred grid. `size_mm`: the printer's own page
    for this paper (3.5x5 in is 88.9 mm, Epson's L 88.97 mm), so the page sent is exactly the one the
    driver prints on and nothing is shifted or scaled."""
    if name not in PAPERS:
        raise ValueError(f"用紙 {name!r} は使えません / unknown paper {name!r} (use {', '.join(PAPERS)})")
    paper = PAPERS[name]
    if size_mm:
        paper = Paper(paper.name, round(size_mm[0], 2), round(size_mm[1], 2), paper.media)
    cols = int((paper.width - 2 * MARGIN + GAP) // (PHOTO_W + GAP))
    rows = int((paper.height - 2 * MARGIN + GAP) // (PHOTO_H + GAP))
    grid_w, grid_h = cols * PHOTO_W + (cols - 1) * GAP, rows * PHOTO_H + (rows - 1) * GAP
    x0, y0 = (paper.width - grid_w) / 2, (paper.height - grid_h) / 2
    slots = tuple((x0 + c * (PHOTO_W + GAP), y0 + r * (PHOTO_H + GAP)) for r in range(rows) for c in range(cols))
    return Layout(paper, slots)
