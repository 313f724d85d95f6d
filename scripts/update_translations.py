"""Keep the Japanese translation in step with the code (run after changing any user-visible text).

1. pyside6-lupdate collects every tr()/translate() text from kiosk/ and sync/ into
   assets/i18n/kiosk_ja.ts (existing translations are kept);
2. with --fill FILE.json ({"English source": "日本語", …}) unfinished entries get their Japanese;
3. pyside6-lrelease builds assets/i18n/kiosk_ja.qm, which the app loads.
It exits non-zero while any text is left untranslated, and tests/ui/test_i18n.py checks the same.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "assets" / "i18n" / "kiosk_ja.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


# the attendee's screens: their texts live in the attendee catalogues (scripts/update_attendee_translations.py)
ATTENDEE_SOURCES = ("kiosk/ui/attendee_view.py", "kiosk/ui/survey_screen.py", "kiosk/ui/guidance.py",
                    "kiosk/ui/self_photo.py")


def sources() -> list[str]:
    return sorted(s for d in ("kiosk", "sync") for p in (ROOT / d).rglob("*.py")
                  if (s := str(p.relative_to(ROOT))) not in ATTENDEE_SOURCES)


def unfinished(ts: Path = TS) -> list[str]:
    root = ET.parse(ts).getroot()
    missing = []
    for msg in root.iter("message"):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") in ("vanished", "obsolete"):
            continue  # no longer in the code
        if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
            missing.append(msg.findtext("source") or "")
    return missing


def fill(mapping: dict[str, str], ts: Path = TS) -> int:
    tree = ET.parse(ts)
    count = 0
    for msg in tree.getroot().iter("message"):
        src = msg.findtext("source")
        tr = msg.find("translation")
        if src in mapping and tr is not None and (tr.get("type") == "unfinished" or not tr.text):
            tr.text = mapping[src]
            tr.attrib.pop("type", None)
            count += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill", type=Path, help="JSON object of English source → Japanese")
    args = parser.parse_args()
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete", "-source-language", "en",
                    "-target-language", "ja", "-ts", str(TS)], cwd=ROOT, check=True)
    if args.fill:
        print(f"filled {fill(json.loads(args.fill.read_text(encoding='utf-8')))} translations")
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    missing = unfinished()
    for text in missing:
        print(f"untranslated: {text}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
