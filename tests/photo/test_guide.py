"""The guide: one hint at a time, the most basic first, and the countdown to the automatic photo."""

import numpy as np

from kiosk.photo.guide import Guide, hint, hints
from kiosk.photo.messages import TEXTS
from kiosk.photo.pipeline import analyse
from tests.photo import devset


def test_the_most_basic_problem_is_told_first():
    a = analyse(devset.image("fr-obama2.jpg"))  # turned, speaking, busy background
    assert [h.check for h in hints(a)] == ["facing", "mouth_closed", "plain_background"]
    assert hint(a).code == "look_at_camera" and hint(a).code in TEXTS
    assert hint(analyse(np.full((480, 640, 3), 200, np.uint8))).code == "no_face"


def test_countdown_then_the_photo_and_any_problem_starts_it_again():
    good, bad = analyse(devset.image("hiv-demoImage-panel3.png")), analyse(devset.image("hiv-test1.jpg"))
    assert hint(good) is None
    guide = Guide(hold_s=1.0)
    told, due = guide.update(good, 10.0)
    assert told.code == "keep_still" and not due
    told, due = guide.update(good, 10.4)
    assert told.code == "keep_still" and told.params == {"seconds": 1} and not due
    told, due = guide.update(bad, 10.8)  # someone walks behind: the count starts again
    assert told.code == "plain_background" and not due
    assert guide.update(good, 11.0)[1] is False and guide.update(good, 12.1)[1] is True
