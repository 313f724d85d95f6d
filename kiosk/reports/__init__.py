"""Report output (JSON, XLSX, PDF) and the configuration reports need (targets, holidays); the
figures themselves come from kiosk/domain/report.py."""
