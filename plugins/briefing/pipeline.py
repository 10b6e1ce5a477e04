"""The whole text core for one seed: read -> clean -> split. No Pelican here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .chain import Chain
from .clean import build_chain, clean
from .clean.words import zipf
from .model import Briefing, Document
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
        return cls(settings, build_chain(settings.clean), _load_registry(Path(settings.registry)))

    def preload(self) -> None:
        """Load what the rules otherwise load on first use (wordfreq's English table, about 0.2 s), so
        processes forked after this share it instead of each loading its own."""
        zipf("the")

    def process(self, path: Path) -> Briefing:
        return self.clean_and_split(read_seed(Path(path), self.settings))

    def clean_and_split(self, doc: Document) -> Briefing:
        disabled = doc.metadata.get("disable_rules", ())
        chain = build_chain(self.settings.clean, disabled) if disabled else self.chain
        doc = clean(doc, chain, _names(self.registry))
        return split(doc, self.registry, self.settings)


# A build makes a reader per content generator, each asking for the site's Pipeline: the registry
# (YAML, validation, automaton) is loaded once per file content, and its name set made once.
_REGISTRIES: dict[tuple[str, bytes], Registry] = {}
_NAMES: dict[int, tuple[Registry, frozenset[str]]] = {}


def _load_registry(path: Path) -> Registry:
    try:
        data = path.read_bytes()
    except OSError:
        return Registry.load(path)  # missing or unreadable: its own answer, every time
    key = (str(path.resolve()), data)
    if key not in _REGISTRIES:
        if len(_REGISTRIES) >= 4:
            _REGISTRIES.clear()
        _REGISTRIES[key] = Registry.load(path)
    return _REGISTRIES[key]


def _names(registry: Registry) -> frozenset[str]:
    held = _NAMES.get(id(registry))
    if held is None or held[0] is not registry:
        if len(_NAMES) >= 8:
            _NAMES.clear()
        held = _NAMES[id(registry)] = (registry, registry.names())
    return held[1]
