"""Builds are reproducible, and the content cache never serves a stale briefing."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
import yaml

from briefing_site.build import build
from support import ROOT, user_seeds

CONF = ROOT / "pelican.conf.py"


def _tree(output: Path) -> dict[str, str]:
    return {str(p.relative_to(output)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(output.rglob("*")) if p.is_file()}


def _seeds(tmp: Path) -> Path:
    seeds = user_seeds(tmp)
    (seeds / "2026-03-02-talks.txt").write_text("Talks resume in the capital\n\nThe foreign minister said talks would resume.\n")
    return seeds


def test_two_builds_are_byte_identical(tmp_path: Path):
    seeds = _seeds(tmp_path)
    build(CONF, seeds, tmp_path / "a", {"CACHE_PATH": str(tmp_path / "cache-a")})
    build(CONF, seeds, tmp_path / "b", {"CACHE_PATH": str(tmp_path / "cache-b")})
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")


def test_warm_cache_build_equals_cold_build(tmp_path: Path):
    seeds = _seeds(tmp_path)
    cache = {"CACHE_PATH": str(tmp_path / "cache")}
    build(CONF, seeds, tmp_path / "cold", cache)
    build(CONF, seeds, tmp_path / "warm", cache)
    assert _tree(tmp_path / "cold") == _tree(tmp_path / "warm")


def test_deleted_seed_leaves_no_stale_page(tmp_path: Path):
    seeds = _seeds(tmp_path)
    output = tmp_path / "output"
    cache = {"CACHE_PATH": str(tmp_path / "cache")}
    build(CONF, seeds, output, cache)
    pages = set(_tree(output))
    (seeds / "2026-03-02-talks.txt").rename(seeds / "2026-03-02-renamed.txt")
    build(CONF, seeds, output, cache)
    (seeds / "2026-03-02-renamed.txt").unlink()
    build(CONF, seeds, output, cache)
    assert not any("talks" in p for p in _tree(output))
    assert len(_tree(output)) < len(pages)


@pytest.mark.parametrize(
    ("make_seeds", "alias", "second"),
    [(_seeds, "foreign minister", "second"), (user_seeds, "Pentagon spokesperson", "first")],
    ids=["cached-briefing", "pages-of-the-same-output"],
)
def test_registry_change_rebuilds_briefings(tmp_path: Path, make_seeds, alias, second):
    """A registry change reaches the cached briefings, and a rebuild into the same output: the
    unchanged-rebuild shortcut must not keep the old pages when only the registry changed."""
    seeds = make_seeds(tmp_path)
    registry = tmp_path / "actors.yaml"
    shutil.copy(ROOT / "content/actors.yaml", registry)
    settings = {"CACHE_PATH": str(tmp_path / "cache"), "BRIEFING": {"registry": str(registry)}}
    build(CONF, seeds, tmp_path / "first", settings)
    data = yaml.safe_load(registry.read_text())
    data.setdefault("actors", []).append({"id": "zorblax", "name": "Zorblax Council", "kind": "organisation", "aliases": [alias]})
    registry.write_text(yaml.safe_dump(data))
    build(CONF, seeds, tmp_path / second, settings)
    assert any("Zorblax Council" in p.read_text() for p in (tmp_path / second).rglob("briefing.json"))


def test_sidecar_change_rebuilds_cached_briefing(tmp_path: Path):
    seeds = _seeds(tmp_path)
    cache = {"CACHE_PATH": str(tmp_path / "cache")}
    build(CONF, seeds, tmp_path / "first", cache)
    (seeds / "2026-03-02-talks.yaml").write_text("title: Talks resume after a long pause\n")
    build(CONF, seeds, tmp_path / "second", cache)
    assert any("Talks resume after a long pause" in p.read_text() for p in (tmp_path / "second").rglob("briefing.json"))


def test_source_date_epoch_dates_undated_seeds(tmp_path: Path):
    import subprocess

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "undated.txt").write_text("An undated report\n\nThe ministry said the talks would go on.\n")
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1772409600"}  # 2026-03-02T00:00Z
    subprocess.run(["make", "-s", "html", f"SEEDS={seeds}", f"OUTPUT={tmp_path / 'out'}"], cwd=ROOT, check=True, capture_output=True, env=env)
    assert json.loads((tmp_path / "out/briefings.json").read_text())[0]["date"].startswith("2026-03-02")
