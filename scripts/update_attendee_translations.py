"""Keep the attendee catalogues in step with the attendee screens (docs/i18n.md).

For each attendee language: pyside6-lupdate collects the texts of the attendee screens
(update_translations.ATTENDEE_SOURCES) into assets/i18n/attendee_<code>.ts, keeping what is translated;
--fill DIR fills unfinished entries from DIR/<code>.json ({"English source": "translation"}); then
pyside6-lrelease builds attendee_<code>.qm. Exits non-zero while any message is left untranslated."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from update_translations import ATTENDEE_SOURCES, BIN, ROOT, fill, unfinished

CODES = ("ja_easy", "en", "zh_CN", "ko", "vi", "ne", "fil", "id", "pt_BR")
QT_LANGUAGE = {"ja_easy": "ja"}  # Qt's name for the language when it differs from the code


def catalogue(code: str) -> Path:
    return ROOT / "assets" / "i18n" / f"attendee_{code}.ts"


def update(code: str, fill_dir: Path | None) -> list[str]:
    ts = catalogue(code)
    subprocess.run([str(BIN / "pyside6-lupdate"), *ATTENDEE_SOURCES, "-no-obsolete", "-source-language", "en",
                    "-target-language", QT_LANGUAGE.get(code, code), "-ts", str(ts)],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    if fill_dir is not None and (fill_dir / f"{code}.json").exists():
        fill(json.loads((fill_dir / f"{code}.json").read_text(encoding="utf-8")), ts)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT,
                   check=True, stdout=subprocess.DEVNULL)
    return unfinished(ts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill", type=Path, metavar="DIR", help="folder of <code>.json: English source → translation")
    args = parser.parse_args()
    missing = 0
    for code in CODES:
        for text in update(code, args.fill):
            print(f"{code}: untranslated: {text}", file=sys.stderr)
            missing += 1
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
