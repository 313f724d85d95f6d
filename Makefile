# The two commands a new operator or engineer needs: `make run` and `make test`.
.PHONY: run test setup lint bench screenshots installer

setup:
	@scripts/bootstrap.sh

run: setup
	@scripts/run-kiosk.sh

test: setup
	@scripts/run-tests.sh

lint: setup
	.venv/bin/ruff check .

bench: setup
	.venv/bin/python -m bench

screenshots: setup
	.venv/bin/python scripts/screenshots.py
	.venv/bin/python scripts/attendee_screenshots.py

installer: setup
	.venv/bin/pyinstaller --noconfirm --clean installer.spec
