"""The facts the rules' fast paths rest on: a gate may only skip work whose answer it already knows."""

from __future__ import annotations

import importlib
import re
from string import ascii_lowercase

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from wordfreq import get_frequency_dict, zipf_frequency

from briefing.clean import words
from briefing.clean.words import folded

chrome = importlib.import_module("briefing.clean.rules.remove_page_chrome")
promo = importlib.import_module("briefing.clean.rules.remove_promo_links")
captions = importlib.import_module("briefing.clean.rules.remove_captions")
mojibake = importlib.import_module("briefing.clean.rules.fix_mojibake")


def test_folded_keeps_every_ascii_letter_a_case_blind_pattern_matches() -> None:
    """A case-blind ASCII letter matches a character exactly when folding makes it that letter, and
    folding changes no character's length nor whether it is a word, space or digit character."""
    chars = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for char in re.findall("(?i)[a-z]", chars):
        assert folded(char) in ascii_lowercase and re.fullmatch("(?i)" + folded(char), char)
    classes = [re.compile(p) for p in (r"\w", r"\s", r"\d")]
    for char in chars:
        fold = folded(char)
        if fold != char:
            assert len(fold) == 1 and all(bool(c.fullmatch(char)) == bool(c.fullmatch(fold)) for c in classes)
            assert not fold.isascii() or re.fullmatch("(?i)" + re.escape(fold), char)


def test_chrome_patterns_hold_no_capitals() -> None:
    """_CHROME runs case-sensitively on folded text, so a capital in a pattern would never match."""
    source = "|".join([chrome._REACHED, *(p for patterns in chrome._CHROME_KINDS.values() for p in patterns)])
    assert not re.search(r"[A-Z]", re.sub(r"\\.", "", source))


@pytest.mark.parametrize("pattern", [promo._LONE_LABEL, promo._LABELLED, promo._BARE], ids=["lone", "labelled", "bare"])
def test_every_promo_label_starts_as_the_gate_expects(pattern: re.Pattern) -> None:
    """is_promo_line runs its patterns only on a line that starts with one of _LABEL_STARTS."""

    @settings(max_examples=150, deadline=None, database=None)
    @given(st.from_regex(pattern, fullmatch=True), st.text(max_size=8))
    def check(label: str, rest: str) -> None:
        line = (label + rest).strip()
        if pattern.match(line):
            assert folded(line[:20]).startswith(promo._LABEL_STARTS)

    check()


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(alphabet=st.sampled_from("ab z'’-.\n“”é—1_\x00?"), max_size=40) | st.text(max_size=40))
def test_ascii_words_finds_what_the_word_pattern_finds(text: str) -> None:
    """_ascii_words splits on spaces instead of scanning with _ASCII_WORD, and must find the same words."""
    assert words._ascii_words(text) == words._ASCII_WORD.findall(text)


@settings(max_examples=300, deadline=None, database=None)
@given(st.from_regex(captions._CREDIT_LINE, fullmatch=True))
def test_a_credit_line_ends_with_a_letter(line: str) -> None:
    """is_caption tries _CREDIT_LINE only on a line whose last character is a letter."""
    assert line[-1:].isalpha()


@settings(max_examples=500, deadline=None, database=None)
@given(st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzAEIOUSTé'’-1"), min_size=1, max_size=14)
       | st.sampled_from(sorted(w for w in get_frequency_dict("en", "best") if len(w) < 4)))
def test_zipf_is_wordfreqs_zipf_frequency(word: str) -> None:
    """The table lookup for plain ASCII words gives wordfreq's own answer, digit for digit."""
    words.zipf.cache_clear()
    assert words.zipf(word) == zipf_frequency(word.lower(), "en")


def test_zipf_agrees_with_wordfreq_across_its_table() -> None:
    table = get_frequency_dict("en", "best")
    sample = [w for i, w in enumerate(table) if i % 7 == 0 and w.isascii() and w.isalpha()]
    words.zipf.cache_clear()
    assert len(sample) > 40_000
    assert [words.zipf(w) for w in sample] == [zipf_frequency(w, "en") for w in sample]


