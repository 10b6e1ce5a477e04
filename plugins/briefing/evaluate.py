"""Score briefings (JSON twins) against gold files, as ../shared/corpus/dev/README.md defines.

Pure functions over plain dicts: the build that produces the twins lives with the Pelican side.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"',
                         "–": "-", "—": "-", "\u00a0": " "})
_SPACE = re.compile(r"\s+")
_LEADING = re.compile(r"^(the|mr|mrs|ms|dr)\.?\s+")


def norm(text: str) -> str:
    """The gold's normalisation: NFKC, straight quotes, plain dashes, one space, lowercase.

    >>> norm("  The “Kirby”\u00a0—  said ")
    'the "kirby" - said'
    """
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).translate(_QUOTES)).strip().lower()


def _name(text: str) -> str:
    name = _LEADING.sub("", norm(text))
    return name[:-2] if name.endswith("'s") else name


def _whole(needle: str, hay: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", hay) is not None


def names_match(reported: list[str], gold: list[str]) -> bool:
    """The README's actor rule: equal, or a reported name contains a gold name of 4+ characters as a
    whole word, or a reported name of 2+ words is a whole phrase in a gold name.

    >>> names_match(["Pentagon spokesperson John Kirby"], ["John Kirby", "Kirby"])
    True
    >>> names_match(["Iran"], ["Iraq"])
    False
    """
    gold_n = [_name(g) for g in gold if g.strip()]
    for r in (_name(x) for x in reported if x.strip()):
        for g in gold_n:
            if r == g or (len(g) >= 4 and _whole(g, r)) or (len(r.split()) >= 2 and _whole(r, g)):
                return True
    return False


@dataclass
class CaseScore:
    name: str
    junk_left: int = 0
    junk_total: int = 0
    keep_kept: int = 0
    keep_total: int = 0
    repairs_done: int = 0
    repairs_total: int = 0
    headings_found: int = 0
    headings_total: int = 0
    title_ok: int = 0
    actors_found: int = 0
    actors_total: int = 0
    reported_ok: int = 0
    reported_total: int = 0
    reactions_found: int = 0
    reactions_total: int = 0
    stance_ok: int = 0
    facts_found: int = 0
    facts_total: int = 0
    lead3_facts_found: int = 0
    active_markup: int = 0
    missing: list[str] = field(default_factory=list)  # notes on what failed, for the curious


def _actor_names(actor: dict) -> list[str]:
    return [actor["name"], *actor.get("aliases", ())]


def score_case(name: str, gold: dict, twin: dict | None) -> CaseScore:
    """Score one briefing twin against its gold answer; a missing twin scores zero everywhere."""
    s = CaseScore(name)
    s.junk_total, s.keep_total = len(gold["junk"]), len(gold["keep"])
    s.repairs_total, s.headings_total = len(gold["repairs"]), len(gold["headings"])
    s.actors_total, s.reactions_total = len(gold["actors"]), len(gold["reactions"])
    s.facts_total = len(gold["summary_facts"])
    if twin is None:
        s.junk_left = s.junk_total
        s.missing.append("no briefing was built")
        return s
    body = norm(" ".join(b["text"] for b in twin["body"]))
    summary = norm(" ".join(twin["summary"]))
    reaction_text = norm(" ".join(r["text"] for r in twin["reactions"]))
    visible = " ".join((body, summary, reaction_text, norm(twin["title"])))

    for junk in gold["junk"]:
        if norm(junk) in visible:
            s.junk_left += 1
            s.missing.append(f"junk left: {junk[:60]!r}")
    for keep in gold["keep"]:
        if norm(keep) in body:
            s.keep_kept += 1
        else:
            s.missing.append(f"keep lost: {keep[:60]!r}")
    for repair in gold["repairs"]:
        if norm(repair["fixed"]) in body and norm(repair["broken"]) not in body:
            s.repairs_done += 1
        else:
            s.missing.append(f"repair not done: {repair['broken'][:60]!r}")
    heading_texts = [norm(b["text"]) for b in twin["body"] if b["type"] == "heading"]
    for heading in gold["headings"]:
        if any(norm(heading) == h or norm(heading) in h for h in heading_texts):
            s.headings_found += 1
        else:
            s.missing.append(f"heading missing: {heading[:60]!r}")
    s.title_ok = int(norm(twin["title"]) == norm(gold["title"]))

    gold_actor_names = {a["name"]: [a["name"], *a.get("aliases", ())] for a in gold["actors"]}
    minor = list(gold.get("minor_actors", ()))
    for gname, names in gold_actor_names.items():
        if any(names_match(_actor_names(a), names) for a in twin["actors"]):
            s.actors_found += 1
        else:
            s.missing.append(f"actor missing: {gname}")
    s.reported_total = len(twin["actors"]) if gold["actors"] else 0  # a gold without actors scores none
    all_gold = [n for names in gold_actor_names.values() for n in names] + minor
    for actor in twin["actors"] if s.reported_total else ():
        if names_match(_actor_names(actor), all_gold):
            s.reported_ok += 1
        else:
            s.missing.append(f"actor not in gold: {actor['name']}")

    by_id = {a["id"]: a for a in twin["actors"]}
    for g in gold["reactions"]:
        targets = list(gold_actor_names.get(g["actor"], [g["actor"]]))
        if g.get("speaker"):
            targets.append(g["speaker"])
        hit = next((r for r in twin["reactions"] if _reaction_matches(r, g, targets, by_id)), None)
        if hit is None:
            s.missing.append(f"reaction missing: {g['actor']} {g['stance']} {g['evidence'][:50]!r}")
            continue
        s.reactions_found += 1
        if hit["stance"] == g["stance"]:
            s.stance_ok += 1
        else:
            s.missing.append(f"stance {hit['stance']} should be {g['stance']}: {g['evidence'][:40]!r}")

    lead3 = norm(" ".join(_lead_sentences(twin, 3)))
    for fact in gold["summary_facts"]:
        s.facts_found += norm(fact) in summary
        s.lead3_facts_found += norm(fact) in lead3
    return s


def _reaction_matches(reported: dict, gold: dict, targets: list[str], by_id: dict) -> bool:
    names = []
    actor = by_id.get(reported["actor"])
    if actor:
        names += _actor_names(actor)
    if reported.get("speaker"):
        names.append(reported["speaker"])
    if not names_match(names, targets):
        return False
    text, evidence = norm(reported["text"]), norm(gold["evidence"])
    if evidence in text:
        return True
    words = evidence.split()
    text_words = set(re.findall(r"[\w'-]+", text))
    return sum(w.strip(".,;:\"'") in text_words for w in words) >= 0.6 * len(words)


def _lead_sentences(twin: dict, n: int) -> list[str]:
    from .sentences import split_sentences

    out: list[str] = []
    for block in twin["body"]:
        if block["type"] == "paragraph":
            out += split_sentences(block["text"])
        if len(out) >= n:
            break
    return out[:n]


def load_gold(corpus: Path) -> dict[str, dict]:
    """Gold answers by case name (`NAME.gold.json`)."""
    return {p.name[: -len(".gold.json")]: json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(corpus).glob("*.gold.json"))}


def seed_for(corpus: Path, case: str) -> Path | None:
    """The case's seed: the file that starts with `NAME.` and is not the gold file."""
    return next((p for p in sorted(Path(corpus).glob(f"{case}.*")) if not p.name.endswith(".gold.json")), None)


