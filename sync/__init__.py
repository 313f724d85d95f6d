"""Sync: the kiosk's outbox client and the HQ service it delivers to."""
