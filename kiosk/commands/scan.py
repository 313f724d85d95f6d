"""`kiosk scan IMAGE... --json`: decode the QR code in each image and say whether it is an
application form. One JSON line per image: {"file", "text", "kind", "ms"} (+ "error")."""

from __future__ import annotations

import argparse
import json
import time


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("scan", help="申請書のQRコードを読む / read the QR code in images")
    p.add_argument("images", nargs="+", metavar="IMAGE", help="読む画像（複数可） / images to read")
    p.add_argument("--json", action="store_true", help="1行に1つの JSON で出力（既定は文章） / one JSON object per line (the default "
                   "output is text)")
    p.set_defaults(func=run)


def scan_file(path: str) -> dict[str, object]:
    import cv2

    from hardware.qr import decode
    from kiosk.domain.application_form import classify

    result: dict[str, object] = {"file": path, "text": None, "kind": None, "ms": 0.0}
    frame = cv2.imread(path, cv2.IMREAD_COLOR)
    if frame is None:
        result["error"] = "画像として読めません / not a readable image"
        return result
    t0 = time.perf_counter()
    texts = decode(frame)
    result["ms"] = round((time.perf_counter() - t0) * 1000, 2)
    if not texts:
        result["error"] = "QRコードが見つかりません / no QR code found"
        return result
    result["text"] = texts[0]
    scanned = classify(texts[0])
    result["kind"] = scanned.kind
    if not scanned.is_form:
        result["detail"] = scanned.reason
    return result


def run(args: argparse.Namespace) -> int:
    failures = 0
    for path in args.images:
        r = scan_file(path)
        failures += r["text"] is None
        if args.json:
            print(json.dumps(r, ensure_ascii=False), flush=True)
        else:
            label = {"application_form": "申請書 / application form", "other": "その他 / other"}.get(r["kind"], "-")
            print(f"{path}: {label} {r.get('error') or r.get('detail') or ''} ({r['ms']} ms)")
    return 1 if failures == len(args.images) else 0
