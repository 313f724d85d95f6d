"""`kiosk photo IMAGE... --out DIR --json`, run as an operator would, on real and broken files."""

import json
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np

from tests.photo import devset, images

KEYS = {"file", "ok", "face", "crown_y", "chin_y", "eye_y", "center_x", "crop", "checks", "output", "ms",
        "landmarks_model"}


def run_photo(*args) -> list[dict]:
    out = subprocess.run([sys.executable, "-m", "kiosk", "photo", *map(str, args), "--json"],
                         capture_output=True, text=True, timeout=90)
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


def test_photo_command(tmp_path):
    truth = {t["file"]: t for t in devset.with_truth()}["hiv-demoImage-panel3.png"]
    good = tmp_path / "good.png"
    cv2.imwrite(str(good), devset.image("hiv-demoImage-panel3.png"))
    busy = devset.DEV / "hiv-test1.jpg"
    junk = tmp_path / "junk.jpg"
    junk.write_bytes(b"not an image")
    empty = tmp_path / "empty.png"
    empty.touch()
    out_dir = tmp_path / "out"
    rows = run_photo(good, junk, busy, tmp_path / "missing.png", empty, "--out", out_dir)

    assert [r["ok"] for r in rows] == [True, False, False, False, False]
    assert all(set(r) >= KEYS for r in rows)
    first = rows[0]
    assert first["file"] == str(good) and first["checks"] and all(c["ok"] for c in first["checks"].values())
    height = truth["chin_y"] - truth["crown_y"]
    assert abs(first["chin_y"] - truth["chin_y"]) < 0.02 * height and abs(first["crown_y"] - truth["crown_y"]) < 0.02 * height
    crop = first["crop"]
    assert abs(crop["w"] / crop["h"] - 35 / 45) < 0.01 and crop["y"] < truth["crown_y"] < first["eye_y"] < first["chin_y"]
    assert set(first["face"]) == {"x", "y", "w", "h"} and first["ms"] > 0
    assert first["landmarks_model"]["version"] == "0.6.0" and "MediaPipe" in first["landmarks_model"]["name"]
    saved = cv2.imread(first["output"])
    assert saved.shape == (1063, 827, 3) and first["upscaled"] is True  # 604 px wide: fewer than 827

    assert rows[2]["output"] is None and not rows[2]["checks"]["plain_background"]["ok"]
    assert "背景" in rows[2]["checks"]["plain_background"]["detail"]
    for broken in rows[1], rows[3], rows[4]:
        assert broken["error"] and broken["face"] is None and broken["output"] is None
    assert sorted(p.name for p in out_dir.iterdir()) == ["good-online.jpg"]  # only what was asked for


def test_crown_and_chin_are_null_when_the_top_of_the_head_cannot_be_seen(tmp_path):
    raised, _ = images.shifted(images.astronaut()[0], images.ASTRONAUT, 0, -images.PAD - 20)
    img = tmp_path / "raised.png"
    cv2.imwrite(str(img), raised)
    [row] = run_photo(img)
    assert not row["ok"] and row["crown_y"] is None and row["crop"] is None and row["face"] is not None
    assert row["checks"]["crown_visible"] == {"ok": False, "code": "head_top_unseen",
                                              "detail": row["checks"]["crown_visible"]["detail"]}
    assert row["checks"]["crown_visible"]["detail"].startswith("頭の上が見えません")


def test_without_out_nothing_is_written(tmp_path):
    img = tmp_path / "me.png"
    cv2.imwrite(str(img), devset.image("hiv-demoImage-panel3.png"))
    before = set(Path(tmp_path).rglob("*"))
    [row] = run_photo(img)
    assert row["ok"] and row["output"] is None
    assert set(Path(tmp_path).rglob("*")) == before


def test_plain_text_output_names_the_failed_check(tmp_path):
    img = tmp_path / "dark.png"
    cv2.imwrite(str(img), (images.astronaut()[0] * 0.3).astype(np.uint8))
    out = subprocess.run([sys.executable, "-m", "kiosk", "photo", str(img)], capture_output=True, text=True, timeout=60)
    assert "NG" in out.stdout and "too dark" in out.stdout


def test_a_head_covering_is_a_check_like_the_others(tmp_path):
    img = tmp_path / "hat.jpg"
    cv2.imwrite(str(img), images.grace_hopper())
    [row] = run_photo(img)
    hat = row["checks"]["head_covering"]
    assert not row["ok"] and hat["code"] == "remove_hat" and set(hat) == {"ok", "detail", "code"} and not hat["ok"]
    assert hat["detail"].startswith("帽子を取ってください")
