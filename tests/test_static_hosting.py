"""`make publish` output served by a real nginx from a sub-path: zero broken internal links or assets.

The crawl starts at the front page and at sitemap.xml and follows links in pages, feeds and the
sitemap, so editions, per-actor feeds and the search page's assets are all fetched.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse

import pytest

from support import ROOT, free_port, user_seeds

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
EXPECTED_TYPES = {".html": "text/html", ".json": "application/json", ".xml": "xml", ".css": "text/css", ".js": "javascript", ".svg": "image/svg+xml"}


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value and (name in ("href", "src") or (tag == "link" and name == "href")):
                self.links.append(value)


def _xml_links(body: bytes) -> list[str]:
    """Where a sitemap (<loc>), an Atom feed (<link href>) or an RSS feed (<link>) points."""
    links = []
    for element in ET.fromstring(body).iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "link" and element.get("href"):
            links.append(element.get("href"))
        elif tag in ("loc", "link") and element.text:
            links.append(element.text.strip())
    return links



@pytest.fixture(scope="module")
def published(tmp_path_factory):
    if not Path(NGINX).exists():
        pytest.skip("STATIC HOSTING TEST SKIPPED: Debian's nginx is not installed")
    tmp = tmp_path_factory.mktemp("publish")
    seeds = user_seeds(tmp)
    (seeds / "2026-03-02-talks.md").write_text("---\ntitle: Talks resume\ndate: 2026-03-02\ntags: [diplomacy]\n---\n\nThe foreign minister of Iraq said talks with Iran would resume.\n")
    port = free_port()
    siteurl = f"http://127.0.0.1:{port}/briefing"
    output = tmp / "output"
    subprocess.run(["make", "-s", "publish", f"SITEURL={siteurl}", f"SEEDS={seeds}", f"OUTPUT={output}"], cwd=ROOT, check=True, capture_output=True)
    conf = tmp / "nginx.conf"
    conf.write_text(f"""
daemon off; worker_processes 1; user root; pid {tmp}/nginx.pid; error_log {tmp}/error.log;
events {{ worker_connections 64; }}
http {{
  include /etc/nginx/mime.types; default_type application/octet-stream;
  types {{ application/json json; application/atom+xml atom; }}
  access_log off; client_body_temp_path {tmp}; proxy_temp_path {tmp}; fastcgi_temp_path {tmp}; uwsgi_temp_path {tmp}; scgi_temp_path {tmp};
  server {{ listen 127.0.0.1:{port}; location /briefing/ {{ alias {output}/; index index.html; }} }}
}}""")
    proc = subprocess.Popen([NGINX, "-c", str(conf), "-p", str(tmp)], stderr=subprocess.PIPE)
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    yield siteurl
    proc.terminate()
    proc.wait(timeout=10)


def test_every_internal_link_resolves(published):
    siteurl = published + "/"
    seen, queue, broken, pages = set(), [siteurl, siteurl + "sitemap.xml"], [], 0
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                ctype, body = r.headers.get("Content-Type", ""), r.read()
        except urllib.error.HTTPError as err:
            broken.append(f"{url} -> {err.code}")
            continue
        suffix = Path(urlparse(url).path).suffix or ".html"
        if suffix in EXPECTED_TYPES:
            assert EXPECTED_TYPES[suffix] in ctype, f"{url} served as {ctype}"
        if "xml" in ctype:
            links = _xml_links(body)
        elif "text/html" in ctype:
            pages += 1
            parser = _Links()
            parser.feed(body.decode("utf-8", errors="replace"))
            links = parser.links
        else:
            continue
        for link in links:
            target = urldefrag(urljoin(url, link))[0]
            if target.startswith(siteurl) and target not in seen:
                queue.append(target)
            elif urlparse(target).netloc == urlparse(siteurl).netloc and not target.startswith(siteurl):
                broken.append(f"{url} links outside the sub-path: {link}")
    assert broken == []
    assert pages >= 5
    paths = {url.removeprefix(siteurl) for url in seen}
    expected = {"sitemap.xml", "feeds/all.atom.xml", "feeds/all.rss.xml", "editions/2026-03-02/", "archives/", "search/",
                "pagefind/pagefind-ui.js", "pagefind/pagefind-ui.css", "theme/js/search.js", "actors/iraq/feed.atom.xml",
                "actors/iraq/feed.rss.xml"}
    assert expected <= paths, expected - paths


def test_search_bundle_is_served_for_the_browser(published):
    """Files Pagefind's UI loads by itself (never linked from a page), with types a browser accepts."""
    base = published + "/pagefind/"
    with urllib.request.urlopen(base + "pagefind-entry.json", timeout=5) as r:
        entry = json.loads(r.read())
    with urllib.request.urlopen(base + "pagefind.js", timeout=5) as r:
        assert "javascript" in r.headers["Content-Type"]
    for language in entry["languages"].values():
        with urllib.request.urlopen(f"{base}pagefind.{language['hash']}.pf_meta", timeout=5) as r:
            assert r.status == 200
    with urllib.request.urlopen(base + "wasm.unknown.pagefind", timeout=5) as r:
        assert r.status == 200


def test_published_pages_have_canonical_urls_under_the_sub_path(published):
    with urllib.request.urlopen(published + "/", timeout=5) as r:
        front = r.read().decode()
    assert f'<link rel="canonical" href="{published}/">' in front
    with urllib.request.urlopen(published + "/search/", timeout=5) as r:
        assert f'data-site-root="{published}/"' in r.read().decode()  # search results link under the sub-path


def test_search_results_link_under_the_sub_path_in_a_browser(published):
    """Pagefind finds pages by their root paths; the theme's script must put results under the sub-path."""
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        pytest.skip("STATIC HOSTING SEARCH TEST SKIPPED: Debian's chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.goto(published + "/search/?q=Iran")
        page.wait_for_selector(".pagefind-ui__result-link", timeout=15000)
        hrefs = [a.get_attribute("href") for a in page.locator(".pagefind-ui__result-link").all()]
        page.locator(".pagefind-ui__result-link").first.click()
        page.wait_for_load_state()
        landed, title = page.url, page.title()
        browser.close()
    sub_path = urlparse(published).path + "/"
    assert hrefs and all(href.startswith(sub_path) for href in hrefs), hrefs
    assert landed.startswith(published + "/") and title.endswith("· Briefing"), (landed, title)  # a page, not nginx's 404
