"""The photo pipeline on real photographs (public-domain NASA and US Navy portraits, and the dev set)
and transforms of them whose ground truth (crown, chin, face centre read off the picture) is carried
through. Each check has a pass and a fail case on a real photo (or a real photo changed in one way)."""

import cv2
import numpy as np
import pytest

from kiosk.photo import checks
from kiosk.photo.crop import EXPORT_H, EXPORT_W
from kiosk.photo.pipeline import analyse
from tests.photo import devset, images
from tests.photo.images import Truth


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
def test_every_variant_meets_the_passport_geometry_and_is_refused_only_for_her_smile(name, img, truth):
    """She smiles with her teeth showing (the passport rule's 'mouth open'): refused for that alone."""
    a = analyse(img)
    assert failing(a) == ["mouth_closed"], (name, a.checks)
    assert_passport_geometry(a, truth)
    m = a.measure
    height = truth.chin_y - truth.crown_y
    assert abs(m.chin_y - truth.chin_y) < 0.03 * height and abs(m.crown_y - truth.crown_y) < 0.03 * height


def test_a_crown_cut_off_by_the_frame_is_not_guessed(portrait):
    raised, _ = images.shifted(portrait, images.ASTRONAUT, 0, -images.PAD - 20)  # the top of the head leaves
    a = analyse(raised)
    assert a.measure.crown_y is None and a.crop is None
    assert a.checks["crown_visible"].code == "head_top_unseen"
    assert "少し下がって" in a.checks["crown_visible"].detail


# ---- each check fires on its own bad case, and passes on the good one -----------------------------

def test_one_face(portrait):
    assert analyse(portrait).checks["one_face"].ok
    assert "one_face" in failing(analyse(images.second_face(portrait)))
    assert failing(analyse(np.full((480, 640, 3), 200, np.uint8))) == ["one_face"]
    assert "only the applicant" in checks.one_face([None, None]).detail


def test_face_size(portrait):
    assert analyse(portrait).checks["face_size"].ok
    far = images.on_canvas(portrait, 700, 1100, 94, 30)
    assert analyse(far).checks["face_size"].code == "move_closer"


def test_centred(portrait):
    assert analyse(portrait).checks["centred"].ok
    c = analyse(images.on_canvas(portrait, 1000, 620, 488, 24)).checks["centred"]  # right of the image
    assert c.code == "move_centre" and c.params["toward"] == "right"  # off to their own left: move right


def test_level(portrait):
    assert analyse(portrait).checks["level"].ok
    tilted, _ = images.rotated(portrait, images.ASTRONAUT, -12)
    c = analyse(tilted).checks["level"]
    assert c.code == "head_straight" and abs(c.params["angle"]) > 8


def test_facing_on_a_turned_head_and_on_frontal_ones():
    assert analyse(devset.image("fr-obama1.jpg")).checks["facing"].code == "look_at_camera"  # turned ~16°
    for name in ("hiv-test0.jpg", "hiv-demoImage-panel3.png"):
        assert analyse(devset.image(name)).checks["facing"].ok


def test_eyes_open(portrait):
    a = analyse(portrait)
    assert a.checks["eyes_open"].ok
    closed = analyse(images.eyes_closed(portrait, a.measure.eyes))
    assert failing(closed) == ["eyes_open", "mouth_closed"]


def test_sunglasses_hide_the_eyes():
    img = devset.image("hiv-demoImage-panel3.png")
    m = analyse(img).measure
    for eye in m.eyes:  # dark lenses over both eyes
        cv2.ellipse(img, (int(eye[0]), int(eye[1])), (int(m.face.w * 0.17), int(m.face.w * 0.11)), 0, 0, 360,
                    (25, 25, 30), -1)
    assert analyse(img).checks["eyes_visible"].code == "show_eyes"


def test_no_glare(portrait):
    m = analyse(portrait).measure
    glare = portrait.copy()
    for x, y in m.eyes:
        cv2.circle(glare, (int(x) + 3, int(y) - 2), 6, (255, 255, 255), -1)
    assert "no_glare" in failing(analyse(glare))
    assert analyse(portrait).checks["no_glare"].ok


