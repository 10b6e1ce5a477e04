"""Stage 1, read: a seed file (plus its optional sidecar) -> Document.

Bytes are decoded here once, with a clear error for what cannot be read; each format has its own
small module that turns text into blocks.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..model import Document, SeedError
from ..settings import Settings
from . import markdown, sidecar, text


def _read_html(raw_html: str, source_file: str) -> Document:
    from . import html  # imported on the first HTML seed: bs4 and its CSS parser take 0.1 s to import

    return html.read(raw_html, source_file)


READERS = {".txt": text.read, ".md": markdown.read, ".markdown": markdown.read, ".html": _read_html, ".htm": _read_html}
SEED_SUFFIXES = tuple(READERS)

_FILENAME_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
# UTF-32's little-endian mark begins with UTF-16's: look for the longer one first.
UNICODE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
META_CHARSET_WINDOW = 4096  # browsers look for the declaration in the first kilobytes too
MAX_CHAOS = 0.2  # charset-normalizer's mess ratio above which a guess is refused
# Windows-1252 is the web's usual legacy encoding (browsers read "latin-1" pages as it, too).
USUAL_LEGACY_ENCODING = "cp1252"


def decode(raw: bytes, source_file: str) -> str:
    """UTF-8 (with or without BOM), UTF-16/32 with a BOM, the charset an HTML page declares, or a
    confidently detected legacy encoding; anything else is refused with a message naming the file.

    A word or two is too little to tell an encoding by; a real paragraph is enough:

    >>> text = "The minister’s café in Zürich was closed on Monday – “for security reasons”."
    >>> decode(text.encode("cp1252"), "x.txt") == text
    True
    """
    for bom, codec in UNICODE_BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError as err:
                reason = f"starts with a {codec.upper()} byte-order mark but is not {codec.upper()} ({err.reason})"
                raise SeedError(source_file, reason) from None
    if b"\x00" in raw[:8192]:
        raise SeedError(source_file, "looks like a binary file (it contains NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        utf8_error = err
    declared = _declared_encoding(raw, source_file)
    if declared:
        try:
            return raw.decode(declared)
        except UnicodeDecodeError:
            pass  # the page says one thing and is another: detect it like any other file
    from charset_normalizer import from_bytes  # only for the rare non-UTF-8 seed

    matches = from_bytes(raw)
    best = matches.best()
    if best is None or best.chaos > MAX_CHAOS:
        line = raw[: utf8_error.start].count(b"\n") + 1
        raise SeedError(source_file, f"is not UTF-8 and its encoding cannot be told ({utf8_error.reason})", line)
    # Western text often fits cp1250 just as well ("à" then reads "ŕ"); on a tie, take the usual one.
    for match in matches:
        if match.encoding == USUAL_LEGACY_ENCODING and match.chaos <= best.chaos and match.coherence >= best.coherence:
            return str(match)
    return str(best)


def _declared_encoding(raw: bytes, source_file: str) -> str | None:
    """The charset a saved web page declares in a <meta> tag, as a Python codec name.

    >>> _declared_encoding(b'<meta charset="ISO-8859-1"><p>caf\\xe9</p>', "a.html")
    'cp1252'
    >>> _declared_encoding(b'<meta charset="klingon">', "a.html") is None
    True
    """
    if not source_file.lower().endswith((".html", ".htm")):
        return None
    match = _META_CHARSET.search(raw[:META_CHARSET_WINDOW])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    return USUAL_LEGACY_ENCODING if name in ("iso8859-1", "ascii") else name


def read_seed(path: Path, settings: Settings) -> Document:
    """Read one seed and its sidecar into a Document; raise SeedError naming the file on bad input."""
    path = Path(path)
    name = path.name
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise SeedError(name, f"unknown seed type {path.suffix!r} (expected one of {', '.join(SEED_SUFFIXES)})")
    size = path.stat().st_size
    if size > settings.max_seed_bytes:
        raise SeedError(name, f"is {size:,} bytes, over the limit of {settings.max_seed_bytes:,} (BRIEFING['max_seed_bytes'])")
    raw_text = decode(path.read_bytes(), name)
    if not raw_text.strip():
        raise SeedError(name, "is empty")
    doc = reader(raw_text, name)
    if not doc.title:
        raise SeedError(name, "has no headline")
    if not doc.blocks:
        raise SeedError(name, "has a headline but no body text")
    doc = sidecar.apply(doc, sidecar.load(path))
    return _with_date(doc, path, settings)


def _with_date(doc: Document, path: Path, settings: Settings) -> Document:
    """Date order: the seed's own metadata or sidecar, a YYYY-MM-DD file-name prefix, the fallback."""
    if doc.metadata.get("date"):
        return doc
    match = _FILENAME_DATE.match(path.name)
    date = match.group(1) if match else settings.fallback_date
    return Document(doc.source_file, doc.title, doc.blocks, {**doc.metadata, "date": date}, doc.edits)
