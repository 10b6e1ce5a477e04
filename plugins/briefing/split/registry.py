"""The curated actor registry (content/actors.yaml): ids, names, kinds, aliases, and one matcher.

The YAML has two keys. `countries` lists ISO 3166-1 alpha-2 codes (or the word `all`); each becomes
a state whose names come from pycountry and whose short names, demonyms and capital come from
`countries.py`. `actors` lists everything else, one mapping each:

    - id: pentagon            # lowercase slug, unique
      name: Pentagon
      kind: organisation      # state | organisation | armed-group | person | media
      aliases: [US Department of Defense]
      affiliation: united-states   # optional: the id of the actor it speaks for
      country: US                  # optional: ISO code
      metonyms: [Arlington]        # optional: places that stand for it only when they act

An entry whose `id` is a country's id (e.g. `iran`) adds aliases to that country.
Every error names the entry at fault. The registry builds one Aho-Corasick automaton over every
name (plus "China coast guard" for "China Coast Guard": organs' generic words are often written in
lower case), so finding all actors in a seed is a single pass over its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import ahocorasick
import pycountry
import yaml

from ..model import ACTOR_KINDS, Actor, evolve
from ..read.frontmatter import load_yaml
from .countries import COUNTRY_WORDS
from .lexicon import STATE_ORGAN_HEADS

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_KEYS = frozenset({"id", "name", "kind", "aliases", "affiliation", "country", "metonyms"})
# All-caps aliases this short ("IS", "AU") also occur in shouted junk ("THIS IS ..."): they count
# only when their neighbours are not shouted too.
_SHORT_ACRONYM = 3


class RegistryError(ValueError):
    pass


# Not frozen: a frozen dataclass takes ~1 us more to build (object.__setattr__ per field), and a
# document makes dozens. Nothing hashes one or assigns to it (unhashable now: a hash would raise).
@dataclass(slots=True)
class Match:
    """One whole-word occurrence of a registry name in a text. `place` marks a capital city."""

    start: int
    end: int
    actor: str
    surface: str
    place: bool
    demonym: bool


@lru_cache(maxsize=4096)  # a discovered name is met again in most blocks that name it
def slugify(name: str) -> str:
    """A URL-safe id for a name.

    >>> slugify("Iraq's Foreign Ministry")
    'iraqs-foreign-ministry'
    >>> slugify("Côte d'Ivoire")
    'cote-divoire'
    """
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_name.lower().replace("'", "").replace("’", "")).strip("-")


@dataclass(frozen=True, slots=True)
class Registry:
    actors: tuple[Actor, ...]
    # surface name -> (actor id, is a capital, is a demonym); the automaton is built from it.
    surfaces: dict[str, tuple[str, bool, bool]] = field(default_factory=dict)
    automaton: object = None
    by_id: dict[str, Actor] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Registry:
        path = Path(path)
        if not path.exists():
            return cls.build(())
        try:
            data = load_yaml(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as err:
            raise RegistryError(f"{path.name}: not valid YAML: {err}") from err
        if not isinstance(data, dict) or set(data) - {"countries", "actors"}:
            raise RegistryError(f"{path.name}: expected a mapping with the keys 'countries' and 'actors'")
        countries = _country_actors(path.name, data.get("countries") or ())
        return cls.build(countries, data.get("actors") or (), path.name)

    @classmethod
    def build(cls, countries: tuple[tuple[Actor, tuple[str, ...]], ...] | tuple = (),
              entries: list | tuple = (), where: str = "actors.yaml") -> Registry:
        """Validate the entries, merge them with the countries and compile the matcher."""
        by_id: dict[str, Actor] = {a.id: a for a, _ in countries}
        capitals = {a.id: set(caps) for a, caps in countries}
        for i, entry in enumerate(entries):
            actor, metonyms = _entry_actor(where, i, entry)
            capitals.setdefault(actor.id, set()).update(metonyms)
            if actor.id in by_id:
                old = by_id[actor.id]
                if old.kind != "state" or actor.kind != "state":
                    raise RegistryError(f"{where}: actor #{i + 1} ({actor.id}): duplicate id")
                by_id[actor.id] = Actor(old.id, actor.name or old.name, "state",
                                        _unique(old.aliases + actor.aliases + metonyms), country=old.country)
            else:
                by_id[actor.id] = evolve(actor, aliases=_unique(actor.aliases + metonyms))
        for actor in by_id.values():
            if actor.affiliation and actor.affiliation not in by_id:
                raise RegistryError(f"{where}: actor {actor.id}: affiliation {actor.affiliation!r} is not an actor id")
        surfaces: dict[str, tuple[str, bool, bool]] = {}
        for actor in by_id.values():
            caps = set(capitals.get(actor.id, ()))
            words = COUNTRY_WORDS.get(actor.country) if actor.kind == "state" else None
            demonyms = set(words.demonyms) if words else set()
            for name in (actor.name, *actor.aliases):
                key = re.sub(r"^(?:the|The) ", "", name)
                owner = surfaces.get(key)
                if owner and owner[0] != actor.id:
                    raise RegistryError(f"{where}: actor {actor.id}: name {name!r} is already used by {owner[0]}")
                surfaces[key] = (actor.id, name in caps, name in demonyms)
        for key, value in list(surfaces.items()):
            # "the Chinese coast guard" is the China Coast Guard: a state organ's generic words are
            # often written in lower case
            words = key.split(" ")
            if len(words) > 1 and words[-1] in STATE_ORGAN_HEADS:
                surfaces.setdefault(" ".join([words[0], *(w.lower() for w in words[1:])]), value)
        automaton = ahocorasick.Automaton()
        for key, value in surfaces.items():
            automaton.add_word(key, (key, *value))
        if surfaces:
            automaton.make_automaton()
        return cls(tuple(by_id.values()), surfaces, automaton if surfaces else None, by_id)

    def names(self) -> frozenset[str]:
        return frozenset(n for a in self.actors for n in (a.name, *a.aliases))

    def get(self, actor_id: str) -> Actor | None:
        return self.by_id.get(actor_id)

    def find(self, text: str) -> list[Match]:
        """Every whole-word registry name in `text`, leftmost-longest, without overlaps.

        >>> reg = Registry.build(_country_actors("t", ["GW", "GN"]))
        >>> [m.surface for m in reg.find("Guinea-Bissau and Guinea met")]
        ['Guinea-Bissau', 'Guinea']
        """
        if self.automaton is None:
            return []
        hits = []
        last = len(text) - 1
        for end, (surface, actor, place, demonym) in self.automaton.iter(text):
            start = end - len(surface) + 1
            if (start and text[start - 1].isalnum()) or (end < last and text[end + 1].isalnum()):
                continue
            if len(surface) <= _SHORT_ACRONYM and surface.isupper() and _shouted(text, start, end + 1):
                continue
            hits.append((start, -end, surface, actor, place, demonym))
        hits.sort()  # leftmost, then longest: no two hits share both ends
        chosen: list[Match] = []
        free = 0  # where the last chosen name ends
        for start, neg_end, surface, actor, place, demonym in hits:
            if start >= free:
                free = 1 - neg_end
                chosen.append(Match(start, free, actor, surface, place, demonym))
        return chosen


def _shouted(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12):start].split()
    after = text[end:end + 12].split()
    return any(w.isupper() and len(w) > 1 for w in before[-1:] + after[:1])


def _unique(names) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))


def _country_actors(where: str, codes) -> tuple[tuple[Actor, tuple[str, ...]], ...]:
    """States for the given ISO codes ("all" = every country in the table), with their capitals."""
    if codes == "all":
        codes = list(COUNTRY_WORDS)
    if isinstance(codes, str) or not isinstance(codes, (list, tuple)):
        raise RegistryError(f"{where}: 'countries' must be 'all' or a list of ISO codes, not {codes!r}")
    states = []
    for code in codes:
        words = COUNTRY_WORDS.get(str(code).upper())
        if words is None:
            raise RegistryError(f"{where}: country {code!r} is not an ISO code that countries.py knows")
        record = pycountry.countries.get(alpha_2=words.code)
        official = [getattr(record, k, None) for k in ("common_name", "name", "official_name")] if record else []
        names = _unique(n for n in (*words.short_names, *official) if n and "," not in n)
        state = Actor(slugify(names[0]), names[0], "state", _unique((*names[1:], *words.demonyms, *words.capitals)),
                      country=words.code)
        states.append((state, words.capitals))
    return tuple(states)


def _entry_actor(where: str, i: int, entry) -> tuple[Actor, tuple[str, ...]]:
    label = f"{where}: actor #{i + 1}"
    if not isinstance(entry, dict):
        raise RegistryError(f"{label}: expected a mapping, got {entry!r}")
    label = f"{label} ({entry.get('id', '?')})"
    unknown = set(entry) - _KEYS
    if unknown:
        raise RegistryError(f"{label}: unknown key(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(_KEYS))})")
    actor_id, name, kind = entry.get("id"), entry.get("name"), entry.get("kind")
    if not isinstance(actor_id, str) or not _ID.match(actor_id):
        raise RegistryError(f"{label}: id must be a lowercase slug such as 'african-union', not {actor_id!r}")
    if not isinstance(name, str) or not name.strip():
        raise RegistryError(f"{label}: needs a name")
    if kind not in ACTOR_KINDS:
        raise RegistryError(f"{label}: kind {kind!r}; expected one of {', '.join(ACTOR_KINDS)}")
    aliases, metonyms = entry.get("aliases") or [], entry.get("metonyms") or []
    for key, names in (("aliases", aliases), ("metonyms", metonyms)):
        if isinstance(names, str) or not all(isinstance(a, str) and a.strip() for a in names):
            raise RegistryError(f"{label}: {key} must be a list of names, not {names!r}")
    country = entry.get("country")
    if country is not None and str(country).upper() not in COUNTRY_WORDS:
        raise RegistryError(f"{label}: country {country!r} is not an ISO code that countries.py knows")
    actor = Actor(actor_id, name.strip(), kind, _unique(a.strip() for a in aliases),
                  affiliation=entry.get("affiliation"), country=str(country).upper() if country else None)
    return actor, tuple(m.strip() for m in metonyms)
