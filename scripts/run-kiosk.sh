#!/usr/bin/env bash
# `make run`: start the kiosk on its embedded defaults (SQLite data under the user's data folder, the
# demo camera when no webcam is found, the PDF printer when no real one is configured).
set -euo pipefail
cd "$(dirname "$0")/.."
# The PDF printer: make sure CUPS runs and has a cups-pdf queue (no-op when one exists).
[[ -x scripts/ensure-pdf-printer.sh ]] && scripts/ensure-pdf-printer.sh || true
if [[ $(id -u) -eq 0 ]]; then
  export QTWEBENGINE_DISABLE_SANDBOX=1  # Chromium refuses to run as root otherwise; a booth user is not root
fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "画面がないため仮想画面 (Xvfb) で起動します / no display: running on a virtual screen (Xvfb)"
  exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/kiosk "$@"
fi
exec .venv/bin/kiosk "$@"
