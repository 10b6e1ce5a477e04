"""Gates and rewritten scans in reactions and stance: each must find what the plain form finds."""

import re

from hypothesis import given, settings, strategies as st

from briefing.split import reactions, stance
from briefing.split.lexicon import trie_pattern

# Text before a verb of speech, made of the words and marks the gates look at.
befores = st.lists(st.sampled_from([
    "was", "were", "is", "are", "this", "been", "being", "also", "strongly", "widely", "and", "but", "then",
    "later", "on", "Monday", "in a statement", "in a", "post", "would", "x", "Iran", " ", "  ", "\n", ",", ";",
    ":", "“", "”", '"', "(", ")", "é", "-"]), max_size=12).map("".join)


@settings(max_examples=1500, deadline=None)
@given(befores)
def test_passive_and_coordinated_match_only_where_their_gates_let_them(before):
    trimmed = before.rstrip()
    if reactions._PASSIVE.search(before, max(0, len(before) - 30)):
        assert trimmed.endswith(reactions._PASSIVE_LAST_WORDS)
    if reactions._COORDINATED.search(before, max(0, len(before) - 20)):
        assert trimmed.endswith(reactions._COORDINATED_LAST)


@settings(max_examples=1500, deadline=None)
@given(befores)
def test_adverbials_start_where_the_search_alone_finds_them(before):
    plain = reactions._ADVERBIALS.search(before, max(0, len(before) - 80))
    assert reactions._adverbials_start(before) == (plain.start() if plain else len(before.rstrip()))


@settings(max_examples=1500, deadline=None)
@given(befores, st.integers(-2, 40))
def test_last_np_end_is_the_last_mark_finditer_finds(text, end):
    marks = [m.start() for m in reactions._NP_END.finditer(text, 0, max(end, 0))]
    assert reactions._last_np_end(text, end) == (marks[-1] if marks else -1)


def _plain(cues):
    """The cues read the plain way: a trie over the words joined by single spaces, each cue at a word start."""
    rank = {}
    for k, (_, spec) in enumerate(cues):
        for cue in spec.split("|"):
            rank.setdefault(cue[:-1] if cue.endswith("*") else cue + " ", k)
    pattern = re.compile(r"(?<![a-z'’-])(?:" + trie_pattern(rank) + ")")

    def read(text):
        found = [rank[m.group()] for m in pattern.finditer(" ".join(stance._WORD.findall(text)) + " ")]
        return cues[min(found)][0] if found else None

    return read


_PLAIN = [(stance._STANCE_CUES, _plain(stance._CUES)), (stance._PARTICIPLE_CUES, _plain(stance._PARTICIPLES))]
_CUE_WORDS = sorted({w for _, spec in stance._CUES + stance._PARTICIPLES
                     for cue in spec.split("|") for w in cue.rstrip("*").split()})
statements = st.lists(st.one_of(st.sampled_from(_CUE_WORDS), st.sampled_from(
    [" ", " ", "  ", ", ", "-", "'", "’", "re", "s", "ed", "1", "é", "."])), max_size=14).map("".join)


@settings(max_examples=3000, deadline=None)
@given(statements)
def test_cues_are_what_the_single_spaced_words_give(text):
    for cues, plain in _PLAIN:
        assert stance._cues(cues, text) == plain(text)


_VERB_WORDS = sorted({*reactions.SPEECH_VERBS, reactions._ACCORDING})
statements_with_verbs = st.lists(st.one_of(st.sampled_from(_VERB_WORDS), st.sampled_from(
    [" ", "  ", "-", "_", "un", "s", "to", "ing", ",", "1", "é", "İ", "K", "\n", "According", "SAID"])),
    max_size=12).map("".join)


@settings(max_examples=2000, deadline=None)
@given(statements_with_verbs)
def test_verbs_are_every_whole_word_hit_in_text_order(unit):
    lowered = unit.lower()

    def whole(start, end):
        return not (start and (lowered[start - 1].isalnum() or lowered[start - 1] == "-")) and not (
            end < len(lowered) and (lowered[end].isalnum() or lowered[end] == "-"))

    hits = []
    for w in _VERB_WORDS:
        k = lowered.find(w)
        while k >= 0:
            if whole(k, k + len(w)):
                hits.append((k, k + len(w), w))
            k = lowered.find(w, k + 1)
    assert reactions._verbs(unit) == sorted(hits)


paragraphs = st.lists(st.sampled_from(["He said", "x", " ", "  ", ". ", "! ", "“", "”", '"', "Mr. ", "U.S.", "A", "3"]),
                      max_size=10).map("".join)


@settings(max_examples=1500, deadline=None)
@given(paragraphs)
def test_statements_are_the_glued_sentences(text):
    assert list(reactions._statements(text)) == list(reactions._glued(text, reactions.sentences_of(text)))
