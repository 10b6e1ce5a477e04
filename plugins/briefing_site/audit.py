"""Find active markup in a built site: what must never reach a reader from a seed."""

from __future__ import annotations

import re
from pathlib import Path

import warnings

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

ACTIVE_TAGS = ("script", "iframe", "object", "embed", "form", "frame", "frameset", "applet", "base", "style")
# Inline styles that can hide text or lay a fake page over the real one.
_HIDING_STYLE = re.compile(r"position\s*:\s*(fixed|absolute)|display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?![.\d]*[1-9])|z-index", re.I)
_CONTROL = re.compile(r"[\x00-\x20]+")  # browsers ignore these inside a URL scheme ("jav\tascript:")
_BAD_URL = re.compile(r"^\s*(javascript|vbscript|data\s*:\s*text/html)", re.I)
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "poster", "data")


def active_markup(html: str, allowed_scripts: tuple[str, ...] = ()) -> list[str]:
    """Every active element, event-handler attribute or script URL in a page.

    `allowed_scripts` are src prefixes of the theme's own scripts (e.g. the search UI).

    >>> active_markup('<p onclick="x()">hi</p><a href=" javascript:alert(1)">a</a>')
    ['onclick on <p>', 'javascript: URL in <a href>']
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
        if tag.name == "script" and tag.get("src", "").startswith(allowed_scripts) and allowed_scripts:
            continue
        if tag.name == "meta" and str(tag.get("http-equiv", "")).lower() == "refresh":
            found.append("<meta http-equiv=refresh>")
        elif tag.name in ACTIVE_TAGS:
            found.append(f"<{tag.name}>")
    return found


def audit_site(output: Path, allowed_scripts: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """Active markup per HTML/XML file of a built site (files with none are left out)."""
    report = {}
    for path in sorted(Path(output).rglob("*")):
        if path.suffix in (".html", ".xml") and path.is_file():
            problems = active_markup(path.read_text(encoding="utf-8", errors="replace"), allowed_scripts)
            if problems:
                report[str(path.relative_to(output))] = problems
    return report
