"""The wait a newcomer is told: today's median service time times the people before them."""

from kiosk.domain.wait import MIN_FINISHED, estimate_wait


def test_no_minutes_until_enough_journeys_have_finished():
    assert estimate_wait([300.0] * (MIN_FINISHED - 1), waiting=4, at_desk=True).minutes is None
    assert estimate_wait([], waiting=4, at_desk=True).ahead == 5


def test_median_not_mean_so_one_long_visit_does_not_scare_everyone():
    times = [240.0, 300.0, 360.0, 3600.0]  # one hour-long online application among quick photos
    assert estimate_wait(times, waiting=2, at_desk=False).minutes == 11  # 330 s median x 2


def test_the_one_at_the_desk_counts_half():
    assert estimate_wait([600.0] * 3, waiting=1, at_desk=True).minutes == 15
    assert estimate_wait([600.0] * 3, waiting=0, at_desk=False).minutes == 0
