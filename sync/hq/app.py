"""HQ's HTTP API (FastAPI): enrollment, batch ingest, a device's delivery state and a health check.

The server never needs HQ's private key: it checks signatures and chains and stores records still
encrypted; only `kiosk-hq report` (with the passphrase) reads them.
"""

from __future__ import annotations

import binascii
import json
import logging
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import Engine

from sync.hq import keys
from sync.hq.aggregates import Aggregator
from sync.hq.dashboard.routes import mount_dashboard
from sync.hq.db import sessions
from sync.hq.enrollment import EnrollmentRefused, redeem
from sync.hq.ingest import Gap, Ingestor, Refused
from sync.hq.limits import BodyLimit
from sync.hq.models import Device, DeviceStatus
from wire.envelope import API_PREFIX, ENVELOPE_VERSION, verify_state_request
from wire.status import StatusError, clean_status, verify_status

log = logging.getLogger("kiosk-hq.api")


class EnrollIn(BaseModel):
    code: str = Field(max_length=40)
    device_id: str = Field(min_length=1, max_length=64)
    public_key: str = Field(max_length=128)  # hex of the raw Ed25519 key


class StatusIn(BaseModel):
    status: dict[str, Any]
    sig: str = Field(max_length=128)  # hex of the Ed25519 signature


class BatchIn(BaseModel):
    version: int = ENVELOPE_VERSION
    device: str = Field(min_length=1, max_length=64)
    wrapped_key: str | None = Field(default=None, max_length=1024)  # hex
    key_sig: str | None = Field(default=None, max_length=128)  # hex: the device's signature of wrapped_key
    records: list[dict[str, Any]] = Field(max_length=5000)


def _error(status: int, reason: str, detail: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": reason, "detail": detail, **extra}, status_code=status)


def _remote(request: Request) -> str:
    return f"{request.client.host}:{request.client.port}" if request.client else "?"


def create_app(engine: Engine, data_dir: Path, hq_key: X25519PrivateKey | None = None) -> FastAPI:
    hq_public = keys.public_key(data_dir)  # fail at start, not at the first kiosk, when keys are missing
    make_session = sessions(engine)
    aggregator = Aggregator(hq_key) if hq_key is not None else None
    if aggregator is not None:
        aggregator.catch_up(make_session)  # what arrived while serve ran without the passphrase
    ingestor = Ingestor(make_session, aggregator)
    # no /docs, /redoc or /openapi.json on a public server: app.openapi() still gives the schema to tests
    app = FastAPI(title="kiosk-hq", version=str(ENVELOPE_VERSION), docs_url=None, redoc_url=None, openapi_url=None)

    @app.get(f"{API_PREFIX}/health")
    def health() -> dict[str, Any]:
        return {"ok": True, "time": datetime.now(UTC).isoformat(), "envelope": ENVELOPE_VERSION}

    @app.post(f"{API_PREFIX}/enroll", response_model=None)
    def enroll(body: EnrollIn, request: Request) -> dict[str, Any] | JSONResponse:
        try:
            public_key = bytes.fromhex(body.public_key)
        except ValueError:
            return _error(400, "bad_request", "public_key must be hex")
        with make_session() as session:
            try:
                device = redeem(session, body.code, body.device_id, public_key)
            except EnrollmentRefused as refused:
                session.rollback()
                ingestor.log_rejection(body.device_id, refused.reason, refused.detail, _remote(request))
                status = 409 if refused.reason == "device_exists" else 403
                return _error(status, refused.reason, refused.detail)
        log.info("enrolled device %s for booth %s", device.id, device.booth)
        return {"device_id": device.id, "booth": device.booth, "hq_public_key": hq_public.hex()}

    @app.get(f"{API_PREFIX}/devices/{{device_id}}/state", response_model=None)
    def state(device_id: str, request: Request) -> dict[str, Any] | JSONResponse:
        """Only the device itself may ask: x-kiosk-time and x-kiosk-signature (wire.state_message)."""
        with make_session() as session:
            device = session.get(Device, device_id)
            if device is None:
                return _error(404, "unknown_device", "device is not enrolled")
            if not verify_state_request(device.public_key, device_id, request.headers.get("x-kiosk-time"),
                                        request.headers.get("x-kiosk-signature"), time.time()):
                return _error(401, "unauthenticated", "sign the request with the device key (x-kiosk-time, "
                                                      "x-kiosk-signature)")
            return {"device_id": device.id, "last_seq": device.last_seq}

    @app.post(f"{API_PREFIX}/batches", response_model=None)
    def batch(body: BatchIn, request: Request) -> dict[str, Any] | JSONResponse:
        if body.version != ENVELOPE_VERSION:
            return _error(400, "bad_version", f"envelope version {body.version} is not {ENVELOPE_VERSION}")
        try:
            wrapped = bytes.fromhex(body.wrapped_key) if body.wrapped_key else None
            key_sig = bytes.fromhex(body.key_sig) if body.key_sig else None
        except (ValueError, binascii.Error):
            return _error(400, "bad_request", "wrapped_key and key_sig must be hex")
        try:
            result = ingestor.ingest(body.device, wrapped, body.records, _remote(request), key_sig)
        except Refused as refused:
            return _error(refused.status, refused.reason, refused.detail)
        if isinstance(result, Gap):
            return _error(409, "gap", f"resend from seq {result.expected}", expected=result.expected)
        return {"accepted": result.accepted, "duplicates": result.duplicates, "last_seq": result.last_seq}

    @app.post(f"{API_PREFIX}/devices/{{device_id}}/status", response_model=None)
    def status(device_id: str, body: StatusIn, request: Request) -> dict[str, Any] | JSONResponse:
        """A booth's live status for the board: kept only when the device's own key signed it."""
        try:
            clean = clean_status(body.status)
            signature = bytes.fromhex(body.sig)
        except (StatusError, ValueError) as exc:
            return _error(400, "bad_request", str(exc))
        with make_session() as session:
            device = session.get(Device, device_id)
            if device is None or not verify_status(bytes(device.public_key), device_id, body.status, signature):
                ingestor.log_rejection(device_id, "bad_signature" if device else "unknown_device",
                                       "status not signed by an enrolled device", _remote(request))
                return _error(403, "bad_signature", "status is not signed by this enrolled device")
            row = session.get(DeviceStatus, device_id) or DeviceStatus(device_id=device_id)
            row.received_at, row.status = datetime.now(UTC), json.dumps(clean, ensure_ascii=False)
            session.add(row)
            session.commit()
        return {"ok": True}

    mount_dashboard(app, make_session, data_dir, hq_key)
    app.add_middleware(BodyLimit)  # outermost: no body is read past its route's limit
    return app
