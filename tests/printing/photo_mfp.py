"""The IPP attributes of a photo multifunction printer, for ippeveprinter (`-a FILE`): the media
names driverless printers use, a main tray and a photo tray, plain and photo media types, four inks
(magenta low) and the input trays with their levels (`printer-input-tray`)."""

from __future__ import annotations

SIZES = {  # PWG media name -> hundredths of a millimetre
    "oe_photo-l_3.5x5in": (8890, 12700),
    "jpn_hagaki_100x148mm": (10000, 14800),
    "na_5x7_5x7in": (12700, 17780),
    "iso_a4_210x297mm": (21000, 29700),
    "iso_a5_148x210mm": (14800, 21000),
    "iso_a6_105x148mm": (10500, 14800),
}
SOURCES = ("main", "photo")
TYPES = ("stationery", "photographic-glossy", "photographic-matte")
INKS = (("Photo Black", 80), ("Cyan", 60), ("Magenta", 7), ("Yellow", 50))


def _col(size: tuple[int, int], source: str, kind: str, margin: int = 300) -> str:
    x, y = size
    m = margin
    return (f"{{MEMBER collection media-size {{MEMBER integer x-dimension {x} MEMBER integer y-dimension {y}}} "
            f"MEMBER integer media-bottom-margin {m} MEMBER integer media-left-margin {m} "
            f"MEMBER integer media-right-margin {m} MEMBER integer media-top-margin {m} "
            f"MEMBER keyword media-source {source} MEMBER keyword media-type {kind}}}")


def attributes(photo_paper: bool = True) -> str:
    """The attributes file; `photo_paper=False`: the photo tray is empty (level 0, nothing ready there)."""
    a4, l_size = SIZES["iso_a4_210x297mm"], SIZES["oe_photo-l_3.5x5in"]
    ready = [_col(a4, "main", "stationery")] + ([_col(l_size, "photo", "photographic-glossy")] if photo_paper else [])
    trays = [f"type=sheetFeedAutoRemovableTray;mediafeed=29700;mediaxfeed=21000;maxcapacity=100;level=80;status=0;name={'main'};",
             f"type=sheetFeedAutoRemovableTray;mediafeed=12700;mediaxfeed=8890;maxcapacity=20;"
             f"level={15 if photo_paper else 0};status=0;name=photo;"]
    database = [_col(size, source, kind, margin) for size in SIZES.values() for source in SOURCES
                for kind in TYPES for margin in (0, 300)]
    lines = [
        'ATTR text printer-make-and-model "Kiosk Photo MFP"',
        "ATTR keyword media-supported " + ",".join(SIZES),
        "ATTR keyword media-default iso_a4_210x297mm",
        "ATTR keyword media-ready iso_a4_210x297mm" + (",oe_photo-l_3.5x5in" if photo_paper else ""),
        "ATTR collection media-size-supported " + ",".join(
            f"{{MEMBER integer x-dimension {x} MEMBER integer y-dimension {y}}}" for x, y in SIZES.values()),
        "ATTR collection media-col-database " + ",".join(database),
        "ATTR collection media-col-default " + _col(a4, "main", "stationery"),
        "ATTR collection media-col-ready " + ",".join(ready),
        "ATTR keyword media-col-supported media-bottom-margin,media-left-margin,media-right-margin,media-size,"
        "media-source,media-top-margin,media-type",
        "ATTR integer media-bottom-margin-supported 0,300",
        "ATTR integer media-top-margin-supported 0,300",
        "ATTR integer media-left-margin-supported 0,300",
        "ATTR integer media-right-margin-supported 0,300",
        "ATTR keyword media-source-supported auto," + ",".join(SOURCES),
        "ATTR keyword media-type-supported " + ",".join(TYPES),
        "ATTR mimeMediaType document-format-supported application/pdf,image/pwg-raster,application/octet-stream",
        "ATTR mimeMediaType document-format-default application/octet-stream",
        "ATTR keyword pwg-raster-document-type-supported srgb_8,sgray_8",
        "ATTR resolution pwg-raster-document-resolution-supported 300dpi",
        "ATTR keyword job-creation-attributes-supported copies,media,media-col,print-quality,print-scaling,"
        "print-color-mode",
        "ATTR keyword print-color-mode-supported color,monochrome",
        "ATTR keyword print-color-mode-default color",
        "ATTR enum print-quality-supported 3,4,5",
        "ATTR keyword print-scaling-supported auto,fill,fit,none",
        "ATTR name marker-names " + ",".join(f'"{n}"' for n, _ in INKS),
        "ATTR keyword marker-types " + ",".join("ink-cartridge" for _ in INKS),
        'ATTR name marker-colors "#000000","#00FFFF","#FF00FF","#FFFF00"',
        "ATTR integer marker-levels " + ",".join(str(level) for _, level in INKS),
        "ATTR integer marker-low-levels " + ",".join("15" for _ in INKS),
        "ATTR integer marker-high-levels " + ",".join("100" for _ in INKS),
        "ATTR octetString printer-input-tray " + ",".join(f'"{t}"' for t in trays),
    ]
    return "\n".join(lines) + "\n"