def test_mouth_closed():
    assert analyse(devset.image("fr-obama1.jpg")).checks["mouth_closed"].ok
    speaking = analyse(devset.image("fr-obama2.jpg")).checks["mouth_closed"]
    assert speaking.code == "close_mouth" and speaking.params["gap"] > 0.3


def test_sharp(portrait):
    assert analyse(cv2.GaussianBlur(portrait, (0, 0), 1.0)).checks["sharp"].ok
    assert analyse(cv2.GaussianBlur(portrait, (0, 0), 2.5)).checks["sharp"].code == "hold_still"
    kernel = np.zeros((15, 15), np.float32)
    kernel[7, :] = 1 / 15  # the applicant moved sideways during the exposure
    assert analyse(cv2.filter2D(portrait, -1, kernel)).checks["sharp"].code == "hold_still"


def test_exposure(portrait):
    assert analyse((portrait * 0.55).astype(np.uint8)).checks["exposure"].ok
    dark = analyse((portrait * 0.3).astype(np.uint8))
    assert dark.checks["exposure"].code == "too_dark" and "too dark" in dark.checks["exposure"].detail
    bright = analyse(np.clip(portrait.astype(np.int16) + 120, 0, 255).astype(np.uint8))
    assert bright.checks["exposure"].code == "too_bright"


def test_even_light(portrait):
    assert analyse(portrait).checks["even_light"].ok
    shadow = portrait.astype(np.float32)
    shadow[:, :224] *= 0.35  # light from one side only
    assert analyse(shadow.astype(np.uint8)).checks["even_light"].code == "shadow"


def test_plain_background_is_judged_outside_the_head(portrait):
    assert analyse(portrait).checks["plain_background"].ok  # her hair is not background
    assert "plain_background" in failing(analyse(images.busy_background(portrait)))


def test_a_hat_in_front_of_a_flag_is_refused():
    a = analyse(images.grace_hopper())
    assert not a.ok and {"plain_background", "head_covering"} <= set(failing(a))
    assert a.checks["head_covering"].code == "remove_hat"


def test_hair_of_every_colour_is_no_head_covering():
    """Every face of the dev set (white, grey, black, dark-brown hair; bald crowns lit from above):
    none is taken for a hat — including the people beside the applicant in the group pictures."""
    from kiosk.photo.checks import head_covering
    from kiosk.photo.measure import find_faces, measure

    seen = 0
    for t in devset.truth():
        img = devset.image(t["file"])
        for face in find_faces(img):
            seen += 1
            assert head_covering(measure(img, face)).ok, t["file"]
    assert seen >= 23


def test_every_hint_is_japanese_first_then_english(portrait):
    bad = [images.second_face(portrait), (portrait * 0.3).astype(np.uint8), images.busy_background(portrait),
           cv2.GaussianBlur(portrait, (0, 0), 6), np.full((480, 640, 3), 200, np.uint8)]
    details = [c.detail for img in bad for c in analyse(img).checks.values() if not c.ok]
    assert details and all(" / " in d and not d[0].isascii() and d.split(" / ")[1].isascii() for d in details)


def test_every_code_has_words():
    from kiosk.photo.messages import TEXTS
    for img in (images.grace_hopper(), devset.image("fr-obama2.jpg"), devset.image("fr-two_people.jpg")):
        assert all(c.code in TEXTS for c in analyse(img).checks.values() if not c.ok)


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


def test_a_camera_still_too_small_for_300_dpi_says_come_closer(portrait):
    """Resolution honesty: 45 mm at 300 dpi needs 531 camera pixels; the astronaut's crop has ~212."""
    assert "resolution" not in analyse(portrait).checks  # a file is what it is: `upscaled` says it
    assert analyse(portrait, still_scale=1.0).checks["resolution"].code == "move_closer"
    assert analyse(portrait, still_scale=3.0).checks["resolution"].ok  # the still is 3× the preview
