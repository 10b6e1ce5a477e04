"""How well the HTML reader extracts article text, measured against trafilatura on real pages.

    python -m briefing.extract_eval [DIR]

DIR (default: ../shared/corpus/real beside the repository) holds `html/<id>.html.gz` and
`ground-truth.json` ({id: {"articleBody", "url"}}), as in scrapinghub's article-extraction-benchmark.
Scores follow that benchmark: each text becomes a multiset of 4-token shingles (tokens are `\\w+`
runs); precision and recall are computed per page, averaged over pages, and F1 is the harmonic mean
of the two averages. Time is the wall-clock seconds each extractor spent on all pages.

Then the dev corpus's .html seeds (DIR/../dev) are checked against their gold: title equal, page
chrome gone, genuine text kept. Keep items are written as they read after the cleaning stage's
repairs, so the gold repairs are applied to our text before looking for them.

trafilatura is a test/eval dependency only, imported here and nowhere else.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from .read import decode
from .read.html import read

SHINGLE_TOKENS = 4
_TOKEN = re.compile(r"\w+")
DEFAULT_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real"


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The multiset of 4-token shingles; a text shorter than 4 tokens is one shingle.

    >>> sorted(shingles("a b c d e"))
    [('a', 'b', 'c', 'd'), ('b', 'c', 'd', 'e')]
    """
    tokens = _TOKEN.findall(text)
    count = max(1, len(tokens) - SHINGLE_TOKENS + 1)
    return Counter(tuple(tokens[i : i + SHINGLE_TOKENS]) for i in range(count) if tokens[i : i + SHINGLE_TOKENS])


def score(gold: str, predicted: str) -> Score:
    """Shingle precision and recall; two empty texts agree perfectly.

    >>> score("the cat sat on the mat", "the cat sat on the mat today")
    Score(precision=0.75, recall=1.0)
    """
    true, pred = shingles(gold), shingles(predicted)
    hits = sum((true & pred).values())
    if not true and not pred:
        return Score(1.0, 1.0)
    precision = hits / sum(pred.values()) if pred else 0.0
    recall = hits / sum(true.values()) if true else 0.0
    return Score(precision, recall)


def mean_score(scores: Iterable[Score]) -> Score:
    scores = list(scores)
    return Score(sum(s.precision for s in scores) / len(scores), sum(s.recall for s in scores) / len(scores))


def ours(html: str) -> str:
    return "\n".join(block.text for block in read(html, "page.html").blocks)


def trafilatura_text(html: str) -> str:
    import trafilatura  # eval-only dependency

    return trafilatura.extract(html) or ""


def timed(extract: Callable[[str], str], html: str) -> tuple[str, float]:
    start = time.perf_counter()
    text = extract(html)
    return text, time.perf_counter() - start


def compare(corpus: Path) -> None:
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    pages = sorted((corpus / "html").glob("*.html.gz"))
    header = f"{'page':<10} {'site':<24} {'ours P':>6} {'R':>5} {'F1':>5} {'ms':>5}   {'traf P':>6} {'R':>5} {'F1':>5} {'ms':>5}"
    print(header)
    print("-" * len(header))
    results: dict[str, list[Score]] = {"ours": [], "trafilatura": []}
    seconds = {"ours": 0.0, "trafilatura": 0.0}
    for page in pages:
        key = page.name.removesuffix(".html.gz")
        html = decode(gzip.decompress(page.read_bytes()), page.name)
        gold = truth[key]["articleBody"]
        row = [f"{key[:8]:<10} {urlparse(truth[key]['url']).netloc.removeprefix('www.')[:24]:<24}"]
        for name, extract in (("ours", ours), ("trafilatura", trafilatura_text)):
            text, took = timed(extract, html)
            result = score(gold, text)
            results[name].append(result)
            seconds[name] += took
            row.append(f"{result.precision:6.3f} {result.recall:5.3f} {result.f1:5.3f} {took * 1000:5.0f}")
        print("   ".join(row))
    print("-" * len(header))
    for name, scores in results.items():
        mean = mean_score(scores)
        print(
            f"{name:<12} mean P={mean.precision:.3f} R={mean.recall:.3f} F1={mean.f1:.3f}"
            f"  (mean per-page F1 {sum(s.f1 for s in scores) / len(scores):.3f})"
            f"  time {seconds[name]:.2f}s for {len(scores)} pages"
        )


def normalise(text: str) -> str:
    """The dev gold's normalisation: NFKC, straight quotes and dashes, one space, lower case."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("[‘’‚‛′]", "'", text)
    text = re.sub("[“”„‟″]", '"', text)
    text = re.sub("[–—]", "-", text).replace("\u00a0", " ")
    return " ".join(text.split()).lower()


def check_dev(dev: Path) -> None:
    for seed in sorted(dev.glob("*.html")):
        gold = json.loads(seed.with_name(seed.stem + ".gold.json").read_text(encoding="utf-8"))
        doc = read(decode(seed.read_bytes(), seed.name), seed.name)
        body = "\n".join(block.text for block in doc.blocks)
        seen = normalise(doc.title + "\n" + body)
        repaired = body
        for repair in gold["repairs"]:
            repaired = repaired.replace(repair["broken"], repair["fixed"])
        repaired = normalise(repaired)
        junk_left = [j for j in gold["junk"] if normalise(j) in seen]
        keep_lost = [k for k in gold["keep"] if normalise(k) not in repaired]
        title_ok = normalise(doc.title) == normalise(gold["title"])
        print(
            f"{seed.name}: title {'equal' if title_ok else 'DIFFERS: ' + repr(doc.title)}; "
            f"junk absent {len(gold['junk']) - len(junk_left)}/{len(gold['junk'])}; "
            f"keep present {len(gold['keep']) - len(keep_lost)}/{len(gold['keep'])}"
        )
        for item in junk_left:
            print(f"    junk left: {item!r}")
        for item in keep_lost:
            print(f"    keep lost: {item!r}")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    corpus = Path(args[0]) if args else DEFAULT_DIR
    compare(corpus)
    dev = corpus.parent / "dev"
    if dev.is_dir():
        print()
        check_dev(dev)
    return 0


if __name__ == "__main__":
    sys.exit(main())
