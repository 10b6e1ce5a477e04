"""Curator's terminal tools, no Pelican needed.

    python -m briefing clean FILE       the cleaned text of one seed and every edit made
    python -m briefing actors [DIR]     actors discovered across seeds (not in the registry), most frequent first
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from .model import SeedError
from .pipeline import Pipeline
from .read import SEED_SUFFIXES
from .settings import Settings


def _pipeline(args) -> Pipeline:
    return Pipeline.for_site(Settings(registry=Path(args.registry)))


def cmd_clean(args) -> int:
    try:
        briefing = _pipeline(args).process(Path(args.file))
    except SeedError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    doc = briefing.document
    print(f"# {doc.title}\n")
    for block in doc.blocks:
        print(f"## {block.text}\n" if block.type == "heading" else f"{block.text}\n")
    print(f"--- {len(doc.edits)} edit(s) ---")
    for edit in doc.edits:
        print(f"[{edit.rule}] {edit.action} in block {edit.block}")
        print(f"   before: {edit.before!r}")
        if edit.after:
            print(f"   after:  {edit.after!r}")
    return 0


def cmd_actors(args) -> int:
    pipeline = _pipeline(args)
    counts: Counter[tuple[str, str]] = Counter()
    seen_in: Counter[tuple[str, str]] = Counter()
    for path in sorted(Path(args.dir).iterdir()):
        if path.suffix.lower() not in SEED_SUFFIXES:
            continue
        try:
            briefing = pipeline.process(path)
        except SeedError as err:
            print(f"skipped: {err}", file=sys.stderr)
            continue
        for actor in briefing.actors:
            if actor.discovered:
                counts[(actor.name, actor.kind)] += actor.mentions
                seen_in[(actor.name, actor.kind)] += 1
    print(f"{'mentions':>8} {'seeds':>5}  kind          name")
    for (name, kind), n in counts.most_common():
        print(f"{n:>8} {seen_in[(name, kind)]:>5}  {kind:<13} {name}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m briefing")
    parser.add_argument("--registry", default="content/actors.yaml")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("clean", help="print one seed's cleaned text and edit log")
    p.add_argument("file")
    p.set_defaults(func=cmd_clean)
    p = sub.add_parser("actors", help="list discovered actors across seeds")
    p.add_argument("dir", nargs="?", default="seeds")
    p.set_defaults(func=cmd_actors)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
