"""Kill a writing kiosk with SIGKILL at random moments, many times: every event it had acknowledged
is still there afterwards, and the chain verifies."""

import random
import signal
import subprocess
import sys
import time

from kiosk.store.encrypted import open_event_log
from tests.store.conftest import PASSPHRASE

WRITER = """
import sys
from kiosk.domain.events import make_event
from kiosk.store.encrypted import open_event_log
log = open_event_log(sys.argv[1], sys.argv[2], create=True)
print("ready", flush=True)
i = 0
while True:
    i += 1
    seq = log.append(make_event("visitor", "S1", ticket=i))
    print(seq, flush=True)  # acknowledged: append returned
"""


def _kill_after(proc: subprocess.Popen[str], rng: random.Random, round_: int) -> set[int]:
    """Kill the writer at a moment chosen by events, not by the clock (a busy machine only slows it):
    every third round while it starts up (creating or unlocking the store), the others after it has
    acknowledged a random number of events, a random fraction of an append later."""
    seen: set[int] = set()
    if round_ % 3 == 0:
        time.sleep(rng.uniform(0.0, 0.6))
    elif proc.stdout.readline().strip() == "ready":
        for _ in range(rng.randint(1, 40)):
            line = proc.stdout.readline()
            if not line:
                break
            seen.add(int(line))
        time.sleep(rng.uniform(0.0, 0.003))
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    return seen | {int(x) for x in out.split() if x.isdigit()}


def test_sigkill_never_loses_an_acknowledged_event(data_dir):
    rng = random.Random(20241005)
    acknowledged: set[int] = set()
    for round_ in range(12):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir), PASSPHRASE],
                                stdout=subprocess.PIPE, text=True)
        acknowledged |= _kill_after(proc, rng, round_)
    assert len(acknowledged) >= 8  # at least one acknowledged event in each of the 8 writing rounds
    log = open_event_log(data_dir, PASSPHRASE)
    try:
        stored = {seq for seq, _ in log.events()}
        assert acknowledged <= stored
        assert log.verify()[1] is None
    finally:
        log.close()


IMPORTER = """
import sys
from datetime import datetime, timedelta, timezone
from kiosk.domain.events import make_event
from kiosk.store.encrypted import open_event_log
log = open_event_log(sys.argv[1], sys.argv[2], create=True)
start = datetime(2024, 10, 5, 9, tzinfo=timezone(timedelta(hours=9)))
print("ready", flush=True)
# the same paper day each run (ids as its file's lines carry them), so a re-run adds nothing twice
added, _ = log.import_events([make_event("visitor", "S9", at=start + timedelta(seconds=i), id=f"paper-{i}")
                              for i in range(3000)])
print(added, flush=True)
"""


def test_sigkill_during_an_import_leaves_all_of_it_or_none(data_dir):
    rng = random.Random(8)
    for _ in range(6):
        proc = subprocess.Popen([sys.executable, "-c", IMPORTER, str(data_dir), PASSPHRASE],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        log = open_event_log(data_dir, PASSPHRASE)
        try:
            count = len(log.events())
            assert count in (0, 3000), count  # never part of a paper day
            assert log.verify()[1] is None
        finally:
            log.close()
        if out.strip():
            assert count == 3000  # acknowledged, so it is there
