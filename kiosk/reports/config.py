"""Where reports get their configuration: the contract's targets, the survey definition (for its
labels) and Japan's public holidays."""

from __future__ import annotations

import dataclasses
import json
import tomllib
from datetime import date
from functools import lru_cache
from pathlib import Path

import holidays

from kiosk.domain.report import Targets
from kiosk.domain.survey import Survey, parse_survey
from kiosk.paths import assets_dir


def load_targets(path: Path | None = None) -> Targets:
    raw = tomllib.loads((path or assets_dir() / "contract.toml").read_text(encoding="utf-8"))
    names = {f.name for f in dataclasses.fields(Targets)}
    return Targets(**{k: v for k, v in raw.items() if k in names})


@lru_cache(maxsize=8)
def _japan(year: int) -> holidays.HolidayBase:
    return holidays.Japan(years=year)


def is_japanese_holiday(day: date) -> bool:
    """国民の祝日・振替休日 from the maintained `holidays` package."""
    return day in _japan(day.year)


def load_survey(path: Path | None = None) -> Survey | None:
    """The survey definition the reports label answers with; None when it cannot be read (the
    reports then show question and choice ids)."""
    try:
        return parse_survey(json.loads((path or assets_dir() / "survey.json").read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None
