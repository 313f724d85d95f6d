"""The kiosk's side of sync: an outbox that delivers the store's sealed records to HQ exactly once.

`SyncClient` runs the outbox in a background thread (back-off with jitter when HQ is unreachable)
and exposes a `SyncStatus` the UI polls; `Outbox.push_all` is the same work done in the foreground
(`kiosk sync`).
"""

from sync.client.outbox import Outbox, PushReport
from sync.client.service import SyncClient, SyncStatus
from sync.client.settings import SyncSettings
from sync.client.transport import HQRejected, HQTransport, HQUnreachable

__all__ = [
    "HQRejected",
    "HQTransport",
    "HQUnreachable",
    "Outbox",
    "PushReport",
    "SyncClient",
    "SyncSettings",
    "SyncStatus",
]
