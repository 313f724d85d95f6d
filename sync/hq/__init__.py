"""HQ service (`kiosk-hq`): receives kiosks' encrypted event batches and produces the reports."""
