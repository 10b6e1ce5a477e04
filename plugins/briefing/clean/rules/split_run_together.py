"""split_run_together: words that lost the space between them ("YehiaRasool", "SecurityCouncil").

A token made of capitalised parts glued together ("Qasem|Soleimani") is split when the evidence says
they are two words: the spaced pair occurs in the article or inside a registry name, or the glued
form is not a word wordfreq knows. It stays whole when it is a known brand or a name with a prefix
(McDonald, MacArthur, DeSantis, PetroChina, TotalEnergies), when wordfreq knows it (YouTube), when
it is a hashtag, handle or web address, or when common words are glued the same way more than once
(a company's own spelling, "CloudSimple"). A very common small word glued to a capitalised one
("inIraq", "theUnited") is split too, unless wordfreq knows the glued form, and so is a sentence or
clause glued to the punctuation before it ("on Monday.The minister", "withdrawn,but"), and a shouted
word or acronym glued to a capitalised one ("ADVERTISEMENTOfficials", "UNSecurity Council").

Runs after unsplice_headlines (a spliced headline also starts with a glued capital) and before the
removal rules: "AdvertisementRead More:" must read "Advertisement Read More:" before they look.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property
from typing import TYPE_CHECKING

from ...model import Block
from ..words import WORD, lower_words, lowered, per_registry, zipf

if TYPE_CHECKING:
    from .. import Context

# Not after "#", "@", "/" or a dot (hashtags, handles, URLs), nor before ".com"-like endings.
# Latin capitals and small letters, accented ones too ("JoséLuis", "ÉmilieDubois").
_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_LO = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.islower())
# Not after "#", "@", "/" or a dot (hashtags, handles, URLs), nor after a hyphen unless the hyphen
# joins a name's parts ("Jean-PierreDupont"); not before ".com"-like endings.
# The pattern starts with the capital (the lookbehinds then check the character before it), so the
# scan skips ahead to capitals.
_GLUED = re.compile(
    rf"([{_UP}])(?:(?<=[{_LO}]-.)|(?<![\w’'#@/.-].))([{_LO}]+)((?:[{_UP}][{_LO}]+)+)(?![\w-]|\.[a-z])"
)
_PART = re.compile(rf"[{_UP}][{_LO}]+")
# Gates start with the rarer character, so the scan skips ahead to capitals or punctuation.
_LOWER_THEN_CAPITAL = re.compile(rf"[{_UP}](?<=[{_LO}][{_UP}])")
# A sentence glued to the one before it ("on Monday.The minister"), a clause to its comma
# ("withdrawn,but"): a space lost after punctuation between words.
_GLUED_PUNCTUATION = re.compile(rf"(?<=[{_LO}]{{2}}[.!?])(?=[{_UP}][{_LO}])|(?<=[{_LO}]{{2}}[,;])(?=[{_LO}]{{2}})")
_PUNCTUATION_THEN_LETTER = re.compile(rf"[.!?,;][{_UP}{_LO}](?<=[{_LO}][.!?,;][{_UP}{_LO}])")
_TOKEN_AROUND = re.compile(r"\S+")
# A shouted word glued to a capitalised one ("ADVERTISEMENTOfficials", "NATOAllies"): the last capital
# starts the next word.
_SHOUTED_GLUED = re.compile(rf"(?<![\w’'#@/.-])([{_UP}]{{2,}})([{_UP}][{_LO}]{{2,}})(?![\w-])")
_SHOUTED_THEN_WORD = re.compile(rf"[{_UP}][{_UP}][{_UP}][{_LO}]")
# One scan says whether a paragraph has any of the three kinds of glue; most have none.
# It starts with one character class (a capital or the punctuation), so the scan skips ahead to those.
_ANY_GLUE = re.compile(
    rf"[{_UP}.!?,;](?:(?<=[{_LO}][{_UP}])|(?<=[{_LO}][.!?,;])(?=[{_UP}{_LO}])|(?<=[{_UP}])(?=[{_UP}][{_UP}][{_LO}]))"
)
NAME_PREFIXES = frozenset({"Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Al", "El", "Fitz", "Ben", "Abu", "Del", "Della", "Dos", "Das"})
# Glued spellings that are the brand's own; wordfreq knows most others (YouTube, LinkedIn, WhatsApp).
BRANDS = frozenset(
    "TotalEnergies PetroChina BlackRock JetBlue FedEx PayPal SoftBank ExxonMobil GlaxoSmithKline AstraZeneca "
    "ArcelorMittal SpaceX OpenAI DeepMind HarperCollins PricewaterhouseCoopers MasterCard "
    "BlackBerry DreamWorks WikiLeaks TikTok GoPro WeChat AliExpress PetroVietnam LafargeHolcim".split()
)
# A function word glued to a name ("inIraq", "theUnited"): the small word is among the commonest.
_GLUED_AFTER_SMALL_WORD = re.compile(r"(?<![\w’'#@/.-])([a-z]{2,4})([A-Z][a-z]+)(?![\w-]|\.[a-z])")
SMALL_WORD_ZIPF = 5.5
KNOWN_WORD_ZIPF = 1.0
COMMON_WORD_ZIPF = 3.0
MAX_QUICK_LOOKS = 4  # then the article's word pairs: linear however many glued words it holds


_NO_LETTERS = re.compile(r"[\W\d_]+")


def _side_by_side(a: str, b: str, text: str) -> bool:
    r"""Whether `a`, characters that are no letters, then `b` stand in the text: what the pattern
    `re.escape(a) + r"[\W\d_]+" + re.escape(b)` finds, without compiling a pattern per pair (real
    articles seldom ask about the same pair twice). `b` starts with a letter, so it can only start
    where the run of non-letters after `a` ends.

    >>> _side_by_side("qasem", "soleimani", "gen. qasem - soleimani"), _side_by_side("qasem", "soleimani", "qasem2x soleimani")
    (True, False)
    """
    at = text.find(a)
    while at != -1:
        gap = _NO_LETTERS.match(text, at + len(a))
        if gap and text.startswith(b, gap.end()):
            return True
        at = text.find(a, at + 1)
    return False


def _pairs(words: list[str]) -> frozenset[tuple[str, str]]:
    return frozenset(zip(words, words[1:]))


@per_registry
def _registry_pairs(names: frozenset[str]) -> frozenset[tuple[str, str]]:
    """Word pairs inside the registry's names."""
    return frozenset(pair for name in names for pair in _pairs(WORD.findall(name.lower())))


