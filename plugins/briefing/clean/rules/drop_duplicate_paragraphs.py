"""drop_duplicate_paragraphs: a paragraph repeated verbatim keeps only its first copy.

Scrapers repeat a paragraph when a page shows it twice (a pull quote, a teaser, a paginated
page). Copies are compared with whitespace and case folded. Short lines (sub-headings, "Report")
are left alone, and so is text that comes three times or more: that is a refrain the author meant
(a recipe's repeated step, an interview's recurring question), not a scraping slip.

A paragraph that repeats the headline word for word is a copy too (pages print the headline again
above the story), and so is a pull quote: a quote block whose words, without their quotation marks,
the story already prints inside one of its paragraphs.

Runs after promo links are cut from paragraph ends, so a copy with a glued promo counts as a copy.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ...model import Block
from ..words import split_words

if TYPE_CHECKING:
    from .. import Context

MIN_WORDS = 8
MAX_COPIES = 2
_QUOTE_EDGES = "\"“”‘’' .,;:!?—–-"


def _pull_quote_key(text: str) -> str:
    return " ".join(text.split()).casefold().strip(_QUOTE_EDGES)


def drop_duplicate_paragraphs(blocks: list[Block], ctx: Context) -> list[Block]:
    """Keep the first copy of each repeated paragraph.

    >>> from briefing.clean import Context
    >>> text = "The army said it would hold its positions along the river."
    >>> [b.text for b in drop_duplicate_paragraphs([Block("paragraph", text), Block("paragraph", text)], Context("t"))]
    ['The army said it would hold its positions along the river.']
    """
    words = [split_words(block.text) for block in blocks]
    keys = [" ".join(w).casefold() for w in words]  # as many words as the text: case folding adds no space
    copies = Counter(keys)
    headline = " ".join(ctx.title.split()).casefold()
    if len(copies) == len(keys) and headline not in copies and not any(b.type == "quote" for b in blocks):
        return list(blocks)  # no text twice, no headline, no pull quote: nothing to drop (most articles)
    seen: set[str] = set()
    story = [key for block, key in zip(blocks, keys) if block.type == "paragraph"]
    out = []
    for i, (block, key, n_words) in enumerate(zip(blocks, keys, map(len, words))):
        if key == headline and block.type != "heading":
            ctx.log("remove", block.text, "", i)
            continue
        if block.type == "quote" and n_words >= MIN_WORDS:
            pulled = _pull_quote_key(block.text)
            if any(pulled in paragraph for paragraph in story):
                ctx.log("remove", block.text, "", i)
                continue
        if n_words >= MIN_WORDS and copies[key] <= MAX_COPIES:
            if key in seen:
                ctx.log("remove", block.text, "", i)
                continue
            seen.add(key)
        out.append(block)
    return out
