"""The seed reader: the whole text core runs here, so Pelican's reader-level cache keeps its result.

Pelican gives `read()` a seed's path and wants `(content, metadata)` back. Content is the cleaned
body as HTML built only from escaped text; the Briefing itself rides along in metadata, so the
generators and templates can use its summary, actors and reactions without reading the seed again.
"""

from __future__ import annotations

import logging
from pathlib import Path

import nh3
from markupsafe import escape
from pelican.readers import BaseReader
from pelican.utils import slugify

from briefing.model import Block, Briefing, SeedError
from briefing.pipeline import Pipeline
from briefing.read import SEED_SUFFIXES
from briefing.settings import Settings

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


class BriefingReader(BaseReader):
    """Reads every seed type; listing html/htm here replaces Pelican's HTML reader, and md needs no
    Markdown package because the text core parses it with markdown-it-py."""

    enabled = True
    file_extensions = [suffix.lstrip(".") for suffix in SEED_SUFFIXES]

    def __init__(self, settings):
        super().__init__(settings)
        # Built once per reader (registry loaded, rule chain assembled) and reused for every seed.
        self.pipeline = Pipeline.for_site(briefing_settings(settings))

    def read(self, source_path):
        name = Path(source_path).name
        try:
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
        return body_html(briefing), metadata


def only_seed_readers(readers) -> None:
    """`readers_init` handler: one shared BriefingReader for every seed type, and no other reader.

    Pelican would make a reader per extension, each building its own Pipeline (registry and all);
    sharing one builds it once per generator. With no other reader left, no other file in the seeds
    folder (rst, yaml sidecars, notes) can become an article.
    """
    reader = BriefingReader(readers.settings)
    # Pelican calls each value with the settings to get the reader; any callable will do.
    readers.reader_classes = dict.fromkeys(BriefingReader.file_extensions, lambda _settings: reader)
