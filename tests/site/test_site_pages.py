"""The built pages: markers, links between briefings and actors, no active markup, failures isolated."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

from pelican import Pelican

from briefing_site.audit import audit_site

from site_seeds import settings_for, write_site

MARKERS = ("summary", "actors", "reactions", "body", "edits")
CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'"


class Markup(HTMLParser):
    """Collects tags with their attributes, and every active thing a seed could have smuggled in.

    Strict on purpose: the theme's own script files, JSON-LD, search form and reaction graph are
    checked by briefing_site.audit, which knows where they may point; this parser sees feed content.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.active: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag in ("script", "iframe", "object", "embed", "svg", "img", "form"):
            self.active.append(f"<{tag}>")
        for name, value in attrs.items():
            if name.startswith("on"):
                self.active.append(f"{name}= on <{tag}>")
            if name in ("href", "src", "action") and re.match(r"\s*(javascript|data|vbscript):", value or "", re.I):
                self.active.append(f"{value} in <{tag} {name}>")


def parse(html: str) -> Markup:
    parser = Markup()
    parser.feed(html)
    return parser


def page(site: Path, url: str) -> Path:
    return site / url / "index.html" if url.endswith("/") else site / url


def links(html: str) -> list[str]:
    return [attrs["href"] for tag, attrs in parse(html).tags if tag == "a" and "href" in attrs]


def resolve(from_page: Path, href: str) -> Path:
    target = (from_page.parent / href.split("#")[0]).resolve()
    return target / "index.html" if target.is_dir() else target


def test_every_briefing_page_has_all_markers(site: Path):
    index = json.loads((site / "briefings.json").read_text())
    assert index
    for entry in index:
        html = page(site, entry["url"]).read_text()
        for marker in MARKERS:
            assert html.count(f'data-briefing="{marker}"') == 1, (entry["slug"], marker)


def test_every_page_has_lang_csp_skip_link_and_nav(site: Path):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        html = path.read_text()
        assert '<html lang="en">' in html, path
        assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' in html, path
        assert 'href="#main"' in html and 'id="main"' in html, path
        for label in (">Briefings<", ">Actors<", ">Archives<"):
            assert label in html, (path, label)


def test_every_internal_link_resolves(site: Path):
    for path in site.rglob("*.html"):
        for href in links(path.read_text()):
            if href.startswith(("http://", "https://", "#")):
                continue
            assert resolve(path, href).exists(), (path.relative_to(site), href)


def test_front_page_is_the_latest_edition_with_chips_and_counts(site: Path):
    html = (site / "index.html").read_text()
    index = json.loads((site / "briefings.json").read_text())
    latest = [e for e in index if e["date"] == index[0]["date"]]
    assert [e["date"] for e in latest] == ["2026-02-04"]
    assert f'href="./{latest[0]["url"]}"' in html
    earlier = [e for e in index if e["date"] != index[0]["date"]]
    assert all(f'href="./{e["url"]}"' not in html for e in earlier)  # older briefings live on their edition pages
    positions = [html.index(f'href="./editions/{day}/"') for day in ("2026-02-03", "2026-01-10", "2026-01-05")]
    assert positions == sorted(positions)
    assert 'href="./actors/river-commission/"' in html
    assert re.search(r"\d+ reactions?", html)
    if any(json.loads(t.read_text())["reactions"] for t in site.rglob("briefing.json")):
        assert "How each side reacted" in html and 'class="stance stance--' in html
    assert '<time datetime="2026-02-04">4 February 2026</time>' in html


def test_reactions_link_to_their_block_and_actor(site: Path):
    seen = 0
    for twin_path in site.rglob("briefing.json"):
        twin = json.loads(twin_path.read_text())
        html = page(site, twin["url"]).read_text()
        for r in twin["reactions"]:
            assert f'id="block-{r["block"]}"' in html
            assert f'href="#block-{r["block"]}"' in html
            assert f'class="stance stance--{r["stance"]}">{r["stance"]}<' in html
            seen += 1
    assert seen


def test_actor_pages_link_back_to_every_briefing_they_appear_in(site: Path):
    for twin_path in site.rglob("briefing.json"):
        twin = json.loads(twin_path.read_text())
        briefing_page = page(site, twin["url"])
        briefing_links = {resolve(briefing_page, h) for h in links(briefing_page.read_text())}
        for actor in twin["actors"]:
            actor_page = page(site, actor["url"])
            assert actor_page in briefing_links, (twin["slug"], actor["id"])
            back = {resolve(actor_page, h) for h in links(actor_page.read_text())}
            assert briefing_page in back, (actor["id"], twin["slug"])


def test_actors_index_groups_by_kind_and_links_every_actor(site: Path):
    html = (site / "actors/index.html").read_text()
    for kind in ("States", "Organisations", "Armed groups"):
        assert re.search(rf'<h2 id="kind-[a-z-]+">{kind} <span class="count">\d+</span></h2>', html)
    actor_pages = {p.parent.name for p in site.glob("actors/*/index.html")}
    assert {"ruritania", "borduria", "river-commission", "zenda-brigade"} <= actor_pages
    for name in actor_pages:
        assert f'href="../actors/{name}/"' in html


