"""`kiosk print PHOTO.jpg --layout L|hagaki|2L|A4 --copies N [--printer NAME] [--dpi 300|600]`:
print a photo sheet exactly to size on the printer's own page, photo media type and photo tray, and
follow the job; non-zero exit with the reason on failure, and as soon as the job is stopped, held or
cannot reach its printer (within 30 s), not after the whole timeout."""

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
    p.add_argument("--printer", help="CUPS のプリンター名（既定: 設定のプリンター、なければ KioskPDF、なければ CUPS の既定） / "
                   "CUPS queue (default: the settings' printer, else KioskPDF, else CUPS's default)")
    p.add_argument("--dpi", type=int, choices=[300, 600], default=300, help="解像度 / resolution in dots per inch")
    p.add_argument("--timeout", type=float, default=180.0, metavar="SECONDS",
                   help="印刷完了を待つ秒数 / seconds to wait for the job")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from hardware.printer import CupsPrinter, PrintError
    from kiosk.paths import resolve_data_dir
    from kiosk.printing.service import PrintService
    from kiosk.printing.words import notice_text
    from kiosk.settings import load_settings
    from kiosk.sheets.layout import layout
    from kiosk.sheets.pdf import SheetError

    data_dir = resolve_data_dir(args.data_dir)
    try:
        jpeg = args.photo.read_bytes()
        count = layout(args.layout).count
        service = PrintService(CupsPrinter(), data_dir, args.printer or load_settings(data_dir).settings.printer)
        queue = service.queue()
        for notice in service.notices(queue):  # ink low, photo tray empty…: said before the job goes
            print(f"注意 / note: {notice_text(notice)}", file=sys.stderr)
        t0 = time.monotonic()
        sent = service.print_sheet(jpeg, args.layout, args.copies, args.dpi)
        handed = time.monotonic() - t0
        status = service.wait(sent.job, args.timeout)
        if status.done:
            service.finish(sent.job)  # the sheet's document leaves CUPS's spool now, not in a day
    except (OSError, SheetError, PrintError) as exc:
        print(f"印刷できませんでした / not printed: {exc}", file=sys.stderr)
        return 1
    job = sent.job
    if status.state != "completed":
        detail = status.message or ("時間内に終わりませんでした（ジョブは CUPS に残っています） / did not finish in time "
                                    "(the job is still queued in CUPS)")
        kept = "" if status.done else (f"（ジョブ {job} は CUPS に残っています。取り消すには cancel {job}） / "
                                       f"(job {job} is still queued in CUPS: cancel {job} to drop it)")
        print(f"印刷が完了しませんでした（ジョブ {job}: {status.state}） / job {job} did not complete: {detail} {kept}".rstrip(),
              file=sys.stderr)
        return 1
    plan = sent.plan
    chosen = ", ".join(f"{k}={v}" for k, v in plan.options.items() if k != "media")
    print(f"印刷しました: {queue} ジョブ {job}、{count} 枚 × {args.copies} 部 / printed on {queue}: job {job}, "
          f"{count} photos × {args.copies} ({chosen}; handed to CUPS in {handed * 1000:.0f} ms)")
    return 0
