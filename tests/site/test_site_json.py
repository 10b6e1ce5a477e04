"""briefings.json and the JSON twins: exactly the contract keys of DESIGN.md, relative urls."""

from __future__ import annotations

import json
from pathlib import Path

INDEX_KEYS = ["title", "slug", "url", "json", "source_file", "date", "summary", "actors"]
TWIN_KEYS = ["title", "slug", "url", "date", "source_file", "source_url", "tags", "summary", "actors", "reactions", "body", "edits"]
ACTOR_KEYS = ["id", "name", "kind", "aliases", "mentions", "url", "discovered"]
REACTION_KEYS = ["actor", "speaker", "stance", "text", "block"]
BODY_KEYS = ["type", "text"]
EDIT_KEYS = ["rule", "action", "before", "after", "block"]


def is_site_relative(url: str) -> bool:
    return bool(url) and not url.startswith(("/", ".", "http:", "https:")) and ".." not in url and "//" not in url


def test_briefings_json_has_the_contract_keys_newest_first(site: Path):
    index = json.loads((site / "briefings.json").read_text())
    assert len(index) == 5
    for entry in index:
        assert list(entry) == INDEX_KEYS
        assert is_site_relative(entry["url"]) and is_site_relative(entry["json"])
        assert (site / entry["url"] / "index.html").exists() and (site / entry["json"]).exists()
        assert isinstance(entry["summary"], list) and all(isinstance(n, str) for n in entry["actors"])
    dates = [e["date"] for e in index]
    assert dates == sorted(dates, reverse=True)


def test_twins_have_exactly_the_contract_keys(site: Path):
    index = json.loads((site / "briefings.json").read_text())
    for entry in index:
        twin = json.loads((site / entry["json"]).read_text())
        assert list(twin) == TWIN_KEYS
        assert (twin["slug"], twin["url"], twin["title"]) == (entry["slug"], entry["url"], entry["title"])
        assert all(list(a) == ACTOR_KEYS for a in twin["actors"])
        assert all(list(r) == REACTION_KEYS for r in twin["reactions"])
        assert all(list(b) == BODY_KEYS and b["type"] in ("heading", "paragraph", "quote", "list") for b in twin["body"])
        assert all(list(e) == EDIT_KEYS for e in twin["edits"])
        actor_ids = {a["id"] for a in twin["actors"]}
        for actor in twin["actors"]:
            assert is_site_relative(actor["url"]) and (site / actor["url"] / "index.html").exists()
        for reaction in twin["reactions"]:
            assert reaction["actor"] in actor_ids and 0 <= reaction["block"] < len(twin["body"])


def test_twin_keeps_markdown_structure_and_metadata(site: Path):
    twin = json.loads((site / "briefings/river-commission-calls-talks-on-the-dam/briefing.json").read_text())
    assert twin["date"] == "2026-02-04"
    assert twin["source_url"] == "https://news.example.org/river/talks"
    assert twin["tags"] == ["water", "diplomacy"]
    assert [b["type"] for b in twin["body"]] == ["paragraph", "quote", "list"]


def test_unsafe_source_url_is_not_published(site: Path):
    twin = json.loads((site / "briefings/zenda-brigade-alert1-statement/briefing.json").read_text())
    assert twin["source_url"] is None


def test_json_is_compact_utf8_with_a_final_newline(site: Path):
    text = (site / "briefings.json").read_text(encoding="utf-8")
    assert text.startswith('[{"title":') and text.endswith("]\n") and text.count("\n") == 1
