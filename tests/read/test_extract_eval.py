"""The extraction eval: the scorer, the command on a tiny corpus, and a floor on the real pages."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from briefing import extract_eval
from briefing.extract_eval import DEFAULT_DIR, Score, load_pages, mean_score, ours, run, score

BODY = "Flood waters receded on Sunday in the delta, and farmers began to count the cost of the lost harvest."
PAGE = f"<html><head><title>Floods | Delta Times</title></head><body><nav><a href='/'>Home</a></nav><h1>Floods recede</h1><p>{BODY}</p></body></html>"


def test_score_counts_shingles():
    assert score("a b c d", "a b c d") == Score(1.0, 1.0)
    assert score("a b c d", "") == Score(0.0, 0.0)
    assert score("", "") == Score(1.0, 1.0)
    assert score("one two three four five", "one two three four") == Score(1.0, 0.5)
    assert mean_score([Score(1.0, 0.5), Score(0.5, 0.5)]) == Score(0.75, 0.5)


def test_command_prints_both_extractors_on_a_corpus(tmp_path: Path, capsys):
    pytest.importorskip("trafilatura")
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "p1.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (tmp_path / "ground-truth.json").write_text(json.dumps({"p1": {"articleBody": BODY, "url": "https://www.delta.example/a"}}))
    assert extract_eval.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "p1" in out and "delta.example" in out
    assert "ours         mean P=1.000 R=1.000 F1=1.000" in out
    assert "trafilatura  mean P=" in out


@pytest.mark.skipif(not (DEFAULT_DIR / "ground-truth.json").exists(), reason="real corpus not beside the repository")
def test_real_pages_stay_above_the_floor():
    """An eval gate: changes to the reader must not drop the score silently (0.986 when set)."""
    results = [run(ours, page) for page in load_pages(DEFAULT_DIR)]
    mean = mean_score(r.score for r in results)
    assert mean.f1 >= 0.975
    assert min(r.score.f1 for r in results) >= 0.75