def _pct(num: int, den: int) -> str:
    return f"{100 * num / den:5.1f}%" if den else "    - "


def total(scores: list[CaseScore]) -> CaseScore:
    """All cases' counts added up."""
    out = CaseScore("TOTAL")
    for s in scores:
        for f in vars(out):
            if f not in ("name", "missing"):
                setattr(out, f, getattr(out, f) + getattr(s, f))
    return out


def format_table(scores: list[CaseScore]) -> str:
    """Per-case rows and a TOTAL row: the figures every issue reports."""
    head = f"{'case':<10} {'junk left':>9} {'kept':>6} {'repairs':>7} {'heads':>6} {'title':>5} {'act R':>6} {'act P':>6} {'react R':>7} {'stance':>6} {'summary':>7} {'lead3':>6} {'markup':>6}"
    rows = [head, "-" * len(head), *(_row(s) for s in scores), "-" * len(head)]
    rows.append(_row(total(scores), title_den=len(scores)))
    return "\n".join(rows)


def _row(s: CaseScore, title_den: int = 1) -> str:
    return (f"{s.name:<10} {f'{s.junk_left}/{s.junk_total}':>9} {_pct(s.keep_kept, s.keep_total):>6} "
            f"{_pct(s.repairs_done, s.repairs_total):>7} {_pct(s.headings_found, s.headings_total):>6} "
            f"{_pct(s.title_ok, title_den):>5} {_pct(s.actors_found, s.actors_total):>6} "
            f"{_pct(s.reported_ok, s.reported_total):>6} {_pct(s.reactions_found, s.reactions_total):>7} "
            f"{_pct(s.stance_ok, s.reactions_found):>6} {_pct(s.facts_found, s.facts_total):>7} "
            f"{_pct(s.lead3_facts_found, s.facts_total):>6} {s.active_markup:>6}")
