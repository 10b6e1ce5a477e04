"""How well the HTML reader extracts article text, measured against trafilatura on real pages.

    python -m briefing.extract_eval [DIR]

DIR (default: ../shared/corpus/real beside the repository) holds `html/<id>.html.gz` and
`ground-truth.json` ({id: {"articleBody", "url"}}), as in scrapinghub's article-extraction-benchmark.
Scores follow that benchmark: each text becomes a multiset of 4-token shingles (tokens are `\\w+`
runs); precision and recall are computed per page, averaged over pages, and F1 is the harmonic mean
of the two averages. One difference: a page with no output counts as precision 0 here, where the
benchmark leaves it out of the precision mean. Time is each extractor's wall-clock time.

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

from .model import Document
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


@dataclass(frozen=True, slots=True)
class Page:
    key: str
    site: str
    html: str
    gold: str


@dataclass(frozen=True, slots=True)
class Result:
    score: Score
    seconds: float


def load_pages(corpus: Path) -> list[Page]:
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted((corpus / "html").glob("*.html.gz")):
        key = path.name.removesuffix(".html.gz")
        site = urlparse(truth[key]["url"]).netloc.removeprefix("www.")
        pages.append(Page(key, site, decode(gzip.decompress(path.read_bytes()), path.name), truth[key]["articleBody"]))
    return pages


def ours(html: str) -> str:
    return "\n".join(block.text for block in read(html, "page.html").blocks)


def trafilatura_text(html: str) -> str:
    import trafilatura  # eval-only dependency

    return trafilatura.extract(html) or ""


EXTRACTORS: dict[str, Callable[[str], str]] = {"ours": ours, "trafilatura": trafilatura_text}


def run(extract: Callable[[str], str], page: Page) -> Result:
    start = time.perf_counter()
    text = extract(page.html)
    return Result(score(page.gold, text), time.perf_counter() - start)


def compare(pages: list[Page]) -> None:
    columns = "".join(f"   {name[:4] + ' P':>6} {'R':>5} {'F1':>5} {'ms':>5}" for name in EXTRACTORS)
    header = f"{'page':<10} {'site':<24}{columns}"
    print(header)
    print("-" * len(header))
    results: dict[str, list[Result]] = {name: [] for name in EXTRACTORS}
    for page in pages:
        row = f"{page.key[:8]:<10} {page.site[:24]:<24}"
        for name, extract in EXTRACTORS.items():
            result = run(extract, page)
            results[name].append(result)
            found = result.score
            row += f"   {found.precision:6.3f} {found.recall:5.3f} {found.f1:5.3f} {result.seconds * 1000:5.0f}"
        print(row)
    print("-" * len(header))
    for name, found in results.items():
        mean = mean_score(r.score for r in found)
        print(
            f"{name:<12} mean P={mean.precision:.3f} R={mean.recall:.3f} F1={mean.f1:.3f}"
            f"  (mean per-page F1 {sum(r.score.f1 for r in found) / len(found):.3f})"
            f"  time {sum(r.seconds for r in found):.2f}s for {len(found)} pages"
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
            print(f"    junk left: {item!r} ({_where(item, doc)})")
        for item in keep_lost:
            print(f"    keep lost: {item!r}")


def _where(junk: str, doc: Document) -> str:
    """Chrome left as a block of its own is the reader's miss; junk glued to genuine text is the cleaner's."""
    wanted = normalise(junk)
    if wanted in normalise(doc.title):
        return "in the title"
    block = next(b for b in doc.blocks if wanted in normalise(b.text))
    if normalise(block.text) == wanted:
        return "a block of its own: page chrome"
    return "glued to article text: for the cleaner"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    corpus = Path(args[0]) if args else DEFAULT_DIR
    compare(load_pages(corpus))
    dev = corpus.parent / "dev"
    if dev.is_dir():
        print()
        check_dev(dev)
    return 0


if __name__ == "__main__":
    sys.exit(main())
