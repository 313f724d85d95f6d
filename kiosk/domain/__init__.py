"""Pure domain: events, booth sessions, applicant journeys, tallies. No I/O, no imports from the
rest of the project, so the kiosk's own summaries and HQ's reports are the same code."""
