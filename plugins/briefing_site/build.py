"""Run a Pelican build the way a curator needs it: atomically, with every failed seed named.

Pelican writes into a fresh sibling folder; `output/` is replaced only when the build finished, so a
crash or Ctrl-C half way leaves the previous site intact. A bad seed never stops the others: Pelican
skips it, and the report lists it with its reason so `make html` can exit non-zero after writing
every good page.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import logging
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import briefing
from briefing.read import SEED_SUFFIXES
from briefing.read.sidecar import sidecar_path

from . import search
from .cache import hash_part, save_atomically, write_atomically

if TYPE_CHECKING:
    from pelican.cache import FileDataCacher

logger = logging.getLogger(__name__)
FAILURE_MESSAGE = "Could not process %s"  # what Pelican's generators log for a content file that raised


@dataclass
class BuildReport:
    built: int = 0
    failed: dict[str, str] = field(default_factory=dict)  # seed file -> reason
    ignored: list[str] = field(default_factory=list)  # files in seeds/ that are not seeds
    seconds: float = 0.0
    python_peak_mb: float = 0.0  # this process and its forked workers, before the search index
    search_peak_mb: float | None = None  # Pagefind's, when it ran

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
    from pelican.plugins import signals

    from .generators import start_background_output

    signals.get_writer.connect(_briefing_writer)
    signals.all_generators_finalized.connect(start_background_output)
    start = time.perf_counter()
    conf, seeds, output = Path(conf), Path(seeds), Path(output)
    if not seeds.is_dir():
        raise FileNotFoundError(f"seeds folder {seeds} does not exist")
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.building-", dir=output.parent))
    documents = staging.with_name(f"{staging.name}.search")  # beside the staging folder: never published
    collector = _FailureCollector()
    root = logging.getLogger()
    root.addHandler(collector)
    try:
        settings = load_settings(conf, seeds, staging, overrides)
        stamp_file = Path(settings["CACHE_PATH"]) / OUTPUT_STAMP
        site = site_fingerprint(settings, output)
        fingerprint = inputs_fingerprint(site, seeds)
        settings[REUSE_KEY] = reusable_output(stamp_file, site, fingerprint, output)
        settings[BACKGROUND_KEY] = True
        wants_search = settings.get("BRIEFING", {}).get("search", True)
        pelican = Pelican(settings)
        with _indexing_alongside(wants_search, documents, staging, output) as indexing:
            with _progress(seeds), fewer_collections():
                pelican.run()
                _finish_cache_saves()
            python_peak_mb = _peak_mb()
            files = output_files(staging)  # while Pagefind finishes the index
            search_peak_mb = indexing[0].wait() if indexing else None
        with _swap(staging, output):
            write_output_stamp(stamp_file, site, fingerprint, settings.get(PAGE_KEYS, {}), files)
    except BaseException:
        _stop_children()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        shutil.rmtree(documents, ignore_errors=True)
        root.removeHandler(collector)
    report = BuildReport(ignored=non_seeds(seeds), python_peak_mb=python_peak_mb, search_peak_mb=search_peak_mb)
    for path in collector.failed_paths:
        name = os.path.normpath(os.path.relpath(path, seeds) if os.path.isabs(path) else path)
        report.failed[name] = collector.reasons.get(Path(name).name, "could not be read (see the log above)")
    report.built = _count_briefings(output)
    report.seconds = time.perf_counter() - start
    return report


@contextlib.contextmanager
def _indexing_alongside(wanted: bool, documents: Path, staging: Path, output: Path):
    """While Pelican runs: once every context is complete, write the search documents and start
    Pagefind on them, so it indexes while the pages are written (on the core the page writers leave
    idle). Yields the list that then holds the running search.Indexing; stops it if the build fails."""
    from pelican.plugins import signals

    from .generators import briefing_generator

    started: list[search.Indexing] = []

    def start(generators) -> None:
        generator = briefing_generator(generators)
        if generator is None:
            return
        reuse = generator.settings.get(REUSE_KEY)
        if reuse and reuse["unchanged"]:  # the same inputs make the same documents: keep their index
            reused = search.reuse_index(staging, output)
            if reused is not None:
                started.append(reused)
                return
        write = functools.partial(generator.write_search_documents, str(documents))
        started.append(search.start_index(write, documents, staging, previous=output))

    if wanted:
        signals.all_generators_finalized.connect(start)
    try:
        yield started
    except BaseException:
        for indexing in started:
            indexing.stop()
        raise
    finally:
        signals.all_generators_finalized.disconnect(start)


@contextlib.contextmanager
def fewer_collections():
    """Collect cyclic garbage less often while Pelican runs: its readers and Jinja allocate millions of
    objects that live until the end, and the default thresholds had the collector walk them about
    700 times per 1,000 seeds (0.4 s of the main process; 0.16 s with these). Cycles are still
    collected; the old thresholds come back after."""
    old = gc.get_threshold()
    gc.set_threshold(50_000, 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*old)


# ---------------------------------------------------------------------------------------------------
# Progress for curators: a bar with counts and the current seed on a terminal, nothing in logs or CI.
# ---------------------------------------------------------------------------------------------------

PROGRESS_MIN_SEEDS = 50  # below this a build takes a second or two: no bar


@contextlib.contextmanager
def _progress(seeds: Path):
    total = sum(1 for p in seeds.rglob("*") if p.suffix.lower() in SEED_SUFFIXES)
    if total < PROGRESS_MIN_SEEDS or not sys.stderr.isatty():
        yield
        return
    from pelican.plugins import signals
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("reading seeds"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("{task.fields[seed]}"))
    with Progress(*columns, transient=True) as progress:
        task = progress.add_task("seeds", total=total, seed="")

        def advance(content) -> None:  # Pelican sends every content object it made, cached or not
            progress.update(task, advance=1, seed=Path(content.source_path).name)

        signals.content_object_init.connect(advance, weak=False)
        try:
            yield
        finally:
            signals.content_object_init.disconnect(advance)


# ---------------------------------------------------------------------------------------------------
# Rebuilds write only what changed. When every input of the previous build is the same, its pages are
# the same bytes (builds are reproducible), so the writer links each previous file instead of rendering
# it again. When only seeds changed (the same settings, theme, code, registry and packages: the site
# fingerprint), it links the briefing pages, twins, actor pages and actor feeds whose page key
# (pagekeys.py) is the previous build's, and renders the rest.
# ---------------------------------------------------------------------------------------------------

OUTPUT_STAMP = "briefing-output-stamp.json"  # in CACHE_PATH: the inputs, files and page keys of the last build
REUSE_KEY = "BRIEFING_REUSE_OUTPUT"  # settings: what the previous build left to reuse (reusable_output)
PAGE_KEYS = "BRIEFING_PAGE_KEYS"  # settings: this build's page keys, {relative path: key}


def _versions() -> str:
    from importlib import metadata

    names = ("pelican", "jinja2", "markupsafe", "feedgenerator", "nh3", "markdown-it-py", "wordfreq", "pycountry", "ftfy")
    found = []
    for name in names:
        try:
            found.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name}=none")
    return f"{sys.version};" + ";".join(found)


def _add_folder(digest, label: str, folder: Path) -> None:
    if not folder.is_dir():
        hash_part(digest, label, b"(none)")
        return
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        hash_part(digest, f"{label}/{path.relative_to(folder).as_posix()}", path.read_bytes())


def site_fingerprint(settings: dict, output: Path) -> str:
    """A hash of everything a build reads besides the seeds folder: the settings, the actor registry,
    the theme, the plugin code and the versions of the packages that render."""
    import json

    from .reader import briefing_settings

    digest = hashlib.sha256()
    hash_part(digest, "output", str(output.resolve()).encode())
    hash_part(digest, "versions", _versions().encode())
    registry = briefing_settings(settings).registry
    hash_part(digest, "registry", registry.read_bytes() if registry.is_file() else b"(none)")
    stable = {k: v for k, v in settings.items() if k != "OUTPUT_PATH"}
    hash_part(digest, "settings", json.dumps(stable, sort_keys=True, default=repr).encode())
    _add_folder(digest, "theme", Path(settings["THEME"]))
    # The text core and this plugin wherever they are imported from, and any other plugin folder.
    code = [Path(briefing.__file__).parent, Path(__file__).parent, *map(Path, settings.get("PLUGIN_PATHS", []))]
    for i, folder in enumerate(code):
        _add_folder(digest, f"code{i}", folder)
    return digest.hexdigest()


def inputs_fingerprint(site: str, seeds: Path) -> str:
    """The site fingerprint and the seeds folder (seeds and sidecars): equal ones give byte-identical sites."""
    digest = hashlib.sha256()
    hash_part(digest, "site", site.encode())
    _add_folder(digest, "seeds", seeds)
    return digest.hexdigest()


def reusable_output(stamp_file: Path, site: str, fingerprint: str, output: Path) -> dict | None:
    """What the previous build into this same `output` left to reuse: its files and page keys, and
    whether all its inputs were these; None when its site fingerprint differs."""
    import json

    try:
        stamp = json.loads(stamp_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if stamp.get("site") != site or not output.is_dir():
        return None
    return {"root": str(output.resolve()), "files": stamp.get("files", {}), "keys": stamp.get("keys", {}),
            "unchanged": stamp.get("fingerprint") == fingerprint}


def output_files(site: Path) -> dict[str, list[int]]:
    """Every file of a built site but its search index (size, modification time), by relative path:
    what a later build may link instead of writing again. Read while Pagefind may still be writing
    the index, whose reuse search.reuse_index decides."""
    files: dict[str, list[int]] = {}
    folders = [(str(site.resolve()), "")]
    while folders:  # scandir, with relative paths built as it goes: a large site has ~50,000 files
        folder, rel = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if rel or entry.name != search.INDEX_DIR:
                        folders.append((entry.path, f"{rel}{entry.name}/"))
                else:
                    st = entry.stat()
                    files[f"{rel}{entry.name}"] = [st.st_size, st.st_mtime_ns]
    return files


def write_output_stamp(stamp_file: Path, site: str, fingerprint: str, keys: dict, files: dict) -> None:
    """Remember this build's inputs, its files (output_files) and page keys for the next build."""
    import json

    stamp = json.dumps({"site": site, "fingerprint": fingerprint, "files": files,
                        "keys": {rel: key for rel, key in keys.items() if rel in files}})
    try:
        write_atomically(str(stamp_file), lambda temporary: Path(temporary).write_text(stamp, encoding="utf-8"))
    except OSError:
        pass  # no stamp: the next build renders everything, as it would have anyway


