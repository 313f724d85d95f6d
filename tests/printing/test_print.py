"""Photo sheets printed through a real CUPS with a cups-pdf queue, measured in the PDF it wrote."""

import re
import subprocess
import sys
import time
import uuid

import cv2
import numpy as np
import pytest

from hardware.printer import CupsPrinter, PrintError
from kiosk.sheets.layout import layout
from kiosk.sheets.pdf import SheetError, photo_pixels, sheet_pdf
from tests.printing.conftest import output_of, spool_documents


def sample_photo() -> bytes:
    img = np.full((600, 466, 3), 95, np.uint8)  # a mid-grey photo with a dark frame: easy to measure
    cv2.rectangle(img, (0, 0), (465, 599), (15, 15, 15), 10)
    return cv2.imencode(".jpg", img)[1].tobytes()


def raster(pdf, tmp_path, dpi=600):
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(tmp_path / "r")], check=True)
    return cv2.imread(str(next(tmp_path.glob("r*.png"))), cv2.IMREAD_GRAYSCALE)


def photo_rects(pdf, tmp_path, dpi=600, img=None):
    """Each placed photo (its dark frame) as (x, y, w, h) in mm from the page's top-left."""
    img = raster(pdf, tmp_path, dpi) if img is None else img
    n, _, stats, _ = cv2.connectedComponentsWithStats((img < 128).astype(np.uint8), 8)
    mm = 25.4 / dpi
    return [(x * mm, y * mm, w * mm, h * mm) for x, y, w, h, _a in stats[1:] if w * mm > 10 and h * mm > 10]


def has_cut_guide(img, x_mm, y_mm, dpi=600):
    """A grey tick in the margin just left of a photo's top-left corner (0.6 to 1.2 mm out)."""
    px = dpi / 25.4
    box = img[round((y_mm - 0.2) * px):round((y_mm + 0.2) * px), round((x_mm - 1.2) * px):round((x_mm - 0.6) * px)]
    return box.size > 0 and box.min() < 230


@pytest.mark.parametrize("dpi", [300, 600])
@pytest.mark.parametrize("name", ["L", "hagaki", "2L", "A4"])
def test_every_photo_prints_at_exactly_35_by_45_mm(pdf_queue, tmp_path, name, dpi):
    sheet = layout(name)
    printer = CupsPrinter()
    title = f"t{uuid.uuid4().hex[:8]}"
    job = printer.submit(pdf_queue, sheet_pdf(sample_photo(), sheet, dpi), sheet.paper.media, title=title)
    assert printer.wait(job, 60).state == "completed"
    img = raster(output_of(title), tmp_path)
    rects = photo_rects(None, tmp_path, img=img)
    assert len(rects) == sheet.count == {"L": 4, "hagaki": 6, "2L": 9, "A4": 30}[name]
    for _x, _y, w, h in rects:
        assert abs(w - 35.0) <= 0.2 and abs(h - 45.0) <= 0.2, (w, h)
    for (x, y, _w, _h), (sx, sy) in zip(sorted(rects, key=lambda r: (round(r[1]), r[0])), sheet.slots, strict=True):
        assert abs(x - sx) <= 0.2 and abs(y - sy) <= 0.2, ((x, y), (sx, sy))  # placed where laid out
    for x, y, w, h in rects:  # nothing near the paper edge, a cut guide beside every photo
        assert x > 3 and y > 3 and x + w < sheet.paper.width - 3 and y + h < sheet.paper.height - 3
        assert has_cut_guide(img, x, y)
    assert not has_cut_guide(img, 3.0, 3.0)  # (the check sees white where there is no guide)


def test_stopped_queue_says_so_and_resumes(pdf_queue):
    printer = CupsPrinter()
    subprocess.run(["cupsdisable", pdf_queue], check=True)
    with pytest.raises(PrintError, match="stopped"):
        printer.submit(pdf_queue, sheet_pdf(sample_photo(), layout("L")), "Custom.89x127mm")
    printer.resume(pdf_queue)
    job = printer.submit(pdf_queue, sheet_pdf(sample_photo(), layout("L")), "Custom.89x127mm")
    assert printer.wait(job, 60).state == "completed"


def test_rejecting_and_missing_queues_are_clear(pdf_queue):
    printer = CupsPrinter()
    subprocess.run(["cupsreject", pdf_queue], check=True)
    with pytest.raises(PrintError, match="not accepting"):
        printer.submit(pdf_queue, sheet_pdf(sample_photo(), layout("L")), "Custom.89x127mm")
    with pytest.raises(PrintError, match="not found"):
        printer.submit("NoSuchPrinter", sheet_pdf(sample_photo(), layout("L")), "Custom.89x127mm")


def test_damaged_photo_is_refused_before_printing():
    with pytest.raises(SheetError, match="damaged"):
        sheet_pdf(b"\xff\xd8 not really a jpeg", layout("L"))


