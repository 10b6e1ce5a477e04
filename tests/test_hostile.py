"""No active markup from any seed reaches any page, feed or JSON twin (issue: hostile content)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing_site.audit import active_markup, audit_site
from briefing_site.build import build
from support import ROOT

VECTORS = [line for line in (ROOT / "tests/fixtures/xss_vectors.txt").read_text().splitlines() if line and not line.startswith("#")]
LEAD = "The defence ministry said on Monday that talks with the rebels would resume next week."


def _seeds(folder: Path) -> None:
    body = "\n\n".join(f"{LEAD} {v}" for v in VECTORS)
    (folder / "hostile-text.txt").write_text(f"Talks resume <script>alert(1)</script>\n\n{body}\n")
    (folder / "hostile-md.md").write_text(
        "---\ntitle: 'Ministry <img src=x onerror=alert(1)> talks'\nsource_url: 'javascript:alert(1)'\n"
        "tags: ['<b>bold</b>', 'x\" onmouseover=\"alert(1)']\n---\n\n" + body + "\n"
    )
    paragraphs = "".join(f"<p>{LEAD} {v}</p>" for v in VECTORS)
    (folder / "hostile-page.html").write_text(
        f"<html><head><title>Talks</title><script>alert(1)</script></head><body onload=alert(1)>"
        f"<article><h1>Talks resume <svg onload=alert(1)></h1>{paragraphs}</article></body></html>"
    )
    (folder / "hostile-side.txt").write_text(f"Sidecar talks\n\n{LEAD}\n")
    (folder / "hostile-side.yaml").write_text("source_url: 'javascript:alert(document.cookie)'\ntitle: '<script>alert(1)</script> Sidecar'\n")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("hostile")
    seeds = tmp / "seeds"
    seeds.mkdir()
    _seeds(seeds)
    build(ROOT / "pelican.conf.py", seeds, tmp / "output", {"CACHE_PATH": str(tmp / "cache")})
    return tmp / "output"


def test_vectors_are_recognised_by_the_audit():
    """The audit itself must see what it is looking for, or the site test proves nothing."""
    caught = [v for v in VECTORS if active_markup(v)]
    assert len(caught) >= 22


def test_all_hostile_seeds_were_built(hostile_site: Path):
    assert len(json.loads((hostile_site / "briefings.json").read_text())) == 4


def test_no_active_markup_anywhere(hostile_site: Path):
    assert audit_site(hostile_site) == {}


def test_every_page_has_a_content_security_policy(hostile_site: Path):
    pages = list(hostile_site.rglob("*.html"))
    assert pages
    missing = [str(p) for p in pages if 'http-equiv="Content-Security-Policy"' not in p.read_text()]
    assert missing == []


def test_template_syntax_in_seeds_is_not_evaluated(hostile_site: Path):
    text = "".join(p.read_text() for p in hostile_site.rglob("*.html"))
    assert "{{ 7*7 }}" in text
    assert "{% for x in range(3) %}loop{% endfor %}" in text


def test_twins_are_valid_json_with_text_only(hostile_site: Path):
    for path in hostile_site.rglob("briefing.json"):
        twin = json.loads(path.read_text())
        assert twin["source_url"] is None or twin["source_url"].startswith(("http://", "https://"))