class _Evidence:
    """What the article and the registry say about glued words; the article-wide facts are worked
    out on the first question that needs them (most articles never ask)."""

    def __init__(self, blocks: list[Block], names: frozenset[str]):
        self.blocks, self.names = blocks, names
        self.article_pairs: frozenset[tuple[str, str]] | None = None  # word pairs of the article, once needed
        self.looks = 0  # quick looks at the text taken before those pairs

    @cached_property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    @cached_property
    def glued(self) -> Counter[str]:
        return Counter(m.group() for m in _GLUED.finditer(self.text))

    def spaced(self, words: list[str]) -> bool:
        """Whether the lower-cased words stand side by side inside a registry name or in the article."""
        pairs = list(zip(words, words[1:]))
        if all(pair in _registry_pairs(self.names) for pair in pairs):
            return True
        # Side by side in the article, they are the first word, characters that are no letters, the
        # second. A look for that scans the text, so only a few are taken before the pairs are found.
        if self.article_pairs is None and self.looks < MAX_QUICK_LOOKS:
            self.looks += 1
            if not all(_side_by_side(a, b, self.lower) for a, b in pairs):
                return False
        if self.article_pairs is None:
            self.article_pairs = _pairs(lower_words(self.lower))
        return all(pair in self.article_pairs for pair in pairs)


def _should_split(word: str, parts: list[str], evidence: _Evidence) -> bool:
    if evidence.spaced([p.lower() for p in parts]):
        return True
    if word in BRANDS or parts[0] in NAME_PREFIXES or zipf(word) >= KNOWN_WORD_ZIPF:
        return False
    # Common words glued the same way more than once are the article's spelling of a company
    # (CloudSimple, InfoNation); a name that lost its space has a rare part (KataibSayyid).
    return min(zipf(p) for p in parts) < COMMON_WORD_ZIPF or evidence.glued[word] < 2


def _split_small_word(match: re.Match) -> str:
    small, name = match.groups()
    if zipf(small) >= SMALL_WORD_ZIPF and zipf(match.group()) < KNOWN_WORD_ZIPF:
        return f"{small} {name}"
    return match.group()


def _split_shouted(match: re.Match) -> str:
    word = match.group()
    if word in BRANDS or zipf(word) >= KNOWN_WORD_ZIPF:
        return word
    return f"{match.group(1)} {match.group(2)}"


def _space_after_punctuation(text: str) -> str:
    """The text with a space put back after a full stop or comma glued to the next word, except
    inside web addresses, e-mail addresses and handles ("example.com/World,news", "@Desk.News").

    >>> _space_after_punctuation("The talks ended on Monday.The minister left,but aides stayed.")
    'The talks ended on Monday. The minister left, but aides stayed.'
    """
    out, last = [], 0
    for match in _GLUED_PUNCTUATION.finditer(text):
        at = match.start()
        token = next((t for t in _TOKEN_AROUND.finditer(text, max(0, at - 200)) if t.start() <= at <= t.end()), None)
        if token and any(mark in token.group() for mark in ("/", "@", "www", "http")):
            continue
        out.append(text[last:at])
        out.append(" ")
        last = at
    return "".join(out) + text[last:] if out else text


def split_run_together(blocks: list[Block], ctx: Context) -> list[Block]:
    """Put the lost space back between glued words.

    >>> from briefing.clean import Context
    >>> text = "General QasemSoleimani met McDonald executives on YouTube."
    >>> split_run_together([Block("paragraph", text)], Context("t"))[0].text
    'General Qasem Soleimani met McDonald executives on YouTube.'
    """
    evidence = _Evidence(blocks, ctx.known_names)
    registry = lowered(ctx.known_names)

    def fix(match: re.Match) -> str:
        word = match.group()
        if word.lower() in registry:
            return word
        parts = [match.group(1) + match.group(2), *_PART.findall(match.group(3))]
        return " ".join(parts) if _should_split(word, parts, evidence) else word

    out = []
    for i, block in enumerate(blocks):
        text = block.text
        if not _ANY_GLUE.search(text):
            out.append(block)
            continue
        if _PUNCTUATION_THEN_LETTER.search(text):
            text = _space_after_punctuation(text)
        if _SHOUTED_THEN_WORD.search(text):
            text = _SHOUTED_GLUED.sub(_split_shouted, text)
        if _LOWER_THEN_CAPITAL.search(text):  # most paragraphs: nothing glued, nothing to do
            text = _GLUED_AFTER_SMALL_WORD.sub(_split_small_word, _GLUED.sub(fix, text))
        if text != block.text:
            ctx.log("split", block.text, text, i)
            block = block.with_text(text)
        out.append(block)
    return out
