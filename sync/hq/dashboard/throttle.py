"""The dashboard's login throttle, kept in HQ's database so that it holds across `serve --workers N`
and across restarts: at most `limit` password checks per staff name, and per client address across
all names, within `window_s`; the next attempt locks that name or client out for `lock_s` seconds,
right password or not.

An attempt is counted when it *starts*, before the slow password check, in one transaction that
holds both counters' rows (SELECT … FOR UPDATE on PostgreSQL; SQLite has one writer at a time, and
the INSERT that opens the transaction takes its write lock): two workers cannot both read "4" and
both check a password. A good login clears its name's and client's count."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable

from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from sync.hq.models import LoginCounter

CLEANUP_EVERY_S = 60.0


def _key(kind: str, value: str) -> str:
    # a digest: neither the names tried nor the clients' addresses are kept in the database
    return hashlib.sha256(f"{kind}\0{value}".encode("utf-8", "replace")).hexdigest()


class LoginThrottle:
    def __init__(self, make_session: Callable[[], Session], limit: int = 5, window_s: float = 900,
                 lock_s: float = 300, clock: Callable[[], float] = time.time) -> None:
        self.make_session = make_session
        self.limit, self.window_s, self.lock_s, self.clock = limit, window_s, lock_s, clock
        self._cleaned = 0.0

    def begin(self, name: str, client: str) -> float:
        """Count one attempt for this name and client; returns 0 when its password may be checked,
        else the seconds to wait (the attempt is then not checked at all)."""
        now = self.clock()
        keys = sorted({_key("name", name), _key("client", client)})  # one lock order in every worker
        with self.make_session() as session:
            dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
            for k in keys:  # make sure both rows exist; on SQLite this INSERT takes the write lock
                session.execute(dialect.insert(LoginCounter).values(key=k, window_start=now, count=0, locked_until=0)
                                .on_conflict_do_nothing(index_elements=["key"]))
            rows = session.scalars(select(LoginCounter).where(LoginCounter.key.in_(keys))
                                   .order_by(LoginCounter.key).with_for_update()).all()
            wait = max(row.locked_until - now for row in rows)
            if wait <= 0:
                for row in rows:
                    if now - row.window_start >= self.window_s:  # the earlier attempts fell out of the window
                        row.window_start, row.count = now, 0
                full = [row for row in rows if row.count >= self.limit]
                for row in full:
                    row.locked_until, row.window_start, row.count = now + self.lock_s, now, 0
                if full:
                    wait = self.lock_s
                else:
                    for row in rows:
                        row.count += 1
            session.commit()
        self._clean(now)
        return max(wait, 0.0)

    def succeeded(self, name: str, client: str) -> None:
        with self.make_session() as session:
            session.execute(update(LoginCounter).where(LoginCounter.key.in_([_key("name", name), _key("client", client)]),
                                                       LoginCounter.locked_until <= self.clock()).values(count=0))
            session.commit()

    def _clean(self, now: float) -> None:
        """Forget counters whose window and lock are over (now and then, not on every attempt). Rows
        another worker holds are skipped, so this never waits on or deadlocks with a login."""
        if now - self._cleaned < CLEANUP_EVERY_S:
            return
        self._cleaned = now
        stale = (select(LoginCounter.key).where(LoginCounter.window_start < now - self.window_s,
                                                LoginCounter.locked_until < now)
                 .with_for_update(skip_locked=True))
        with self.make_session() as session:
            session.execute(delete(LoginCounter).where(LoginCounter.key.in_(stale)))
            session.commit()
