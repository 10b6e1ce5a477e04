"""The scorer, on a gold answer and twin written here, and the eval gate: score floors on the shared
gold corpora (when they sit beside the checkout, as in CI) may not drop silently."""

from __future__ import annotations


import pytest

from briefing.evaluate import names_match, norm, score_case, total
from briefing_site.evaluation import evaluate_corpus
from support import ROOT

GOLD = {
    "title": "Council votes on river treaty",
    "junk": ["Share this article now"],
    "keep": ["The council voted on Monday.", "“We will not sign,” the minister said."],
    "repairs": [{"broken": "LenaMarsh said", "fixed": "Lena Marsh said"}],
    "headings": ["What happens next?"],
    "actors": [{"name": "Norland", "aliases": ["Norlandic"], "kind": "state"},
               {"name": "Lena Marsh", "aliases": ["Marsh"], "kind": "person", "affiliation": "Norland"}],
    "minor_actors": ["Council"],
    "reactions": [{"actor": "Norland", "speaker": "Lena Marsh", "stance": "deny", "evidence": "We will not sign, the minister said"}],
    "summary_facts": ["council", "treaty"],
}
TWIN = {
    "title": "Council votes on river treaty",
    "body": [{"type": "paragraph", "text": "The council voted on Monday. Lena Marsh said no."},
             {"type": "heading", "text": "What happens next?"},
             {"type": "paragraph", "text": "“We will not sign,” the minister said."}],
    "summary": ["The council voted on Monday."],
    "actors": [{"id": "norland", "name": "Norland", "aliases": [], "kind": "state"},
               {"id": "lena-marsh", "name": "Minister Lena Marsh", "aliases": [], "kind": "person"},
               {"id": "tuesday", "name": "Tuesday", "aliases": [], "kind": "organisation"}],
    "reactions": [{"actor": "norland", "speaker": "Lena Marsh", "stance": "deny", "text": "“We will not sign,” the minister said.", "block": 2}],
}


def test_norm_follows_the_gold_readme():
    assert norm("“Quote” — it’s\u00a0 HERE ") == "\"quote\" - it's here"


def test_actor_names_match_rule():
    assert names_match(["The Norland's"], ["Norland"])
    assert names_match(["Minister Lena Marsh"], ["Lena Marsh"])
    assert not names_match(["Nor"], ["Norland"])


def test_score_case_counts_every_dimension():
    s = score_case("x", GOLD, TWIN)
    assert (s.junk_left, s.keep_kept, s.repairs_done, s.headings_found, s.title_ok) == (0, 2, 1, 1, 1)
    assert (s.actors_found, s.reported_ok, s.reported_total) == (2, 2, 3)
    assert (s.reactions_found, s.stance_ok) == (1, 1)
    assert s.facts_found == 1 and s.lead3_facts_found == 1


def test_missing_twin_scores_zero():
    s = score_case("x", GOLD, None)
    assert s.junk_left == 1 and s.keep_kept == 0 and s.actors_found == 0


DEV = ROOT.parent / "shared/corpus/dev"
REAL_TEXT = ROOT.parent / "shared/corpus/real-text"


@pytest.mark.skipif(not DEV.exists(), reason="the shared dev corpus is not beside the checkout")
def test_dev_corpus_floors():
    scores, table = evaluate_corpus(DEV, ROOT / "pelican.conf.py")
    t = total(scores)
    assert t.junk_left == 0, table
    assert t.keep_kept >= 0.99 * t.keep_total, table
    assert t.repairs_done >= 0.95 * t.repairs_total, table
    assert t.headings_found >= 0.90 * t.headings_total, table
    assert t.title_ok == len(scores), table
    assert t.actors_found >= 0.90 * t.actors_total and t.reported_ok >= 0.85 * t.reported_total, table
    assert t.reactions_found >= 0.80 * t.reactions_total and t.stance_ok >= 0.80 * t.reactions_found, table
    assert t.facts_found >= 0.80 * t.facts_total and t.facts_found >= t.lead3_facts_found, table
    assert t.active_markup == 0, table


@pytest.mark.skipif(not REAL_TEXT.exists(), reason="the shared real-text corpus is not beside the checkout")
def test_real_text_floors():
    scores, table = evaluate_corpus(REAL_TEXT, ROOT / "pelican.conf.py")
    t = total(scores)
    assert t.keep_kept == t.keep_total, table
    assert t.junk_left <= 0.05 * t.junk_total, table


def test_eval_of_a_folder_without_gold_says_so_without_a_traceback(tmp_path, capsys):
    from briefing_site.__main__ import main

    (tmp_path / "notes.txt").write_text("not a corpus", encoding="utf-8")
    assert main(["eval", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("eval: ") and str(tmp_path) in err and "gold.json" in err
    assert "Traceback" not in err
