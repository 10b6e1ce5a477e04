"""The plain-text reader: headline, paragraphs, question sub-headings."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.model import Block
from briefing.read.text import is_question_heading, read


def test_first_non_empty_line_is_the_headline():
    doc = read("\ufeff\n\n  Drought   hits the Sahel  \n\nHarvests failed across the region.\n", "a.txt")
    assert doc.title == "Drought hits the Sahel"
    assert doc.blocks == (Block("paragraph", "Harvests failed across the region."),)


def test_blank_lines_separate_paragraphs_and_hard_wraps_stay_for_the_cleaner():
    raw = "Headline\n\nFirst paragraph\nwrapped here.\n \t\nSecond paragraph.\r\n\r\n\r\nThird.\n"
    assert [b.text for b in read(raw, "a.txt").blocks] == ["First paragraph\nwrapped here.", "Second paragraph.", "Third."]


def test_lone_question_line_is_a_sub_heading():
    raw = "Headline\n\nThe talks failed.\n\nWhat happens next?\n\nNobody knows."
    assert [b.type for b in read(raw, "a.txt").blocks] == ["paragraph", "heading", "paragraph"]


def test_question_inside_a_paragraph_is_not_a_heading():
    assert not is_question_heading("Officials met. Would they agree?")
    assert not is_question_heading("Why?\nBecause.")
    assert not is_question_heading("A statement.")
    assert not is_question_heading(" ".join(["word"] * 25) + "?")
    assert is_question_heading("“Who pays for the damage?”".strip("“”"))


def test_titles_and_initials_do_not_end_the_question():
    assert is_question_heading("What did Gen. Milley tell the U.S. Senate?")
    assert is_question_heading("Did John F. Kennedy know?")
    assert not is_question_heading("He left. Why?")


def test_empty_text_has_no_headline_and_no_blocks():
    doc = read("\n \n", "a.txt")
    assert (doc.title, doc.blocks) == ("", ())


def test_headline_only():
    doc = read("Just a headline", "a.txt")
    assert (doc.title, doc.blocks) == ("Just a headline", ())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab? .\n\r\t\u00a0“”")), max_size=80))
def test_any_text_reads_without_error_and_loses_no_words(raw):
    doc = read(raw, "a.txt")
    words = "".join(raw.split())
    assert doc.title.replace(" ", "") + "".join("".join(b.text.split()) for b in doc.blocks) == words
