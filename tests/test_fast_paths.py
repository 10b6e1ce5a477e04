"""The fast paths change no output: seeds processed ahead in a pool of processes give what the reader
gives on its own (bad seeds still reported with their reason), and an unchanged rebuild that reuses
the previous build's files gives the same site as a fresh build."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from briefing.pipeline import Pipeline
from briefing_site import reader as site_reader
from briefing_site.bench import generate_seeds, write_seeds
from briefing_site.build import build
from briefing_site.reader import Prefetch, briefing_settings, page_parts
from support import ROOT

CONF = ROOT / "pelican.conf.py"
BAD = {"empty.txt": b"", "headline-only.txt": b"Just a headline\n"}


def _tree(output: Path) -> dict[str, str]:
    return {str(p.relative_to(output)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(output.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("fast") / "seeds"
    write_seeds(generate_seeds(12), folder)
    for name, data in BAD.items():
        (folder / name).write_bytes(data)
    return folder


def _pipeline() -> Pipeline:
    from pelican.settings import read_settings

    return Pipeline.for_site(briefing_settings(read_settings(str(CONF))))


def test_prefetched_briefings_equal_serial_ones(seeds: Path):
    pipeline = _pipeline()
    paths = sorted(str(p) for p in seeds.iterdir())
    prefetch = Prefetch.start(pipeline, paths, workers=2, min_seeds=0)
    assert prefetch.executor is not None
    try:
        for path in paths:
            if Path(path).name in BAD:
                with pytest.raises(KeyError):  # the reader does a failed seed again itself
                    prefetch.take(path)
                continue
            briefing, parts = prefetch.take(path)
            serial = pipeline.process(Path(path))
            assert briefing == serial
            assert parts == page_parts(serial)
    finally:
        prefetch.close()
    assert prefetch.executor is None


def test_parallel_build_equals_serial_build_and_names_bad_seeds(seeds: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(site_reader, "PREFETCH_WORKERS", 0)
    serial = build(CONF, seeds, tmp_path / "serial", {"CACHE_PATH": str(tmp_path / "cache-serial")})
    monkeypatch.setattr(site_reader, "PREFETCH_WORKERS", 2)
    monkeypatch.setattr(site_reader, "PREFETCH_MIN_SEEDS", 0)
    parallel = build(CONF, seeds, tmp_path / "parallel", {"CACHE_PATH": str(tmp_path / "cache-parallel")})
    assert parallel.built == serial.built == 12
    assert parallel.failed == serial.failed
    assert sorted(parallel.failed) == sorted(BAD)
    assert "empty" in parallel.failed["empty.txt"]
    assert _tree(tmp_path / "parallel") == _tree(tmp_path / "serial")


def test_unchanged_rebuild_reuses_files_and_equals_a_fresh_build(seeds: Path, tmp_path: Path):
    cache = {"CACHE_PATH": str(tmp_path / "cache")}
    output = tmp_path / "output"
    build(CONF, seeds, output, cache)
    first = _tree(output)
    page = next(output.glob("briefings/*/index.html"))
    index = output / "pagefind" / "pagefind-entry.json"
    inodes = os.stat(page).st_ino, os.stat(index).st_ino
    report = build(CONF, seeds, output, cache)
    assert _tree(output) == first
    # linked from the previous build, not rendered or indexed again
    assert (os.stat(page).st_ino, os.stat(index).st_ino) == inodes
    assert sorted(report.failed) == sorted(BAD)

    # A file changed by hand in output/ is rendered again, not kept.
    page.write_text("tampered", encoding="utf-8")
    build(CONF, seeds, output, cache)
    assert _tree(output) == first


def _inodes(output: Path) -> dict[str, int]:
    return {str(p.relative_to(output)): os.stat(p).st_ino for p in output.rglob("*") if p.is_file()}


@pytest.mark.parametrize("edit", ["body", "headline"])
def test_one_seed_changed_rewrites_only_its_pages_and_equals_a_fresh_build(seeds: Path, tmp_path: Path, edit: str):
    cache = {"CACHE_PATH": str(tmp_path / "cache")}
    output = tmp_path / "output"
    build(CONF, seeds, output, cache)
    first, before = _tree(output), _inodes(output)
    changed = sorted(p for p in seeds.glob("*.txt") if p.name not in BAD)[-1]
    original = changed.read_bytes()
    _headline, _, rest = original.partition(b"\n")
    try:
        if edit == "body":  # same slug: its own page, twin and its actors' pages change
            changed.write_bytes(original + b"\nThe minister said on Tuesday that the talks would go on.\n")
        else:  # a new slug: its neighbours' pagers change too
            changed.write_bytes(b"Talks resume after a week of silence\n" + rest)
        build(CONF, seeds, output, cache)
        build(CONF, seeds, tmp_path / "fresh", {"CACHE_PATH": str(tmp_path / "cache-fresh")})
        assert _tree(output) == _tree(tmp_path / "fresh") != first
    finally:
        changed.write_bytes(original)
    after = _inodes(output)
    kept = {rel for rel, inode in after.items() if before.get(rel) == inode}
    rewritten = {rel for rel in after if rel not in kept}
    pages = {rel for rel in after if rel.startswith("briefings/") and rel.endswith("/index.html")}
    assert kept & pages and rewritten & pages  # untouched briefings' pages are linked, the changed one rendered
    editions = {rel for rel in after if rel.startswith("editions/")}
    assert kept & editions and rewritten & editions  # so are the other days' editions, and its own
    assert any(rel.startswith("actors/") and rel.endswith("/index.html") for rel in kept)
    assert {"index.html", "sitemap.xml", "briefings.json"} <= rewritten  # what lists every briefing is rendered


def test_seeds_in_the_content_cache_are_not_processed_ahead(seeds: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(site_reader, "PREFETCH_MIN_SEEDS", 0)
    asked: list[int] = []
    start = Prefetch.start.__func__

    def spy(cls, pipeline, paths, *args, **kwargs):
        asked.append(len(paths))
        return start(cls, pipeline, paths, *args, **kwargs)

    monkeypatch.setattr(Prefetch, "start", classmethod(spy))
    cache = {"CACHE_PATH": str(tmp_path / "cache")}
    build(CONF, seeds, tmp_path / "cold", cache)
    build(CONF, seeds, tmp_path / "warm", cache)  # another output: rendered, but read from the cache
    # cold: every seed; warm: only the bad seeds, which the cache never holds
    assert asked == [12 + len(BAD), len(BAD)]
    assert _tree(tmp_path / "warm") == _tree(tmp_path / "cold")


def test_pelican_asks_for_seeds_in_the_order_the_pool_processes_them(seeds: Path, tmp_path: Path, monkeypatch):
    """Pelican's own order is a set's; asked for in any other order than the pool's, the reader would
    wait for results the pool does last while the others pile up."""
    monkeypatch.setattr(site_reader, "PREFETCH_MIN_SEEDS", 0)
    submitted: list[str] = []
    taken: list[str] = []
    start, take = Prefetch.start.__func__, Prefetch.take

    def start_spy(cls, pipeline, paths, *args, **kwargs):
        submitted.extend(paths)
        return start(cls, pipeline, paths, *args, **kwargs)

    def take_spy(self, path):
        taken.append(os.path.abspath(path))
        return take(self, path)

    monkeypatch.setattr(Prefetch, "start", classmethod(start_spy))
    monkeypatch.setattr(Prefetch, "take", take_spy)
    build(CONF, seeds, tmp_path / "out", {"CACHE_PATH": str(tmp_path / "cache")})
    assert len(submitted) == 12 + len(BAD)
    assert taken == submitted
