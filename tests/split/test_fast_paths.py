"""Fast paths that must find exactly what the plain form they stand for finds, on generated text."""

import dataclasses
import re

import pytest
from hypothesis import given, settings, strategies as st

from briefing.model import ACTOR_KINDS, Actor, evolve
from briefing.split import lexicon, people, reactions, stance
from briefing.split.registry import Match

# Text made of the pieces the fast paths treat specially: titles, articles, word edges, capitals.
PIECES = ["Mr", "Mrs", "Ms", "Dr", ".", " ", "\n", "al-", "ash-", "as-", "-", "’", "'", "_", "1", "é", "É",
          "Mc", "Mac", "O'", "D’", "Kirby", "Liu", "Al", "a", "h", "s", "Li", "de ", "bin ", "ZZ"]
texts = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)
words = st.sampled_from(["Kirby", "Liu", "Li", "Al", "Dr", "Ms", "a", "é", "O'Brien", "Jones’"])


@settings(max_examples=600, deadline=None)
@given(texts, words, words)
def test_short_names_find_what_the_per_name_pattern_finds(text, bare, given_name):
    pattern = re.compile(rf"\b(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:{people._ARTICLE})?{re.escape(bare)}\b"
                         rf"|\b(?P<given>{re.escape(given_name)})\b")
    expected = [(m.start(), m.end(), m.lastgroup == "given") for m in pattern.finditer(text)]
    assert people._short_names(text, bare, given_name) == expected


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_name_candidates_are_the_plain_token_runs(text):
    token = people._NAME_TOK.replace("++", "+")  # letter runs that may give letters back
    plain = re.compile(rf"{token}(?:\s(?:{people._PARTICLE}[\s-])?{token}){{1,5}}"
                       rf"|[{people.UP}][{people.LOW}]+[{people.UP}][{people.LOW}]{{2,}}\b")
    assert [m.span() for m in people._CANDIDATE.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_name_words_split_each_word_as_split_run_together_does(text):
    assert people._name_words(text) == " ".join(people._split_run_together(w) for w in text.split())


@settings(max_examples=600, deadline=None)
@given(texts)
def test_lead_starts_are_where_the_plain_pattern_matches(text):
    plain = re.compile(rf"Mr|Ms|Dr|{people._ARTICLE}")
    assert sorted(people._lead_starts(text)) == [m.start() for m in plain.finditer(text)]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["'s", "’s", " ", "  ", "\n", "foreign", "Foreign", "joint", "anti-", "observer", "mission",
                                 "ministry", "Ministry", "agriculture", "of", "and", "Defence", "in", "to", "the", "UN",
                                 "embassy", "armed forces", "x", "-", "."]), max_size=10).map("".join))
def test_organ_heads_are_what_the_plain_pattern_finds(after):
    plain = re.compile(lexicon.ORGAN_HEAD.pattern.replace("++", "+"))
    found, expected = lexicon.ORGAN_HEAD.match(after), plain.match(after)
    assert (found and found.span(1)) == (expected and expected.span(1))


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["also", "has", "on", "Monday", "in a statement", "in a", "then", "x", " ", "  ", "\n",
                                 ",", "said", "would"]), max_size=10).map("".join), st.integers(0, 20))
def test_adverbials_start_where_the_plain_pattern_does(before, pos):
    plain = re.compile(rf"(?:\s+{reactions._ADVERB})+\s*$")
    found, expected = reactions._ADVERBIALS.search(before, pos), plain.search(before, pos)
    assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from([",", " ", "and", "band", "while", "awhile", "appealing", "urging", " on", " the",
                                 "ing", "x", "_", "1", "é"]), max_size=10).map("".join))
def test_participle_clauses_are_what_the_plain_pattern_finds(text):
    plain = re.compile(r"(?:,|\band|\bwhile)\s+([a-z]+ing\b(?:\s+(?:on|for|the|accusations?|allegations?))?)")
    assert stance._PARTICIPLE_CLAUSE.findall(text) == plain.findall(text)


_TEXTS = st.text(max_size=12)


@settings(max_examples=200, deadline=None, database=None)
@given(st.builds(Actor, _TEXTS, _TEXTS, st.sampled_from(ACTOR_KINDS), st.tuples(_TEXTS), st.integers(0, 9),
                 st.booleans(), st.none() | _TEXTS, st.none() | _TEXTS),
       st.dictionaries(st.sampled_from([f.name for f in dataclasses.fields(Actor)]),
                       st.integers(0, 9) | _TEXTS | st.none(), max_size=3))
def test_evolve_is_dataclasses_replace(actor: Actor, changes: dict) -> None:
    assert evolve(actor, **changes) == dataclasses.replace(actor, **changes)


def test_evolve_refuses_a_field_the_class_does_not_have() -> None:
    match = Match(0, 4, "iraq", "Iraq", False, False)
    assert evolve(match, start=2) == dataclasses.replace(match, start=2)
    with pytest.raises(TypeError):
        evolve(match, stat=2)
