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
            problems.append(f"言語は ja か en です / language must be ja or en (got {self.language!r})")
        if not 10 <= self.idle_timeout_s <= 3600:
            problems.append(
                f"無操作タイムアウトは10〜3600秒です / idle timeout must be 10–3600 s (got {self.idle_timeout_s})"
            )
        if not 0 <= self.speech_volume <= 100:
            problems.append(f"音声の音量は0〜100です / speech volume must be 0–100 (got {self.speech_volume})")
        if self.hq_url and not self.hq_url.startswith(("https://", "http://127.", "http://localhost")):
            problems.append(f"HQ の URL は https:// で始めてください / HQ URL must use https (got {self.hq_url!r})")
        if not self.booth_id.strip():
            problems.append("ブースIDが空です / booth id is empty")
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
        msg = f"設定ファイルが壊れています。既定値で起動します / settings file is broken, using defaults: {exc}"
        return LoadedSettings(defaults, path, [msg])
    values: dict[str, object] = {}
    problems: list[str] = []
    known = {f.name: getattr(defaults, f.name) for f in dataclasses.fields(Settings)}
    for key, value in raw.items():
        if key not in known:
            problems.append(f"不明な設定項目 {key!r} を無視します / unknown setting {key!r} ignored")
            continue
        try:
            values[key] = _coerce(key, value, known[key])
        except TypeError:
            problems.append(f"設定 {key!r} の型が違います。既定値を使います / setting {key!r} has the wrong type")
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


def save_settings(data_dir: Path, settings: Settings) -> Path:
    """Write atomically (temp file + rename) so a power cut never leaves a half-written file."""
    problems = settings.validate()
    if problems:
        raise ValueError("\n".join(problems))
    path = data_dir / SETTINGS_FILE
    lines = ["# Booth kiosk settings / ブース端末の設定"]
    lines += [f"{f.name} = {_toml_value(getattr(settings, f.name))}" for f in dataclasses.fields(Settings)]
    atomic_write(path, "\n".join(lines) + "\n")
    return path
