"""The photo pipeline on real photographs (public-domain NASA and US Navy portraits) and transforms of
them whose ground truth (crown, chin, face centre read off the picture) is carried through."""

import cv2
import numpy as np
import pytest

from kiosk.photo import checks
from kiosk.photo.crop import EXPORT_H, EXPORT_W
from kiosk.photo.measure import Box, Measure
from kiosk.photo.pipeline import analyse
from tests.photo import images
from tests.photo.images import Truth

DATA = images.Path(__file__).parent / "data"  # astronaut.png: the same picture, for the UI tests


@pytest.fixture(scope="module")
def booth():
    return images.astronaut()


@pytest.fixture(scope="module")
def portrait(booth):
    return booth[0]


def failing(a):
    return sorted(name for name, c in a.checks.items() if not c.ok)


def geometry_mm(a, t: Truth) -> dict[str, float]:
    """Where the TRUE crown, chin and face centre land in the 35 × 45 mm photo the pipeline cut."""
    b = a.crop.box
    mm = 35 / b.w
    return {"crown_chin": (t.chin_y - t.crown_y) * mm, "top": (t.crown_y - b.y) * mm,
            "bottom": (b.y + b.h - t.chin_y) * mm, "centre": (t.center_x - b.x) * mm}


def assert_passport_geometry(a, t: Truth) -> None:
    g = geometry_mm(a, t)
    assert 32 <= g["crown_chin"] <= 36, g
    assert 2 <= g["top"] <= 6, g
    assert 5 <= g["bottom"] <= 9, g
    assert 15.5 <= g["centre"] <= 19.5, g


def _compliant_variants():
    img, t = images.astronaut()
    yield "original", img, t
    yield "shifted right", *images.shifted(img, t, 40, 0)
    yield "shifted left and down", *images.shifted(img, t, -30, 25)
    yield "smaller", *images.scaled(img, t, 0.7)
    yield "larger", *images.scaled(img, t, 1.4)
    yield "rotated -4°", *images.rotated(img, t, -4)
    yield "rotated +5°", *images.rotated(img, t, 5)
    yield "darker", (img * 0.55).astype(np.uint8), t
    yield "slightly soft", cv2.GaussianBlur(img, (0, 0), 1.0), t
    yield "far from a large frame", images.on_canvas(img, 900, 720, 190, 60), images.shifted(img, t, 190, 60)[1]


@pytest.mark.parametrize(("name", "img", "truth"), list(_compliant_variants()), ids=lambda v: v if isinstance(v, str) else "")
def test_every_compliant_variant_passes_and_meets_the_passport_geometry(name, img, truth):
    a = analyse(img)
    assert failing(a) == [], (name, a.checks)
    assert_passport_geometry(a, truth)
    m = a.measure
    assert abs(m.chin_y - truth.chin_y) < 0.06 * (truth.chin_y - truth.crown_y)  # chin found, not guessed


def test_when_hair_hides_the_crown_it_is_as_far_above_the_eyes_as_the_chin_is_below(portrait):
    hair_to_edge = portrait[images.PAD + 25:].copy()  # the hair reaches the top edge: no backdrop above
    m = analyse(hair_to_edge).measure
    assert not m.crown_from_hair
    assert m.crown_y == pytest.approx(m.eye_y - (m.chin_y - m.eye_y))


# ---- each check fires on its own bad case, and passes on the good one -----------------------------

def test_one_face(portrait):
    assert analyse(portrait).checks["one_face"].ok
    assert "one_face" in failing(analyse(images.second_face(portrait)))
    assert failing(analyse(np.full((480, 640, 3), 200, np.uint8))) == ["one_face"]
    assert "only the applicant" in checks.one_face([Box(0, 0, 9, 9)] * 2).detail


def test_face_size(portrait):
    assert analyse(portrait).checks["face_size"].ok
    far = images.on_canvas(portrait, 700, 1100, 94, 30)
    assert "face_size" in failing(analyse(far))
    assert "too far" in analyse(far).checks["face_size"].detail


def test_centred(portrait):
    assert analyse(portrait).checks["centred"].ok
    assert "centred" in failing(analyse(images.on_canvas(portrait, 1000, 620, 488, 24)))  # standing to one side


def test_framed(portrait):
    raised, _ = images.shifted(portrait, images.ASTRONAUT, 0, -images.PAD - 20)
    assert "framed" in failing(analyse(raised))  # the top of the head leaves the picture


