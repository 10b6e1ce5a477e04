"""remove_trailing_tags: the run of tag, topic or counter lines that ends a pasted page ("Asia",
"Afghanistan", "United States"; gallery counters such as "6").

After the story's last paragraph, a run of two or more lines of at most a few words, each starting
with a capital or a digit and none ending like a sentence, is the page's tag list. A single short
last line is left alone: it may be a sign-off the story needs.

Runs after captions and chrome, whose lines would otherwise hide the end of the story.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Block
from ..blocks import drop_indices
from ..words import split_words

if TYPE_CHECKING:
    from .. import Context

_TAG = re.compile(r"[A-Z0-9][^.!?:;\"“”]*")
MAX_TAG_WORDS = 4
MIN_RUN = 2


def _is_tag(block: Block) -> bool:
    text = block.text.strip()
    return block.type == "paragraph" and len(split_words(text)) <= MAX_TAG_WORDS and bool(_TAG.fullmatch(text))


def remove_trailing_tags(blocks: list[Block], ctx: Context) -> list[Block]:
    """Drop the run of tag lines at the end.

    >>> from briefing.clean import Context
    >>> blocks = [Block("paragraph", "Talks resume in Doha next week."), Block("paragraph", "Asia"),
    ...           Block("paragraph", "United States")]
    >>> [b.text for b in remove_trailing_tags(blocks, Context("t"))]
    ['Talks resume in Doha next week.']
    """
    start = len(blocks)
    while start > 0 and _is_tag(blocks[start - 1]):
        start -= 1
    if len(blocks) - start < MIN_RUN or start == 0:
        return blocks
    return drop_indices(blocks, ctx, range(start, len(blocks)))
