"""The HTML reader: the article out of a saved page, as text blocks only."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.model import Block, Document
from briefing.read.html import page_title, parse, read

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "read"


def read_fixture(name: str) -> Document:
    return read((FIXTURES / name).read_text(encoding="utf-8"), name)


def body(doc: Document) -> str:
    return "\n".join(block.text for block in doc.blocks)


@pytest.fixture(scope="module")
def news() -> Document:
    return read_fixture("news_page.html")


def test_headline_is_the_article_h1_not_the_title_or_the_logo(news):
    assert news.title == "Lake Tana fishers win water-sharing deal"


@pytest.mark.parametrize(
    "chrome",
    [
        "We and our partners use cookies",  # cookie banner
        "Accept cookies",
        "Region",  # nav menu
        "Share on Mastodon",  # share bar
        "Fishing boats moored at dawn",  # figure caption
        "Print this page",  # article tools
        "Water Weekly newsletter",  # newsletter box inside the article
        "Irrigation canal reopens",  # related stories
        "Related stories",
        "about time the authority listened",  # comments
        "Comments (2)",
        "All rights reserved",  # footer
        "The Highland Ledger",  # logo
    ],
)
def test_page_chrome_is_dropped(news, chrome):
    assert chrome not in body(news)


def test_article_blocks_in_document_order(news):
    assert news.blocks == (
        Block("paragraph", news.blocks[0].text),
        Block("paragraph", news.blocks[1].text),
        Block("heading", "A long dispute"),
        Block("paragraph", news.blocks[3].text),
        Block("heading", "What happens if the rains fail?"),
        Block("paragraph", news.blocks[5].text),
        Block("quote", "“For the first time, we know what the water will do next month,” said Almaz Tesfaye, who chairs the largest cooperative."),
        Block("paragraph", "The committee’s first tasks are set out in an annex:"),
        Block(
            "list",
            "publish weekly lake-level readings from three gauges\n"
            "agree on a fish-stock survey before the next dry season\n"
            "settle compensation claims from 2022 & 2023",
        ),
        Block("paragraph", "The authority said it would review the agreement after two dry seasons, in 2026."),
    )
    assert news.blocks[0].text.startswith("Fishing cooperatives around Lake Tana signed")


def test_entities_are_decoded(news):
    text = body(news)
    assert "figures — a step" in text
    assert "cooperatives’ own records" in text
    assert "&" in text and "&amp;" not in text and "&rsquo;" not in text


def test_no_active_markup_reaches_blocks(news):
    text = body(news).lower()
    for marker in ("<", "script", "tracking pixel", "console.log", "onclick", "onload", "javascript:", "iframe", "signing ceremony video"):
        assert marker not in text


def test_entity_encoded_markup_stays_inert_text():
    doc = read("<h1>Talks</h1><p>The post read &lt;script&gt;alert(1)&lt;/script&gt; in full, officials said on Monday.</p>", "x.html")
    assert doc.blocks == (Block("paragraph", "The post read <script>alert(1)</script> in full, officials said on Monday."),)


def test_content_div_is_chosen_by_density_when_there_is_no_article():
    doc = read_fixture("no_article.html")
    assert doc.title == "Port strike ends after wage agreement"
    assert [b.type for b in doc.blocks] == ["paragraph"] * 3
    assert doc.blocks[0].text.startswith("Dock workers at the port of Varna returned to work")
    assert doc.blocks[2].text.endswith("during the strike.")
    text = body(doc)
    for chrome in ("Most read", "Ferry timetable", "Coastline News", "Advertise with", "desk@coastline"):
        assert chrome not in text


def test_loose_text_split_by_line_breaks_becomes_paragraphs():
    doc = read_fixture("loose_text.html")
    assert doc.title == "Bridge reopens to traffic after flood repairs"
    assert [b.text[:24] for b in doc.blocks] == ["The old stone bridge ove", "Engineers rebuilt the ar", "Lorries over twelve tonn"]


def test_article_split_into_columns_by_ads_is_read_whole():
    doc = read_fixture("split_columns.html")
    assert len(doc.blocks) == 7
    assert doc.blocks[4].text.startswith("Opposition councillors said the higher tax")
    assert doc.blocks[6].text == "Tenders for twenty electric buses will open in January."
    assert "Advertisement" not in body(doc)


def test_link_lists_are_menus_but_article_lists_stay():
    page = (
        "<article><h1>Vote</h1><p>The parliament voted on three amendments to the electoral law on Friday afternoon.</p>"
        "<ul><li>lowering the threshold to four percent</li><li>postal voting abroad</li></ul>"
        "<ul><li><a href='/a'>Opposition walks out of budget debate</a></li><li><a href='/b'>Speaker re-elected</a></li></ul>"
        "<p>Read more: <a href='/c'>Who are the new members of the election commission</a></p>"
        "<p>The amendments <a href='/d'>were first proposed by a cross-party group of deputies</a> in March.</p></article>"
    )
    doc = read(page, "x.html")
    assert [b.type for b in doc.blocks] == ["paragraph", "list", "paragraph"]
    assert doc.blocks[1].text == "lowering the threshold to four percent\npostal voting abroad"
    assert doc.blocks[2].text == "The amendments were first proposed by a cross-party group of deputies in March."


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("<title>Floods close schools | Delta Times</title>", "Floods close schools"),
        ("<title>Floods close schools - Delta Times</title>", "Floods close schools"),
        ("<title>Floods close schools – Delta Times</title><meta property='og:site_name' content='Delta Times'>", "Floods close schools"),
        ("<title>Floods close schools | Delta Times</title><meta property='og:title' content='Floods close all schools'>", "Floods close all schools"),
        ("<title>Floods close schools</title>", "Floods close schools"),
    ],
)
def test_title_without_h1_comes_from_og_title_or_title_minus_site_name(head, expected):
    assert page_title(parse(f"<html><head>{head}</head><body><p>Text.</p></body></html>")) == expected


def test_h1_wins_over_title():
    doc = read("<title>Floods close schools | Delta Times</title><h1>Floods close schools in three provinces</h1><p>x</p>", "x.html")
    assert doc.title == "Floods close schools in three provinces"


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "<",
        "<html><body><p>Unclosed <b>bold <i>and italic</p></div></span>",
        "<h1>Only a headline",
        "<!-- a comment only -->",
        "<table><tr><td>Cell text that goes on for a while without any closing tags at all",
        "<p>\ufeffBOM and \u200b zero-width &#0; &#xD800; &bogus; entities</p>",
        "<![CDATA[ weird ]]><p>After CDATA, a paragraph that is long enough to be prose.</p>",
        "<svg><p>inside svg</p></svg><math><p>inside math</p></math>",
        "<div>" * 5000 + "<p>Five thousand unclosed divs deep, beyond Python's recursion limit.</p>",
        "<b>" * 5000 + "<ul><li>" * 500 + "deep inline and list nesting",
    ],
)
def test_malformed_html_never_raises(raw):
    doc = read(raw, "broken.html")
    assert isinstance(doc.title, str)
    assert all(block.text.strip() == block.text and block.text for block in doc.blocks)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["<p>", "</p>", "<div class='share'>", "</div>", "<a href='x'>", "</a>", "<h1>", "<h2>",
                                 "<ul><li>", "</li>", "<blockquote>", "<br>", "<script>", "&amp;", "&", "<!--", "-->",
                                 "Talks resumed on Monday in Geneva, diplomats said.", "Why?", " "]), max_size=40))
def test_any_tag_soup_reads_to_plain_text_blocks(parts):
    doc = read("".join(parts), "soup.html")
    for block in doc.blocks:
        assert block.type in ("heading", "paragraph", "quote", "list")
        assert "<" not in block.text.replace("<!--", "")
        assert block.text == block.text.strip() and (block.type == "list" or "\n" not in block.text)


LEDE = "The central bank left its main interest rate unchanged on Thursday, citing slowing inflation and weak demand."


def test_a_chrome_hinted_wrapper_that_holds_the_article_stays():
    page = (
        f"<div class='layout has-sidebar promo-enabled'><h1>Rates on hold</h1><p>{LEDE}</p><p>{LEDE}</p>"
        "<div class='sidebar'><p>Markets today: shares up, bonds flat, oil slightly lower.</p></div></div>"
    )
    doc = read(page, "x.html")
    assert [b.text for b in doc.blocks] == [LEDE, LEDE]


def test_story_parts_named_like_chrome_but_not_chrome_stay():
    page = (
        f"<article><h1>Rates on hold</h1><p>{LEDE}</p>"
        "<div class='factbox'><div class='factbox__header'><h3>What is the main rate?</h3></div>"
        "<p>It is the rate at which commercial banks borrow from the central bank overnight.</p></div>"
        f"<p class='hidden-xs'>{LEDE}</p><p class='hidden'>A hidden paragraph of text for screen readers only.</p></article>"
    )
    doc = read(page, "x.html")
    assert [b.type for b in doc.blocks] == ["paragraph", "heading", "paragraph", "paragraph"]
    assert doc.blocks[1].text == "What is the main rate?"


def test_paragraphs_set_apart_from_the_main_run_are_kept():
    """The first paragraphs of a story often sit outside the element holding the rest."""
    rest = "".join(f"<div class='body-paragraph'>{LEDE}</div>" for _ in range(4))
    page = (
        "<div class='story'><div class='body-paragraph lead-in'>A first paragraph, a short one.</div>"
        "<div class='embed'>Watch: <a href='/v'>video of the press conference</a></div>"
        "<div class='box'>Another short paragraph, not like the others.</div>"
        f"<div class='read-all'>{rest}</div></div>"
    )
    texts = [b.text for b in read(page, "x.html").blocks]
    assert texts == ["A first paragraph, a short one."] + [LEDE] * 4


def test_a_sibling_list_of_teasers_with_blurbs_is_not_the_story():
    teasers = "".join(
        f"<div><a href='/{i}'>Headline of another story number {i} on the site</a><div>A blurb of about fifty characters, {i}.</div></div>"
        for i in range(3)
    )
    page = f"<div><div class='body'><h1>Rates on hold</h1><p>{LEDE}</p><p>{LEDE}</p></div><div class='box'>{teasers}</div></div>"
    assert [b.text for b in read(page, "x.html").blocks] == [LEDE, LEDE]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("<title>Iran - US talks resume</title>", "Iran - US talks resume"),
        ("<meta property='og:title' content='Floods close schools | Delta Times'><meta property='og:site_name' content='Delta Times'>", "Floods close schools"),
        ("<meta property='og:title' content='Iran - US talks resume'>", "Iran - US talks resume"),
    ],
)
def test_title_fallback_keeps_headlines_that_only_look_suffixed(head, expected):
    assert page_title(parse(f"<html><head>{head}</head><body><p>Text.</p></body></html>")) == expected


def test_an_h1_that_is_only_the_site_name_is_not_the_headline():
    page = "<title>Deportees return home | Valley Post</title><h1>Valley Post</h1><p>Text.</p>"
    assert read(page, "x.html").title == "Deportees return home"


def test_sections_of_a_story_are_read_whole_even_a_short_last_one():
    long_section = f"<section><h2>Background</h2><p>{LEDE}</p><p>{LEDE}</p><p>{LEDE}</p></section>"
    short = "<section><h2>What next?</h2><p>The bank meets again in six weeks, when new forecasts are due.</p></section>"
    doc = read(f"<main><h1>Rates on hold</h1>{long_section}{long_section}{short}</main>", "x.html")
    assert [b.type for b in doc.blocks][-2:] == ["heading", "paragraph"]
    assert doc.blocks[-1].text.startswith("The bank meets again")
    assert len(doc.blocks) == 10


def test_invisible_characters_do_not_split_words():
    doc = read("<h1>Cease&shy;fire</h1><p>The nego&shy;tiations&#8203; resumed in Doha on Monday after a pause of two weeks.</p>", "x.html")
    assert doc.title == "Ceasefire"
    assert doc.blocks[0].text == "The negotiations resumed in Doha on Monday after a pause of two weeks."


def test_without_lxml_the_standard_parser_reads_the_same(monkeypatch):
    import bs4

    import briefing.read.html as html_reader

    real = bs4.BeautifulSoup

    def no_lxml(markup, features=None, **kwargs):
        if features == "lxml":
            raise bs4.FeatureNotFound("lxml")
        return real(markup, features, **kwargs)

    page = (FIXTURES / "news_page.html").read_text(encoding="utf-8")
    with_lxml = read(page, "x.html")
    monkeypatch.setattr(html_reader, "BeautifulSoup", no_lxml)
    assert read(page, "x.html") == with_lxml


def test_a_short_card_between_story_cards_is_the_story_too():
    """Pages that give every paragraph a card of its own: a one-line card with a linked phrase,
    between two cards of the story, is part of it."""
    card = "<div class='card item'><p>{}</p></div>"
    short = "The findings were published on Monday in the <a href='/j'>Journal of Lake Studies</a>."
    page = "<div class='cards'>" + card.format(LEDE) * 3 + card.format(short) + card.format(LEDE) * 2 + "</div>"
    texts = [b.text for b in read(page, "x.html").blocks]
    assert texts == [LEDE] * 3 + ["The findings were published on Monday in the Journal of Lake Studies."] + [LEDE] * 2
