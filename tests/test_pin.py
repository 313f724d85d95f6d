import pytest

from kiosk.pin import OperatorPin, PinError


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_pin_is_stored_only_as_a_salted_hash(data_dir):
    pin = OperatorPin(data_dir)
    pin.set("2580")
    raw = (data_dir / "operator_pin.json").read_bytes()
    assert b"2580" not in raw
    assert pin.check("2580").ok and not pin.check("2581").ok


@pytest.mark.parametrize("bad", ["12", "123456789", "12a4", "1111", "1234"])
def test_weak_or_malformed_pins_are_refused(data_dir, bad):
    with pytest.raises(PinError):
        OperatorPin(data_dir).set(bad)


def test_wrong_attempts_are_throttled_even_across_a_restart(data_dir):
    clock = Clock()
    pin = OperatorPin(data_dir, clock=clock)
    pin.set("2580")
    results = [pin.check("0000") for _ in range(3)]
    assert [r.wait_s > 0 for r in results] == [False, False, True]
    # while throttled even the right PIN is not accepted, and a restart does not help
    again = OperatorPin(data_dir, clock=clock)
    throttled = again.check("2580")
    assert not throttled.ok and throttled.wait_s > 0 and "秒" in throttled.message
    clock.t += 6
    assert again.check("2580").ok
