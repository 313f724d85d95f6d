import json
import random
import subprocess
import sys

import cv2
import numpy as np
import pytest
import qrcode

from bench.formgen import TIERS, form_url, make_frame, render_form, zoom_on_qr
from hardware.qr import KeyboardWedge, StableReader, decode
from kiosk.domain.application_form import classify

ID = "12345678901234567890123"


@pytest.mark.parametrize(
    ("text", "kind", "reason"),
    [(f"https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA01S001Action.do?id={ID}", "application_form", ""),
     (f"https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/{ID}/opaque-token?x=1", "application_form", ""),
     ("https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/opaque-token", "other", "23 digits"),
     ("https://net.kojinbango-card.go.jp/", "other", "23 digits"),
     ("https://net.kojinbango-card.go.jp/x?id=12345", "other", "23 digits"),
     (f"https://net.kojinbango-card.go.jp/x?id={ID}4", "other", "23 digits"),
     (f"http://net.kojinbango-card.go.jp/x?id={ID}", "other", "https"),
     (f"https://net.kojinbango-card.go.jp.evil.example/x?id={ID}", "other", "another site"),
     (f"https://user@net.kojinbango-card.go.jp/x?id={ID}", "other", "another site"),
     ("https://net.kojinbango-card.go.jp/x?id=1234567890123456", "other", "23 digits"),
     ("WIFI:S:cafe;T:WPA;P:secret;;", "other", "not an application-form"),
     ("https://example.com/", "other", "another site")],
)
def test_classification(text, kind, reason):
    scanned = classify(text)
    assert scanned.kind == kind and reason in scanned.reason
    assert ID not in repr(scanned)  # the 申請書ID never shows up in a log line by accident


def test_form_id_is_extracted_when_visible():
    assert classify(f"https://net.kojinbango-card.go.jp/a?b={ID}").application_id == ID


@pytest.mark.parametrize("tier", TIERS)
def test_decoder_reads_each_difficulty_tier(tier):
    rng = random.Random(100 + TIERS.index(tier))  # fixed frames: the same every run
    read = 0
    for _ in range(6):
        payload = form_url(rng)
        frame = make_frame(tier, rng, zoom_on_qr(render_form(payload)))
        read += decode(frame) == [payload]
    assert read >= 4  # some rotated frames turn part of the code out of the picture


def test_a_frame_without_a_code_decodes_to_nothing():
    blank = np.full((720, 1280, 3), 200, np.uint8)
    cv2.putText(blank, "My Number", (100, 300), cv2.FONT_HERSHEY_SIMPLEX, 3, (0, 0, 0), 5)
    assert decode(blank) == []


def test_stable_reader_needs_agreeing_frames():
    r = StableReader(needed=3, window=5)
    assert [r.feed(x) for x in (["A"], [], ["B"], ["A"])] == [None, None, None, None]
    assert r.feed(["A"]) == "A"
    assert r.feed(["A"]) is None  # starts over after accepting


def test_handheld_scanner_types_a_line():
    w = KeyboardWedge()
    assert [w.key(c) for c in "abc"] == [None, None, None]
    assert w.key("\r") == "abc" and w.key("\n") is None


def _qr_png(path, text):
    qrcode.make(text).save(path)
    return str(path)


def test_scan_command_json(tmp_path):
    form = _qr_png(tmp_path / "form.png", f"https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA01S001Action.do?id={ID}")
    other = _qr_png(tmp_path / "other.png", "https://example.com/coupon")
    junk = tmp_path / "junk.jpg"
    junk.write_bytes(b"not an image at all")
    plain = tmp_path / "plain.png"
    cv2.imwrite(str(plain), np.full((100, 100, 3), 255, np.uint8))
    out = subprocess.run([sys.executable, "-m", "kiosk", "scan", form, other, str(junk), str(plain), "--json"],
                         capture_output=True, text=True, timeout=60)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["kind"] for r in rows] == ["application_form", "other", None, None]
    assert rows[0]["text"].endswith(ID) and rows[0]["file"] == form and isinstance(rows[0]["ms"], float)
    assert rows[1]["text"] == "https://example.com/coupon" and "another site" in rows[1]["detail"]
    assert rows[2]["text"] is None and "not a readable image" in rows[2]["error"]
    assert rows[3]["text"] is None and "no QR code" in rows[3]["error"]
    assert out.returncode == 0


def structured_append_part_zxing_cannot_read() -> np.ndarray:
    """Part 1 of 2 of a structured-append QR, a few modules blotted out, turned 105°: zxing-cpp finds
    nothing, and pyzbar raises ValueError ("4294967295 is not a valid ZBarOrientation")."""
    import io

    segno = pytest.importorskip("segno")
    part = segno.make_sequence(f"https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA01S001Action.do?id={ID}" * 3,
                               symbol_count=2, error="L")[0]
    buf = io.BytesIO()
    part.save(buf, kind="png", scale=4, border=6)
    img = cv2.imdecode(np.frombuffer(buf.getvalue(), np.uint8), cv2.IMREAD_GRAYSCALE)
    h, w = img.shape
    rng = random.Random(4)
    for _ in range(rng.randint(1, 6)):
        x, y = rng.randrange(24, w - 40), rng.randrange(24, h - 40)
        img[y:y + rng.randint(4, 16), x:x + rng.randint(4, 16)] = rng.choice([0, 255])
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), 105, 1.0)
    turn[:, 2] += (w / 2, h / 2)
    return cv2.warpAffine(img, turn, (w * 2, h * 2), borderValue=255)


def test_a_decoder_that_raises_is_no_read_and_is_logged(caplog, tmp_path):
    from hardware.qr import decode_pyzbar

    frame = structured_append_part_zxing_cannot_read()
    with pytest.raises(ValueError):
        decode_pyzbar(frame)  # the decoder itself still raises: the kiosk must not
    assert decode(frame) == []
    assert "decode_pyzbar failed on a frame (ValueError): no read" in caplog.text
    cv2.imwrite(str(tmp_path / "part.png"), frame)
    result = subprocess.run([sys.executable, "-m", "kiosk", "scan", str(tmp_path / "part.png"), "--json"],
                            capture_output=True, text=True, timeout=60)
    assert "Traceback" not in result.stderr and result.returncode == 1
    assert json.loads(result.stdout)["error"] == "QRコードが見つかりません / no QR code found"
