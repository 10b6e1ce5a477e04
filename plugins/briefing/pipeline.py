"""The whole text core for one seed: read -> clean -> split. No Pelican here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .chain import Chain
from .clean import build_chain, clean
from .model import Briefing
from .read import read_seed
from .settings import Settings
from .split import split
from .split.registry import Registry


@dataclass(frozen=True, slots=True)
class Pipeline:
    """Everything built once per site (settings, chain, registry) and reused for every seed."""

    settings: Settings
    chain: Chain
    registry: Registry

    @classmethod
    def for_site(cls, settings: Settings) -> Pipeline:
        return cls(settings, build_chain(settings.clean), Registry.load(settings.registry))

    def process(self, path: Path) -> Briefing:
        doc = read_seed(Path(path), self.settings)
        disabled = doc.metadata.get("disable_rules", ())
        chain = build_chain(self.settings.clean, disabled) if disabled else self.chain
        doc = clean(doc, chain, self.registry.names())
        return split(doc, self.registry, self.settings)
