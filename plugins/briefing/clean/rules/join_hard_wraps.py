"""join_hard_wraps: single newlines inside a paragraph are hard wraps; join them.

Runs first so every later rule sees whole sentences. A line ending in a hyphen is a broken word
(`nego-` / `tiations` -> `negotiations`) unless the part before the hyphen is itself a compound
or a capitalised name (`al-Qaeda-` / `linked` -> `al-Qaeda-linked`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Block

if TYPE_CHECKING:
    from .. import Context

_HYPHEN_BREAK = re.compile(r"(?<!\S)(\S*?)-[ \t]*\n[ \t]*(\S)")  # starts only at a word start: linear
_WRAP = re.compile(r"[ \t]*\n[ \t]*")


def _join_hyphen(match: re.Match) -> str:
    head, next_char = match.group(1), match.group(2)
    keep_hyphen = "-" in head or not head.isalpha()
    return f"{head}-{next_char}" if keep_hyphen else f"{head}{next_char}"


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
            text = _HYPHEN_BREAK.sub(_join_hyphen, block.text.strip())
            text = _WRAP.sub(" ", text)
            ctx.log("join", block.text, text, i)
            block = block.with_text(text)
        out.append(block)
    return out
