"""The curated actor registry (content/actors.yaml): ids, names, kinds, aliases."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from ..model import ACTOR_KINDS, Actor


class RegistryError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Registry:
    actors: tuple[Actor, ...]

    @classmethod
    def load(cls, path: Path) -> Registry:
        path = Path(path)
        if not path.exists():
            return cls(())
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        actors = []
        for i, entry in enumerate(data.get("actors", [])):
            kind = entry.get("kind")
            if kind not in ACTOR_KINDS:
                raise RegistryError(f"{path.name}: actor #{i + 1} ({entry.get('id')}) has kind {kind!r}; expected one of {', '.join(ACTOR_KINDS)}")
            actors.append(Actor(entry["id"], entry["name"], kind, tuple(entry.get("aliases", ())), affiliation=entry.get("affiliation"), country=entry.get("country")))
        return cls(tuple(actors))

    def names(self) -> frozenset[str]:
        return frozenset(n for a in self.actors for n in (a.name, *a.aliases))
