"""The reader's journey in a real headless browser: Debian's chromium driven by Playwright.

Never downloads a browser. Without chromium (or axe-core from npm) these tests skip, loudly.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import warnings
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest

from briefing_site.build import build
from briefing_site.server import serve_in_background
from support import ROOT, user_seeds

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE = ROOT / ".venv/axe/node_modules/axe-core/axe.min.js"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _skip(reason: str):
    warnings.warn(f"BROWSER TESTS SKIPPED: {reason}")
    pytest.skip(f"BROWSER TESTS SKIPPED: {reason}")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser-site")
    seeds = user_seeds(tmp)
    report = build(ROOT / "pelican.conf.py", seeds, tmp / "output", {"CACHE_PATH": str(tmp / "cache")})
    assert report.ok, report.summary()
    server = serve_in_background(tmp / "output", "127.0.0.1", 0)
    yield f"http://127.0.0.1:{server.server_address[1]}", tmp / "output"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        _skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    yield page
    context.close()
    assert errors == [], f"JavaScript errors: {errors}"


def _axe(page) -> list[dict]:
    if not AXE.exists():
        _skip(f"axe-core is not installed at {AXE} (make test installs it from npm)")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [{"id": v["id"], "impact": v["impact"], "nodes": len(v["nodes"])} for v in result["violations"]]


def test_front_page_to_briefing_to_actor_and_back(site, page):
    base, output = site
    entry = json.loads((output / "briefings.json").read_text())[0]
    page.goto(base + "/")
    link = page.get_by_role("link", name=entry["title"]).first
    link.click()
    page.wait_for_load_state()
    for part in ("summary", "actors", "reactions", "body"):
        assert page.locator(f'[data-briefing="{part}"]').first.is_visible()
    briefing_url = page.url
    chip = page.locator('[data-briefing="actors"] a').first
    actor_name = chip.inner_text().strip()
    chip.click()
    page.wait_for_load_state()
    assert actor_name.split("\n")[0] in page.locator("h1").inner_text()
    page.get_by_role("link", name=entry["title"]).first.click()
    page.wait_for_load_state()
    assert page.url == briefing_url


def _pages(output: Path) -> dict[str, str]:
    """The reader's page kinds, each as a path on the test server (the newest briefing's pages)."""
    entry = json.loads((output / "briefings.json").read_text())[0]
    twin = json.loads((output / entry["json"]).read_text())
    reacted = next(a for a in twin["actors"] if any(r["actor"] == a["id"] for r in twin["reactions"]))
    return {
        "front": "/",
        "briefing": "/" + entry["url"],
        "actor": "/" + reacted["url"],
        "edition": f"/editions/{entry['date']}/",
        "search": f"/search/?q={quote(_searchable_actor(twin))}",
    }


def _searchable_actor(twin: dict) -> str:
    """An actor named in the briefing's text but not in its headline, so only the index can find it."""
    body = " ".join(b["text"] for b in twin["body"])
    return next(a["name"] for a in twin["actors"] if a["name"] in body and a["name"] not in twin["title"])


def _open(page, base: str, path: str) -> None:
    page.goto(base + path)
    if path.startswith("/search/"):  # Pagefind draws the results after loading its index
        page.wait_for_selector(".pagefind-ui__result-link", timeout=15000)


def test_search_finds_the_briefing_by_an_actors_name_through_pagefind(site, page):
    base, output = site
    entry = json.loads((output / "briefings.json").read_text())[0]
    name = _searchable_actor(json.loads((output / entry["json"]).read_text()))
    refused: list[str] = []
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(base + "/")
    page.get_by_role("searchbox", name="Search briefings").fill(name)
    page.get_by_role("button", name="Search").click()
    page.wait_for_selector(".pagefind-ui__result-link", timeout=15000)
    assert page.url.endswith("/search/?q=" + quote_plus(name))
    results = [a.get_attribute("href") for a in page.locator(".pagefind-ui__result-link").all()]
    assert "/" + entry["url"] in results
    assert refused == []  # Pagefind's WebAssembly runs under the CSP ('wasm-unsafe-eval', nothing inline)


