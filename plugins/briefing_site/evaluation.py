"""`make eval CORPUS=DIR`: build the corpus's seeds in a temporary place and score against its gold."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from briefing.evaluate import CaseScore, format_table, load_gold, score_case, seed_for

from .audit import audit_site
from .build import build


def evaluate_corpus(corpus: Path, conf: Path, verbose: bool = False) -> tuple[list[CaseScore], str]:
    """Build every case's seed with the site settings, then score each JSON twin against its gold."""
    corpus = Path(corpus)
    gold = load_gold(corpus)
    if not gold:
        raise FileNotFoundError(f"{corpus} holds no NAME.gold.json files")
    with tempfile.TemporaryDirectory(prefix="briefing-eval-") as tmp:
        seeds, output = Path(tmp) / "seeds", Path(tmp) / "output"
        seeds.mkdir()
        case_of_file = {}
        for case in gold:
            seed = seed_for(corpus, case)
            if seed is not None:
                shutil.copy2(seed, seeds / seed.name)
                case_of_file[seed.name] = case
        report = build(conf, seeds, output, {"CACHE_PATH": str(Path(tmp) / "cache"), "LOAD_CONTENT_CACHE": False})
        twins = {}
        for entry in json.loads((output / "briefings.json").read_text(encoding="utf-8")):
            twins[entry["source_file"]] = json.loads((output / entry["json"]).read_text(encoding="utf-8"))
        markup = audit_site(output)
        scores = []
        for name, case in sorted(case_of_file.items(), key=lambda kv: kv[1]):
            score = score_case(case, gold[case], twins.get(name))
            twin = twins.get(name)
            if twin:
                page = twin["url"].strip("/")
                score.active_markup = sum(len(v) for k, v in markup.items() if k.startswith(page))
            scores.append(score)
    lines = [format_table(scores)]
    if report.failed:
        lines.append(report.summary())
    if verbose:
        for s in scores:
            lines += [f"{s.name}: {m}" for m in s.missing]
    return scores, "\n".join(lines)
