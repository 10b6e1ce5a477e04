"""Run a Pelican build the way a curator needs it: atomically, with every failed seed named.

Pelican writes into a fresh sibling folder; `output/` is replaced only when the build finished, so a
crash or Ctrl-C half way leaves the previous site intact. A bad seed never stops the others: Pelican
skips it, and the report lists it with its reason so `make html` can exit non-zero after writing
every good page.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from briefing.read import SEED_SUFFIXES
from briefing.read.sidecar import sidecar_path

FAILURE_MESSAGE = "Could not process %s"  # what Pelican's generators log for a content file that raised


@dataclass
class BuildReport:
    built: int = 0
    failed: dict[str, str] = field(default_factory=dict)  # seed file -> reason
    ignored: list[str] = field(default_factory=list)  # files in seeds/ that are not seeds
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        lines = [f"Briefing: {self.built} built, {len(self.failed)} failed, {self.seconds:.1f}s"]
        lines += [f"  FAILED {name}: {reason}" for name, reason in sorted(self.failed.items())]
        lines += [f"  ignored {name}: not a seed (seeds are {', '.join(SEED_SUFFIXES)}; NAME.yaml is a sidecar)" for name in self.ignored]
        return "\n".join(lines)


class _FailureCollector(logging.Handler):
    """Keeps Pelican's per-file failures and the reasons the Briefing reader logged for them."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.failed_paths: list[str] = []
        self.reasons: dict[str, str] = {}

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg == FAILURE_MESSAGE and record.args:
            self.failed_paths.append(str(record.args[0]))
        elif getattr(record, "seed_file", None):
            self.reasons[record.seed_file] = getattr(record, "reason", record.getMessage())


def non_seeds(seeds: Path) -> list[str]:
    """Files a curator put in seeds/ that Briefing will not read (told, never silently dropped)."""
    names = []
    for path in sorted(p for p in seeds.rglob("*") if p.is_file() and not p.name.startswith(".")):
        if path.suffix.lower() in SEED_SUFFIXES:
            continue
        if path.suffix == ".yaml" and any(sidecar_path(path.with_suffix(s)) == path and path.with_suffix(s).exists() for s in SEED_SUFFIXES):
            continue
        names.append(str(path.relative_to(seeds)))
    return names


def load_settings(conf: Path, seeds: Path, output: Path, overrides: dict | None = None) -> dict:
    from pelican.settings import read_settings

    override = {"PATH": str(seeds.resolve()), "OUTPUT_PATH": str(output.resolve()), **(overrides or {})}
    return read_settings(str(conf), override=override)


def build(conf: Path, seeds: Path, output: Path, overrides: dict | None = None) -> BuildReport:
    """Build `seeds` with settings file `conf` into `output`, replacing it only on success."""
    from pelican import Pelican

    start = time.perf_counter()
    conf, seeds, output = Path(conf), Path(seeds), Path(output)
    if not seeds.is_dir():
        raise FileNotFoundError(f"seeds folder {seeds} does not exist")
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.building-", dir=output.parent))
    collector = _FailureCollector()
    root = logging.getLogger()
    root.addHandler(collector)
    try:
        settings = load_settings(conf, seeds, staging, overrides)
        pelican = Pelican(settings)
        pelican.run()
        if settings.get("BRIEFING", {}).get("search", True):
            index_search(staging, previous=output)
        _swap(staging, output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        root.removeHandler(collector)
    report = BuildReport(ignored=non_seeds(seeds))
    for path in collector.failed_paths:
        name = os.path.normpath(os.path.relpath(path, seeds) if os.path.isabs(path) else path)
        report.failed[name] = collector.reasons.get(Path(name).name, "could not be read (see the log above)")
    report.built = _count_briefings(output)
    report.seconds = time.perf_counter() - start
    return report


SEARCH_DIR = "pagefind"
SEARCH_STAMP = ".indexed-pages.sha256"


def _pages_digest(site: Path) -> str:
    digest = hashlib.sha256()
    for page in sorted(site.rglob("*.html")):
        if SEARCH_DIR not in page.relative_to(site).parts:
            digest.update(str(page.relative_to(site)).encode() + b"\0" + page.read_bytes())
    return digest.hexdigest()


def index_search(site: Path, previous: Path | None = None) -> None:
    """Index the built pages with Pagefind; reuse the previous index when no page changed."""
    stamp = _pages_digest(site)
    old = previous / SEARCH_DIR if previous else None
    if old and (old / SEARCH_STAMP).exists() and (old / SEARCH_STAMP).read_text() == stamp:
        shutil.copytree(old, site / SEARCH_DIR)
        return
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", SEARCH_DIR, "--silent"],
                   check=True, stdout=subprocess.DEVNULL)
    (site / SEARCH_DIR / SEARCH_STAMP).write_text(stamp)


def _swap(staging: Path, output: Path) -> None:
    """Put the new tree in place with two renames; the old tree is deleted afterwards."""
    old = None
    if output.exists():
        old = output.with_name(f".{output.name}.old-{os.getpid()}")
        output.rename(old)
    staging.rename(output)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _count_briefings(output: Path) -> int:
    import json

    index = output / "briefings.json"
    return len(json.loads(index.read_text(encoding="utf-8"))) if index.exists() else 0
