"""Headless subcommands of `kiosk`, one module each (see kiosk/cli.py for the convention)."""
