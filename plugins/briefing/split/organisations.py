"""Organisations discovered in text: names that end in an organisation's noun, and their kind.

"Kurdistan Regional Government", "Council for the Defence of the Homeland", "the Martyrs of the
Dawn movement", "NATO's Allied Maritime Command" (a body of a known actor). A name that starts
with a state and ends in an organ's noun is that state's organ ("Sudanese Armed Forces"); one that
only starts with a state is not ("Sudan Doctors Network").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import evolve
from .lexicon import (FUNCTION_WORDS, MEDIA_HEAD, NOT_NAMES, ORG_HEADS, ORG_JOINERS, ORGAN_HEAD, PORTFOLIO_RE,
                      STATE_ORGAN_HEADS, UP, trie_pattern)
from .registry import Match, Registry


# A run of capitalised words never runs on past a sentence's end ("... the Space Launch System. At the
# assembly plant ..."); an abbreviation's full stop ("U.S.", "Dr.", "St.") is no end.
_CAP_RUN = re.compile(rf"[{UP}][\w'’.&-]*(?:(?<![a-z][a-z]\.)\s+(?:(?:of|for|the|and|to|in|de|du|des|al)\s+)*[{UP}][\w'’.&-]*)*")
_LOWER_HEAD = re.compile(r"\s+(?:movement|group|militia|brigades?|faction|alliance|coalition|front|network)\b")
_APPOSITIVE_HEAD = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:party|movement|group|militia|alliance|coalition|faction|"
    r"organi[sz]ation|agency|company|network|bloc|union|rebels|insurgents)\s*[,.]"
)
_HEAD_IN = re.compile(rf"\b(?:{trie_pattern(ORG_HEADS)})\b")  # only asked whether one is there
_TOKEN = re.compile(r"[\w'’.&-]+")
# A run that is one of these words alone ("The", "Monday") names nothing: it holds no head, and the
# rules below that need no head keep only name tokens, which function words are not.
_LONE_WORDS = frozenset(w for w in FUNCTION_WORDS if not _HEAD_IN.search(w))
_NOT_FIRST = FUNCTION_WORDS | ORG_JOINERS  # words a name never starts with
_LEADING_THE = re.compile(r"^(?:the|The) ")
_LETTERS = re.compile(r"[A-Za-z]+")
POSSESSIVE_END = re.compile(r"(?:'s|’s)$")
_ARMED_WORDS = frozenset(
    "army forces brigade brigades militia militias front command liberation resistance martyrs mujahideen jihad "
    "battalion battalions guards rebels insurgents fighters".split()
)
_MEDIA_WORDS = frozenset("television tv radio broadcasting broadcaster".split())
STATELESS = "?"  # marks an organ named without its state ("the Interior Ministry")
ORGAN_WORDS = frozenset("foreign defence defense interior justice home finance trade commerce health".split())


def within(known: list[Match], start: int, end: int) -> list[Match]:
    return [m for m in known if start <= m.start and m.end <= end]


def org_names(text: str, registry: Registry, known: list[Match]):
    """Capitalised runs that end in an organisation noun: (start, end, name, affiliation id).

    The noun may also follow in lower case: "the Martyrs of the Dawn movement"."""
    for run in _CAP_RUN.finditer(text):
        if run.group() in _LONE_WORDS:
            continue
        if _HEAD_IN.search(run.group()):
            yield from _org_in_run(text, list(_TOKEN.finditer(text, run.start(), run.end())), registry, known)
            continue
        head = _LOWER_HEAD.match(text, run.end())
        if not head and not text.startswith(",", run.end()):
            continue  # neither a lower-case head nor an apposition follows the run
        tokens = [t for t in _TOKEN.findall(run.group()) if t not in FUNCTION_WORDS and t[:1].isupper()]
        if not head and tokens:  # and a comma follows
            kind = _APPOSITIVE_HEAD.match(text, run.end())
            if kind and sum(m.end - m.start for m in within(known, run.start(), run.end())) \
                    < len(run.group().strip()) - 3 and not any(t in NOT_NAMES for t in tokens):
                # "Georgian Dream, the ruling party, said": the apposition says what the name is
                stop = text.rfind(". ", run.start(), run.end())  # "on Sunday. Georgian Dream, ...": a new sentence
                start = _past_function_words(text, stop + 2 if stop >= 0 else run.start())
                if start < run.end():
                    yield start, run.end(), text[start:run.end()], None
                continue
        if head and len(tokens) >= 2 and not within(known, run.start(), run.end()) and "-" not in run.group():
            start = _past_function_words(text, run.start())
            yield start, head.end(), text[start:head.end()], None


def _past_function_words(text: str, start: int) -> int:
    """Where a name starts once the words before it that name nothing ("The", "According") are passed."""
    while text[start:].split(" ", 1)[0] in FUNCTION_WORDS:
        start = text.index(" ", start) + 1
    return start


def _org_in_run(text: str, run: list[re.Match], registry: Registry, known: list[Match]):
    while run and run[-1].group().rstrip(".") in ORG_JOINERS:
        run = run[:-1]
    while run and run[0].group() in _NOT_FIRST:
        run = run[1:]
    for k, tok in enumerate(run[1:], 1):
        # "the Security Council in Cairo": a known name, then where it met
        if tok.group() in ("in", "at") and _LEADING_THE.sub("", text[run[0].start():run[k - 1].end()]) \
                in registry.surfaces:
            run = run[:k]
            break
    for k, tok in enumerate(run[1:], 1):  # "the Arab League in March": a date, not part of the name
        if tok.group() in ORG_JOINERS and k + 1 < len(run) and run[k + 1].group() in FUNCTION_WORDS:
            run = run[:k]
            break
    for k, tok in enumerate(run):
        if tok.group() == "and" and k and (run[k - 1].group() in ORG_HEADS
                                           or within(known, run[0].start(), run[k - 1].end())):
            yield from _org_in_run(text, run[:k], registry, known)
            yield from _org_in_run(text, run[k + 1:], registry, known)
            return
        if k + 1 == len(run) or not tok.group().endswith(("'s", "’s")):
            continue
        owner = within(known, run[0].start(), tok.end() - 2)
        if owner and owner[0].start == run[0].start() and owner[-1].end == tok.end() - 2 \
                and registry.get(owner[-1].actor).kind != "state":  # a state's are its organs, named below
            # "the People's Liberation Army's Eastern Theater Command": a body of a known actor
            for start, end, name, _ in _org_in_run(text, run[k + 1:], registry, known):
                yield start, end, name, owner[-1].actor
            return
    heads = [t.group() in ORG_HEADS or t.group().endswith((".", "'s", "’s")) and is_head(t.group()) for t in run]
    for k, tok in enumerate(run[:-1]):
        # "Chief Cabinet Secretary Ren Okabe": a head inside a title is no organisation
        if heads[k + 1] and not heads[k] and tok.group()[:1].isupper():
            title = PORTFOLIO_RE.match(text[tok.start():run[-1].end() + 1])
            if title and tok.start() + title.end() > run[k + 1].end():
                run = run[:k]
                break
    last_head = max((k for k, h in enumerate(heads[:len(run)]) if h), default=None)
    if last_head is not None and last_head + 1 < len(run) and run[last_head + 1].group() not in ORG_JOINERS:
        # "UN Security Council Resolution 1701": after its head a name goes on only through "of", "for"...
        run = run[:last_head + 1]
    if last_head is None or len(run) < 2:
        return
    start, end = run[0].start(), run[-1].end()
    name = text[start:end].rstrip(".,")
    end = start + len(name)
    if name.endswith(("'s", "’s")):
        name, end = name[:-2], end - 2
    if _LEADING_THE.sub("", name) in registry.surfaces:
        return
    inner = [evolve(m, start=m.start - start, end=m.end - start) for m in within(known, start, end)]
    # "Interior Ministry" alone names its state only through the story; a run that is mostly
    # registry names is the registry's.
    if all(t.group().rstrip(".") in ORG_HEADS or t.group().lower() in ORGAN_WORDS for t in run):
        if run[-1].group() == "Ministry":
            yield start, end, name, STATELESS
        return
    if inner and sum(m.end - m.start for m in inner) >= len(name) - 3:
        return
    # "Sudan's Armed Forces" speak for Sudan; "Sudan Doctors Network" does not
    state_first = inner and inner[0].start == 0 and registry.get(inner[0].actor).kind == "state"
    owner = inner[0].actor if state_first and is_head(run[last_head].group(), STATE_ORGAN_HEADS) else None
    if owner and (ORGAN_HEAD.match(name[inner[0].end:]) or MEDIA_HEAD.match(name[inner[0].end:])):
        return  # a state's organ: _registry_mentions names it the same way whatever its case
    yield start, end, name, owner


def org_kind(name: str, affiliation: str | None) -> str:
    """An armed group by the words armed groups name themselves with, unless a state owns it."""
    words = set(_LETTERS.findall(name.lower()))
    if words & _MEDIA_WORDS:
        return "media"
    return "armed-group" if words & _ARMED_WORDS and affiliation is None else "organisation"


@lru_cache(maxsize=4096)  # asked of every word of every name candidate
def is_head(word: str, heads: frozenset[str] = ORG_HEADS) -> bool:
    """ "Forces", "Ministry's", "Corps." all end an organisation's name."""
    return POSSESSIVE_END.sub("", word.rstrip(".")) in heads
