"""Booth kiosk: the My Number Card application-support booth app (operator + attendee screens)."""

__version__ = "0.1.0"
