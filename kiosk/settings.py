"""The kiosk's settings: one TOML file (settings.toml in the data directory).

A missing file means defaults. A broken file (bad TOML, wrong types) never stops the booth: the
kiosk starts on safe defaults and says what was wrong, in Japanese and English, so the operator can
fix it on the admin screen.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.atomic import atomic_write
from kiosk.coded import Coded

SETTINGS_FILE = "settings.toml"
LANGUAGES = ("ja", "en")


@dataclass
class Settings:
    booth_id: str = "booth-1"
    hq_url: str = ""
    camera: str = "auto"  # "auto" (first webcam, else the demo video), a device index, or a file path
    printer: str = ""  # CUPS queue name; empty means the PDF printer
    language: str = "ja"
    idle_timeout_s: int = 90  # attendee screen returns to start after this long without a touch
    speech_volume: int = 80  # spoken guidance, percent of full loudness; 0 turns speech off

    def validate(self) -> list[str]:
        """Problems, each as a bilingual message; an empty list means the settings are usable."""
        problems = []
        if self.language not in LANGUAGES:
            problems.append(Coded("settings.language", f"言語は ja か en です / language must be ja or en "
                                  f"(got {self.language!r})", value=self.language))
        if not 10 <= self.idle_timeout_s <= 3600:
            problems.append(Coded(
                "settings.idle_timeout",
                f"無操作タイムアウトは10〜3600秒です / idle timeout must be 10–3600 s (got {self.idle_timeout_s})",
                value=self.idle_timeout_s))
        if not 0 <= self.speech_volume <= 100:
            problems.append(Coded(
                "settings.speech_volume",
                f"音声の音量は0〜100です / speech volume must be 0–100 (got {self.speech_volume})",
                value=self.speech_volume))
        if self.hq_url and not self.hq_url.startswith(("https://", "http://127.", "http://localhost")):
            problems.append(Coded("settings.hq_url", f"HQ の URL は https:// で始めてください / HQ URL must use https "
                                  f"(got {self.hq_url!r})", value=self.hq_url))
        if not self.booth_id.strip():
            problems.append(Coded("settings.booth_id", "ブースIDが空です / booth id is empty"))
        return problems


@dataclass
class LoadedSettings:
    settings: Settings
    path: Path
    problems: list[str] = field(default_factory=list)  # shown to the operator; defaults used where bad


def _coerce(name: str, value: object, default: object) -> object:
    if isinstance(default, bool) or not isinstance(value, type(default)):
        if isinstance(default, int) and isinstance(value, str) and value.strip().isdigit():
            return int(value)
        if isinstance(default, str) and isinstance(value, int):
            return str(value)
        raise TypeError(name)
    return value


def load_settings(data_dir: Path) -> LoadedSettings:
    path = data_dir / SETTINGS_FILE
    defaults = Settings()
    if not path.exists():
        return LoadedSettings(defaults, path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        msg = Coded("settings.broken", f"設定ファイルが壊れています。既定値で起動します / settings file is broken, "
                    f"using defaults: {exc}", detail=str(exc))
        return LoadedSettings(defaults, path, [msg])
    values: dict[str, object] = {}
    problems: list[str] = []
    known = {f.name: getattr(defaults, f.name) for f in dataclasses.fields(Settings)}
    for key, value in raw.items():
        if key not in known:
            problems.append(Coded("settings.unknown", f"不明な設定項目 {key!r} を無視します / unknown setting {key!r} "
                                  "ignored", key=key))
            continue
        try:
            values[key] = _coerce(key, value, known[key])
        except TypeError:
            problems.append(Coded("settings.type", f"設定 {key!r} の型が違います。既定値を使います / setting {key!r} "
                                  "has the wrong type", key=key))
    settings = Settings(**values)  # type: ignore[arg-type]
    bad = settings.validate()
    if bad:
        problems.extend(bad)
        settings = _keep_valid(settings)
    return LoadedSettings(settings, path, problems)


def _keep_valid(settings: Settings) -> Settings:
    """Replace each invalid field with its default, keeping the valid ones."""
    defaults = Settings()
    fixed = dataclasses.replace(settings)
    for f in dataclasses.fields(Settings):
        trial = dataclasses.replace(defaults, **{f.name: getattr(settings, f.name)})
        if trial.validate():
            setattr(fixed, f.name, getattr(defaults, f.name))
    return fixed


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


class SettingsInvalid(ValueError):
    """Settings that cannot be saved; `problems` are Coded messages (str() joins them, bilingual)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def save_settings(data_dir: Path, settings: Settings) -> Path:
    """Write atomically (temp file + rename) so a power cut never leaves a half-written file."""
    problems = settings.validate()
    if problems:
        raise SettingsInvalid(problems)
    path = data_dir / SETTINGS_FILE
    lines = ["# Booth kiosk settings / ブース端末の設定"]
    lines += [f"{f.name} = {_toml_value(getattr(settings, f.name))}" for f in dataclasses.fields(Settings)]
    atomic_write(path, "\n".join(lines) + "\n")
    return path
