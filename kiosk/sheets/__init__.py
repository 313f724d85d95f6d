"""Photo sheets for printing: exact-size pages with each photo at 35.0 × 45.0 mm (no Qt)."""
