"""A small local stand-in of the online-application site on 127.0.0.1: a page with a file input and a
multipart form, a cookie with a marker value, a download link, a link to another site, and a record
of what the browser sent (uploads, the Cookie headers)."""

from __future__ import annotations

import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

COOKIE_MARKER = "applicant-session-7c1e5a"
PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40 + b"\xff\xd9"  # JPEG-framed bytes, every byte value

FORM = b"""<!doctype html><html><head><style>input, button { display: block; width: 400px; height: 60px; }</style>
</head><body><h1>Online application (stand-in)</h1>
<form method="post" action="/upload" enctype="multipart/form-data">
<input type="file" id="doc" name="document" accept=".pdf">
<input type="file" id="photo" name="photo" accept="image/jpeg,.jpg">
<input type="text" name="email" value="a@example.jp">
<button type="submit">send</button></form><a id="dl" href="/file.bin">download</a>
<a id="away" href="https://www.example.com/">elsewhere</a></body></html>"""


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """The browser closing a connection mid-answer (a favicon after "finish") is not news."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class Site:
    def __init__(self) -> None:
        self.uploads: list[bytes] = []
        self.cookies_seen: list[str] = []  # the Cookie header of every page request ("" when none)
        self.downloads = 0
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                if self.path == "/favicon.ico":
                    self.send_error(404)
                    return
                if self.path == "/file.bin":
                    site.downloads += 1
                    self.send_response(200)
                    self.send_header("Content-Disposition", 'attachment; filename="file.bin"')
                    self.send_header("Content-Type", "application/octet-stream")
                    self.end_headers()
                    self.wfile.write(b"x" * 1000)
                    return
                site.cookies_seen.append(self.headers.get("Cookie", ""))
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                # a day-long cookie: a normal profile would keep it on disk
                self.send_header("Set-Cookie", f"sid={COOKIE_MARKER}; Max-Age=86400; Path=/")
                self.end_headers()
                self.wfile.write(FORM)

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                site.uploads.append(body)
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(b"<html><body>received</body></html>")

        self.server = _QuietServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class SilentServer:
    """Accepts connections and never answers: a network that hangs rather than fails."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def stop(self) -> None:
        self.sock.close()
