"""The optional `NAME.yaml` beside a seed: metadata overrides and the curator's editorial choices.

Known keys (anything else is an error naming the key):
  title, date, source_url, tags          metadata that wins over the seed's own
  summary                                the summary to publish instead of the machine's
  actors: {add: [...], drop: [...]}      actor names (or registry ids) to add or drop
  keep: [...] / drop: [...]              text snippets: keep a block the cleaner removed / drop a block it kept
  disable_rules: [...]                   cleaning rules to switch off for this seed
  order, featured                        placement among the day's briefings
"""

from __future__ import annotations

from pathlib import Path

from ..model import Document, SeedError
from .frontmatter import normalise_date, normalise_summary, normalise_tags, parse_yaml

SIDECAR_KEYS = {"title", "date", "source_url", "tags", "summary", "actors", "keep", "drop", "disable_rules", "order", "featured"}


def sidecar_path(seed: Path) -> Path:
    return seed.with_suffix(".yaml")


def load(seed: Path) -> dict:
    path = sidecar_path(seed)
    if not path.exists():
        return {}
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise SeedError(path.name, "is not UTF-8; save the sidecar as UTF-8", line) from None
    data = parse_yaml(text, path.name)
    unknown = sorted(set(data) - SIDECAR_KEYS)
    if unknown:
        raise SeedError(path.name, f"unknown sidecar key(s) {', '.join(unknown)} (known: {', '.join(sorted(SIDECAR_KEYS))})")
    return _validated(data, path.name)


def _string_list(data: dict, key: str, where: str) -> tuple[str, ...]:
    value = data.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SeedError(where, f"{key} must be a list of strings, not {value!r}")
    return tuple(value)


def _validated(data: dict, where: str) -> dict:
    out: dict = {}
    if "title" in data:
        out["title"] = " ".join(str(data["title"]).split())
    if data.get("date"):
        out["date"] = normalise_date(data["date"], where)
    if data.get("source_url"):
        out["source_url"] = str(data["source_url"])
    if "tags" in data:
        out["tags"] = normalise_tags(data["tags"] or [], where)
    if data.get("summary"):
        out["summary"] = normalise_summary(data["summary"], where)
    actors = data.get("actors") or {}
    if not isinstance(actors, dict) or set(actors) - {"add", "drop"}:
        raise SeedError(where, "actors must be a mapping with 'add' and/or 'drop' lists")
    out["actors_add"] = _string_list(actors, "add", where)
    out["actors_drop"] = _string_list(actors, "drop", where)
    for key in ("keep", "drop", "disable_rules"):
        out[key] = _string_list(data, key, where)
    if "order" in data:
        if not isinstance(data["order"], int) or isinstance(data["order"], bool):
            raise SeedError(where, f"order must be an integer, not {data['order']!r}")
        out["order"] = data["order"]
    if "featured" in data:
        out["featured"] = bool(data["featured"])
    return out


def apply(doc: Document, side: dict) -> Document:
    """Sidecar metadata wins over the seed's; editorial choices ride along in metadata for later stages."""
    if not side:
        return doc
    title = side.get("title") or doc.title
    metadata = {**doc.metadata, **{k: v for k, v in side.items() if k != "title"}}
    return Document(doc.source_file, title, doc.blocks, metadata, doc.edits)
