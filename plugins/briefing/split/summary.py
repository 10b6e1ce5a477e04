"""Summary: two or three sentences of the article that say what happened, who did it and how the
other side reacted.

Extractive on purpose: every word is the reporter's. The lead sentence goes first (wire copy puts
what happened there); the others are chosen greedily for what they add: words of the story not yet
covered, a reaction from a side the summary has not heard yet, an early place in the article.
A sentence that repeats one already chosen is skipped. An editorial summary in the sidecar wins.
"""

from __future__ import annotations

import re

from ..model import Actor, Document, Reaction
from ..sentences import split_sentences

_STOP = frozenset(
    "a an the and or but of to in on at by for from with as is are was were be been has have had it its this that "
    "these those he she they we i you his her their our not no said says say told also after before over than then "
    "which who whom what when where while would will could can may might should must more most some any all one two "
    "about into out up down against between during since until because if so such there here them him us only other".split()
)
_WORD = re.compile(r"[A-Za-z][\w'’-]+")
_TOO_LONG = 50  # words: a sentence this long crowds out the other two
_REDUNDANT = 0.5  # share of a candidate's content words already in the summary


def summarise(doc: Document, actors: list[Actor], reactions: list[Reaction], limit: int) -> list[str]:
    editorial = doc.metadata.get("summary")
    if editorial:
        return split_sentences(editorial) if isinstance(editorial, str) else [str(s) for s in editorial]
    sentences = [(i, s) for i, b in enumerate(doc.blocks) if b.type == "paragraph"
                 for s in split_sentences(b.text) if _is_prose(s)]
    if not sentences:
        return []
    weights = _term_weights(doc, actors)
    side_of = {}
    for r in reactions:
        side_of.setdefault(_key(r.text), r.actor)
        for s in split_sentences(r.text):
            side_of.setdefault(_key(s), r.actor)
    terms = [set(_terms(s)) for _, s in sentences]
    chosen = [0]
    covered = set(terms[0])
    heard = {side_of.get(_key(sentences[0][1]))}
    while len(chosen) < min(limit, len(sentences)):
        best, best_score = None, 0.0
        for k, (_, sentence) in enumerate(sentences):
            if k in chosen:
                continue
            new = terms[k] - covered
            if not terms[k] or 1 - len(new) / len(terms[k]) > _REDUNDANT:
                continue
            side = next((side_of[key] for key in (_key(sentence),) if key in side_of), None)
            score = sum(weights.get(t, 0.0) for t in new) / (1 + 0.15 * k)
            if side and side not in heard:
                score *= 1.6
            if len(sentence.split()) > _TOO_LONG or sentence.lstrip().startswith(("“", '"')):
                score *= 0.5
            if score > best_score:
                best, best_score = k, score
        if best is None:
            break
        chosen.append(best)
        covered |= terms[best]
        heard.add(side_of.get(_key(sentences[best][1])))
    return [sentences[k][1] for k in sorted(chosen)]


def _is_prose(sentence: str) -> bool:
    return len(sentence.split()) >= 6 and not sentence.rstrip().endswith("?")


def _key(text: str) -> str:
    return " ".join(text.split()).lower()


def _terms(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP]


def _term_weights(doc: Document, actors: list[Actor]) -> dict[str, float]:
    """How central each word is: its frequency in the article and the headline, more for actors' names."""
    counts: dict[str, float] = {}
    for block in doc.blocks:
        for term in _terms(block.text):
            counts[term] = counts.get(term, 0) + 1
    for term in _terms(doc.title):
        counts[term] = counts.get(term, 0) + 3
    for actor in actors[:6]:
        for term in _terms(actor.name):
            counts[term] = counts.get(term, 0) + 2
    return {t: min(c, 8.0) for t, c in counts.items() if c > 1}
