"""The photo pipeline on a real photograph (public-domain NASA portrait) and transforms of it whose
ground truth is carried through the transform."""

import json
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.photo.crop import EXPORT_H, EXPORT_W
from kiosk.photo.pipeline import analyse

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def portrait():
    img = cv2.imread(str(DATA / "astronaut.png"))
    img[:36] = (225, 225, 225)  # a plain backdrop above the head, as in the booth
    return img


def failing(a):
    return sorted(name for name, c in a.checks.items() if not c.ok)


def test_compliant_portrait_passes_and_meets_the_geometry(portrait):
    a = analyse(portrait)
    assert failing(a) == [] and a.measure.crown_from_hair
    m, c = a.measure, a.crop
    mm = 1 / c.px_per_mm
    assert 32 <= (m.chin_y - m.crown_y) * mm <= 36
    assert 2 <= (m.crown_y - c.box.y) * mm <= 6
    assert 5 <= (c.box.y + c.box.h - m.chin_y) * mm <= 9
    assert 15.5 <= (m.center_x - c.box.x) * mm <= 19.5


@pytest.mark.parametrize(("dx", "dy"), [(40, 0), (-30, 25)])
def test_the_crop_follows_a_shifted_face(portrait, dx, dy):
    base = analyse(portrait).crop.box
    moved = cv2.warpAffine(portrait, np.float32([[1, 0, dx], [0, 1, dy]]), portrait.shape[1::-1],
                           borderMode=cv2.BORDER_REPLICATE)
    box = analyse(moved).crop.box
    assert abs(box.x - (base.x + dx)) <= 4 and abs(box.y - (base.y + dy)) <= 4


def test_the_crop_scales_with_the_face(portrait):
    base = analyse(portrait).crop.box
    big = cv2.resize(portrait, None, fx=1.5, fy=1.5, interpolation=cv2.INTER_CUBIC)
    box = analyse(big).crop.box
    assert abs(box.h / base.h - 1.5) < 0.1


@pytest.mark.parametrize(
    ("transform", "check"),
    [(lambda im: (im * 0.3).astype(np.uint8), "exposure"),
     (lambda im: cv2.GaussianBlur(im, (0, 0), 6), "sharp"),
     (lambda im: cv2.imread(str(DATA / "astronaut.png")), "plain_background")],
)
def test_each_check_fires_on_its_own_bad_case(portrait, transform, check):
    a = analyse(transform(portrait.copy()))
    assert check in failing(a), a.checks


def test_a_tilted_head_is_refused(portrait):
    """15° of roll: refused — by the eye line when both eyes are found, else because they are not."""
    tilted = cv2.warpAffine(portrait, cv2.getRotationMatrix2D((224, 100), 15, 1), portrait.shape[1::-1],
                            borderMode=cv2.BORDER_REPLICATE)
    assert {"level", "eyes_open"} & set(failing(analyse(tilted)))


def test_level_measures_the_eye_line():
    from kiosk.photo.checks import level
    from kiosk.photo.measure import Box, Measure

    def m(eyes):
        return Measure(Box(0, 0, 100, 100), eyes, 50, 105, 0, 50, True)

    assert level(m(((30, 40), (70, 41)))).ok
    assert not level(m(((30, 40), (70, 50)))).ok  # 14°
    assert "tilted" in level(m(((30, 50), (70, 40)))).detail


def test_two_faces_and_no_face(portrait):
    two = cv2.resize(portrait, (1024, 512))
    two[:, 512:] = cv2.resize(portrait, (512, 512))
    two[:, :512] = cv2.resize(portrait, (512, 512))
    assert "one_face" in failing(analyse(two))
    assert failing(analyse(np.full((480, 640, 3), 200, np.uint8))) == ["one_face"]


def test_online_jpeg_meets_the_file_rules(portrait):
    a = analyse(portrait)
    jpeg = a.jpeg(portrait)
    img = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_UNCHANGED)
    assert img.shape == (EXPORT_H, EXPORT_W, 3) and 20_000 <= len(jpeg) <= 7_000_000
    assert b"Exif" not in jpeg[:2000]


def test_photo_command(tmp_path, portrait):
    good = tmp_path / "good.png"
    cv2.imwrite(str(good), portrait)
    junk = tmp_path / "junk.jpg"
    junk.write_bytes(b"not an image")
    out = subprocess.run([sys.executable, "-m", "kiosk", "photo", str(good), str(junk), str(DATA / "astronaut.png"),
                          "--out", str(tmp_path / "out"), "--json"], capture_output=True, text=True, timeout=60)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["ok"] for r in rows] == [True, False, False]
    assert set(rows[0]) >= {"file", "ok", "face", "crown_y", "chin_y", "eye_y", "center_x", "crop", "checks", "output", "ms"}
    assert Path(rows[0]["output"]).exists() and rows[2]["output"] is None
    assert "error" in rows[1] and not rows[2]["checks"]["plain_background"]["ok"]


def test_glasses_glare_fires_on_light_spots_over_the_eyes(portrait):
    m = analyse(portrait).measure
    glare = portrait.copy()
    for x, y in m.eyes:
        cv2.circle(glare, (int(x) + 3, int(y) - 2), 6, (255, 255, 255), -1)
    a = analyse(glare)
    assert "no_glare" in failing(a)
    assert "no_glare" not in failing(analyse(portrait))


def test_facing_measures_where_the_eyes_sit_in_the_face():
    from kiosk.photo.checks import facing
    from kiosk.photo.measure import Box, Measure

    def m(eyes):
        return Measure(Box(0, 0, 100, 100), eyes, 40, 105, 0, 50, True)

    assert facing(m(((30, 40), (70, 40)))).ok
    assert not facing(m(((45, 40), (85, 40)))).ok  # both eyes well right of centre: turned
    assert "turned" in facing(m(((15, 40), (55, 40)))).detail


def _on_canvas(img, w, h, x, y, bg=225):
    canvas = np.full((h, w, 3), bg, np.uint8)
    canvas[y:y + img.shape[0], x:x + img.shape[1]] = img
    return canvas


def test_far_away_off_centre_too_close_and_shadowed_faces_are_refused(portrait):
    assert "face_size" in failing(analyse(_on_canvas(portrait, 640, 1000, 64, 20)))  # far from the camera
    assert "centred" in failing(analyse(_on_canvas(portrait, 1000, 560, 488, 24)))  # standing to one side
    raised = cv2.warpAffine(portrait, np.float32([[1, 0, 0], [0, 1, -45]]), portrait.shape[1::-1],
                            borderMode=cv2.BORDER_REPLICATE)
    assert "framed" in failing(analyse(raised))  # the top of the head leaves the picture
    shadow = portrait.copy().astype(np.float32)
    shadow[:, :224] *= 0.35  # light from one side only
    assert "even_light" in failing(analyse(shadow.astype(np.uint8)))
    bright = np.clip(portrait.astype(np.int16) + 120, 0, 255).astype(np.uint8)
    assert "exposure" in failing(analyse(bright))
