"""What a scanned QR code is: the 交付申請書's code, or anything else.

A form's code is an https URL on net.kojinbango-card.go.jp that carries the form's 23-digit 申請書ID
(the site opens with the ID filled in, so the URL must hold it). The exact payload format is not
public: beyond the host and one whole 23-digit ID the rest is opaque. A URL on the host without a
whole ID (a cut-short or damaged code, the site's bare address) is refused: opening it would only
send the applicant to type the ID by hand.
The payload and the ID are personal: this module keeps them only in the objects it returns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from kiosk.coded import Coded

FORM_HOST = "net.kojinbango-card.go.jp"
ID_DIGITS = 23
_DIGIT_RUNS = re.compile(r"\d+")


@dataclass(frozen=True)
class ScannedCode:
    kind: str  # "application_form" | "other"
    reason: str = ""  # why it is not a form: a Coded message ("qr.not_form" …), bilingual as text
    application_id: str | None = field(default=None, repr=False)  # never printed by accident

    @property
    def is_form(self) -> bool:
        return self.kind == "application_form"


def _other(code: str, reason: str) -> ScannedCode:
    return ScannedCode("other", Coded(code, reason))


def classify(text: str) -> ScannedCode:
    payload = text.strip()
    if not payload.lower().startswith(("http://", "https://")):
        return _other("qr.not_form", "申請書のQRコードではありません / this is not an application-form QR code")
    try:
        url = urlsplit(payload)
        port = url.port
    except ValueError:
        return _other("qr.damaged", "QRコードが読み取れないか壊れています / the QR code is damaged")
    if url.scheme.lower() != "https":
        return _other("qr.not_https", "安全でない（https でない）アドレスは開きません / not an https address: it will not be opened")
    if (url.hostname or "").lower() != FORM_HOST or url.username or url.password or port not in (None, 443):
        return _other("qr.other_site", "申請書のQRコードではありません（別のサイト） / this QR code points to another site, "
                      "not the application site")
    runs = _DIGIT_RUNS.findall(unquote(url.path + "?" + url.query))
    ids = [r for r in runs if len(r) == ID_DIGITS]
    if not ids:
        return _other("qr.incomplete_id", "申請書IDが欠けています（23桁ではありません）。申請書を読み直してください / the application "
                      "ID is incomplete (not 23 digits): scan the form again")
    return ScannedCode("application_form", application_id=ids[0])
