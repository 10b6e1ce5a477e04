"""fix_mojibake: UTF-8 text that was once decoded as Latin-1/cp1252 (`â€™` -> `’`, `Ã£` -> `ã`).

Runs right after the hard wraps are joined and before every rule that reads words: a promo label,
a name or a quotation mark hidden inside mojibake would otherwise go unseen. ftfy does the repair;
it is told to leave curly quotes, ligatures, widths, HTML entities and Unicode normal form alone,
so text that is already right comes back unchanged.

Five bytes (81, 8D, 8F, 90, 9D) have no cp1252 character, so a strict decoder turns them into
U+FFFD and the mojibake becomes lossy: "â€�" for ”, "Ä�" for Đ or č. ftfy then gives up. Before it
runs, a replacement character right after a lead byte gets back the lost byte that makes the most
plausible character there: a closing quotation mark after a word, a hyphen between letters, a
capital at the start of a word and a small letter inside one (the commonest first), so ftfy can
finish the repair.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
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
_DAGGER_BEFORE_WORD = re.compile(r"†(?=\S)")
# What UTF-8 read as Latin-1 or cp1252 looks like: a lead byte (Â-ô) followed by a continuation byte
# (\x80-\xbf, or what cp1252 shows for one), or a stray C1 control. Only such blocks go to ftfy.
# The pattern starts with one character class (a lead byte or a C1 control), so the scan skips ahead
# to those; ASCII text has neither.
_SUSPECT = re.compile(
    "[\u0080-\u009f\u00c2-\u00f4](?:(?<=[\u0080-\u009f])|[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
    "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122])"
)


_LOST = "\ufffd"
_LOST_BYTES = (0x81, 0x8D, 0x8F, 0x90, 0x9D)  # the bytes cp1252 has no character for
# Which lost byte to guess when several make a letter of the right case: the commoner letters first
# (Á Ł before Đ Ő Ð before Í; č ō before ā).
_UPPER_ORDER = (0x81, 0x90, 0x8D, 0x9D, 0x8F)
_LOWER_ORDER = (0x8D, 0x81, 0x9D, 0x8F, 0x90)
# A lead byte seen through cp1252 (Ã, Ä, Å...), or a three-byte lead and its middle byte (â€), then U+FFFD.
_LOSSY = re.compile("([\u00c3-\u00df]|[\u00e0-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                    "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122])\ufffd")


def _byte(char: str) -> int | None:
    try:
        return char.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(char) if ord(char) < 0x100 else None


@lru_cache(maxsize=256)
def _candidates(lead: str) -> tuple[str, ...]:
    """The characters the lead could have begun, one per lost byte, in _LOST_BYTES order."""
    head = [_byte(c) for c in lead]
    if None in head:
        return ()
    out = []
    for b in _LOST_BYTES:
        try:
            out.append(bytes([*head, b]).decode("utf-8"))
        except UnicodeDecodeError:
            out.append("")
    return tuple(out)


def _restore_lost(match: re.Match) -> str:
    """The mojibake with its lost byte back as a C1 control (which ftfy reads), or unchanged."""
    text, lead = match.string, match.group(1)
    before = text[match.start() - 1: match.start()]
    after = text[match.end(): match.end() + 1]  # only read for a hyphen: letters on both sides
    choices = [(c, b) for c, b in zip(_candidates(lead), _LOST_BYTES) if c]
    letters = [(c, b) for c, b in choices if c.isalpha()]
    if letters:
        want_upper = not before.isalpha()  # news prose: a word starting with an accent is a name
        fitting = [(c, b) for c, b in letters if c.isupper() == want_upper] or letters
        order = _UPPER_ORDER if want_upper else _LOWER_ORDER
        byte = min(fitting, key=lambda cb: order.index(cb[1]))[1]
    else:
        kinds = {unicodedata.category(c): b for c, b in choices}
        between_letters = before.isalpha() and after.isalpha()
        byte = kinds.get("Pd") if between_letters else kinds.get("Pf", kinds.get("Pe"))
        if byte is None:
            return match.group()
    return lead + chr(byte)


def _fix(text: str) -> str:
    """The text through ftfy once: ftfy itself repeats its fixes until nothing changes (a second layer,
    a C1 control before an `Â`, takes two rounds), line by line, and no fix adds or removes a line
    break, so a second call would find nothing (tests)."""
    original = text
    if _LOST in text:
        text = _LOSSY.sub(_restore_lost, text)
    text = fix_text(text, _CONFIG)
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
        if not block.text.isascii() and _SUSPECT.search(block.text):
            fixed = _fix(block.text)
            if fixed != block.text:
                ctx.log("replace", block.text, fixed, i)
                block = block.with_text(fixed)
        out.append(block)
    return out
