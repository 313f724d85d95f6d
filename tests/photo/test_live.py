"""The live tracker: the face followed between frames, the detector only now and then."""

import numpy as np

from kiosk.photo import live
from kiosk.photo.live import LiveTracker
from kiosk.photo.pipeline import analyse
from tests.photo import devset


def test_a_followed_face_measures_like_a_detected_one_and_a_second_person_is_soon_noticed(monkeypatch):
    frame = devset.image("hiv-demoImage-panel3.png")
    calls = []
    real = live.find_faces
    monkeypatch.setattr(live, "find_faces", lambda bgr: calls.append(1) or real(bgr))
    tracker = LiveTracker()
    results = [tracker.analyse(frame) for _ in range(4)]
    assert len(calls) == 1  # detected once, then followed
    alone = analyse(frame, live=True)
    for a in results:
        assert a.ok and abs(a.measure.chin_y - alone.measure.chin_y) < 0.01 * frame.shape[0]
    group = devset.image("hiv-demoImage-4people.jpg")
    told = [tracker.analyse(group).checks["one_face"].ok for _ in range(live.DETECT_EVERY + 1)]
    assert not told[-1]  # within DETECT_EVERY frames the detector counts the others


def test_the_head_segment_is_made_every_other_frame_and_carried_along_with_the_head(monkeypatch):
    from kiosk.photo import measure

    frame = devset.image("hiv-demoImage-panel3.png")
    cuts = []
    real = measure.find_head
    monkeypatch.setattr(measure, "find_head", lambda *a: cuts.append(1) or real(*a))
    tracker = LiveTracker()
    crowns = [tracker.analyse(frame).measure.crown_y for _ in range(4)]
    assert len(cuts) == 2 and crowns[1] == crowns[0] and crowns[3] == crowns[2]  # carried: the same crown
    assert abs(crowns[2] - crowns[0]) < 0.015 * frame.shape[0]  # a fresh coarse cut: within ~1 work pixel
    shifted = np.zeros_like(frame)
    shifted[6:] = frame[:-6]  # the person sits 6 px lower: the carried crown follows
    fresh = tracker.analyse(frame).measure.crown_y
    moved = tracker.analyse(shifted).measure.crown_y
    assert len(cuts) == 3 and abs(moved - (fresh + 6)) <= 1.5
