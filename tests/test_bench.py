"""The bench's seed generator: same seeds every time, the junk it promises, and seeds Briefing can read.

No timings here: the machine is shared, so speed is `make bench`'s business, not a test's.
"""

from __future__ import annotations

from pathlib import Path

from briefing.read import read_seed
from briefing.settings import Settings
from briefing_site.bench import JUNK_KINDS, generate_seeds, write_baseline, write_seeds

# Literal traces each kind of junk leaves in a seed's text.
MARKERS = {
    "read_here": "Read Here:",
    "also_read": "Also Read:",
    "advertisement": "\n\nAdvertisement\n\n",
    "share": "Share ",
    "caption": "(Photo: ",
    "mojibake": "â€",
}


def test_seeds_are_deterministic():
    assert generate_seeds(5) == generate_seeds(5)
    assert [s.text() for s in generate_seeds(5)] == [s.text() for s in generate_seeds(5)]
    assert generate_seeds(5, rng_seed=1) != generate_seeds(5)


def test_five_seeds_carry_every_kind_of_junk():
    seeds = generate_seeds(5)
    assert set().union(*(s.junk for s in seeds)) == set(JUNK_KINDS)
    for seed in seeds:
        text = seed.text()
        for kind, marker in MARKERS.items():
            if kind in seed.junk:
                assert marker in text, (seed.name, kind)
        assert any("\n" in p and "\n\n" not in p for p in seed.paragraphs), "a hard-wrapped paragraph"
    assert {s.name.rsplit(".", 1)[1] for s in seeds} == {"txt", "md"}
    assert len({s.title for s in generate_seeds(200)}) == 200, "one page per seed needs distinct headlines"


def test_seeds_read_without_error(tmp_path: Path):
    seeds = generate_seeds(5)
    for seed, path in zip(seeds, write_seeds(seeds, tmp_path / "seeds")):
        doc = read_seed(path, Settings())
        assert doc.title == seed.title
        assert doc.metadata["date"] == seed.date
        assert len(doc.blocks) > 20


def test_baseline_has_pelican_metadata(tmp_path: Path):
    seeds = generate_seeds(2)
    write_baseline(seeds, tmp_path)
    for seed in seeds:
        text = (tmp_path / seed.name).with_suffix(".md").read_text(encoding="utf-8")
        assert text.startswith(f"Title: {seed.title}\nDate: {seed.date}\n\n")


def test_clean_split_is_timed_on_each_txt_seed_apart_from_reading(tmp_path: Path, monkeypatch):
    import gc

    from briefing.pipeline import Pipeline
    from briefing_site.bench import time_clean_split
    from support import ROOT

    thresholds = set()
    timed = Pipeline.clean_and_split
    monkeypatch.setattr(Pipeline, "clean_and_split", lambda self, doc: thresholds.add(gc.get_threshold()) or timed(self, doc))
    paths = write_seeds(generate_seeds(8), tmp_path / "seeds")
    reads, times, cold, errors = time_clean_split(paths, ROOT)
    txt = sum(p.suffix == ".txt" for p in paths)
    assert 0 < txt < len(paths) and len(reads) == len(times) == len(cold) == txt and not errors
    assert thresholds == {(50_000, 20, 100)}  # the collector of a build, as its workers run the text core


def test_the_cold_figure_empties_the_memos_of_texts_but_not_the_registry_tables():
    import importlib

    from briefing.clean import words
    from briefing.sentences import sentences_of
    from briefing_site.bench import _text_core_caches

    run_together = importlib.import_module("briefing.clean.rules.split_run_together")
    caches = _text_core_caches()
    assert words.zipf in caches and sentences_of in caches
    assert words.lowered not in caches and run_together._registry_pairs not in caches