def test_print_command(pdf_queue, tmp_path):
    photo = tmp_path / "p.jpg"
    photo.write_bytes(sample_photo())
    ok = subprocess.run([sys.executable, "-m", "kiosk", "print", str(photo), "--layout", "hagaki", "--printer",
                         pdf_queue], capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0 and "6 photos" in ok.stdout, ok.stderr
    job = int(re.search(r"job (\d+),", ok.stdout)[1])
    assert not [p for p in spool_documents() if p.name.startswith(f"d{job:05d}-")]  # purged from CUPS's spool
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"junk")
    fail = subprocess.run([sys.executable, "-m", "kiosk", "print", str(bad), "--printer", pdf_queue],
                          capture_output=True, text=True, timeout=120)
    assert fail.returncode == 1 and "damaged" in fail.stderr


@pytest.mark.parametrize("route", ["paper", "online"])
def test_next_steps_slip_prints_on_an_l_page(pdf_queue, tmp_path, route):
    from kiosk.sheets.slip import slip_pdf

    printer = CupsPrinter()
    title = f"slip{uuid.uuid4().hex[:6]}"
    job = printer.submit(pdf_queue, slip_pdf(route), "Custom.89x127mm", title=title)
    assert printer.wait(job, 60).state == "completed"
    out = output_of(title)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size"))
    w_pt, h_pt = (float(v) for v in size.split(":")[1].split("pts")[0].split(" x "))
    assert abs(w_pt / 72 * 25.4 - 89) < 1 and abs(h_pt / 72 * 25.4 - 127) < 1
    subprocess.run(["pdftoppm", "-r", "50", "-gray", "-png", str(out), str(tmp_path / "s")], check=True)
    img = cv2.imread(str(next(tmp_path.glob("s*.png"))), cv2.IMREAD_GRAYSCALE)
    assert (img < 100).mean() > 0.01  # large black text on the page


def test_print_command_fails_with_the_reason(pdf_queue, tmp_path):
    photo = tmp_path / "p.jpg"
    photo.write_bytes(sample_photo())
    cmd = [sys.executable, "-m", "kiosk", "print", str(photo), "--layout", "L", "--copies", "1", "--printer"]
    missing = subprocess.run([*cmd, "NoSuchQueue"], capture_output=True, text=True, timeout=60)
    assert missing.returncode == 1 and "見つかりません" in missing.stderr and "not found" in missing.stderr
    subprocess.run(["cupsdisable", pdf_queue], check=True)
    stopped = subprocess.run([*cmd, pdf_queue], capture_output=True, text=True, timeout=60)
    assert stopped.returncode == 1 and "is stopped" in stopped.stderr and "Resume" in stopped.stderr
    subprocess.run(["cupsenable", pdf_queue], check=True)
    subprocess.run(["cupsreject", pdf_queue], check=True)
    rejecting = subprocess.run([*cmd, pdf_queue], capture_output=True, text=True, timeout=60)
    assert rejecting.returncode == 1 and "not accepting" in rejecting.stderr


@pytest.mark.parametrize("dpi", [300, 600])
@pytest.mark.parametrize("name", ["L", "hagaki", "2L", "A4"])
def test_the_sheet_is_the_paper_with_the_photo_at_the_chosen_resolution(tmp_path, name, dpi):
    """What is sent to CUPS: a page exactly the paper's size, the photo embedded at `dpi` once per slot."""
    sheet = layout(name)
    path = tmp_path / "sheet.pdf"
    path.write_bytes(sheet_pdf(sample_photo(), sheet, dpi))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    w_pt, h_pt = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    assert abs(w_pt * 25.4 / 72 - sheet.paper.width) < 0.01 and abs(h_pt * 25.4 / 72 - sheet.paper.height) < 0.01
    rows = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    images = [line.split() for line in rows.splitlines()[2:]]
    assert len(images) == sheet.count
    assert all((int(i[3]), int(i[4]), int(i[12]), int(i[13])) == (*photo_pixels(dpi), dpi, dpi) for i in images)


def test_print_command_exits_non_zero_when_the_accepted_job_does_not_complete(pdf_queue, tmp_path):
    """CUPS took the job but holds it (a queue set to hold every job): `kiosk print` says at once that
    the job is held and still queued (and how to drop it), exits 1, and does not sit out its timeout."""
    photo = tmp_path / "p.jpg"
    photo.write_bytes(sample_photo())
    subprocess.run(["lpadmin", "-p", pdf_queue, "-o", "job-hold-until-default=indefinite"], check=True)
    cmd = [sys.executable, "-m", "kiosk", "print", str(photo), "--printer", pdf_queue, "--timeout", "120"]
    t0 = time.monotonic()
    held = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert time.monotonic() - t0 < 30
    assert held.returncode == 1 and "did not complete" in held.stderr and "held" in held.stderr, held.stderr
    job = int(re.search(r"job (\d+) did not complete", held.stderr)[1])
    assert f"cancel {job}" in held.stderr
    CupsPrinter().cancel(job)
