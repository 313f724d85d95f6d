"""HTTP to HQ (httpx): TLS verified against the system store or a private CA, errors sorted into
"try again later" (HQUnreachable) and "HQ said no" (HQRejected)."""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from wire.envelope import API_PREFIX, is_loopback


class HQUnreachable(Exception):
    """No answer, a cut connection, a timeout or a 5xx: worth retrying later."""


class HQRejected(Exception):
    """HQ refused the request (4xx): retrying the same thing will not help."""

    def __init__(self, status: int, reason: str, detail: str) -> None:
        super().__init__(f"{status} {reason}: {detail}")
        self.status, self.reason, self.detail = status, reason, detail


@dataclass(frozen=True)
class Gap:
    expected: int


def check_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"HQ の URL が正しくありません: {url} / Not an HQ URL: {url}")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ValueError(
            f"暗号化されていない接続は使えません: {url} (https:// を使ってください) / "
            f"Refusing plain HTTP to {parts.hostname}: use https://"
        )
    return url.rstrip("/")


class HQTransport:
    def __init__(self, url: str, ca_file: str | None = None, timeout: float = 15.0) -> None:
        self.url = check_url(url)
        verify: ssl.SSLContext | bool = True
        if ca_file:
            verify = ssl.create_default_context(cafile=ca_file)
        self._client = httpx.Client(
            base_url=self.url + API_PREFIX,
            verify=verify,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            headers={"user-agent": "booth-kiosk-sync"},
        )

    def close(self) -> None:
        self._client.close()

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None,
              headers: dict[str, str] | None = None) -> httpx.Response:
        try:
            response = self._client.request(method, path, json=body, headers=headers)
        except httpx.ConnectError as exc:
            if isinstance(exc.__cause__, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(exc):
                # a wrong certificate is not a network blip: it may be someone in the middle
                raise HQRejected(0, "tls", f"HQ's certificate is not trusted: {exc}") from exc
            raise HQUnreachable(str(exc) or type(exc).__name__) from exc
        except httpx.TransportError as exc:
            raise HQUnreachable(str(exc) or type(exc).__name__) from exc
        if response.status_code >= 500:
            raise HQUnreachable(f"HQ error {response.status_code}")
        return response

    @staticmethod
    def _rejected(response: httpx.Response) -> HQRejected:
        try:
            body = response.json()
        except ValueError:
            body = {}
        return HQRejected(response.status_code, str(body.get("error", "error")), str(body.get("detail", response.text[:200])))

    def clock_skew(self) -> float:
        """Seconds the kiosk's clock is ahead of HQ's (negative: behind); event times come from the kiosk."""
        from datetime import UTC, datetime

        before = datetime.now(UTC)
        r = self._call("GET", "/health")
        if r.status_code != 200:
            raise self._rejected(r)
        after = datetime.now(UTC)
        hq_time = datetime.fromisoformat(r.json()["time"])
        return ((before + (after - before) / 2) - hq_time).total_seconds()

    def enroll(self, code: str, device_id: str, public_key: bytes) -> dict[str, Any]:
        r = self._call("POST", "/enroll", {"code": code, "device_id": device_id, "public_key": public_key.hex()})
        if r.status_code != 200:
            raise self._rejected(r)
        return r.json()

    def last_seq(self, device_id: str, sign: Callable[[int], bytes]) -> int:
        """HQ's acknowledged seq; `sign(stamp)` is the device key's signature of wire.state_message."""
        stamp = int(time.time())
        r = self._call("GET", f"/devices/{device_id}/state",
                       headers={"x-kiosk-time": str(stamp), "x-kiosk-signature": sign(stamp).hex()})
        if r.status_code != 200:
            raise self._rejected(r)
        return int(r.json()["last_seq"])

    def push(self, batch: dict[str, Any]) -> int | Gap:
        """Send one batch; returns HQ's last acknowledged seq, or a Gap telling where to resume."""
        r = self._call("POST", "/batches", batch)
        if r.status_code == 200:
            return int(r.json()["last_seq"])
        if r.status_code == 409 and r.json().get("error") == "gap":
            return Gap(int(r.json()["expected"]))
        raise self._rejected(r)

    def post_status(self, device_id: str, status: dict[str, Any], signature: bytes) -> None:
        """The booth's signed live status for HQ's board (wire/status.py)."""
        r = self._call("POST", f"/devices/{device_id}/status", {"status": status, "sig": signature.hex()})
        if r.status_code != 200:
            raise self._rejected(r)
