"""HQ's database tables (SQLAlchemy 2 typed models). Alembic migrations in migrations/ build them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Device(Base):
    """An enrolled kiosk: its Ed25519 public key and how far its chain has reached HQ."""

    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    booth: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    enrolled_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # the kiosk's data key wrapped for HQ's X25519 key; only the passphrase-unlocked HQ key opens it
    wrapped_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # the records up to this seq are counted in day_figures and device_sessions (sync/hq/aggregates.py)
    aggregated_seq: Mapped[int] = mapped_column(Integer, default=0)


class EnrollmentCode(Base):
    """A one-time enrollment code; only its SHA-256 is kept, so a copied database enrolls nobody."""

    __tablename__ = "enrollment_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    booth: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    device_id: Mapped[str | None] = mapped_column(String(64), nullable=True)


class Record(Base):
    """One event exactly as the kiosk stored it: still encrypted, with its chain hash and signature."""

    __tablename__ = "records"

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    hash: Mapped[bytes] = mapped_column(LargeBinary)
    record: Mapped[bytes] = mapped_column(LargeBinary)  # the wire record's canonical JSON
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Rejection(Base):
    """A refused batch: who claimed to send it, why, from where. Nothing of its content is kept."""

    __tablename__ = "rejections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    device_id: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text)
    remote: Mapped[str] = mapped_column(String(100))


class DayFigures(Base):
    """One device's figures for one Japan-local day (kiosk/domain/report.py `figures`, as JSON): counts
    only, no free text. The reports add these up instead of decrypting every record again."""

    __tablename__ = "day_figures"

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    figures: Mapped[str] = mapped_column(Text)


class DayTotal(Base):
    """Every device's figures of one day added up (the sum of that day's day_figures rows), kept at
    ingest so a page or report reads one row a day instead of adding up thousands of device-days."""

    __tablename__ = "day_totals"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    figures: Mapped[str] = mapped_column(Text)


class DeviceSession(Base):
    """A session one device recorded, as the domain's BoothSession (times as the event's ISO text)."""

    __tablename__ = "device_sessions"

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    session: Mapped[str] = mapped_column(String(200), primary_key=True)
    venue: Mapped[str] = mapped_column(Text)
    municipality: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(40))
    large_venue: Mapped[bool] = mapped_column(Boolean)
    opened_at: Mapped[str] = mapped_column(String(40))
    closed_at: Mapped[str | None] = mapped_column(String(40), nullable=True)


class Unreadable(Base):
    """A record whose content is not a valid event (counted nowhere; reports name it and exit 1)."""

    __tablename__ = "unreadable_records"

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class DeviceSubmitted(Base):
    """A day whose daily report a device marked handed in (its report_submitted events, voids applied)."""

    __tablename__ = "device_submitted"

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)


class DeviceStatus(Base):
    """A booth's latest signed live status (wire/status.py) and when HQ received it."""

    __tablename__ = "device_status"

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(Text)  # the checked status as JSON


class Plan(Base):
    """A planned session, entered by staff in the dashboard (it replaces the hand-edited plan.json)."""

    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    date: Mapped[str] = mapped_column(String(10), index=True)
    venue: Mapped[str] = mapped_column(String(200))
    municipality: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(40))
    large_venue: Mapped[bool] = mapped_column(Boolean)
    booth: Mapped[str] = mapped_column(String(200), default="")  # the booth meant to hold it, if known
    # 来場者見込み: the visitors staff expect, when they entered a figure (the board sets the day's
    # tally against it); None is "not entered", never guessed from large_venue
    expected_visitors: Mapped[int | None] = mapped_column(Integer, nullable=True, default=None)


class PlanChange(Base):
    """Who added, changed or removed a plan, when, and what it was before and after (JSON)."""

    __tablename__ = "plan_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    staff: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(10))  # add | edit | delete
    plan_id: Mapped[int] = mapped_column(Integer)
    before: Mapped[str | None] = mapped_column(Text, nullable=True)
    after: Mapped[str | None] = mapped_column(Text, nullable=True)


class LoginCounter(Base):
    """Dashboard login attempts of one staff name or one client address (the key is a SHA-256 of which,
    so neither is kept), shared by every worker process: see LoginThrottle in dashboard/staff.py."""

    __tablename__ = "login_counters"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    window_start: Mapped[float] = mapped_column(Float)  # Unix time of the first attempt counted
    count: Mapped[int] = mapped_column(Integer)
    locked_until: Mapped[float] = mapped_column(Float)  # Unix time; 0 when not locked
