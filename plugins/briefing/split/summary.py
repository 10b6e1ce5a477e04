"""Summary: two or three sentences of the article that say what happened, who did it and how the
other side reacted.

Extractive on purpose: every word is the reporter's. The lead sentence goes first (wire copy puts
what happened there). The next is the first reaction from a side the lead does not already speak
for, however late it comes: "how the other side reacted" is what a lead-only summary misses. The
rest are chosen greedily for the story's words they add, earlier sentences first. A sentence that
mostly repeats one already chosen is skipped. An editorial summary in the sidecar wins.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain, filterfalse

from ..model import Actor, Document, Reaction
from ..sentences import sentences_of, split_sentences

_STOP = frozenset(
    "a an the and or but of to in on at by for from with as is are was were be been has have had it its this that "
    "these those he she they we i you his her their our not no said says say told also after before over than then "
    "which who whom what when where while would will could can may might should must more most some any all one two "
    "about into out up down against between during since until because if so such there here them him us only "
    "other".split()
)
_WORD = re.compile(r"[a-z][\w'’-]+")
_TOO_LONG = 50  # words: a sentence this long crowds out the other two
_REDUNDANT = 0.5  # share of a candidate's content words already in the summary
_DANGLING = re.compile(r"^(?:He|She|It|They|Its|Their|His|Her|This|These)\b")  # needs the sentence before it


def summarise(doc: Document, actors: list[Actor], reactions: list[Reaction], limit: int) -> list[str]:
    editorial = doc.metadata.get("summary")
    if editorial:
        return split_sentences(editorial) if isinstance(editorial, str) else [str(s) for s in editorial]
    sentences, fits = _prose(doc)
    if not sentences:
        return []
    term_lists = [_terms(s) for s in sentences]
    terms = [set(t) for t in term_lists]
    side_of = _sides(sentences, reactions)
    # the lead's own side: who speaks in it, else who acts first in it; a party it only names as a
    # target ("struck PKK positions") is the other side, whose reaction the summary should carry
    named = sorted((sentences[0].find(n), a.id) for a in actors for n in (a.name, *a.aliases)
                   if len(n) > 2 and n in sentences[0])
    not_other = {side_of(0) or (named[0][1] if named else None), None}
    chosen = [0]
    other = next((k for k in range(len(sentences)) if fits[k] and side_of(k) not in not_other
                  and _uncovered(terms[k], terms[0])), None)
    if other is not None and limit > 1:
        chosen.append(other)
    weight = _term_weights(doc, actors, term_lists).__getitem__  # every sentence's terms are counted
    while len(chosen) < min(limit, len(sentences)):
        covered = set().union(*(terms[k] for k in chosen))
        scores = {}
        for k in range(len(sentences)):
            new = set() if k in chosen else _uncovered(terms[k], covered)
            if new:
                scores[k] = sum(map(weight, new)) / (1 + 0.15 * k) * (1 if fits[k] else 0.5)
        if not scores:
            break
        chosen.append(max(scores, key=scores.get))
    return [sentences[k] for k in sorted(chosen)]


def _prose(doc: Document) -> tuple[list[str], list[bool]]:
    """The paragraphs' sentences that are prose (six words or more, not a question), and whether each
    fits a summary: short enough, not a bare quotation, readable without the sentence before it."""
    sentences, fits = [], []
    for block in doc.blocks:
        if block.type == "paragraph":
            for sentence in sentences_of(block.text):
                words = len(sentence.split())
                if words >= 6 and not sentence.rstrip().endswith("?"):
                    sentences.append(sentence)
                    fits.append(words <= _TOO_LONG and not sentence.lstrip().startswith(("“", '"'))
                                and not _DANGLING.match(sentence))
    return sentences, fits


def _uncovered(terms: set[str], covered: set[str]) -> set[str]:
    """The terms not in `covered`; none when they are too few, the sentence mostly repeating them."""
    new = terms - covered
    return new if terms and (len(terms) - len(new)) / len(terms) <= _REDUNDANT else set()


def _sides(sentences: list[str], reactions: list[Reaction]):
    """Which side reacts in sentence k: the first reaction whose text holds it, else None. Looked up
    only for the sentences the summary asks about."""
    texts = "\n".join(r.text for r in reactions)  # a sentence no reaction holds is not in here either

    def side(k: int) -> str | None:
        sentence = sentences[k]
        return next((r.actor for r in reactions if sentence in r.text), None) if sentence in texts else None

    return side


def _terms(text: str) -> list[str]:
    return list(filterfalse(_STOP.__contains__, _WORD.findall(text.lower())))


def _term_weights(doc: Document, actors: list[Actor], term_lists: list[list[str]]) -> dict[str, float]:
    """How central each word is: its frequency in the article and the headline, more for actors' names."""
    counts = Counter(chain.from_iterable(term_lists))
    for term in _terms(doc.title):
        counts[term] += 3
    for actor in actors[:6]:
        for term in _terms(actor.name):
            counts[term] += 2
    for term in [t for t, c in counts.items() if c > 8]:  # min(c, 8.0): few words are that frequent
        counts[term] = 8.0
    return counts