def test_level_on_a_tilted_photo_and_on_the_eye_line(portrait):
    assert analyse(portrait).checks["level"].ok
    tilted, _ = images.rotated(portrait, images.ASTRONAUT, -12)
    assert {"level", "eyes_open"} & set(failing(analyse(tilted)))

    def m(eyes):
        return Measure(Box(0, 0, 100, 100), eyes, 50, 105, 0, 50, True)

    assert checks.level(m(((30, 40), (70, 41)))).ok
    assert not checks.level(m(((30, 40), (70, 50)))).ok  # 14°
    assert "tilted" in checks.level(m(((30, 50), (70, 40)))).detail


def test_facing():
    """Yaw on the measure only: the Haar box follows a warped face, so no image transform fakes a
    turned head convincingly (see docs/photo.md)."""
    def m(eyes):
        return Measure(Box(0, 0, 100, 100), eyes, 40, 105, 0, 50, True)

    assert checks.facing(m(((30, 40), (70, 40)))).ok
    assert not checks.facing(m(((45, 40), (85, 40)))).ok  # both eyes well right of centre: turned
    assert "turned" in checks.facing(m(((15, 40), (55, 40)))).detail


def test_eyes_open(portrait):
    a = analyse(portrait)
    assert a.checks["eyes_open"].ok
    closed = analyse(images.eyes_closed(portrait, a.measure.eyes))
    assert failing(closed) == ["eyes_open"]


def test_no_glare(portrait):
    m = analyse(portrait).measure
    glare = portrait.copy()
    for x, y in m.eyes:
        cv2.circle(glare, (int(x) + 3, int(y) - 2), 6, (255, 255, 255), -1)
    assert "no_glare" in failing(analyse(glare))
    assert analyse(portrait).checks["no_glare"].ok


def test_sharp(portrait):
    assert analyse(cv2.GaussianBlur(portrait, (0, 0), 1.0)).checks["sharp"].ok
    assert "sharp" in failing(analyse(cv2.GaussianBlur(portrait, (0, 0), 6)))
    kernel = np.zeros((25, 25), np.float32)
    kernel[12, :] = 1 / 25  # the applicant moved sideways during the exposure
    assert "sharp" in failing(analyse(cv2.filter2D(portrait, -1, kernel)))


def test_exposure(portrait):
    assert analyse((portrait * 0.55).astype(np.uint8)).checks["exposure"].ok
    dark = analyse((portrait * 0.3).astype(np.uint8))
    assert "exposure" in failing(dark) and "too dark" in dark.checks["exposure"].detail
    bright = analyse(np.clip(portrait.astype(np.int16) + 120, 0, 255).astype(np.uint8))
    assert "exposure" in failing(bright) and "too bright" in bright.checks["exposure"].detail


def test_even_light(portrait):
    assert analyse(portrait).checks["even_light"].ok
    shadow = portrait.astype(np.float32)
    shadow[:, :224] *= 0.35  # light from one side only
    assert "even_light" in failing(analyse(shadow.astype(np.uint8)))


def test_plain_background(portrait):
    assert analyse(portrait).checks["plain_background"].ok
    assert "plain_background" in failing(analyse(images.busy_background(portrait)))


def test_a_hat_in_front_of_a_flag_is_refused():
    a = analyse(images.grace_hopper())
    assert not a.ok and "plain_background" in failing(a)


def test_every_hint_is_japanese_first_then_english(portrait):
    bad = [images.second_face(portrait), (portrait * 0.3).astype(np.uint8), images.busy_background(portrait),
           cv2.GaussianBlur(portrait, (0, 0), 6), np.full((480, 640, 3), 200, np.uint8)]
    details = [c.detail for img in bad for c in analyse(img).checks.values() if not c.ok]
    assert details and all(" / " in d and not d[0].isascii() and d.split(" / ")[1].isascii() for d in details)


# ---- the online file ------------------------------------------------------------------------------

def test_online_jpeg_meets_the_file_rules(portrait):
    a = analyse(portrait)
    jpeg = a.jpeg(portrait)
    img = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_UNCHANGED)
    assert img.shape == (EXPORT_H, EXPORT_W, 3) and 20_000 <= len(jpeg) <= 7_000_000
    assert b"Exif" not in jpeg and b"\xff\xe1" not in jpeg  # no APP1 (EXIF/XMP) segment
    assert a.crop.upscaled  # a 512 px portrait cannot fill 1063 px: said, not hidden


def test_a_large_camera_frame_is_not_enlarged(portrait):
    big, _ = images.scaled(portrait, images.ASTRONAUT, 6.0)
    assert not analyse(big).crop.upscaled
