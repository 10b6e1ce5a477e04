"""split_run_together: words that lost the space between them ("YehiaRasool", "SecurityCouncil").

A token made of capitalised parts glued together ("Qasem|Soleimani") is split when the evidence says
they are two words: the spaced form occurs in the article or among the registry's names, or the
glued form is not a word wordfreq knows. It stays whole when it is a known brand or a name with a
prefix (McDonald, MacArthur, DeSantis, PetroChina, TotalEnergies), when the registry names it, or
when wordfreq knows the glued form.

Runs after unsplice_headlines (a spliced headline also starts with a glued capital) and before
balance_quotes and the off-topic test, which count words.
"""

from __future__ import annotations

import re

from ...model import Block
from ..words import WORD, zipf

_GLUED = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)((?:[A-Z][a-z]+)+)(?![\w-])")
_PART = re.compile(r"[A-Z][a-z]+")
NAME_PREFIXES = frozenset({"Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Al", "El", "Fitz", "Ben", "Abu"})
# Glued spellings that are the brand's own; wordfreq knows most others (YouTube, LinkedIn, WhatsApp).
BRANDS = frozenset(
    "TotalEnergies PetroChina BlackRock JetBlue FedEx PayPal SoftBank ExxonMobil GlaxoSmithKline AstraZeneca "
    "ArcelorMittal BioNTech SpaceX OpenAI DeepMind HarperCollins PricewaterhouseCoopers MasterCard SkyNews "
    "BlackBerry DreamWorks WikiLeaks TikTok GoPro WeChat AliExpress PetroVietnam LafargeHolcim".split()
)
KNOWN_WORD_ZIPF = 1.0


def _spaced_in_text(parts: list[str], pairs: set[tuple[str, str]]) -> bool:
    lower = [p.lower() for p in parts]
    return all(pair in pairs for pair in zip(lower, lower[1:]))


def _should_split(word: str, parts: list[str], pairs: set[tuple[str, str]], known: frozenset[str]) -> bool:
    if _spaced_in_text(parts, pairs) or " ".join(parts).lower() in known:
        return True
    if word in BRANDS or word.lower() in known or parts[0] in NAME_PREFIXES:
        return False
    return zipf(word) < KNOWN_WORD_ZIPF


def split_run_together(blocks: list[Block], ctx) -> list[Block]:
    """Put the lost space back between glued words.

    >>> from briefing.clean import Context
    >>> text = "General QasemSoleimani met McDonald executives on YouTube."
    >>> split_run_together([Block("paragraph", text)], Context("t"))[0].text
    'General Qasem Soleimani met McDonald executives on YouTube.'
    """
    pairs: set[tuple[str, str]] | None = None  # adjacent word pairs, built on the first glued word
    known = frozenset(n.lower() for n in ctx.known_names)

    def fix(match: re.Match) -> str:
        nonlocal pairs
        if pairs is None:
            words = WORD.findall("\n".join(b.text for b in blocks).lower())
            pairs = set(zip(words, words[1:]))
        word = match.group()
        parts = [match.group(1), *_PART.findall(match.group(2))]
        return " ".join(parts) if _should_split(word, parts, pairs, known) else word

    out = []
    for i, block in enumerate(blocks):
        text = _GLUED.sub(fix, block.text)
        if text != block.text:
            ctx.log("split", block.text, text, i)
            block = block.with_text(text)
        out.append(block)
    return out