def link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def reuse_previous(settings: dict, output_path: str, path: str, written: set | None = None) -> bool:
    """Put the previous build's copy of `path` in place, if the build found its inputs unchanged (or,
    when only seeds changed, this page's key unchanged) and that file untouched since; False (write
    it as usual) otherwise."""
    reuse = settings.get(REUSE_KEY)
    if not reuse:
        return False
    rel = os.path.relpath(path, output_path)
    known = reuse["files"].get(rel)
    if known is None or rel.startswith(".."):
        return False
    if not reuse["unchanged"]:
        key = settings.get(PAGE_KEYS, {}).get(rel)
        if key is None or reuse["keys"].get(rel) != key:
            return False
    old = os.path.join(reuse["root"], rel)
    try:
        st = os.stat(old)
    except OSError:
        return False
    if [st.st_size, st.st_mtime_ns] != known or os.path.lexists(path):
        return False  # changed since that build, or already written in this one: write it as usual
    os.makedirs(os.path.dirname(path), exist_ok=True)
    link_or_copy(old, path)
    if written is not None:
        written.add(path)
    return True


def _reuse(writer, path: str, override: bool) -> bool:
    if override or path in writer._written_files or path in writer._overridden_files:
        return False
    return reuse_previous(writer.settings, writer.output_path, path, writer._written_files)


