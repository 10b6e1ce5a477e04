"""unsplice_headlines: another story's headline spliced into the middle of a word.

Scrapers sometimes drop a related-story link inside a word: "according to PentaIranian military ship
attacked by Israelgon spokesperson". The seam is a word fragment ending in a lower-case letter
directly followed by a capital ("Penta|Iranian"); the splice ends inside a later token
("Israel|gon") whose tail joins the fragment into a real word ("Pentagon"). A join counts as a
word when wordfreq knows it, the article uses it elsewhere, or the registry names it; and it must
be clearly more of a word than the token it is cut from ("lowland" is a word, "Switzerland" more so),
so "DeSantis signed a deal" is never read as a splice ending in "de|al". A headline pasted in its
quotation marks ("bid\"Drone strike hits depot\"ding") has a seam at the opening mark and must end
right after the closing one; quotation marks glued inside a word on both sides are evidence enough,
so the join need only be a word ("bid" + "ding"). The fragment must be less of
a word than the join ("You" is a word, so "YouTube ... TotalEnergies" is no "You|s"), and a glued
token wordfreq knows (YouTube, LinkedIn) is no seam at all. The shortest splice wins.

Runs right after the mojibake fix and before run-together words are split, which would otherwise
cut "PentaIranian" into "Penta Iranian"; the removal rules after it then see whole words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ...model import Block
from ..words import lowered, vocabulary, zipf

if TYPE_CHECKING:
    from .. import Context

# A seam starts at a capital or digit (or a quotation mark before one) right after a lower-case
# letter; the pattern starts with that rarer character, so the scan skips ahead to it.
_SEAM = re.compile(r"[A-Z0-9\"“‘](?<=[a-z].)(?:(?<=[A-Z0-9])|(?=[A-Z0-9]))")
_OPENING_QUOTES = "\"“‘"
_CLOSING_QUOTES = "\"”’"
_LETTERS_BEFORE = re.compile(r"[^\W\d_]{1,40}$")
_TOKEN = re.compile(r"\S+")
_TAIL = re.compile(r"[a-z]{2,}")  # a run of small letters a cut may leave as the splice's tail
_GLUED_WORD = re.compile(r"[^\W\d_]{1,40}")
NAME_PREFIXES = frozenset({"Mc", "Mac", "De", "Di", "Le", "La", "Van", "Von", "Du", "Da", "Al", "El", "i", "e"})
MAX_SPLICE_WORDS = 16
MAX_SEAMS = 200  # per article: real text has a handful; the caps keep adversarial input linear
WINDOW = 300  # characters after a seam where its splice must end
MIN_WORD_ZIPF = 2.0
MARGIN_ZIPF = 1.0


def _find_splice(text: str, seam_end: int, is_known: Callable[[str], bool]) -> tuple[int, int, str] | None:
    """(start, end, word) of the first splice that starts at this seam, or None."""
    letters = _LETTERS_BEFORE.search(text, max(0, seam_end - 40), seam_end)
    fragment = letters.group()
    quoted = text[seam_end] in _OPENING_QUOTES
    glued = _GLUED_WORD.match(text, letters.start())
    if fragment in NAME_PREFIXES or len(fragment) < 2 or not quoted and zipf(glued.group()) >= MIN_WORD_ZIPF:
        return None  # a name prefix or a CamelCase word (YouTube), not a seam
    start = seam_end
    fragment_zipf = 0.0 if quoted else zipf(fragment)  # the same for every cut below
    for n, token in enumerate(_TOKEN.finditer(text, start, start + WINDOW)):
        if n > MAX_SPLICE_WORDS:
            return None
        if n == 0 or text.find(". ", start, token.start()) >= 0:
            continue
        word = token.group()
        # A cut leaves a tail of two or more small letters up to the end of their run, so only cuts
        # inside such a run are tried; the token's core up to the run's end, and so what the join
        # must reach, is the same for each.
        for run in _TAIL.finditer(word):
            end = run.end()
            core_zipf = zipf(word[:end])
            may_be_named = core_zipf == 0 and fragment_zipf == 0
            floor = MIN_WORD_ZIPF if quoted else max(MIN_WORD_ZIPF, core_zipf + MARGIN_ZIPF, fragment_zipf)
            for cut in range(max(run.start(), 1), end - 1):
                if quoted and word[cut - 1] not in _CLOSING_QUOTES:
                    continue
                joined = fragment + word[cut:end]
                # the cheap frequency tests first; the vocabulary lookup only when they leave it open
                if may_be_named and is_known(joined.lower()) or zipf(joined) >= floor:
                    return letters.start(), token.start() + end, joined
    return None


def unsplice_headlines(blocks: list[Block], ctx: Context) -> list[Block]:
    """Cut spliced headlines out of words.

    >>> from briefing.clean import Context
    >>> text = "Inspectors counted the ammuniFloods close three mountain passestion crates."
    >>> unsplice_headlines([Block("paragraph", text)], Context("t"))[0].text
    'Inspectors counted the ammunition crates.'
    """
    known: tuple[frozenset[str], ...] = ()

    def is_known(word: str) -> bool:
        """Whether the article uses the word or the registry names it (worked out on the first question)."""
        nonlocal known
        if not known:
            known = (vocabulary(b.text for b in blocks), lowered(ctx.known_names))
        return any(word in words for words in known)

    out = []
    budget = MAX_SEAMS
    for i, block in enumerate(blocks):
        text = block.text
        pos = 0
        while budget > 0:
            seam = _SEAM.search(text, pos + 1)  # where the seam starts: after a letter at pos or later
            if not seam:
                break
            budget -= 1
            found = _find_splice(text, seam.start(), is_known)
            if found is None:
                pos = seam.start()
                continue
            begin, end, word = found
            ctx.log("replace", text[begin:end], word, i)
            text = text[:begin] + word + text[end:]
            pos = begin + len(word)
        out.append(block if text == block.text else block.with_text(text))
    return out
