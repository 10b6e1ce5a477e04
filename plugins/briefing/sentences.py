"""Sentence splitting shared by the cleaner and the splitter (news prose, no model needed)."""

from __future__ import annotations

import re
from functools import lru_cache

# Abbreviations that end with a dot but do not end a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt rep sen gov pres st jr sr no vs etc inc ltd co corp dept "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e".split()
)
_BOUNDARY = re.compile(r"([.!?])([\"”’')\]]*)\s+(?=[\"“‘'(\[]?[A-Z0-9])")


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping closing quotes with their sentence.

    >>> split_sentences('Mr. Kirby spoke. “We will act,” he said. Then U.S. forces left.')
    ['Mr. Kirby spoke.', '“We will act,” he said.', 'Then U.S. forces left.']
    """
    sentences, start = [], 0
    for match in _BOUNDARY.finditer(text):
        end = match.end(2)
        word = text[start:match.start(1)].rsplit(None, 1)[-1] if text[start:match.start(1)].split() else ""
        if match.group(1) == "." and (word.lower().strip("(\"“") in ABBREVIATIONS or len(word) == 1 and word.isupper()):
            continue
        sentences.append(text[start:end].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


@lru_cache(maxsize=1024)
def sentences_of(text: str) -> tuple[str, ...]:
    """`split_sentences`, computed once per paragraph: the splitter reads each paragraph's sentences
    for reactions and again for the summary."""
    return tuple(split_sentences(text))
