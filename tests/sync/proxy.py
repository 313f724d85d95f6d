"""A fault-injecting TCP proxy on loopback for the sync tests. It works below TLS, so it can cut a
connection part way through a request, swallow HQ's reply after HQ committed, or stall."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass


@dataclass
class Fault:
    """What to do to one connection. Byte counts are of the client→HQ direction on that connection."""

    drop_after: int | None = None  # cut both sides once this many bytes went up (mid-request)
    lose_response_after: int | None = None  # once this many went up, swallow HQ's reply and cut
    stall: float = 0.0  # hold the connection this long before passing anything
    refuse: bool = False  # close at once, as if HQ were down
    throttle: float = 0.0  # pause after each chunk passed up (a slow mobile link)


class FaultProxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.faults: deque[Fault] = deque()
        self.connections = 0
        self.faults_applied = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def plan(self, *faults: Fault) -> None:
        self.faults.extend(faults)

    def close(self) -> None:
        self._closed = True
        self._listener.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            fault = self.faults.popleft() if self.faults else Fault()
            threading.Thread(target=self._handle, args=(client, fault), daemon=True).start()

    def _handle(self, client: socket.socket, fault: Fault) -> None:
        if fault.refuse:
            self.faults_applied += 1
            client.close()
            return
        if fault.stall:
            self.faults_applied += 1
            time.sleep(fault.stall)
        try:
            upstream = socket.create_connection(self.target, timeout=30)
        except OSError:
            client.close()
            return
        state = {"up": 0, "dead": False}

        def kill() -> None:
            state["dead"] = True
            for s in (client, upstream):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

        def pump_up() -> None:
            try:
                while not state["dead"]:
                    data = client.recv(65536)
                    if not data:
                        break
                    if fault.drop_after is not None and state["up"] + len(data) >= fault.drop_after:
                        cut = fault.drop_after - state["up"]
                        upstream.sendall(data[: max(0, cut)])
                        self.faults_applied += 1
                        kill()
                        return
                    upstream.sendall(data)
                    state["up"] += len(data)
                    if fault.throttle:
                        time.sleep(fault.throttle)
            except OSError:
                pass
            if not state["dead"]:
                kill()

        def pump_down() -> None:
            try:
                while not state["dead"]:
                    data = upstream.recv(65536)
                    if not data:
                        break
                    if fault.lose_response_after is not None and state["up"] >= fault.lose_response_after:
                        self.faults_applied += 1  # HQ has answered, so it has committed: the kiosk never hears
                        kill()
                        return
                    client.sendall(data)
            except OSError:
                pass
            if not state["dead"]:
                kill()

        threading.Thread(target=pump_up, daemon=True).start()
        pump_down()
