"""mark_subheadings: a lone short line between two paragraphs of prose is a sub-heading ("Hostage swap").

The reader already makes lone question lines headings. This rule takes only the clear cases of the
rest: two to eight words, starting with a capital, with no closing punctuation, and standing alone
between two full paragraphs that end like sentences. A run of short lines is a list or leftover
chrome, not a heading, and is left as it is.

Runs last, once junk lines are gone: a caption or promo label must never be mistaken for a heading.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Block
from ..words import split_words

if TYPE_CHECKING:
    from .. import Context

_HEADING = re.compile(r"[A-Z][^\n.!?:;,\"“”()\[\]|]*[^\W_]")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*$")
MIN_WORDS, MAX_WORDS = 2, 8
MIN_NEIGHBOUR_WORDS = 15


def _is_prose(block: Block) -> bool:
    text = block.text.strip()
    return block.type == "paragraph" and len(split_words(text)) >= MIN_NEIGHBOUR_WORDS and bool(_SENTENCE_END.search(text))


def mark_subheadings(blocks: list[Block], ctx: Context) -> list[Block]:
    """Turn a lone short title-like line between paragraphs into a heading block.

    >>> from briefing.clean import Context
    >>> prose = "The two sides met in Doha on Monday and agreed to continue the talks next week, officials said."
    >>> blocks = [Block("paragraph", prose), Block("paragraph", "Hostage swap"), Block("paragraph", prose)]
    >>> [b.type for b in mark_subheadings(blocks, Context("t"))]
    ['paragraph', 'heading', 'paragraph']
    """
    out = list(blocks)
    for i in range(1, len(blocks) - 1):
        block, text = blocks[i], blocks[i].text.strip()
        if (
            block.type == "paragraph"
            and MIN_WORDS <= len(split_words(text)) <= MAX_WORDS
            and _HEADING.fullmatch(text)
            and _is_prose(blocks[i - 1])
            and _is_prose(blocks[i + 1])
        ):
            ctx.log("replace", text, text, i)
            out[i] = Block("heading", text)
    return out
