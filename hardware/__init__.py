"""Devices, one module each behind a small interface with a real and a file-backed implementation:
camera (OpenCV), printer (CUPS), QR scanner (pyzbar). No Qt here."""
