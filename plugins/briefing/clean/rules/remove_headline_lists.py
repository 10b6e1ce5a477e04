"""remove_headline_lists: "Trending", "Most read", "Related articles", "DON'T MISS" lists of other stories.

A list label on its own line, then a run of lines that are not sentences (no full stop): other
stories' headlines, kickers, counters, tags ("Topics", "Places in this Story"). The label and the run go; the run ends at the
first line that reads as a sentence, at a sub-heading block or after MAX_RUN lines. A label with
nothing headline-like after it is left to the chrome and promo rules.

Runs before promo links and chrome, which would otherwise take the label alone and leave the list.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Block
from ..words import split_words

if TYPE_CHECKING:
    from .. import Context

_LIST_LABEL = re.compile(
    r"(?i:(?:trending|popular|most\s+(?:read|popular|viewed|shared|watched)|top\s+stories|latest(?:\s+news)?|related"
    r"|recommended|more\s+(?:on|from|stories|news)|editor[’']?s\s+picks?|don[’']?t\s+miss|read\s+next|up\s+next"
    r"|you\s+may\s+also\s+like|more|see\s+also|in\s+other\s+news|what\s+to\s+read\s+next|topics|tags|trends"
    r"|read\s+more|also\s+read|read\s+also|further\s+reading|more\s+to\s+read|related\s+links|you\s+might\s+also\s+like"
    r"|(?:places|organi[sz]ations|people|companies)\s+in\s+(?:this|the)\s+story)"
    r"(?:\s+[\w’']+){0,4}?\s*(?:today|now|articles?|stories|news|headlines|in\s+[\w ]{1,30})?\s*:?)"
)
# A full stop anywhere, or a closing question mark or colon, means prose (or a genuine sub-heading).
_SENTENCE_END = re.compile(r"[.]['\"”’)]*(?:\s|$)|[?:]['\"”’)]*$")
_TRENDS = re.compile(r"(?i:trends?|tags|topics)\s*:\s*[^.\n]{1,80}")  # a label that carries its first item
MAX_ITEM_WORDS = 60
MAX_RUN = 30
MAX_LABEL_CHARS = 120


def _is_item(block: Block) -> bool:
    """A headline under the label: a short line that is no sentence, or a whole list block of them."""
    text = block.text.strip()
    if block.type == "list":
        return True
    return block.type != "heading" and 0 < len(split_words(text)) <= MAX_ITEM_WORDS and not _SENTENCE_END.search(text)


def remove_headline_lists(blocks: list[Block], ctx: Context) -> list[Block]:
    """Drop a list label and the headlines under it.

    >>> from briefing.clean import Context
    >>> blocks = [Block("paragraph", "Most read in world news"), Block("paragraph", "Floods hit the north"),
    ...           Block("paragraph", "Minister resigns over scandal"), Block("paragraph", "Troops left on Monday.")]
    >>> [b.text for b in remove_headline_lists(blocks, Context("t"))]
    ['Troops left on Monday.']
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        run_end = i + 1
        label = block.text.strip()
        if block.type != "list" and len(label) < MAX_LABEL_CHARS and (_LIST_LABEL.fullmatch(label) or _TRENDS.fullmatch(label)):
            while run_end < len(blocks) and run_end - i <= MAX_RUN and _is_item(blocks[run_end]):
                run_end += 1
        if run_end - i >= 2:
            for j in range(i, run_end):
                ctx.log("remove", blocks[j].text, "", j)
            i = run_end
            continue
        out.append(block)
        i += 1
    return out
