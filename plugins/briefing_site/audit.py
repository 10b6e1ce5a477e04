"""Find active markup in a built site: what must never reach a reader from a seed.

The theme itself has three things that look active and are allowed, each narrowly: its own script
files (served from the site's theme and Pagefind folders, never inline), JSON-LD data blocks
(`<script type="application/ld+json">` holding valid JSON with no `<`, so no seed text can close the
element), and the header's search form (a GET to the site's own search page).
"""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path
from urllib.parse import urlparse

import warnings

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

ACTIVE_TAGS = ("script", "iframe", "object", "embed", "form", "frame", "frameset", "applet", "base", "style")
# Inline styles that can hide text or lay a fake page over the real one.
_HIDING_STYLE = re.compile(r"position\s*:\s*(fixed|absolute)|display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?![.\d]*[1-9])|z-index", re.I)
_CONTROL = re.compile(r"[\x00-\x20]+")  # browsers ignore these inside a URL scheme ("jav\tascript:")
_BAD_URL = re.compile(r"^\s*(javascript|vbscript|data\s*:\s*text/html)", re.I)
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "poster", "data")
THEME_SCRIPT_DIRS = ("theme/js/", "pagefind/")  # site folders of the theme's scripts and Pagefind's UI
SEARCH_PAGES = ("search/",)  # where the theme's search form may send its GET
DATA_SCRIPT_TYPE = "application/ld+json"


def site_path(url: str, page: str = "", siteurl: str = "") -> str | None:
    """Where `url`, found on site page `page`, points inside the site; None if it leaves the site.

    >>> site_path("../../theme/js/search.js", "search/index.html"), site_path("https://x.org/a.js")
    ('theme/js/search.js', None)
    """
    if siteurl and url.startswith(siteurl.rstrip("/") + "/"):
        url = url[len(siteurl.rstrip("/")):]
    parsed = urlparse(url)
    if parsed.scheme or parsed.netloc:
        return None
    path = posixpath.normpath(posixpath.join("/" + posixpath.dirname(page), parsed.path))
    return path.lstrip("/") + ("/" if parsed.path.endswith("/") and path != "/" else "")


def _allowed(tag, page: str, siteurl: str) -> bool:
    """The theme's own script file, a JSON-LD block, or the search form (see the module docstring)."""
    if tag.name == "script" and tag.get("src"):
        where = site_path(str(tag["src"]), page, siteurl)
        return where is not None and where.startswith(THEME_SCRIPT_DIRS) and not tag.get_text().strip()
    if tag.name == "script":
        text = tag.get_text()
        if str(tag.get("type", "")).strip().lower() != DATA_SCRIPT_TYPE or "<" in text:
            return False
        try:
            json.loads(text)
        except ValueError:
            return False
        return True
    if tag.name == "form":
        action = site_path(str(tag.get("action", "")), page, siteurl)
        return action in SEARCH_PAGES and str(tag.get("method", "get")).lower() == "get"
    return False


def active_markup(html: str, page: str = "", siteurl: str = "") -> list[str]:
    """Every active element, event-handler attribute or script URL in a page.

    `page` is the page's path in the site and `siteurl` its SITEURL, to tell where the theme's own
    script and form URLs point.

    >>> active_markup('<p onclick="x()">hi</p><a href=" javascript:alert(1)">a</a>')
    ['onclick on <p>', 'javascript: URL in <a href>']
    >>> active_markup('<script type="application/ld+json">{"a": 1}</script><script src="theme/js/s.js"></script>')
    []
    >>> active_markup('<script src="https://evil.example/theme/js/s.js"></script><script>alert(1)</script>')
    ['<script>', '<script>']
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)  # feeds are audited as markup too
        soup = BeautifulSoup(html, "html.parser")
    found = []
    for tag in soup.find_all(True):
        for attr, value in tag.attrs.items():
            value = " ".join(value) if isinstance(value, list) else str(value)
            if attr.lower().startswith("on"):
                found.append(f"{attr} on <{tag.name}>")
            elif attr.lower() == "style" and _HIDING_STYLE.search(value):
                found.append(f"hiding style on <{tag.name}>")
            elif attr.lower() in URL_ATTRIBUTES and _BAD_URL.match(_CONTROL.sub("", value)):
                found.append(f"{_BAD_URL.match(_CONTROL.sub('', value)).group(1).lower()}: URL in <{tag.name} {attr}>")
        if tag.name in ("script", "form") and _allowed(tag, page, siteurl):
            continue
        if tag.name == "meta" and str(tag.get("http-equiv", "")).lower() == "refresh":
            found.append("<meta http-equiv=refresh>")
        elif tag.name in ACTIVE_TAGS:
            found.append(f"<{tag.name}>")
    return found


def audit_site(output: Path, siteurl: str = "") -> dict[str, list[str]]:
    """Active markup per HTML/XML file of a built site (files with none are left out)."""
    report = {}
    for path in sorted(Path(output).rglob("*")):
        if path.suffix in (".html", ".xml") and path.is_file():
            page = path.relative_to(output).as_posix()
            problems = active_markup(path.read_text(encoding="utf-8", errors="replace"), page, siteurl)
            if problems:
                report[str(path.relative_to(output))] = problems
    return report
