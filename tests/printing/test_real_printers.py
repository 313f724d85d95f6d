"""Real printer paths: Epson's ESC/P-R driver (its whole filter chain runs, output to /dev/null), a
driverless photo MFP (ippeveprinter, a CUPS queue made with `-m everywhere`, the document it received
kept and measured), supplies and trays read from the printer before printing, and a job that cannot
reach its printer reported by `kiosk print` within 30 s."""

import re
import subprocess
import sys
import time
import uuid

import pytest

from hardware.printer import CupsPrinter, PrintError
from kiosk.printing.service import PrintService
from tests.printing.conftest import job_log
from tests.printing.test_print import photo_rects, sample_photo


def kiosk_print(tmp_path, queue: str, layout: str = "L", timeout: float = 120) -> subprocess.CompletedProcess:
    photo = tmp_path / "p.jpg"
    photo.write_bytes(sample_photo())
    return subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path / "data"), "print", str(photo),
                           "--layout", layout, "--printer", queue], capture_output=True, text=True, timeout=timeout)


def job_of(out: str) -> int:
    return int(re.search(r"job (\d+)", out)[1])


def test_epson_driver_prints_l_on_its_own_page_with_photo_paper_from_the_photo_cassette(epson_queue, tmp_path):
    queue = epson_queue("EP-807A")
    done = kiosk_print(tmp_path, queue)
    assert done.returncode == 0, done.stderr
    assert "PageSize=L" in done.stdout and "MediaType=PMPHOTO_HIGH" in done.stdout and "InputSlot=Upper" in done.stdout
    log = job_log(job_of(done.stdout))
    options = re.search(r'argv\[5\]="([^"]*)', log)[1].split()  # what the driver was given
    assert {"PageSize=L", "MediaType=PMPHOTO_HIGH", "InputSlot=Upper"} <= set(options)
    for stage in ("pdftopdf", "gstoraster", "epson-escpr-wrapper"):  # the filter chain really ran, cleanly
        assert f"Started filter /usr/lib/cups/filter/{stage}" in log
        assert re.search(rf"\(/usr/lib/cups/filter/{stage}\) exited with no errors", log), stage
    gs = re.search(r"Ghostscript command line: (.*)", log)[1]  # the raster is the driver's L page
    assert "-dDEVICEWIDTHPOINTS=252" in gs and "-dDEVICEHEIGHTPOINTS=360" in gs and "-scupsPageSizeName=L" in gs


def test_epson_ep805a_gets_a_photo_media_type_and_the_slip_plain_paper(epson_queue, tmp_path):
    """The issue's queue (EP-805A, one paper path: no tray to choose): photo paper all the same."""
    service = PrintService(CupsPrinter(), tmp_path, epson_queue("EP-805A"))
    sent = service.print_sheet(sample_photo(), "2L")
    assert service.wait(sent.job, 60).state == "completed"
    assert sent.plan.options == {"media": "2L", "PageSize": "2L", "MediaType": "PMPHOTO_HIGH"}
    slip = service.print_slip("paper", "A5")
    assert service.wait(slip.job, 60).state == "completed"
    assert slip.plan.media_type.name == "PLAIN_NORMAL" and slip.plan.page.name == "A5"
    assert "MediaType=PLAIN_NORMAL" in job_log(slip.job)


def test_the_slip_goes_to_the_main_cassette_and_a_size_the_driver_lacks_is_refused(epson_queue, tmp_path):
    service = PrintService(CupsPrinter(), tmp_path, epson_queue("EP-807A"))
    slip = service.slip_plan("A4")
    assert (slip.page.name, slip.media_type.name, slip.slot.name) == ("A4", "PLAIN_NORMAL", "Lower")
    with pytest.raises(PrintError) as no_hagaki:  # the EP-807A's driver has no postcard size
        service.print_sheet(sample_photo(), "hagaki")
    assert no_hagaki.value.kind == "no-size" and "hagaki" in str(no_hagaki.value) and "89 x 127 mm" in str(no_hagaki.value)
    assert service.in_flight() == []  # nothing was sent