MOJIBAKE_PIECES = list("aé \n\r\x85\x93\x80\x81\x8d\x9d\xa0ÃÂâÄÅ€™œšžŸ“”‘’†©\ufffd") + ["Ã©", "â€™", "â€œ", "Ã¢â‚¬â„¢", "Ã\xa0", "\x93Â"]


@settings(max_examples=500, deadline=None, database=None)
@given(st.lists(st.sampled_from(MOJIBAKE_PIECES), max_size=30).map("".join) | st.text(max_size=40))
def test_ftfy_leaves_its_own_output_alone(text: str) -> None:
    """fix_mojibake calls ftfy once: what ftfy returns, it would return unchanged."""
    fixed = mojibake.fix_text(text, mojibake._CONFIG)
    assert mojibake.fix_text(fixed, mojibake._CONFIG) == fixed


def test_a_letter_that_lowers_to_an_ascii_letter_matches_it_case_blind() -> None:
    """_GLUED_TAIL and _GLUED_PREFIX match case-blind the words _first_word finds by lower-casing."""
    for c in map(chr, range(0x110000)):
        lower = c.lower()
        if len(lower) == 1 and lower in ascii_lowercase:
            assert re.fullmatch("(?i)" + lower, c)


GLUED_CHROME = ["Share this article", "Follow us on Twitter for more updates.", "Advertisement", "Subscribe now", "Get the app",
                "Click here to subscribe.", "Read more", "Download our app for breaking news.", "Continue reading", "Email",
                "We use cookies to improve your experience.", "This article was originally published on Example.com",
                "Story continues below advertisement", "Sponsored", "Like us on Facebook", "Have a tip? Email us", "Print"]
STORY = ["Talks resumed on Monday in Geneva after a long pause", "Officials said the road would stay closed for weeks",
         "“We will not leave,” the mayor said", "The army (which denied it) withdrew"]
ENDS = [". ", ".\" ", ".” ", ".’ ", ".) ", "! ", "? ", ". \n", ".\t", ".  ", ", ", " ", ".", ".\xa0"]
CASES = [str, str.lower, str.upper, str.title]
glued_paragraph = st.builds(
    lambda story, end, chrome_line, case, edge, first: (
        f"{edge}{case(chrome_line)}{edge} {story}." if first else f"{story}{end}{edge}{case(chrome_line)}{edge}"
    ),
    st.sampled_from(STORY), st.sampled_from(ENDS), st.sampled_from(GLUED_CHROME), st.sampled_from(CASES),
    st.sampled_from(["", "(", "“", "\"", "["]), st.booleans(),
)


@settings(max_examples=1500, deadline=None, database=None)
@given(glued_paragraph | st.lists(st.sampled_from([*GLUED_CHROME, *STORY, *ENDS]), max_size=6).map("".join))
def test_glued_chrome_gate_passes_every_paragraph_with_something_to_cut(text: str) -> None:
    """_strip_glued skips the paragraphs _may_hold_glued_chrome rejects: nothing may be cut from them."""
    cut: list[str] = []
    if chrome._without_glued_chrome(text, cut) != text or cut:
        assert chrome._may_hold_glued_chrome(text)


run_together = importlib.import_module("briefing.clean.rules.split_run_together")
_GAP_TEXT = st.text(alphabet=st.sampled_from("ab ab.-2_½é\n"), max_size=40)


@settings(max_examples=300, deadline=None, database=None)
@given(_GAP_TEXT, st.text(alphabet="abé", min_size=1, max_size=3), st.text(alphabet="abé", min_size=1, max_size=3))
def test_side_by_side_finds_what_the_per_pair_pattern_finds(text: str, a: str, b: str) -> None:
    """split_run_together looks for a glued word's parts apart in the article with find and one
    pattern instead of a pattern per pair; the parts after the first start with a letter."""
    expected = bool(re.search(re.escape(a) + r"[\W\d_]+" + re.escape(b), text))
    assert run_together._side_by_side(a, b, text) == expected
