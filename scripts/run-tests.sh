#!/usr/bin/env bash
# `make test`: lint, then the whole test suite, headless (Qt offscreen; Chromium without its sandbox
# when running as root, as CI does).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
[[ $(id -u) -eq 0 ]] && export QTWEBENGINE_DISABLE_SANDBOX=1
.venv/bin/ruff check .
.venv/bin/python -m pytest "$@"
