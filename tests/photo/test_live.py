"""The live tracker: the face followed between frames, the detector only now and then."""

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
