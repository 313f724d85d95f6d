"""The wire format kiosk and HQ share (envelope.py). It imports neither side: the kiosk's store and
the sync client import it downward, and so does HQ, which installs without the kiosk's desktop stack."""
