#!/usr/bin/env bash
# `make run`: make sure there is somewhere to print. When CUPS has no queue at all, start the
# scheduler if it is not running (no systemd needed) and add a cups-pdf queue "KioskPDF", so the demo
# prints to PDF files. A real printer, once set up in CUPS, is chosen in the kiosk's settings.
# Also tells the scheduler not to keep printed documents (a stock cupsd keeps each one for a day:
# on a booth that is an applicant's photo on disk). Idempotent. Never fails the run: without root
# it only says what to do.
set -u
command -v lpstat >/dev/null 2>&1 || { echo "CUPS がありません / CUPS is not installed"; exit 0; }
root=0; [[ $(id -u) -eq 0 ]] && root=1
if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  if [[ $root -eq 1 ]] && command -v cupsd >/dev/null 2>&1; then
    cupsd >/dev/null 2>&1 || true  # forks into the background by itself
    for _ in 1 2 3 4 5 6 7 8 9 10; do lpstat -r 2>/dev/null | grep -q "is running" && break; sleep 0.5; done
  else
    echo "CUPS が動いていません（sudo cupsd） / CUPS is not running: start it with sudo cupsd"; exit 0
  fi
fi
if [[ $root -eq 1 ]] && ! cupsctl 2>/dev/null | grep -q '^PreserveJobFiles=No$'; then
  cupsctl PreserveJobFiles=No >/dev/null 2>&1 \
    && echo "CUPS: 印刷済みの文書を残さない設定にしました / CUPS: printed documents are no longer kept"
  for _ in 1 2 3 4 5 6 7 8 9 10; do lpstat -r 2>/dev/null | grep -q "is running" && break; sleep 0.5; done
fi
if [[ $root -eq 1 ]]; then
  # One paper-out must not leave a queue stopped for good: every queue retries its job. The kiosk
  # sets this too, but only a CUPS admin may, so do it here while we are root.
  lpstat -v 2>/dev/null | sed -n 's/^device for \([^:]*\):.*/\1/p' | while read -r q; do
    lpadmin -p "$q" -o printer-error-policy=retry-job >/dev/null 2>&1 || true
  done
  # "Resume the printer" on the print screen needs CUPS admin rights: the booth user (who ran
  # `sudo make run`) joins the lpadmin group, which Debian's CUPS policy lets do that.
  if [[ -n "${SUDO_USER:-}" && "${SUDO_USER}" != root ]] && getent group lpadmin >/dev/null \
      && ! id -nG "$SUDO_USER" | tr ' ' '\n' | grep -qx lpadmin; then
    usermod -aG lpadmin "$SUDO_USER" \
      && echo "CUPS: $SUDO_USER を lpadmin グループに追加しました（次回ログインから再開ボタンが使えます） / added $SUDO_USER to lpadmin (Resume works from the next login)"
  fi
fi
if [[ -n "$(lpstat -v 2>/dev/null)" ]]; then
  exit 0  # a queue exists already: nothing to add
fi
ppd=$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF_opt/ {print $1; exit}')
[[ -z "$ppd" ]] && ppd=$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF/ {print $1; exit}')
if [[ -z "$ppd" || $root -ne 1 ]]; then
  echo "PDF プリンターを作れませんでした / could not add the PDF printer (needs root and printer-driver-cups-pdf)"
  exit 0
fi
lpadmin -p KioskPDF -v cups-pdf:/ -E -m "$ppd" -o printer-error-policy=retry-job >/dev/null 2>&1 \
  && echo "PDF プリンター KioskPDF を追加しました（出力は ~/PDF） / added the PDF printer KioskPDF (output in ~/PDF)"
exit 0
