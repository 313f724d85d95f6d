"""Age bands used by the contract's reports (年代別): 0-9, 10-19, … 80-89, 90+."""

from __future__ import annotations

AGE_BANDS: tuple[str, ...] = tuple(f"{d}-{d + 9}" for d in range(0, 90, 10)) + ("90+",)

AGE_BAND_LABELS_JA: dict[str, str] = {
    band: ("90歳以上" if band == "90+" else ("10歳未満" if band == "0-9" else f"{band.split('-')[0]}代"))
    for band in AGE_BANDS
}


def is_age_band(value: object) -> bool:
    return isinstance(value, str) and value in AGE_BANDS


def age_band_for(age: int) -> str:
    if age < 0:
        raise ValueError("age must not be negative")
    return "90+" if age >= 90 else AGE_BANDS[age // 10]
