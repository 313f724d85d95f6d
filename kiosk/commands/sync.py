"""`kiosk sync [--hq URL]`: deliver every recorded event to HQ now, retrying while HQ is unreachable
until --timeout; exit 0 only when nothing is waiting."""

from __future__ import annotations

import argparse
import logging
import random
import sys
import threading
import time
from pathlib import Path

from kiosk.commands.enroll import add_passphrase_args_safely
from kiosk.paths import resolve_data_dir


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="本部へ今すぐ送信 / deliver all events to HQ now")
    p.add_argument("--hq", metavar="URL", help="今回だけ使う本部のアドレス（既定: 登録した本部） / HQ address for this run only "
                   "(default: the enrolled one)")
    p.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                   help="本部に届かないとき再試行を続ける秒数 / keep retrying an unreachable HQ this long")
    add_passphrase_args_safely(p)
    p.set_defaults(func=run)


PRINTER_CHECK_S = 5.0  # a scheduler that hangs must not hold up `kiosk sync`

_log = logging.getLogger("kiosk.sync")


def printer_and_camera(data_dir: Path, timeout: float = PRINTER_CHECK_S) -> tuple[str, str]:
    """The states the GUI sends, found the GUI's way: the printer by the header's check of the queue in
    the saved settings (kiosk.printing.service.printer_state), the camera by camera_state() of the
    settings' camera. "unknown" for one that cannot be found out; never an exception."""
    printer, camera = "unknown", "unknown"
    try:
        from kiosk.settings import load_settings
        from sync.client.status import camera_state

        settings = load_settings(data_dir).settings
        camera = camera_state(str(settings.camera))
    except Exception:  # noqa: BLE001 - a status is a courtesy: never a reason for `kiosk sync` to fail
        _log.exception("camera state not found")
        return printer, camera
    found: list[str] = []

    def ask() -> None:
        try:
            from hardware.printer import CupsPrinter
            from kiosk.printing.service import printer_state

            found.append(printer_state(CupsPrinter, settings.printer))
        except Exception:  # noqa: BLE001
            _log.exception("printer state not found")

    worker = threading.Thread(target=ask, name="printer-state", daemon=True)  # daemon: never waited for at exit
    worker.start()
    worker.join(timeout)
    if found:
        printer = found[0]
    elif worker.is_alive():
        printer = ("印刷システム（CUPS）が応答しません / the print system (CUPS) does not answer "
                   f"(no reply in {timeout:g} s)")
    return printer, camera


def send_status(log, transport, data_dir: Path) -> None:  # noqa: ANN001 - the store and HQTransport
    """The booth board's status after a delivery (today's figures and open session from the store,
    the printer's and the camera's state as the GUI would send them)."""
    from kiosk.booth import Booth
    from sync.client.status import StatusSender, booth_status

    def status(backlog: int) -> dict:
        printer, camera = printer_and_camera(data_dir)
        return booth_status(Booth(log, ""), backlog, printer, camera)

    StatusSender(status, log.sign_status, log.device_id).send(transport, 0)


def run(args: argparse.Namespace) -> int:
    from kiosk.store.cli_support import open_log_for_command
    from sync.client.outbox import Outbox
    from sync.client.settings import SyncSettings
    from sync.client.source import StoreSource
    from sync.client.transport import HQRejected, HQTransport, HQUnreachable

    data_dir = resolve_data_dir(args.data_dir)
    settings = SyncSettings.load(data_dir)
    if settings is None:
        print("この端末は本部に登録されていません。先に `kiosk enroll --hq URL --code CODE` を実行してください / "
              "This kiosk is not enrolled with HQ: run `kiosk enroll --hq URL --code CODE` first", file=sys.stderr)
        return 2
    try:
        transport = HQTransport(args.hq or settings.hq_url, settings.ca_file)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    log = open_log_for_command(args)
    outbox = Outbox(StoreSource(log), transport, data_dir)
    deadline = time.monotonic() + args.timeout
    sent, attempt, error = 0, 0, ""
    last_shown = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last_shown[0] >= 1.0 or done >= total:
            last_shown[0] = now
            print(f"送信中 / sending {done}/{total}", file=sys.stderr, flush=True)

    try:
        try:
            skew = transport.clock_skew()
            if abs(skew) > 300:  # reports file events by the kiosk's clock: a wrong clock moves them to another day
                print(f"注意: 端末の時計が本部と {skew / 60:+.0f} 分ずれています。時計を合わせてください / "
                      f"Warning: the kiosk clock is {skew / 60:+.0f} min off HQ's; please set it", file=sys.stderr)
        except (HQUnreachable, HQRejected):
            pass  # the delivery below reports the problem
        while True:
            try:
                report = outbox.push_all(progress=progress)
                sent += report.sent
                if report.waiting == 0:
                    print(f"すべて本部に届きました ({sent} 件送信、未送信 0 件) / "
                          f"All delivered to HQ ({sent} sent, 0 waiting)", flush=True)
                    send_status(log, transport, data_dir)  # after the result: it cannot hold that up
                    return 0
                continue  # events were recorded meanwhile: go again
            except HQUnreachable as exc:
                error = str(exc)
            except HQRejected as exc:
                waiting = outbox.waiting()
                print(f"本部が受け付けませんでした ({exc.reason}: {exc.detail})。未送信 {waiting} 件。"
                      f"本部に連絡してください / HQ refused the delivery ({exc.reason}: {exc.detail}); "
                      f"{waiting} events still waiting. Contact HQ.")
                return 1
            attempt += 1
            pause = min(10.0, 0.5 * 2 ** (attempt - 1)) * random.uniform(0.5, 1.0)
            if time.monotonic() + pause > deadline:
                break
            print(f"本部に接続できません。{pause:.1f} 秒後に再試行 / HQ unreachable, retrying in {pause:.1f} s",
                  file=sys.stderr, flush=True)
            time.sleep(pause)
        waiting = outbox.waiting()
        print(f"未送信 {waiting} 件があります: 本部に接続できません ({error})。後でもう一度 `kiosk sync` を実行してください / "
              f"{waiting} events still waiting: HQ unreachable ({error}). Run `kiosk sync` again later.")
        return 1
    finally:
        transport.close()
        log.close()
