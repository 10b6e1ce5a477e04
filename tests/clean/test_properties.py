"""Guarantees of the whole cleaning chain, checked on generated input with hypothesis."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.clean import clean, default_chain
from briefing.model import Block, Document
from briefing.read.text import split_paragraphs, to_blocks

CHAIN = default_chain()
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def run(blocks) -> Document:
    return clean(Document("t.txt", "Headline", tuple(blocks)), CHAIN)


def from_text(text: str) -> list[Block]:
    return list(to_blocks(split_paragraphs(text)))


# Plain news prose: no labels, credits, promotion or stray quotes.
SUBJECTS = ["The army", "The ministry", "Rescue teams", "The council", "Farmers", "The court", "Diplomats", "The port authority"]
VERBS = ["inspected", "closed", "repaired", "discussed", "reopened", "funded", "surveyed", "blocked"]
OBJECTS = ["the northern bridge", "two river crossings", "the fishing harbour", "a grain depot", "the border road", "the old dam"]
WHEN = ["on Monday", "last week", "in March", "after the storm", "before the vote", ""]
NAMES = ["McDonald", "DeSantis", "YouTube", "LinkedIn", "al-Shabaab", "PetroChina", "the Pentagon", "Kataib Hezbollah"]
plain = st.builds(lambda s, v, o, w: f"{s} {v} {o} {w}".strip() + ".", *(st.sampled_from(x) for x in (SUBJECTS, VERBS, OBJECTS, WHEN)))
quoted = st.builds(
    lambda s, o, n: f"“We {o.split()[-1]} {n} soon,” {s.lower()} said, adding that the 2024 budget was “final”.",
    st.sampled_from(SUBJECTS), st.sampled_from(OBJECTS), st.sampled_from(NAMES),
)
dated = st.builds(lambda s, v, n: f"On 3 March 2024, {s.lower()} {v} a site used by {n}.", *(st.sampled_from(x) for x in (SUBJECTS, VERBS, NAMES)))
sentence = st.one_of(plain, quoted, dated)
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
article = st.lists(paragraph, min_size=1, max_size=8, unique=True)  # a repeat would be junk

JUNK = [
    "Advertisement", "Share this article", "Also Read: Ten gadgets for your kitchen", "By Staff Reporter",
    "Updated: 3 Mar 2024, 10:15 GMT", "(Photo: AFP)", "Follow us on X for live updates",
    "Sign up for our free newsletter and get the best stories delivered to your inbox today.",
]


@FAST
@given(st.text())
def test_never_raises_on_any_string(text: str) -> None:
    run(from_text(text))
    run([Block("paragraph", text), Block("list", text), Block("heading", text)])


# Text made of the pieces junk and damage are made of, so generated input actually reaches the rules.
PIECES = list('aBcDeFgh  \n\n.,:;!?"“”‘’\'()[]|-–—/©@#$0123456789ÃâÂ€™œ') + [
    "Read More: ", "By ", "Photo: ", "Also Read: ", "said ", "Advertisement", "Penta", "Israelgon", "Trending\n\n",
]
junk_like = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)

# Inputs hypothesis once found where a later rule undid or extended an earlier one's work.
FOUND = ["\x93Â", "“Ã", "AdvertisementRead More: ", "!Read More: !Read More: ", "a“©", '"aPhoto: ', '"By 0', '"Trending\n\n"',
         "Ã“œ !Also Read: “", "Ã“œ!Also Read: “", "“â€"]


@pytest.mark.parametrize("text", FOUND)
def test_idempotent_on_cases_found_before(text: str) -> None:
    once = run(from_text(text))
    assert run(once.blocks).edits == ()


@FAST
@given(junk_like)
def test_idempotent_on_junk_like_text(text: str) -> None:
    once = run(from_text(text))
    assert run(once.blocks).blocks == once.blocks


@FAST
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300) | article.map("\n\n".join))
def test_idempotent(text: str) -> None:
    once = run(from_text(text))
    twice = run(once.blocks)
    assert twice.blocks == once.blocks
    assert twice.edits == ()


@FAST
@given(article)
def test_clean_text_is_left_alone(paragraphs: list[str]) -> None:
    blocks = [Block("paragraph", p) for p in paragraphs]
    result = run(blocks)
    assert list(result.blocks) == blocks
    assert result.edits == ()


@FAST
@given(article, st.lists(st.sampled_from(JUNK), max_size=5), st.randoms())
def test_on_topic_sentences_survive_junk_around_them(paragraphs: list[str], junk: list[str], rnd) -> None:
    blocks = [Block("paragraph", p) for p in paragraphs]
    for line in junk:
        blocks.insert(rnd.randint(0, len(blocks)), Block("paragraph", line))
    body = " ".join(b.text for b in run(blocks).blocks)
    for p in paragraphs:
        assert p in body


ADVERSARIAL = [
    "aB " * 350_000,
    "aBc" * 350_000,
    '"' * 1_000_000,
    "“ ”" * 350_000,
    "Read More: " * 100_000,
    "By " * 350_000,
    "12:30 " * 170_000,
    "x" * 1_000_000,
    "Credit: " * 130_000,
    ". " * 500_000,
    "PentaIranian military ship attacked " * 30_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:12]))
def test_linear_time_on_a_megabyte(text: str) -> None:
    one_block = [Block("paragraph", text)]
    many_blocks = [Block("paragraph", text[i : i + 100]) for i in range(0, len(text), 100)]
    for blocks in (one_block, many_blocks):
        start = time.process_time()  # CPU time: other jobs on a busy machine do not count
        run(blocks)
        assert time.process_time() - start < 2.0
