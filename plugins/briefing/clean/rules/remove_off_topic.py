"""remove_off_topic: promotional text that has nothing to do with the story (job ads, newsletter
pitches, app-download and work-from-home spam), most often trailing after the article.

Two measures, no phrase lists: how many of the paragraph's content words the rest of the article
also uses (its topic overlap), and how promotional it sounds (second-person and first-person-plural
address, and the vocabulary of selling: free, subscribe, download, apply, earn, click...). A trailing
paragraph goes when its overlap is low and it sounds promotional (the very last one also when it
is a string of keywords, not a sentence, that shares no content word with the story and has a
selling word: SEO spam, or a keyword string of lower-case search phrases strung together with commas,
whatever words it shares with the story: "border talks news, latest world news today, live updates");
a paragraph inside the article
only when its overlap is lower still and it is clearly a pitch. A sub-heading is judged the same way
(a pitching question line above trailing spam, or "Want more stories like this?" in the middle). A paragraph that reports speech
(quotation marks, "said") or shares its topic with the article is never removed.

Runs last among the removals: earlier rules have taken away bylines, captions and chrome, so what
is left is either story or spam, and the story's vocabulary is clean.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain
from typing import TYPE_CHECKING

from ...model import Block
from ..blocks import drop_indices
from ..words import content_words, promo_score, reports_speech, selling_score, split_words

if TYPE_CHECKING:
    from .. import Context

MAX_TRAILING_OVERLAP = 0.3
MAX_INNER_OVERLAP = 0.15
MIN_TRAILING_SCORE = 3
MIN_INNER_SCORE = 4
MIN_HEADING_SCORE = 2
MIN_DENSITY = 0.12
MAX_PITCH_CHARS = 2000  # a pitch is short; a longer paragraph is story
MIN_UNRELATED_WORDS = 4  # the last paragraph shares not one of them with the story (SEO spam)
MIN_KEYWORD_WORDS = 6
MIN_KEYWORD_PHRASES = 3
MAX_KEYWORD_PHRASE_WORDS = 6
MIN_LOWER_SHARE = 0.8
_PHRASE_SEPARATORS = re.compile(r"\s*[,|;]\s*")


def _is_keyword_string(text: str) -> bool:
    """Search phrases strung together: no sentence end, several short comma-separated phrases, almost
    every word in lower case (names too: "geneva news").

    >>> _is_keyword_string("border talks geneva news, latest world news today, breaking news live updates")
    True
    >>> _is_keyword_string("Talks resume in Geneva, Vienna and Oslo next week, officials in both capitals said")
    False
    """
    text = text.strip()
    if text.endswith((".", "!", "?", "\"", "”")) or "," not in text and "|" not in text:
        return False
    words = text.split()
    phrases = [p for p in _PHRASE_SEPARATORS.split(text) if p]
    if len(words) < MIN_KEYWORD_WORDS or len(phrases) < MIN_KEYWORD_PHRASES:
        return False
    if max(len(p.split()) for p in phrases) > MAX_KEYWORD_PHRASE_WORDS:
        return False
    lower = sum(1 for w in words if not w[:1].isupper())
    return lower >= MIN_LOWER_SHARE * len(words)


def _overlap(words: set[str], shared: set[str]) -> float:
    """Share of the paragraph's content words that the rest of the article also uses; `shared` holds
    the words that more than one block (or the headline) uses."""
    if not words:
        return 0.0
    return len(words & shared) / len(words)


def _is_pitch_heading(text: str, words: set[str], shared: set[str], trailing: bool) -> bool:
    """A question line that pitches, off the story's topic: "Looking for a rewarding career abroad?"
    over trailing spam (one selling word is enough there), "Want more stories like this?" inside
    the article (two). Words of address alone ("What can you do?") sell nothing."""
    overlap = _overlap(words, shared)
    if overlap > MAX_TRAILING_OVERLAP:
        return False
    selling = selling_score(text)
    if not selling:
        return False
    return trailing or overlap <= MAX_INNER_OVERLAP and promo_score(text) >= MIN_HEADING_SCORE


def remove_off_topic(blocks: list[Block], ctx: Context) -> list[Block]:
    """Drop promotional paragraphs unrelated to the article.

    >>> from briefing.clean import Context
    >>> story = ["Sudan's army and the RSF resumed talks in Jeddah on Monday.",
    ...          "The army said the RSF must leave Khartoum before any truce in Jeddah.",
    ...          "Earn $500 a day working from home! Click the link in our bio today. Limited places."]
    >>> [b.text for b in remove_off_topic([Block("paragraph", t) for t in story], Context("t"))]
    ["Sudan's army and the RSF resumed talks in Jeddah on Monday.", 'The army said the RSF must leave Khartoum before any truce in Jeddah.']
    """
    words = [content_words(b.text) for b in blocks]
    counts = Counter(chain.from_iterable([*words, content_words(ctx.title)]))  # in how many blocks
    shared = {w for w, n in counts.items() if n > 1}
    drop: set[int] = set()

    def _drop(i: int) -> None:
        """Drop a block; its words no longer vouch for the topic of the blocks before it (spam for spam)."""
        drop.add(i)
        for w in words[i]:
            counts[w] -= 1
            if counts[w] == 1:
                shared.discard(w)

    trailing = True
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        text = block.text
        if not words[i]:
            continue  # no content words ("Thanks!"): nothing to judge
        if block.type == "heading":
            if not reports_speech(text) and _is_pitch_heading(text, words[i], shared, trailing):
                _drop(i)
                continue
            trailing = False
            continue
        if len(text) > MAX_PITCH_CHARS or reports_speech(text):
            trailing = False
            continue
        if i == len(blocks) - 1 and block.type == "paragraph" and _is_keyword_string(text):
            _drop(i)
            continue
        overlap = _overlap(words[i], shared)
        if overlap > MAX_TRAILING_OVERLAP:  # on topic: the common case, decided without scoring
            trailing = False
            continue
        if not trailing and overlap > MAX_INNER_OVERLAP:  # inside the article only a lower overlap is judged
            continue
        score = promo_score(text)
        dense = score >= MIN_DENSITY * max(len(split_words(text)), 1)
        unrelated_last = (
            i == len(blocks) - 1 and overlap == 0 and len(words[i]) >= MIN_UNRELATED_WORDS and score >= 1
            and not text.rstrip().endswith((".", "!", "?"))  # a keyword string, not a sentence
        )
        if trailing and (score >= MIN_TRAILING_SCORE and dense or unrelated_last):
            _drop(i)
            continue
        trailing = False
        if overlap <= MAX_INNER_OVERLAP and score >= MIN_INNER_SCORE and dense:
            _drop(i)
    return drop_indices(blocks, ctx, drop)