def test_driverless_photo_mfp_gets_its_own_media_names_and_the_kept_document_measures_exactly(
        photo_mfp, everywhere_queue, tmp_path):
    uri, kept = photo_mfp()
    queue = everywhere_queue(uri)
    done = kiosk_print(tmp_path, queue)
    assert done.returncode == 0, done.stderr
    assert "PageSize=3.5x5" in done.stdout and "MediaType=PhotographicGlossy" in done.stdout
    assert "InputSlot=Photo" in done.stdout
    assert "Magenta" in done.stderr and "インク" in done.stderr  # said before printing: an ink is low
    (document,) = kept.glob("*.pdf")
    info = subprocess.run(["pdfinfo", str(document)], capture_output=True, text=True, check=True).stdout
    assert "252 x 360 pts" in info  # the printer's oe_photo-l_3.5x5in page
    rects = photo_rects(document, tmp_path)
    assert len(rects) == 4
    for _x, _y, w, h in rects:
        assert abs(w - 35.0) <= 0.2 and abs(h - 45.0) <= 0.2, (w, h)
    job = subprocess.run(["ipptool", "-tv", uri, "-d", "job=1", str(GET_JOB)], capture_output=True, text=True).stdout
    col = re.search(r"media-col \(collection\) = (.*)", job)[1]  # what the printer was asked for
    assert "x-dimension=8890 y-dimension=12700" in col and "media-source=photo" in col
    assert "media-type=photographic-glossy" in col


def test_an_empty_photo_tray_is_said_before_printing(photo_mfp, everywhere_queue, tmp_path):
    uri, _kept = photo_mfp(photo_paper=False)
    service = PrintService(CupsPrinter(), tmp_path, everywhere_queue(uri))
    codes = {(n.code, n.subject) for n in service.notices()}
    assert ("photo-tray-empty", "photo") in codes and ("ink-low", "Magenta") in codes
    from kiosk.printing.words import notice_text
    assert any("写真用紙トレイが空です" in notice_text(n) for n in service.notices())


def test_a_job_that_cannot_reach_its_printer_is_reported_within_30_s(epson_queue, tmp_path):
    queue = epson_queue("EP-805A", "socket://127.0.0.1:9")  # nothing listens there: the printer is off
    t0 = time.monotonic()
    stuck = kiosk_print(tmp_path, queue, timeout=90)
    took = time.monotonic() - t0
    print(f"reported after {took:.1f} s")
    assert stuck.returncode == 1 and took <= 30, (took, stuck.stderr)
    assert "接続できません" in stuck.stderr and "cannot reach the printer" in stuck.stderr
    job = int(re.search(r"job (\d+) did not complete", stuck.stderr)[1])
    assert f"cancel {job}" in stuck.stderr  # still queued, and how to drop it
    CupsPrinter().cancel(job)


GET_JOB = __import__("pathlib").Path(__file__).with_name("get-job.test")


def test_a_queue_without_a_ppd_gets_the_printers_own_ipp_names(photo_mfp, cups_server, tmp_path):
    """A raw queue (no PPD, no filters) on the driverless MFP: paper, type and tray come from the
    printer's media-supported / media-type-supported / media-source-supported, sent as IPP names."""
    uri, kept = photo_mfp()
    queue = f"Raw{uuid.uuid4().hex[:6]}"
    subprocess.run(["lpadmin", "-p", queue, "-v", uri, "-E", "-m", "raw"], check=True, capture_output=True)
    try:
        service = PrintService(CupsPrinter(), tmp_path, queue)
        slip = service.slip_plan("A5")
        assert slip.options == {"media": "iso_a5_148x210mm", "media-type": "stationery", "media-source": "main"}
        sent = service.print_sheet(sample_photo(), "L")
        assert sent.plan.options == {"media": "oe_photo-l_3.5x5in", "media-type": "photographic-glossy",
                                     "media-source": "photo"}
        assert service.wait(sent.job, 60).state == "completed"
        (document,) = kept.glob("*.pdf")
        for _x, _y, w, h in photo_rects(document, tmp_path):
            assert abs(w - 35.0) <= 0.2 and abs(h - 45.0) <= 0.2, (w, h)
        job = subprocess.run(["ipptool", "-tv", uri, "-d", "job=1", str(GET_JOB)], capture_output=True,
                             text=True).stdout
        assert "media-source (keyword) = photo" in job and "media-type (keyword) = photographic-glossy" in job
    finally:
        subprocess.run(["lpadmin", "-x", queue], capture_output=True)