def _briefing_writer(pelican):
    """`get_writer` handler: Briefing's writer (see `_writer_class`)."""
    return _writer_class()


def writer_for(settings: dict, output_path: str):
    """The writer Pelican's own run uses, for the forked writer."""
    return _writer_class()(output_path, settings=settings)


@functools.cache
def _writer_class():
    """Pelican's writer, which links pages the previous build left unchanged instead of rendering them
    (see reuse_previous) and makes each feed entry once (feeds.SharedEntries)."""
    from pelican.plugins import signals
    from pelican.utils import get_relative_path, path_to_url, sanitised_join
    from pelican.writers import Writer

    from .feeds import SharedEntries

    class BriefingWriter(SharedEntries, Writer):
        def write_file(self, name, template, context, relative_urls=False, paginated=None, template_name=None,
                       override_output=False, url=None, **kwargs):
            if (name and not paginated and not any(k in kwargs for k in ("articles", "dates"))
                    and not signals.content_written.receivers):
                path = sanitised_join(self.output_path, name)
                if _reuse(self, path, override_output):
                    logger.info('Reusing "%s"', path)
                    if relative_urls:  # what rendering it would have left in the shared context
                        context["localsiteurl"] = path_to_url(get_relative_path(name))
                    return
            return super().write_file(name, template, context, relative_urls, paginated, template_name,
                                      override_output, url, **kwargs)

        def write_feed(self, elements, context, path=None, url=None, feed_type="atom", override_output=False,
                       feed_title=None):
            if path and not signals.feed_generated.receivers and not signals.feed_written.receivers:
                if _reuse(self, sanitised_join(self.output_path, path), override_output):
                    return None
            return super().write_feed(elements, context, path, url, feed_type, override_output, feed_title)

    return BriefingWriter