def test_search_gives_a_sub_result_that_links_to_the_article_heading(site, page):
    base, output = site
    entry = json.loads((output / "briefings.json").read_text())[0]
    twin = json.loads((output / entry["json"]).read_text())
    i, heading = next((i, b["text"]) for i, b in enumerate(twin["body"]) if b["type"] == "heading")
    word = max(re.findall(r"[A-Za-z]+", heading), key=len)
    page.goto(f"{base}/search/?q={quote(word)}")
    page.wait_for_selector(".pagefind-ui__result-link", timeout=15000)
    results = [a.get_attribute("href") for a in page.locator(".pagefind-ui__result-link").all()]
    assert f"/{entry['url']}#block-{i}" in results
    page.goto(f"{base}/{entry['url']}#block-{i}")
    assert page.locator(f"#block-{i}").inner_text() == heading


def test_reaction_graph_is_visible_on_the_briefing_page(site, browser):
    base, output = site
    context = browser.new_context(viewport={"width": 390, "height": 900})
    page = context.new_page()
    page.goto(base + _pages(output)["briefing"])
    graph = page.get_by_role("img", name="Who reacted to whom in this briefing")
    graph.scroll_into_view_if_needed()
    assert graph.is_visible() and graph.bounding_box()["width"] > 300
    assert " reacted to " in graph.locator("desc").text_content()  # the diagram in words, for screen readers
    context.close()


def test_without_javascript_pages_read_and_search_says_why(site, browser):
    base, output = site
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base + _pages(output)["briefing"])
    assert page.locator('[data-briefing="body"]').is_visible() and page.locator("svg.graph").is_visible()
    page.get_by_role("searchbox", name="Search briefings").fill("Iraq")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search/?q=Iraq")
    # Chromium's script switch does not make its parser render <noscript>; the message is checked as sent.
    assert page.get_by_role("heading", name="Search").is_visible()
    assert "Search runs in your browser and needs JavaScript" in page.locator("noscript").inner_html()
    context.close()


def test_print_shows_the_briefing_and_its_graph_without_navigation(site, page):
    base, output = site
    page.emulate_media(media="print")
    page.goto(base + _pages(output)["briefing"])
    assert not page.locator(".site-header").is_visible() and not page.locator(".pager").is_visible()
    assert page.locator("svg.graph").is_visible() and page.locator('[data-briefing="body"]').is_visible()


def test_screenshots_phone_and_desk(site, browser):
    """Screenshots of every page kind at 390 and 1280px; none may scroll sideways from 360px up."""
    base, output = site
    ARTIFACTS.mkdir(exist_ok=True)
    for width in (360, 390, 1280):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        for name, path in _pages(output).items():
            _open(page, base, path)
            if width != 360:
                page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
            overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
            assert not overflow, f"{name} page scrolls sideways at {width}px"
        context.close()


@pytest.mark.parametrize("which", ["front", "briefing", "actor", "edition", "search"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_accessibility_violations(site, browser, which, scheme):
    base, output = site
    # The site's CSP rightly refuses the injected axe script.
    context = browser.new_context(bypass_csp=True, color_scheme=scheme)
    page = context.new_page()
    _open(page, base, _pages(output)[which])
    violations = _axe(page)
    context.close()
    assert violations == []


def test_briefing_page_and_its_css_weigh_at_most_50_kb(site):
    _, output = site
    entry = json.loads((output / "briefings.json").read_text())[0]
    html = (output / entry["url"] / "index.html").read_text()
    styles = re.findall(r'<link rel="stylesheet" href="([^"]+)">', html)
    weight = len(html.encode()) + sum((output / entry["url"] / href).resolve().stat().st_size for href in styles)
    assert styles and weight <= 50_000, f"{weight} bytes"
