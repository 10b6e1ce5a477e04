"""The seed reader: the whole text core runs here, so Pelican's reader-level cache keeps its result.

Pelican gives `read()` a seed's path and wants `(content, metadata)` back. Content is the cleaned
body as HTML built only from escaped text; the Briefing itself rides along in metadata, so the
generators and templates can use its summary, actors and reactions without reading the seed again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nh3
from markupsafe import escape
from pelican.readers import BaseReader
from pelican.utils import slugify

from briefing.model import Block, Briefing, SeedError
from briefing.pipeline import Pipeline
from briefing.read import SEED_SUFFIXES
from briefing.settings import Settings

from . import graph

logger = logging.getLogger(__name__)


def briefing_settings(settings: dict) -> Settings:
    """The validated BRIEFING dict. A relative registry path is taken from the working directory,
    the project root when `make` or `pelican -s pelican.conf.py` runs there."""
    return Settings.from_dict(settings.get("BRIEFING"), base=Path.cwd())


def slug_for(text: str, settings: dict) -> str:
    """Pelican's own slugify with the site's slug settings, so our slugs match what it would make."""
    return slugify(
        text,
        regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []),
        preserve_case=settings.get("SLUGIFY_PRESERVE_CASE", False),
        use_unicode=settings.get("SLUGIFY_USE_UNICODE", False),
    )


def block_html(index: int, block: Block) -> str:
    """One block as HTML; `id="block-N"` is where reactions link to. Every text is escaped."""
    anchor = f'id="block-{index}"'
    lines = [line.strip() for line in block.text.split("\n") if line.strip()]
    if block.type == "heading":
        return f"<h2 {anchor}>{escape(' '.join(lines))}</h2>"
    if block.type == "quote":
        return f"<blockquote {anchor}>" + "".join(f"<p>{escape(line)}</p>" for line in lines) + "</blockquote>"
    if block.type == "list":
        return f"<ul {anchor}>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"
    return f"<p {anchor}>{escape(' '.join(lines))}</p>"


# The only markup a body may carry: what block_html writes. nh3 enforces it as a second line of
# defence, so a future change to block_html cannot let seed markup through unnoticed.
BODY_TAGS = {"h2", "p", "blockquote", "ul", "li"}
BODY_ATTRIBUTES = {tag: {"id"} for tag in BODY_TAGS}


def body_html(briefing: Briefing) -> str:
    html = "\n".join(block_html(i, block) for i, block in enumerate(briefing.document.blocks))
    return nh3.clean(html, tags=BODY_TAGS, attributes=BODY_ATTRIBUTES, url_schemes=set(), link_rel=None)


def page_parts(briefing: Briefing) -> dict:
    """What a page draws from this briefing alone, made here so the content cache keeps it and the
    workers make it on every core: the body HTML, the reaction edges (its page and every actor page
    in it draw them), its reaction drawing, and a digest of the briefing (pagekeys: which pages a
    rebuild must write again)."""
    edges = tuple(graph.reaction_edges(briefing))
    # to_dict builds its keys in a fixed order, so the JSON needs no sorting; ASCII escapes are the
    # encoder's fast path (a third quicker than ensure_ascii=False on these texts).
    digest = hashlib.sha256(json.dumps(briefing.to_dict()).encode()).hexdigest()
    return {"body": body_html(briefing), "reaction_edges": edges, "reaction_svg": graph.briefing_svg(briefing, edges),
            "briefing_digest": digest}


class BriefingReader(BaseReader):
    """Reads every seed type; listing html/htm here replaces Pelican's HTML reader, and md needs no
    Markdown package because the text core parses it with markdown-it-py."""

    enabled = True
    file_extensions = [suffix.lstrip(".") for suffix in SEED_SUFFIXES]

    def __init__(self, settings):
        super().__init__(settings)
        # Built once per reader (registry loaded, rule chain assembled) and reused for every seed.
        self.pipeline = Pipeline.for_site(briefing_settings(settings))
        self.readers = None  # Pelican's Readers: its content cache (path -> stamp, data) is loaded after us
        self.prefetch: Prefetch | None = None

    def read(self, source_path):
        name = Path(source_path).name
        if self.prefetch is None:
            cached = getattr(self.readers, "_cache", None)
            self.prefetch = Prefetch.start(self.pipeline, seeds_to_read(self.settings, cached))
        try:
            briefing, parts = self.prefetch.take(str(source_path))
        except KeyError:
            briefing, parts = None, None
        try:
            if briefing is None:  # not processed ahead, or it failed there: here, as it always was
                briefing = self.pipeline.process(Path(source_path))
        except SeedError as err:
            # Pelican logs only "Could not process <file>" and goes on with the other seeds; the reason
            # is logged here (with the seed's name for the build report) and the error is not swallowed.
            reason = str(err).removeprefix(f"{name}: ")
            logger.error("%s: %s", name, reason, extra={"seed_file": name, "reason": reason})
            raise
        doc = briefing.document
        slug = slug_for(doc.title, self.settings) or slug_for(Path(source_path).stem, self.settings)
        metadata = {
            "title": doc.title,
            "date": self.process_metadata("date", str(doc.metadata["date"])),
            "tags": self.process_metadata("tags", list(doc.metadata.get("tags", ()))),
            "slug": self.process_metadata("slug", slug),
            # Feeds and Pelican's own `summary` show the briefing's summary, not a truncated body.
            "summary": "".join(f"<p>{escape(s)}</p>" for s in briefing.summary),
            "briefing": briefing,
        }
        parts = parts or page_parts(briefing)
        metadata.update({key: value for key, value in parts.items() if key != "body"})
        return parts["body"], metadata

    def close(self) -> None:
        if self.prefetch is not None:
            self.prefetch.close()


# ---------------------------------------------------------------------------------------------------
# Seeds processed ahead on every core: the text core is pure (one seed in, one Briefing out), so the
# seeds Pelican is about to read are worked out by a pool of processes while it reads them one by one.
# A seed the pool could not do (a bad seed, any error) is done again in this process, so its error is
# raised and reported exactly as before; the result of a seed does not depend on where it was made.
# ---------------------------------------------------------------------------------------------------

PREFETCH_MIN_SEEDS = 8  # fewer seeds to read than this: a pool would cost more than it saves
PREFETCH_WORKERS = 2

_worker_pipeline: Pipeline | None = None


def _init_worker(pipeline: Pipeline) -> None:
    global _worker_pipeline
    _worker_pipeline = pipeline


def _process_in_worker(path: str):
    """(Briefing, its page_parts), or None when the seed raised: the reader then does it itself."""
    try:
        briefing = _worker_pipeline.process(Path(path))
        return briefing, page_parts(briefing)
    except Exception:  # noqa: BLE001 - redone in the reader's process, which raises it as before
        return None


def seeds_to_read(settings: dict, cached: dict | None) -> list[str]:
    """Seed files under PATH that Pelican's content cache does not hold (absolute paths, sorted):
    the ones it will ask the reader for. Only a forecast: a seed left out is read as before."""
    root = os.path.abspath(settings.get("PATH", "."))
    found = []
    for folder, dirs, files in os.walk(root, followlinks=True):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith(".") or Path(name).suffix.lower() not in SEED_SUFFIXES:
                continue
            path = os.path.join(folder, name)
            if not cached or path not in cached:
                found.append(path)
    return sorted(found)


class Prefetch:
    """Futures of seeds being processed in a pool; `take(path)` hands one over (KeyError: not there)."""

    def __init__(self, executor: ProcessPoolExecutor | None, futures: dict):
        self.executor = executor
        self.futures = futures

    @classmethod
    def start(cls, pipeline: Pipeline, paths: list[str], workers: int = PREFETCH_WORKERS,
              min_seeds: int | None = None) -> Prefetch:
        min_seeds = PREFETCH_MIN_SEEDS if min_seeds is None else min_seeds
        if len(paths) < min_seeds or workers < 1 or "fork" not in multiprocessing.get_all_start_methods():
            return cls(None, {})
        # fork: the workers start with this process's Pipeline (registry, chain, tables) already built.
        pipeline.preload()
        executor = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                       initializer=_init_worker, initargs=(pipeline,))
        futures = {path: executor.submit(_process_in_worker, path) for path in paths}
        return cls(executor, futures)

    def take(self, path: str):
        future = self.futures.pop(os.path.abspath(path))
        try:
            result = future.result()
        except Exception:  # noqa: BLE001 - a broken pool: the reader does the seed itself
            result = None
        if not self.futures:
            self.close()
        if result is None:
            raise KeyError(path)
        return result

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None
        self.futures.clear()


def only_seed_readers(readers) -> None:
    """`readers_init` handler: one shared BriefingReader for every seed type, and no other reader.

    Pelican would make a reader per extension, each building its own Pipeline (registry and all);
    sharing one builds it once per generator. With no other reader left, no other file in the seeds
    folder (rst, yaml sidecars, notes) can become an article.
    """
    reader = BriefingReader(readers.settings)
    # Seeds the content cache holds are not read again, so they are not processed ahead either.
    reader.readers = readers
    # Pelican calls each value with the settings to get the reader; any callable will do.
    readers.reader_classes = dict.fromkeys(BriefingReader.file_extensions, lambda _settings: reader)
    from pelican import signals

    signals.article_generator_finalized.connect(close_readers)
    signals.page_generator_finalized.connect(close_readers)


def read_in_sorted_order(generator) -> None:
    """`article_generator_init` handler: Pelican reads its articles in the order of a set of paths,
    random from one run to the next; sorted, it asks for each seed in the order the pool works them,
    so the reader takes every result as it comes instead of waiting for one the pool does last and
    then doing all of Pelican's own work on every seed with a core idle."""
    files = generator.get_files
    generator.get_files = lambda *args, **kwargs: sorted(files(*args, **kwargs))


def close_readers(generator) -> None:
    """`*_generator_finalized` handler: stop the pool of a reader whose seeds were not all asked for."""
    for reader in getattr(getattr(generator, "readers", None), "readers", {}).values():
        if isinstance(reader, BriefingReader):
            reader.close()