def test_discovered_actor_is_marked(site: Path):
    discovered = [a for t in site.rglob("briefing.json") for a in json.loads(t.read_text())["actors"] if a["discovered"]]
    if not discovered:  # the core found nothing outside the registry: nothing to mark
        return
    html = page(site, discovered[0]["url"]).read_text()
    assert "badge--discovered" in html


def test_no_active_markup_anywhere(site: Path):
    assert audit_site(site) == {}
    for twin_path in site.rglob("briefing.json"):  # briefing bodies hold no svg, img, form or script at all
        body = page(site, json.loads(twin_path.read_text())["url"]).read_text().split('data-briefing="body"')[1]
        assert parse(body.split("</section>")[0]).active == [], twin_path
    feeds = [p for p in site.rglob("*.xml") if p.name != "sitemap.xml"]
    assert len(feeds) > 2  # all briefings (Atom, RSS) and each actor's
    for path in feeds:
        for element in ET.parse(path).iter():
            if element.text and "<" in element.text:  # escaped HTML inside the feed, as a reader will render it
                assert parse(element.text).active == [], (path.relative_to(site), element.tag)


def test_hostile_text_arrives_as_text(site: Path):
    html = page(site, "briefings/zenda-brigade-alert1-statement/").read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "{{ 7*7 }}" in html  # seed text is never evaluated as a template
    assert "javascript:" not in "".join(links(html))


def test_source_link_only_for_http_urls(site: Path):
    talks = page(site, "briefings/river-commission-calls-talks-on-the-dam/").read_text()
    assert '<a href="https://news.example.org/river/talks" rel="nofollow noopener">' in talks
    hostile = page(site, "briefings/zenda-brigade-alert1-statement/").read_text()
    assert 'rel="nofollow noopener"' not in hostile


def test_same_headline_gives_two_pages_with_stable_urls(site: Path):
    titles = [e for e in json.loads((site / "briefings.json").read_text()) if e["title"] == "Border crossing reopens"]
    assert {e["source_file"]: e["slug"] for e in titles} == {
        "2026-01-10-dup-a.txt": "border-crossing-reopens",
        "2026-01-10-dup-b.txt": "border-crossing-reopens-2026-01-10-dup-b",
    }
    assert all(page(site, e["url"]).exists() for e in titles)


def test_bad_seed_and_non_seeds_do_not_become_briefings(site: Path):
    sources = {e["source_file"] for e in json.loads((site / "briefings.json").read_text())}
    assert sources == {
        "2026-02-03-river.txt", "2026-02-04-talks.md", "2026-01-10-dup-a.txt", "2026-01-10-dup-b.txt", "2026-01-05-hostile.txt",
    }
    assert not list(site.rglob("notes*")) and not list(site.rglob("*.yaml"))


def test_edits_are_left_out_when_show_edits_is_off(tmp_path: Path):
    write_site(tmp_path)
    for seed in (tmp_path / "seeds").iterdir():
        if seed.name != "2026-02-03-river.txt":
            seed.unlink()
    settings = settings_for(tmp_path)
    settings["BRIEFING"] = {**settings["BRIEFING"], "show_edits": False}
    Pelican(settings).run()
    html = (tmp_path / "output/briefings/ruritania-and-borduria-clash-over-the-river-dam/index.html").read_text()
    assert 'data-briefing="body"' in html and 'data-briefing="edits"' not in html


def test_an_actor_page_shows_its_newest_briefings_in_full_and_links_the_older_ones(tmp_path: Path):
    write_site(tmp_path)
    Pelican(settings_for(tmp_path, ACTOR_PAGE_REACTION_BRIEFINGS=1)).run()
    html = (tmp_path / "output/actors/river-commission/index.html").read_text()
    assert html.count('<article class="appearance">') == 1
    assert re.search(r'<h2>Earlier briefings <span class="count">1</span></h2>\s*<ol class="earlier">\s*<li><a href=', html)
    index = json.loads((tmp_path / "output/briefings.json").read_text())  # newest first
    newest, older = [e["url"] for e in index if "River Commission" in e["actors"]]
    assert html.index(newest) < html.index("Earlier briefings") < html.index(older)


def test_an_actor_feed_carries_its_newest_briefings_only(tmp_path: Path):
    write_site(tmp_path)
    Pelican(settings_for(tmp_path, ACTOR_FEED_MAX_ITEMS=1)).run()
    index = json.loads((tmp_path / "output/briefings.json").read_text())  # newest first
    newest, older = [e["title"] for e in index if "River Commission" in e["actors"]]
    for name in ("feed.atom.xml", "feed.rss.xml"):
        feed = (tmp_path / "output/actors/river-commission" / name).read_text()
        assert feed.count("<entry>") + feed.count("<item>") == 1
        assert f"<title>{newest}</title>" in feed and older not in feed