# ---------------------------------------------------------------------------------------------------
# Output on both cores: once every generator has its context, part of the pages (see
# BriefingGenerator.write_in_background) is written by a forked child while this process writes the
# rest. Pages are pure functions of the finished context, so the bytes do not depend on who wrote them.
# ---------------------------------------------------------------------------------------------------

BACKGROUND_KEY = "BRIEFING_BACKGROUND_OUTPUT"  # settings: True when build() allows forked children
_children: set[int] = set()
_cache_saves: list[tuple[Background, FileDataCacher]] = []


class Background:
    """A forked child running `work()`; `wait()` is True when it finished without an error. It has
    what `reap` and search.Indexing use of a Popen (pid, returncode, kill) for a child that execs."""

    def __init__(self, pid: int):
        self.pid = pid
        self.returncode: int | None = None

    @classmethod
    def start(cls, work) -> Background | None:
        if not hasattr(os, "fork"):
            return None
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: do the work, never return into the caller's stack
            code = 1
            try:
                work()
                code = 0
            except BaseException:  # noqa: BLE001 - the parent learns it from the exit code (and redoes the work)
                pass
            finally:
                try:
                    sys.stdout.flush()
                    sys.stderr.flush()
                finally:
                    os._exit(code)
        _children.add(pid)
        return cls(pid)

    def wait(self) -> bool:
        _, status = os.waitpid(self.pid, 0)
        _children.discard(self.pid)
        return os.waitstatus_to_exitcode(status) == 0

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)


def save_in_background(cacher: FileDataCacher) -> bool:
    """Pickle and write a content cache in a forked child, from what it holds now, while this
    process goes on: 0.3 s per 1,000 briefings that Pelican would spend before writing a page, with
    the other core idle. False when no child could be started; _finish_cache_saves waits for it.
    The child ignores Ctrl-C, which reaches the whole process group: a build stopped while it
    pickles still keeps the seeds it read (_stop_children waits for it)."""
    def save() -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        save_atomically(cacher)

    child = Background.start(save)
    if child is not None:
        _cache_saves.append((child, cacher))
    return child is not None


def _finish_cache_saves() -> None:
    """Wait for the cache savers; one that failed is done again here, where its error is logged."""
    while _cache_saves:
        child, cacher = _cache_saves.pop()
        if not child.wait():
            save_atomically(cacher)


def _stop_children() -> None:
    """A build that failed half way: its cache savers finish (the seeds read so far are cached
    right), and its forked writer, writing into a staging folder now gone, is ended."""
    while _cache_saves:
        _cache_saves.pop()[0].wait()
    for pid in list(_children):
        try:
            os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
        except OSError:
            pass
        _children.discard(pid)


def reap(proc) -> float:
    """Wait for a Popen child (or a Background) with wait4 and give its peak RSS in MB (RUSAGE_CHILDREN
    would give the largest child so far). Sets its returncode: Popen must not wait for it again."""
    _, status, usage = os.wait4(proc.pid, 0)
    _children.discard(proc.pid)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss / 1024


def _peak_mb() -> float:
    import resource

    return max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024


@contextlib.contextmanager
def _swap(staging: Path, output: Path):
    """Put the new tree in place with two renames; the old tree is deleted in a thread while the
    body runs (tens of thousands of unlinks on a large site), and is gone when it ends."""
    old = None
    if output.exists():
        old = output.with_name(f".{output.name}.old-{os.getpid()}")
        output.rename(old)
    staging.rename(output)
    deleting = threading.Thread(target=shutil.rmtree, args=(old,), kwargs={"ignore_errors": True}) if old else None
    if deleting:
        deleting.start()
    try:
        yield
    finally:
        if deleting:
            deleting.join()


def _count_briefings(output: Path) -> int:
    import json

    index = output / "briefings.json"
    return len(json.loads(index.read_text(encoding="utf-8"))) if index.exists() else 0
