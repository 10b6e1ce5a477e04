"""fix_mojibake: UTF-8 text that was once decoded as Latin-1/cp1252 (`â€™` -> `’`, `Ã£` -> `ã`).

Runs right after the hard wraps are joined and before every rule that reads words: a promo label,
a name or a quotation mark hidden inside mojibake would otherwise go unseen. ftfy does the repair;
it is told to leave curly quotes, ligatures, widths, HTML entities and Unicode normal form alone,
so text that is already right comes back unchanged.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ftfy import TextFixerConfig, fix_text

from ...model import Block

if TYPE_CHECKING:
    from .. import Context

_CONFIG = TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)
MAX_PASSES = 3
_DAGGER_BEFORE_WORD = re.compile(r"†(?=\S)")
# What UTF-8 read as Latin-1 or cp1252 looks like: a lead byte (Â-ô) followed by a continuation byte
# (\x80-\xbf, or what cp1252 shows for one), or a stray C1 control. Only such blocks go to ftfy.
_SUSPECT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|[\u0080-\u009f]"
)


def _fix(text: str) -> str:
    """ftfy until nothing changes: one pass can uncover a second layer (a C1 control before an `Â`)."""
    original = text
    for _ in range(MAX_PASSES):
        fixed = fix_text(text, _CONFIG)
        if fixed == text:
            break
        text = fixed
    if "†" not in original:
        # "â€\x9d" (”) often loses its last byte, which cp1252 cannot show; ftfy then reads
        # "â€ " as a dagger and takes the space with it. In news prose a new dagger is that
        # closing quotation mark, followed by the space.
        text = _DAGGER_BEFORE_WORD.sub("” ", text).replace("†", "”")
    return text


def fix_mojibake(blocks: list[Block], ctx: Context) -> list[Block]:
    """Repair mojibake inside each block.

    >>> from briefing.clean import Context
    >>> fix_mojibake([Block("paragraph", "Manilaâ€™s coast guard in SÃ£o TomÃ©")], Context("t"))[0].text
    'Manila’s coast guard in São Tomé'
    """
    out = []
    for i, block in enumerate(blocks):
        if _SUSPECT.search(block.text):
            fixed = _fix(block.text)
            if fixed != block.text:
                ctx.log("replace", block.text, fixed, i)
                block = block.with_text(fixed)
        out.append(block)
    return out
