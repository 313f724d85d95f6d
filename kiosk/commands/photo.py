"""`kiosk photo IMAGE... --out DIR --json`: measure and crop application photos, one JSON line each:
{"file","ok","face","crown_y","chin_y","eye_y","center_x","crop","checks","output","ms","landmarks_model"}
(docs/photo.md). crown_y / chin_y are null when the kiosk could not see them (and refuses)."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("photo", help="証明写真の測定と切り抜き / measure and crop application photos")
    p.add_argument("images", nargs="+", metavar="IMAGE", help="測る写真（JPEG・PNG、複数可） / photos to measure (JPEG, PNG)")
    p.add_argument("--out", type=Path, help="合格した写真のオンライン申請用 JPEG (827×1063) を書くフォルダー / write the "
                   "827×1063 online JPEG of each accepted photo here")
    p.add_argument("--json", action="store_true", help="1行に1つの JSON で出力 / one JSON object per line")
    p.set_defaults(func=run)


def photo_file(path: str, out: Path | None) -> dict[str, Any]:
    import cv2

    from kiosk.photo.landmarks import MODEL_NAME, MODEL_PACKAGE, MODEL_VERSION, ModelMissing
    from kiosk.photo.pipeline import analyse

    result: dict[str, Any] = {"file": path, "ok": False, "face": None, "crown_y": None, "chin_y": None,
                              "eye_y": None, "center_x": None, "crop": None, "checks": {}, "output": None, "ms": 0.0,
                              "landmarks_model": {"name": MODEL_NAME, "package": MODEL_PACKAGE,
                                                  "version": MODEL_VERSION}}
    frame = cv2.imread(path, cv2.IMREAD_COLOR) if Path(path).is_file() else None
    if frame is None:
        result["error"] = "画像として読めません / not a readable image"
        return result
    t0 = time.perf_counter()
    try:
        a = analyse(frame)
    except (cv2.error, ValueError, IndexError) as exc:  # a degenerate image (a few pixels): a bad input, not a crash
        result["error"] = f"画像を解析できません / cannot analyse this image ({type(exc).__name__})"
        return result
    except ModelMissing as exc:
        result["error"] = str(exc)
        return result
    result["ms"] = round((time.perf_counter() - t0) * 1000, 1)
    result["checks"] = {name: {"ok": c.ok, "detail": c.detail, "code": c.code} for name, c in a.checks.items()}
    result["ok"] = a.ok
    if a.measure is not None:
        m = a.measure
        chin_seen = 0 <= m.chin_y < frame.shape[0]
        result.update(face=m.face.dict(), crown_y=None if m.crown_y is None else round(m.crown_y, 1),
                      chin_y=round(m.chin_y, 1) if chin_seen else None,
                      eye_y=round(m.eye_y, 1), center_x=round(m.center_x, 1),
                      pose={"roll": round(m.roll, 1), "yaw": round(m.yaw, 1), "pitch": round(m.pitch, 1)})
    if a.crop is not None:
        result.update(crop=a.crop.box.dict(), upscaled=a.crop.upscaled)
        if out is not None and a.ok:
            target = out / (Path(path).stem + "-online.jpg")
            try:
                out.mkdir(parents=True, exist_ok=True)
                target.write_bytes(a.jpeg(frame))  # the operator asked for this file; nothing else is written
                result["output"] = str(target)
            except OSError as exc:
                result["ok"] = False
                result["error"] = f"書き込めません / cannot write {target}: {exc.strerror}"
    return result


def run(args: argparse.Namespace) -> int:
    for path in args.images:
        r = photo_file(path, args.out)
        if args.json:
            print(json.dumps(r, ensure_ascii=False), flush=True)
        else:
            failed = [c["detail"] for c in r["checks"].values() if not c["ok"]]
            print(f"{path}: {'OK' if r['ok'] else 'NG'} {r.get('error', '')} {' / '.join(failed)}")
    return 0
