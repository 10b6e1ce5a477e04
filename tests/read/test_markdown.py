"""The Markdown reader: front matter, then headings, paragraphs, quotes and lists as plain text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.model import Block, SeedError
from briefing.read.markdown import read

FRONT = "---\ntitle: 'Ceasefire holds in the north'\ndate: 2024-03-01\nsource: https://news.example.org/a\ntags: [conflict, talks]\n---\n"


def test_front_matter_gives_title_and_metadata():
    doc = read(FRONT + "\nBody text.\n", "a.md")
    assert doc.title == "Ceasefire holds in the north"
    assert doc.metadata == {"date": "2024-03-01", "source_url": "https://news.example.org/a", "tags": ("conflict", "talks")}
    assert doc.blocks == (Block("paragraph", "Body text."),)


def test_tags_may_be_a_comma_separated_string_and_summary_a_string():
    doc = read("---\ntitle: T\ntags: 'a, b ,,c'\nsummary: 'One  line.'\n---\nText.", "a.md")
    assert doc.metadata["tags"] == ("a", "b", "c")
    assert doc.metadata["summary"] == ("One line.",)


def test_without_front_matter_the_first_heading_is_the_headline():
    doc = read("# Ceasefire holds\n\nText.\n", "a.md")
    assert doc.title == "Ceasefire holds"
    assert doc.blocks == (Block("paragraph", "Text."),)


def test_headings_quotes_lists_and_question_lines():
    body = (
        "Opening paragraph\nwith a hard wrap.\n\n"
        "## What was agreed\n\n"
        "> “We will hold our fire,” the commander said.\n> He did not say for how long.\n\n"
        "- prisoner exchange\n- aid corridors\n\n"
        "1. first phase\n2. second phase\n\n"
        "Will it last?\n"
    )
    assert read(FRONT + body, "a.md").blocks == (
        Block("paragraph", "Opening paragraph\nwith a hard wrap."),
        Block("heading", "What was agreed"),
        Block("quote", "“We will hold our fire,” the commander said.\nHe did not say for how long."),
        Block("list", "prisoner exchange\naid corridors"),
        Block("list", "first phase\nsecond phase"),
        Block("heading", "Will it last?"),
    )


def test_links_keep_their_words_images_and_raw_html_are_dropped():
    body = (
        "Read [the full report](https://example.org/r \"title\") and <b>this</b> ![a chart](c.png) today.\n\n"
        "<script>alert(1)</script>\n\n"
        "Then <img src=x onerror=alert(1)> **bold** and `code` < 5 &amp; more.\n\n"
        "One line<br>and the next<BR/>too.\n"
    )
    assert read(FRONT + body, "a.md").blocks == (
        Block("paragraph", "Read the full report and this today."),
        Block("paragraph", "Then bold and code < 5 & more."),
        Block("paragraph", "One line\nand the next\ntoo."),
    )


@pytest.mark.parametrize(
    ("raw", "line", "words"),
    [
        ("---\ntitle: Hi\ndate: [2024\n---\nBody\n", 3, "invalid YAML"),
        ("---\ntitle: Hi\n  bad: indent\n---\nBody\n", 3, "invalid YAML"),
        ("---\ntitle: Hi\nBody that never closes the front matter\n", 1, "never closed"),
        ("---\n- a list\n---\nBody\n", 2, "must be a mapping"),
        ("---\ntitle: Hi\nheadline: Oops\n---\nBody\n", 1, "unknown front-matter key(s) headline"),
    ],
)
def test_malformed_front_matter_names_the_file_and_the_line(raw, line, words):
    with pytest.raises(SeedError) as info:
        read(raw, "story.md")
    assert str(info.value).startswith(f"story.md:{line}: ")
    assert words in str(info.value)


def test_bad_date_names_the_file():
    with pytest.raises(SeedError, match=r"^story\.md: date 'last week' is not an ISO date"):
        read("---\ntitle: T\ndate: last week\n---\nBody", "story.md")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab#>-*_`[]()!<>/ \n?1.")), max_size=80))
def test_any_markdown_reads_to_plain_blocks_or_a_seed_error(body):
    try:
        doc = read(body, "a.md")
    except SeedError as err:  # "---" opening front matter that is never closed, or not a mapping
        assert str(err).startswith("a.md:")
        return
    for block in doc.blocks:
        assert block.type in ("heading", "paragraph", "quote", "list") and block.text.strip()
