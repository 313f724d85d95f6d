"""Handing the accepted booth photo to the application site's file input from memory.

The JPEG's bytes go into the page as base64 in a script that builds a `File` and puts it into the
input through a `DataTransfer`, as if the applicant had chosen it: no temporary file, no file dialog.
The script runs in Qt's application world, so the site's own scripts cannot see or alter it.
"""

from __future__ import annotations

import base64

from PySide6.QtWebEngineCore import QWebEngineScript

WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld

# The tapped input when it has focus, else the first file input that takes a JPEG.
_ATTACH_JS = """
(function (b64, name) {
  const takesJpeg = (input) => {
    const accept = (input.getAttribute('accept') || '').toLowerCase().split(',').map(s => s.trim()).filter(Boolean);
    return accept.length === 0 || accept.some(a => ['image/*', 'image/jpeg', 'image/jpg', '.jpg', '.jpeg'].includes(a));
  };
  const active = document.activeElement;
  const inputs = Array.from(document.querySelectorAll('input[type=file]'));
  if (inputs.length === 0) { return 'no-input'; }
  const input = (active && inputs.includes(active)) ? active : inputs.find(takesJpeg);
  if (!input || !takesJpeg(input)) { return 'not-image'; }
  const bin = atob(b64), bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
  const dt = new DataTransfer();
  dt.items.add(new File([bytes], name, {type: 'image/jpeg'}));
  input.files = dt.files;
  input.dispatchEvent(new Event('input', {bubbles: true}));
  input.dispatchEvent(new Event('change', {bubbles: true}));
  return 'ok';
})('%s', 'photo.jpg')
"""

IMAGE_TYPES = {"image/*", "image/jpeg", "image/jpg", ".jpg", ".jpeg"}


def attach_script(jpeg: bytes) -> str:
    return _ATTACH_JS % base64.b64encode(jpeg).decode("ascii")


def takes_jpeg(accepted: list[str]) -> bool:
    """Whether a file input with these accepted types (as Qt passes them to chooseFiles) takes a JPEG."""
    return not accepted or any(t.strip().lower() in IMAGE_TYPES for t in accepted)
