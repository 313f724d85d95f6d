"""The passphrase typed on a terminal (a real pseudo-terminal): asked twice for a new store, once after."""

import os
import pty
import select
import subprocess
import sys
import time

from kiosk.store.encrypted import store_exists


def run_on_terminal(data_dir, *answers: str, command: tuple[str, ...] = ("events", "verify")) -> tuple[int, str]:
    """Run a kiosk command with a pty as its terminal, typing each answer after the next prompt."""
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "KIOSK_PASSPHRASE"}
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), *command],
                            stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    seen = b""
    since_answer = b""  # a prompt counts only if it came after the last answer
    pending = list(answers)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if not select.select([master], [], [], 1)[0]:
            continue
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
        since_answer += chunk
        if pending and since_answer.rstrip().endswith((b":", "：".encode())):
            os.write(master, pending.pop(0).encode() + b"\n")
            since_answer = b""
    os.close(master)
    if proc.poll() is None:
        proc.kill()
    return proc.wait(timeout=10), seen.decode("utf-8", "replace")


def test_a_new_store_asks_twice_and_refuses_a_mismatch(data_dir):
    code, out = run_on_terminal(data_dir, "first passphrase", "second passphrase")
    assert code == 1 and "the two entries differ" in out and not store_exists(data_dir)
    code, out = run_on_terminal(data_dir, "short")
    assert code == 1 and "at least 10 characters" in out and not store_exists(data_dir)
    code, out = run_on_terminal(data_dir, "booth passphrase 1", "booth passphrase 1")
    assert code == 0 and "created a new kiosk store" in out and store_exists(data_dir)
    assert "booth passphrase 1" not in out  # not echoed
    code, out = run_on_terminal(data_dir, "booth passphrase 1")
    assert code == 0 and out.count("passphrase:") == 1 and "all 0 records intact" in out


def test_wipe_on_a_terminal_needs_the_typed_word_then_the_passphrase(data_dir):
    assert run_on_terminal(data_dir, "booth passphrase 1", "booth passphrase 1")[0] == 0  # a store
    code, out = run_on_terminal(data_dir, "wipe", command=("wipe",))  # lower case is not the word
    assert code == 1 and "cancelled" in out and store_exists(data_dir)
    code, out = run_on_terminal(data_dir, "消去", "booth passphrase 1", command=("wipe",))
    assert code == 0 and "no remnant left" in out and list(data_dir.iterdir()) == []
