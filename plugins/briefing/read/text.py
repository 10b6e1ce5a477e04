"""Plain-text seeds: first non-empty line is the headline, blank lines separate paragraphs.

Hard wraps inside a paragraph are kept as newlines here; the cleaner joins them (and logs it).
A lone question line between paragraphs is a sub-heading.
"""

from __future__ import annotations

import re

from ..model import Block, Document

_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n+")
MAX_HEADING_WORDS = 20
_SENTENCE_END = re.compile(r"(\w*)[.!?][\"”’']?\s+[A-Z]")
# Titles whose full stop ends no sentence.
ABBREVIATIONS = frozenset({
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Col", "Lt", "Sgt", "Capt", "Adm", "Rep", "Sen",
    "Gov", "Pres", "Jr", "Sr", "No",
})


def is_question_heading(paragraph: str) -> bool:
    """A lone short line ending in a question mark reads as a sub-heading.

    >>> is_question_heading("What did the US intend to accomplish?")
    True
    >>> is_question_heading("He asked why. Nobody knew?")
    False
    >>> is_question_heading("What did Gen. Milley tell the U.S. Senate?")
    True
    """
    line = paragraph.strip()
    if "\n" in line or not line.endswith("?") or len(line.split()) > MAX_HEADING_WORDS:
        return False
    # One sentence only: no sentence end before the final question mark ("Gen. Milley" is no end).
    return all(_abbreviated(match.group(1)) for match in _SENTENCE_END.finditer(line[:-1]))


def _abbreviated(word: str) -> bool:
    """A title ("Gen") or an initial ("F", the "S" of "U.S.")."""
    return word in ABBREVIATIONS or (len(word) == 1 and word.isupper())


def split_paragraphs(body: str) -> list[str]:
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    return [p.strip() for p in _BLANK_LINES.split(body) if p.strip()]


def to_blocks(paragraphs: list[str]) -> tuple[Block, ...]:
    return tuple(Block("heading" if is_question_heading(p) else "paragraph", p) for p in paragraphs)


def read(raw: str, source_file: str) -> Document:
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = raw.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return Document(source_file, "", ())
    title = " ".join(lines[first].split())
    return Document(source_file, title, to_blocks(split_paragraphs("\n".join(lines[first + 1 :]))))
