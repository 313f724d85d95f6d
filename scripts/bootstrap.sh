#!/usr/bin/env bash
# One set-up for every entry point (make run, make test, CI): installs the Debian packages the kiosk
# needs, a virtual environment in .venv and the project into it. Safe to run again: it only does
# what is missing, so the second run takes a second.
set -euo pipefail
cd "$(dirname "$0")/.."

# Runtime: zbar for QR decoding, CUPS + cups-pdf for printing (the PDF printer is the embedded
# default), Noto CJK so Japanese renders, the X/GL/xcb libraries the Qt wheels load at run time,
# poppler-utils (pdftoppm) and Xvfb for screenshots and print measurements.
DEB_PACKAGES=(
  python3 python3-venv python3-dev gcc pkg-config
  libzbar0 cups cups-client cups-bsd printer-driver-cups-pdf libcups2-dev
  fonts-noto-cjk fontconfig poppler-utils xvfb xauth
  libgl1 libegl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libnss3 libxcomposite1 libxdamage1 libxrandr2
  libxtst6 libxkbfile1 libasound2
)
# Extra Debian packages that only some capabilities need are listed one per line in
# scripts/deb-packages.d/*.txt, so each capability owns its list.
if compgen -G "scripts/deb-packages.d/*.txt" >/dev/null; then
  while read -r pkg; do [[ -n "$pkg" && "$pkg" != \#* ]] && DEB_PACKAGES+=("$pkg"); done \
    < <(cat scripts/deb-packages.d/*.txt)
fi

missing=()
for pkg in "${DEB_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "bootstrap: installing Debian packages: ${missing[*]}"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  echo "bootstrap: creating .venv"
  "$PY" -m venv .venv
fi
# Reinstall only when the project's metadata changed.
stamp=.venv/.booth-kiosk-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
  echo "bootstrap: installing the project into .venv"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q --config-settings editable_mode=compat -e '.[test]'
  echo "$want" > "$stamp"
fi
