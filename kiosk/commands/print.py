"""`kiosk print PHOTO.jpg --layout L|hagaki|2L|A4 --copies N [--printer NAME] [--dpi 300|600]`:
print a photo sheet exactly to size and wait for the job; non-zero exit with the reason on failure."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("print", help="証明写真シートを印刷 / print a sheet of application photos")
    p.add_argument("photo", type=Path, help="印刷する証明写真（合格した写真の JPEG） / the application photo (JPEG)")
    p.add_argument("--layout", choices=["L", "hagaki", "2L", "A4"], default="L",
                   help="用紙: L=L判 89×127 mm, hagaki=はがき 100×148 mm, 2L=2L判 127×178 mm, A4 / paper: L "
                   "(89×127 mm), hagaki (postcard, 100×148 mm), 2L (127×178 mm) or A4")
    p.add_argument("--copies", type=int, default=1, help="部数 / number of sheets")
    p.add_argument("--printer", help="CUPS のプリンター名（既定: 設定のプリンター、なければ CUPS の既定） / CUPS queue "
                   "(default: the settings' printer, else CUPS's default)")
    p.add_argument("--dpi", type=int, choices=[300, 600], default=300, help="解像度 / resolution in dots per inch")
    p.add_argument("--timeout", type=float, default=180.0, metavar="SECONDS",
                   help="印刷完了を待つ秒数 / seconds to wait for the job")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from hardware.printer import CupsPrinter, PrintError
    from kiosk.paths import resolve_data_dir
    from kiosk.settings import load_settings
    from kiosk.sheets.layout import layout
    from kiosk.sheets.pdf import SheetError, sheet_pdf

    try:
        sheet = layout(args.layout)
        pdf = sheet_pdf(args.photo.read_bytes(), sheet, args.dpi)
        printer = CupsPrinter()
        queue = printer.choose_queue(args.printer or load_settings(resolve_data_dir(args.data_dir)).settings.printer)
        if not queue:
            raise PrintError("プリンターが設定されていません / no printer is set up")
        t0 = time.monotonic()
        job = printer.submit(queue, pdf, sheet.paper.media, args.copies, title=f"photo-{args.layout}")
        handed = time.monotonic() - t0
        status = printer.wait(job, args.timeout)
        if status.done:
            printer.forget(job)  # the sheet's document leaves CUPS's spool now, not in a day
    except (OSError, SheetError, PrintError) as exc:
        print(f"印刷できませんでした / not printed: {exc}", file=sys.stderr)
        return 1
    if status.state != "completed":
        detail = status.message or ("時間内に終わりませんでした（ジョブは CUPS に残っています） / did not finish in time "
                                    "(the job is still queued in CUPS)")
        print(f"印刷が完了しませんでした（ジョブ {job}: {status.state}） / job {job} did not complete: {detail}",
              file=sys.stderr)
        return 1
    print(f"印刷しました: {queue} ジョブ {job}、{sheet.count} 枚 × {args.copies} 部 / printed on {queue}: job {job}, "
          f"{sheet.count} photos × {args.copies} (handed to CUPS in {handed * 1000:.0f} ms)")
    return 0
