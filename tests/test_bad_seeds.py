"""Bad seeds: each gets a clear message naming the file and the reason, and never stops the others."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from briefing.model import SeedError
from briefing.read import read_seed
from briefing.settings import Settings
from briefing_site.build import build
from support import ROOT

CONF = ROOT / "pelican.conf.py"
GOOD = "Council meets on water rights\n\nThe council said on Monday that it would meet again next week.\n"
PARAGRAPH = "The foreign minister said on Monday that the talks over the shared river would resume next week. "

BAD_SEEDS: dict[str, tuple[bytes, str]] = {
    # file name: (content, words the reason must contain)
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \n\t\n \n", "empty"),
    "headline-only.txt": (b"Just a headline\n", "no body"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    "bad-front-matter.md": (b"---\ntitle: [unclosed\ndate: 2026-01-01\n---\n\nBody text here.\n", "YAML"),
    "bad-date.md": (b"---\ntitle: A title\ndate: next tuesday\n---\n\nBody text here.\n", "date"),
    "unclosed.md": (b"---\ntitle: A title\n\nBody text but the front matter never closes.\n", "front matter"),
    "bad-sidecar.txt": (GOOD.encode(), "sidecar"),
}
SIDECARS = {"bad-sidecar.yaml": b"title: Fine\ncolour: blue\n"}


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bad-seeds")
    seeds = tmp / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(GOOD)
    (seeds / "latin1.txt").write_bytes(("Café owners in Montréal protest\n\n" + "Les propriétaires de café à Montréal ont déclaré lundi qu’ils étaient très inquiets. " * 3).encode("cp1252"))
    for name, (content, _) in BAD_SEEDS.items():
        (seeds / name).write_bytes(content)
    for name, content in SIDECARS.items():
        (seeds / name).write_bytes(content)
    (seeds / "notes.pdf").write_bytes(b"%PDF-1.4")
    report = build(CONF, seeds, tmp / "output", {"CACHE_PATH": str(tmp / "cache")})
    return report, tmp / "output"


def test_good_seeds_are_all_built(bad_build):
    report, output = bad_build
    titles = {e["title"] for e in json.loads((output / "briefings.json").read_text())}
    assert titles == {"Council meets on water rights", "Café owners in Montréal protest"}
    assert report.built == 2


@pytest.mark.parametrize("name", sorted(BAD_SEEDS))
def test_each_bad_seed_is_reported_with_its_reason(bad_build, name):
    report, _ = bad_build
    assert name in report.failed, report.summary()
    assert BAD_SEEDS[name][1].lower() in report.failed[name].lower()


def test_unknown_file_types_are_listed_not_dropped(bad_build):
    assert bad_build[0].ignored == ["notes.pdf"]
    assert "notes.pdf" in bad_build[0].summary()


def test_cp1252_seed_is_decoded_not_mojibake(bad_build):
    output = bad_build[1]
    text = "".join(p.read_text() for p in output.rglob("briefing.json"))
    assert "propriétaires de café à Montréal" in text
    assert "Ã" not in text


def test_yaml_errors_give_the_line(tmp_path: Path):
    seed = tmp_path / "x.md"
    seed.write_text("---\ntitle: ok\ntags: [a, b\ndate: 2026-01-01\n---\n\nBody.\n")
    with pytest.raises(SeedError) as err:
        read_seed(seed, Settings())
    assert err.value.source_file == "x.md" and err.value.line is not None


def test_make_html_exits_non_zero_after_writing_good_pages(bad_build, tmp_path: Path):
    import subprocess

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(GOOD)
    (seeds / "empty.txt").write_text("")
    result = subprocess.run(["make", "-s", "html", f"SEEDS={seeds}", f"OUTPUT={tmp_path / 'out'}"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode != 0
    assert "FAILED empty.txt" in result.stderr
    assert (tmp_path / "out" / "briefings.json").exists()


def test_oversized_seed_is_refused_with_the_limit(tmp_path: Path):
    seed = tmp_path / "huge.txt"
    seed.write_text("Headline\n\n" + "word " * 300)
    with pytest.raises(SeedError, match="over the limit"):
        read_seed(seed, Settings(max_seed_bytes=1000))


def test_large_seed_builds_in_linear_time(tmp_path: Path):
    """A 1.3 MB seed (a long wire digest) is processed, in time proportional to its size (4.5 MB took 9 s here)."""
    from briefing.pipeline import Pipeline

    pipeline = Pipeline.for_site(Settings(registry=ROOT / "content/actors.yaml"))
    timings = []
    for paragraphs in (2_000, 8_000):
        seed = tmp_path / f"big-{paragraphs}.txt"
        body = "\n\n".join(f"{PARAGRAPH}Item {i} of the digest notes that officials in region {i % 97} met." for i in range(paragraphs))
        seed.write_text(f"A long digest\n\n{body}\n")
        start = time.perf_counter()
        pipeline.process(seed)
        timings.append(time.perf_counter() - start)
    assert seed.stat().st_size > 1_000_000
    assert timings[1] < 8 * timings[0] + 1.0, timings  # 4x the input: well under quadratic growth
