"""Persistence: the only code that touches the local database and key material."""
