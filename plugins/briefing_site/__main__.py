"""Briefing's site commands: `python -m briefing_site build|devserver|serve|eval`. The Makefile calls these."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from .build import build
from .server import make_server, serve_in_background

WATCHED = ("theme", "content", "plugins", "pelican.conf.py", "publishconf.py")


def _build_and_report(args) -> bool:
    overrides = {"SITEURL": args.siteurl} if getattr(args, "siteurl", None) else None
    try:
        report = build(Path(args.settings), Path(args.seeds), Path(args.output), overrides)
    except Exception as err:  # the site as a whole could not be built: say why, keep the old output
        print(f"Briefing: build failed, {args.output}/ left as it was: {err}", file=sys.stderr)
        return False
    print(report.summary(), file=sys.stderr if report.failed else sys.stdout)
    return report.ok


def cmd_build(args) -> int:
    return 0 if _build_and_report(args) else 1


def cmd_serve(args) -> int:
    server = make_server(Path(args.output), args.bind, args.port)
    print(f"Serving {args.output}/ at http://{args.bind}:{args.port}/ (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


def cmd_devserver(args) -> int:
    """Build, serve, and rebuild whenever a seed, template, the registry, the code or the settings change."""
    from watchfiles import watch

    _build_and_report(args)
    server = None
    if not args.no_serve:
        server = serve_in_background(Path(args.output), args.bind, args.port)
        print(f"Preview at http://{args.bind}:{args.port}/ (Ctrl-C to stop)")
    paths = [p for p in (args.seeds, *WATCHED) if Path(p).exists()]
    try:
        for changes in watch(*paths, debounce=300):
            names = sorted({Path(p).name for _, p in changes})
            print(f"Changed: {', '.join(names)}; rebuilding")
            _build_and_report(args)
    except KeyboardInterrupt:
        pass
    finally:
        if server:
            server.shutdown()
    return 0


def cmd_eval(args) -> int:
    from .evaluation import evaluate_corpus

    start = time.perf_counter()
    try:
        _, table = evaluate_corpus(Path(args.corpus), Path(args.settings), verbose=args.verbose)
    except FileNotFoundError as err:  # a corpus path mistyped, or a folder of something else
        print(f"eval: {err}", file=sys.stderr)
        return 2
    print(table)
    print(f"({time.perf_counter() - start:.1f}s)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m briefing_site")
    sub = parser.add_subparsers(dest="command", required=True)

    def site_args(p, with_server: bool = False):
        p.add_argument("--settings", default="pelican.conf.py")
        p.add_argument("--seeds", default="seeds")
        p.add_argument("--output", default="output")
        if with_server:
            p.add_argument("--bind", default="127.0.0.1")
            p.add_argument("--port", type=int, default=8000)

    p = sub.add_parser("build", help="build the site atomically; exit 1 if any seed failed")
    site_args(p)
    p.add_argument("--siteurl")
    p.set_defaults(func=cmd_build)
    p = sub.add_parser("devserver", help="build, serve on 127.0.0.1, rebuild on change")
    site_args(p, with_server=True)
    p.add_argument("--no-serve", action="store_true", help="only rebuild on change (make regenerate)")
    p.set_defaults(func=cmd_devserver)
    p = sub.add_parser("serve", help="serve output/ on 127.0.0.1")
    p.add_argument("--output", default="output")
    p.add_argument("--bind", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=cmd_serve)
    p = sub.add_parser("eval", help="score a gold corpus (NAME.seed + NAME.gold.json)")
    p.add_argument("corpus")
    p.add_argument("--settings", default="pelican.conf.py")
    p.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    p.set_defaults(func=cmd_eval)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
