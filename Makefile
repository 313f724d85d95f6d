# The two commands a new operator or engineer needs: `make run` and `make test`.
.PHONY: run test setup lint bench screenshots installer fuzz

setup:
	@scripts/bootstrap.sh

run: setup
	@scripts/run-kiosk.sh

test: setup
	@scripts/run-tests.sh

# the fuzz tests of `make test` (tests/fuzz), run much longer: about 10 minutes on 2 cores
fuzz: setup
	FUZZ_EXAMPLES=3000 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/fuzz -q --timeout=3600

lint: setup
	.venv/bin/ruff check .

bench: setup
	.venv/bin/python -m bench

screenshots: setup
	.venv/bin/python scripts/screenshots.py
	.venv/bin/python scripts/attendee_screenshots.py

installer: setup
	.venv/bin/pyinstaller --noconfirm --clean installer.spec
