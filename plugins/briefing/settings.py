"""Briefing's settings: one namespaced dict (`BRIEFING` in pelican.conf.py), typed and validated.

An unknown or mistyped key is an error that names the key, never silently ignored.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path


class SettingsError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class CleanSettings:
    """How the cleaning chain is shaped for this site.

    `order` puts the named rules first in that order; `disable` switches rules off.
    """

    disable: tuple[str, ...] = ()
    enable: tuple[str, ...] = ()
    order: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Settings:
    registry: Path = Path("content/actors.yaml")
    clean: CleanSettings = field(default_factory=CleanSettings)
    summary_sentences: int = 3
    # Used when neither the seed, its sidecar, its file name nor its byline gives a date:
    # a fixed date keeps builds reproducible (a file's mtime differs on every clone).
    fallback_date: str = "2026-01-01"
    max_seed_bytes: int = 10 * 1024 * 1024
    show_edits: bool = True
    search: bool = True  # index the built site with Pagefind (a search box on every page)

    @classmethod
    def from_dict(cls, raw: dict | None, base: Path | None = None) -> Settings:
        """Build settings from a plain dict, e.g. `BRIEFING` in pelican.conf.py.

        >>> Settings.from_dict({"summary_sentences": 2}).summary_sentences
        2
        >>> Settings.from_dict({"sumary": 2})
        Traceback (most recent call last):
        ...
        briefing.settings.SettingsError: BRIEFING: unknown key 'sumary' (known: clean, fallback_date, max_seed_bytes, registry, search, show_edits, summary_sentences)
        """
        raw = dict(raw or {})
        _check_keys("BRIEFING", raw, cls)
        clean_raw = raw.pop("clean", {}) or {}
        _check_keys("BRIEFING['clean']", clean_raw, CleanSettings)
        clean = CleanSettings(**{k: tuple(_str_list(f"BRIEFING['clean'][{k!r}]", v)) for k, v in clean_raw.items()})
        values: dict = {}
        for f in fields(cls):
            if f.name not in raw:
                continue
            value = raw[f.name]
            if f.name == "registry":
                value = Path(value)
                if base is not None and not value.is_absolute():
                    value = base / value
            elif f.name in ("summary_sentences", "max_seed_bytes"):
                if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                    raise SettingsError(f"BRIEFING[{f.name!r}] must be a positive integer, not {value!r}")
            elif f.name in ("show_edits", "search") and not isinstance(value, bool):
                raise SettingsError(f"BRIEFING[{f.name!r}] must be true or false, not {value!r}")
            elif f.name == "fallback_date" and not isinstance(value, str):
                raise SettingsError(f"BRIEFING['fallback_date'] must be a date string, not {value!r}")
            values[f.name] = value
        settings = cls(clean=clean, **values)
        if base is not None and "registry" not in raw:
            settings = cls(**{**{f.name: getattr(settings, f.name) for f in fields(cls)}, "registry": base / settings.registry})
        return settings


def _check_keys(where: str, raw: dict, cls) -> None:
    if not isinstance(raw, dict):
        raise SettingsError(f"{where} must be a dict, not {type(raw).__name__}")
    known = sorted(f.name for f in fields(cls))
    for key in raw:
        if key not in known:
            raise SettingsError(f"{where}: unknown key {key!r} (known: {', '.join(known)})")


def _str_list(where: str, value) -> list[str]:
    if isinstance(value, str) or not all(isinstance(v, str) for v in value):
        raise SettingsError(f"{where} must be a list of rule names, not {value!r}")
    return list(value)
