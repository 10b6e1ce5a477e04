"""The reader's site: editions, previous/next links, search page, feeds, sitemap, JSON-LD and Open Graph."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import datetime

from pelican import Pelican

from briefing.model import Actor, Block, Briefing, Document, Edit
from briefing_site import meta, search
from briefing_site.audit import active_markup, audit_site

from site_seeds import settings_for, write_site

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
BREAKOUT = "Talks </script><script>alert(1)</script> resume"


def _index(site: Path) -> list[dict]:
    return json.loads((site / "briefings.json").read_text())


def _html(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text()


def _hrefs(html: str, cls: str) -> list[str]:
    return re.findall(rf'<a class="{cls}" rel="(?:prev|next)" href="([^"]+)"', html)


def _json_ld(html: str) -> dict:
    [block] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(block)


def test_an_edition_per_day_in_the_curators_order_under_the_day_in_brief(site: Path):
    days = sorted(p.parent.name for p in site.glob("editions/*/index.html"))
    assert days == ["2026-01-05", "2026-01-10", "2026-02-03", "2026-02-04"]
    html = _html(site, "editions/2026-01-10/")
    in_brief, cards = html.split("The day in brief")[1].split('<ol class="cards">')
    # dup-b's sidecar says featured: it comes first, in the day in brief and in the cards.
    order = ["border-crossing-reopens-2026-01-10-dup-b/", "border-crossing-reopens/"]
    for part in (in_brief, cards):
        assert [part.index(f'href="../../briefings/{slug}"') for slug in order] == sorted(
            part.index(f'href="../../briefings/{slug}"') for slug in order)
    assert ">Borduria said the crossing had reopened after repairs.</a>" in in_brief  # the first summary sentence


def test_briefings_link_to_the_newer_and_older_one(site: Path):
    index = _index(site)
    for i, entry in enumerate(index):
        html = _html(site, entry["url"])
        newer = _hrefs(html, "pager__newer")
        older = _hrefs(html, "pager__older")
        assert newer == ([f"../../{index[i - 1]['url']}"] if i else []), entry["slug"]
        assert older == ([f"../../{index[i + 1]['url']}"] if i + 1 < len(index) else []), entry["slug"]


def test_editions_link_to_the_newer_and_older_one(site: Path):
    html = _html(site, "editions/2026-02-03/")
    assert _hrefs(html, "pager__newer") == ["../../editions/2026-02-04/"]
    assert _hrefs(html, "pager__older") == ["../../editions/2026-01-10/"]


def test_archives_list_every_edition_and_briefing(site: Path):
    html = _html(site, "archives/")
    for day in ("2026-02-04", "2026-02-03", "2026-01-10", "2026-01-05"):
        assert f'href="../editions/{day}/"' in html
    for entry in _index(site):
        assert f'href="../{entry["url"]}"' in html


def test_search_page_loads_pagefind_and_says_what_to_do_without_javascript(site: Path):
    html = _html(site, "search/")
    assert '<script src="../pagefind/pagefind-ui.js"></script>' in html
    assert '<script src="../theme/js/search.js"></script>' in html
    assert '<link rel="stylesheet" href="../pagefind/pagefind-ui.css">' in html
    assert "<noscript>" in html and 'id="search" data-site-root="../"' in html
    assert (site / "theme/js/search.js").exists()
    front = (site / "index.html").read_text()
    assert '<form class="site-search" role="search" action="./search/" method="get">' in front


def test_a_briefing_search_document_holds_its_text_and_no_cleaning_notes():
    doc = Document("x.txt", "Dam talks resume", (Block("heading", "What next?"), Block("paragraph", "Both sides met.")),
                   edits=(Edit("remove_bylines", "remove", "By Desk Staff", "", 0),))
    actor = Actor("egypt", "Egypt", "state")
    article = SimpleNamespace(briefing=Briefing(doc, ("Egypt and Ethiopia met.",), (actor,), ()), tags=["nile"])
    parts = search.briefing_parts(article)
    assert parts == [("p", "Egypt and Ethiopia met.", ""), ("p", "Egypt", ""), ("p", "#nile", ""),
                     ("h2", "What next?", "block-0"), ("p", "Both sides met.", "")]
    assert "By Desk Staff" not in search.document("en", "Dam talks resume", parts)


def test_briefing_pages_carry_the_reaction_graph(site: Path):
    for entry in _index(site):
        twin = json.loads((site / entry["json"]).read_text())
        html = _html(site, entry["url"])
        if twin["reactions"]:
            svg = re.search(r"<svg class=\"graph\".*?</svg>", html, re.S).group(0)
            edges = ET.fromstring(svg).find("{http://www.w3.org/2000/svg}g[@class='graph__edges']")
            assert len(edges) == len(twin["reactions"]), entry["slug"]
        else:
            assert "<svg" not in html


def test_feeds_for_everything_and_per_actor_dated_by_their_articles(site: Path):
    index = _index(site)
    atom = ET.parse(site / "feeds/all.atom.xml").getroot()
    assert len(atom.findall(f"{ATOM}entry")) == len(index)
    rss = ET.parse(site / "feeds/all.rss.xml").getroot()
    assert len(rss.findall("channel/item")) == len(index)
    for actor in (p.parent for p in site.glob("actors/*/index.html")):
        feed = ET.parse(actor / "feed.atom.xml").getroot()
        links = [e.find(f"{ATOM}link").get("href") for e in feed.findall(f"{ATOM}entry")]
        page = (actor / "index.html").read_text()
        assert links and all(f'href="../../{link.lstrip("/")}"' in page for link in links), actor.name
        dates = [e.find(f"{ATOM}published").text[:10] for e in feed.findall(f"{ATOM}entry")]
        assert feed.find(f"{ATOM}updated").text[:10] == max(dates)
        assert ET.parse(actor / "feed.rss.xml").getroot().findall("channel/item")
        assert f'<link rel="alternate" type="application/atom+xml" title="{page.split("<h1>")[1].split("<")[0].strip()}' in page


def test_sitemap_lists_every_page_with_its_date(site: Path):
    root = ET.parse(site / "sitemap.xml").getroot()
    assert root.tag == f"{SITEMAP}urlset"
    entries = {u.find(f"{SITEMAP}loc").text: u.find(f"{SITEMAP}lastmod").text for u in root}
    for entry in _index(site):
        assert entries[f"/{entry['url']}"] == entry["date"]
    for path in site.glob("editions/*/index.html"):
        assert entries[f"/editions/{path.parent.name}/"] == path.parent.name
    assert {f"/actors/{p.parent.name}/" for p in site.glob("actors/*/index.html")} <= set(entries)
    assert entries["/"] == "2026-02-04" and "/tags/water/" in entries
    assert all(datetime.date.fromisoformat(day) for day in entries.values())


def test_briefing_pages_have_open_graph_and_json_ld(site: Path):
    entry = next(e for e in _index(site) if e["source_file"] == "2026-02-04-talks.md")
    html = _html(site, entry["url"])
    assert f'<meta property="og:title" content="{entry["title"]}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="article:published_time" content="2026-02-04">' in html
    assert '<meta property="article:tag" content="water">' in html
    data = _json_ld(html)
    assert data["@type"] == "NewsArticle" and data["headline"] == entry["title"]
    assert data["datePublished"] == "2026-02-04" and data["isBasedOn"] == "https://news.example.org/river/talks"
    assert {"@type": "Country", "name": "Ruritania"} in data["mentions"]
    assert "url" not in data and "og:url" not in html and 'rel="canonical"' not in html  # relative build: no address


def test_json_ld_keeps_a_script_breaking_title_as_data():
    doc = Document("s.txt", BREAKOUT, (Block("paragraph", "x"),), {"date": "2026-01-01", "source_url": "javascript:x"})
    actor = Actor("a", "</script><img src=x onerror=alert(2)>", "person")
    article = SimpleNamespace(briefing=Briefing(doc, ("<!-- </script>",), (actor,), ()), url="briefings/t/", tags=[],
                              date=datetime.datetime(2026, 1, 1))
    text = str(meta.json_ld(article, {"SITENAME": "S", "AUTHOR": "A"}))
    assert "<" not in text and ">" not in text
    data = json.loads(text)
    assert data["headline"] == BREAKOUT and data["mentions"][0]["name"] == actor.name and "isBasedOn" not in data
    assert active_markup(f'<script type="application/ld+json">{text}</script>') == []
    assert active_markup('<script type="application/ld+json">{"a": "</script><script>alert(1)</script>"}</script>') != []


def test_published_build_has_canonical_urls_and_a_title_cannot_break_out(tmp_path: Path):
    write_site(tmp_path)
    seeds = tmp_path / "seeds"
    for seed in seeds.iterdir():
        seed.unlink()
    (seeds / "2026-03-01-breakout.txt").write_text(f"{BREAKOUT}\n\nRuritania said talks would resume.\n")
    siteurl = "https://news.example.org/briefing"
    Pelican(settings_for(tmp_path, SITEURL=siteurl, RELATIVE_URLS=False, FEED_DOMAIN=siteurl)).run()
    site = tmp_path / "output"
    [page] = site.glob("briefings/*/index.html")
    html = page.read_text()
    url = f"{siteurl}/briefings/{page.parent.name}/"
    assert f'<link rel="canonical" href="{url}">' in html and f'<meta property="og:url" content="{url}">' in html
    assert _json_ld(html)["headline"] == BREAKOUT and _json_ld(html)["url"] == url
    assert f'<link rel="canonical" href="{siteurl}/">' in (site / "index.html").read_text()
    assert audit_site(site, siteurl) == {}
    locs = [u.find(f"{SITEMAP}loc").text for u in ET.parse(site / "sitemap.xml").getroot()]
    assert url in locs and all(loc.startswith(siteurl + "/") for loc in locs)


def test_an_empty_site_has_an_empty_valid_sitemap():
    text = meta.sitemap(meta.sitemap_entries([], [], [], [], {}), {"SITEURL": "https://x.org", "RELATIVE_URLS": False})
    root = ET.fromstring(text.encode())
    assert root.tag == f"{SITEMAP}urlset" and len(root) == 0
