"""A network printer's own attributes by IPP Get-Printer-Attributes (RFC 8010/8011), straight to its
device URI with a short timeout. pycups cannot decode octetString or collection values, and the
trays (`printer-input-tray`, PWG 5100.13) are octetStrings, so this small reader does it. Read-only;
no Qt, no CUPS."""

from __future__ import annotations

import http.client
import ssl
import struct
import urllib.parse

_OPERATION, _END, _GET_PRINTER_ATTRIBUTES = 0x01, 0x03, 0x000B
_INTEGERS, _BOOLEAN = (0x21, 0x23), 0x22
_STRINGS = (0x30, 0x35, 0x36, 0x41, 0x42, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49)  # octetString, text, name, keyword, uri…


def _attr(tag: int, name: str, value: bytes) -> bytes:
    n = name.encode()
    return struct.pack(">BH", tag, len(n)) + n + struct.pack(">H", len(value)) + value


def _request(uri: str, names: list[str]) -> bytes:
    body = struct.pack(">BBHI", 2, 0, _GET_PRINTER_ATTRIBUTES, 1) + bytes([_OPERATION])
    body += _attr(0x47, "attributes-charset", b"utf-8") + _attr(0x48, "attributes-natural-language", b"en")
    body += _attr(0x45, "printer-uri", uri.encode())
    for i, name in enumerate(names):
        body += _attr(0x44, "requested-attributes" if i == 0 else "", name.encode())
    return body + bytes([_END])


def parse(data: bytes) -> dict[str, list]:
    """The response's attributes: integers, booleans and strings decoded; collections skipped."""
    out: dict[str, list] = {}
    pos, name, depth = 8, "", 0
    while pos < len(data):
        tag = data[pos]
        pos += 1
        if tag == _END:
            break
        if tag < 0x10:  # a group delimiter
            continue
        (n_len,) = struct.unpack_from(">H", data, pos)
        key = data[pos + 2:pos + 2 + n_len].decode("utf-8", "replace")
        pos += 2 + n_len
        (v_len,) = struct.unpack_from(">H", data, pos)
        value = data[pos + 2:pos + 2 + v_len]
        pos += 2 + v_len
        if tag == 0x34:  # begCollection: its members are skipped up to the matching endCollection
            depth += 1
        elif tag == 0x37:
            depth -= 1
        if depth or tag in (0x34, 0x37, 0x4A):
            continue
        if n_len:
            name = key
        if tag in _INTEGERS and v_len == 4:
            out.setdefault(name, []).append(struct.unpack(">i", value)[0])
        elif tag == _BOOLEAN:
            out.setdefault(name, []).append(bool(value and value[0]))
        elif tag in _STRINGS:
            out.setdefault(name, []).append(value.decode("utf-8", "replace"))
    return out


def printer_attributes(uri: str, names: list[str], timeout: float = 3.0) -> dict[str, list]:
    """Get-Printer-Attributes to an ipp:// or ipps:// printer; {} when it is not one or does not
    answer in time (a booth must not hang on a switched-off printer)."""
    url = urllib.parse.urlsplit(uri)
    if url.scheme not in ("ipp", "ipps") or not url.hostname:
        return {}
    if url.scheme == "ipps":  # printers' certificates are self-signed; only status is read here
        ctx = ssl.create_default_context()
        ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(url.hostname, url.port or 631,
                                                                       timeout=timeout, context=ctx)
    else:
        conn = http.client.HTTPConnection(url.hostname, url.port or 631, timeout=timeout)
    try:
        conn.request("POST", url.path or "/", _request(uri, names), {"Content-Type": "application/ipp"})
        reply = conn.getresponse()
        return parse(reply.read()) if reply.status == 200 else {}
    except (OSError, http.client.HTTPException, struct.error):
        return {}
    finally:
        conn.close()
