"""YAML front matter and sidecars: parsed safely, with errors that give the file and the line."""

from __future__ import annotations

import datetime as dt

import yaml

from ..model import SeedError


# libyaml's parser when PyYAML was built with it: the same documents, ten times faster.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str):
    """`yaml.safe_load`, by libyaml when it can (front matter, sidecars and the actor registry)."""
    try:
        return yaml.load(text, Loader=_FAST_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError:
        return yaml.safe_load(text)  # fails again, with the pure-Python parser's message and line


def parse_yaml(text: str, source_file: str, line_offset: int = 0) -> dict:
    """Parse a YAML mapping; a syntax error names the file and the line.

    >>> parse_yaml("title: Hi", "x.md")
    {'title': 'Hi'}
    """
    try:
        data = load_yaml(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 + line_offset if mark else None
        problem = getattr(err, "problem", None) or str(err)
        raise SeedError(source_file, f"invalid YAML: {problem}", line) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SeedError(source_file, f"YAML must be a mapping of keys to values, not a {type(data).__name__}", line_offset + 1)
    return data


def normalise_date(value, source_file: str) -> str:
    """Dates become ISO strings; YAML may already have made them date objects.

    >>> normalise_date(dt.date(2024, 3, 1), "x.md")
    '2024-03-01'
    """
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise SeedError(source_file, f"date {text!r} is not an ISO date such as 2024-03-01 or 2024-03-01T14:05") from None
    return text


def normalise_tags(value, source_file: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [t for t in value.split(",")]
    if not isinstance(value, list):
        raise SeedError(source_file, f"tags must be a list or a comma-separated string, not {value!r}")
    return tuple(str(t).strip() for t in value if str(t).strip())


def normalise_summary(value, source_file: str) -> tuple[str, ...]:
    """An editorial summary: one string or a list of sentences."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SeedError(source_file, f"summary must be a string or a list of sentences, not {value!r}")
    return tuple(" ".join(v.split()) for v in value if v.strip())


def split_front_matter(raw: str, source_file: str) -> tuple[str | None, str, int]:
    r"""Return (yaml text or None, body, number of lines before the body).

    >>> split_front_matter("---\ntitle: Hi\n---\nBody", "x.md")
    ('title: Hi', 'Body', 3)
    >>> split_front_matter("Body", "x.md")
    (None, 'Body', 0)
    """
    lines = raw.split("\n")
    if lines[0].strip() != "---":
        return None, raw, 0
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1 :]), i + 1
    # Reading the whole article as YAML would give a baffling error far down the file.
    raise SeedError(source_file, "front matter opened with '---' is never closed by a second '---' line", 1)
