"""join_hard_wraps: single newlines inside a paragraph are hard wraps; join them.

Runs first so every later rule sees whole sentences. A line ending in a hyphen is a broken word
(`nego-` / `tiations` -> `negotiations`, also inside quotation marks or brackets) unless the part before the hyphen is itself a compound
(`al-Qaeda-` / `linked` -> `al-Qaeda-linked`) or the two halves make no word wordfreq knows while
they read as a compound (`Russian-` / `backed`, `well-` / `known`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Block
from ..words import zipf

if TYPE_CHECKING:
    from .. import Context

_HYPHEN_BREAK = re.compile(r"(?<!\S)(\S*?)-[ \t]*\n[ \t]*([^\W\d_]{0,40})")  # starts only at a word start: linear
_HYPHEN_AT_LINE_END = re.compile(r"-[ \t]*\n")  # what a broken word needs; a cheap scan from the hyphen
COMPOUND_PART_ZIPF = 3.0  # both halves are words of their own: "well" + "known", "Russian" + "backed"
JOINED_WORD_ZIPF = 3.0  # ...and joined they are no common word ("peacekeeping" is one, "wellknown" not)


_OPENING_PUNCT = re.compile(r"[\"“‘'(\[]+")  # a word broken inside a quotation or brackets ("construc-" / "tive")


def _join_hyphen(match: re.Match) -> str:
    head, tail = match.group(1), match.group(2)
    opening = _OPENING_PUNCT.match(head)
    if opening:
        return opening.group() + _join_hyphen_word(head[opening.end():], tail)
    return _join_hyphen_word(head, tail)


def _join_hyphen_word(head: str, tail: str) -> str:
    if "-" in head or not head.isalpha() or not tail:
        return f"{head}-{tail}"
    joined = head + tail
    compound = zipf(head) >= COMPOUND_PART_ZIPF and zipf(tail) >= COMPOUND_PART_ZIPF
    return f"{head}-{tail}" if compound and zipf(joined) < JOINED_WORD_ZIPF else joined


def _unwrapped(text: str) -> str:
    """The text's lines stripped of spaces and tabs and joined with single spaces: what replacing each
    newline and the spaces and tabs around it by one space makes of text with none at its ends (a
    regex for that would try a match at every character).

    >>> _unwrapped("the talks \\n\\tresumed\\n\\non Monday")
    'the talks resumed  on Monday'
    """
    return " ".join([line.strip(" \t") for line in text.split("\n")])


def join_hard_wraps(blocks: list[Block], ctx: Context) -> list[Block]:
    """Join wrapped lines of paragraphs and headings.

    >>> from briefing.model import Block
    >>> from briefing.clean import Context
    >>> join_hard_wraps([Block("paragraph", "the nego-\\ntiations went\\non")], Context("t"))[0].text
    'the negotiations went on'
    """
    out = []
    for i, block in enumerate(blocks):
        if block.type in ("paragraph", "heading", "quote") and "\n" in block.text.strip():
            text = block.text.strip()
            if _HYPHEN_AT_LINE_END.search(text):
                text = _HYPHEN_BREAK.sub(_join_hyphen, text)
            text = _unwrapped(text)
            ctx.log("join", block.text, text, i)
            block = block.with_text(text)
        out.append(block)
    return out
