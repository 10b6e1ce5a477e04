"""Search: Pagefind indexes one small document per briefing and per actor, not the built pages.

A built page carries navigation, the reaction drawing, every actor chip and, on an actor page, a list
of every briefing it is in: Pagefind would parse all of that (about 900 MB of HTML for 10,000 seeds)
to index a few paragraphs. Each document holds only what a reader searches for, and lies at its page's
own path, so Pagefind gives it the page's URL:

- a briefing: its headline, summary, actors, tags and the cleaned article (sub-headings as <h2>);
- an actor: its name, its kind and the other names it goes by;
- the front page: the site's name and subtitle (so even a site with no briefings has an index).

The build wrapper writes the documents once every context is complete, into a folder beside the
staging folder (so they are never published), and has Pagefind index them while the pages are being
written, both in a forked child; a plain `pelican` run writes none and makes no index. When the
documents are the same as the previous build's, its index is reused.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import traceback
from html import escape
from pathlib import Path

INDEX_DIR = "pagefind"
STAMP = ".indexed-documents.sha256"  # in INDEX_DIR: which documents the index was made from


Part = tuple[str, str, str]  # (tag, text, id): the id of the block on the page ("" for none)


def document(lang: str, title: str, parts: list[Part]) -> str:
    """A page for Pagefind alone: the title as <h1>, then each part. A heading with the id of its
    block on the real page gives a search sub-result that links to it.

    >>> html = document("en", "Talks <resume>", [("h2", "Why?", "block-1"), ("p", "Both sides met.", "")])
    >>> html.endswith('<h1>Talks &lt;resume&gt;</h1><h2 id="block-1">Why?</h2><p>Both sides met.</p></body></html>\\n')
    True
    """
    body = "".join(_element(*part) for part in parts if part[1])
    head = f'<html lang="{escape(lang)}"><head><meta charset="utf-8"><title>{escape(title)}</title></head>'
    return f"<!doctype html>{head}<body><h1>{escape(title)}</h1>{body}</body></html>\n"


def _element(tag: str, text: str, anchor: str) -> str:
    attributes = f' id="{escape(anchor)}"' if anchor else ""
    return f"<{tag}{attributes}>{escape(text)}</{tag}>"


def briefing_parts(article) -> list[Part]:
    """Headline aside (it is the title): summary, actors, tags, then the article with the block ids
    its page gives them (`reader.block_html`)."""
    briefing = article.briefing
    parts = [("p", " ".join(briefing.summary), ""), ("p", ", ".join(a.name for a in briefing.actors), "")]
    parts.append(("p", " ".join(f"#{tag}" for tag in getattr(article, "tags", ())), ""))
    for i, block in enumerate(briefing.document.blocks):
        parts.append(("h2", block.text, f"block-{i}") if block.type == "heading" else ("p", block.text, ""))
    return parts


def actor_parts(page) -> list[Part]:
    return [("p", page.kind.replace("-", " "), ""), ("p", ", ".join(page.aliases), "")]


def write_documents(root: str, articles, actor_pages, settings: dict) -> None:
    """Write every briefing's and actor's search document under `root`, at its page's path."""
    items = [(settings.get("INDEX_SAVE_AS", "index.html"), settings["SITENAME"], [("p", settings.get("SITESUBTITLE") or "", "")])]
    items += [(a.save_as, a.title, briefing_parts(a)) for a in articles]
    items += [(p.save_as, p.name, actor_parts(p)) for p in actor_pages]
    for save_as, title, parts in items:
        path = os.path.join(root, save_as)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(document(settings["DEFAULT_LANG"], title, parts))


def _digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*.html")):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class Indexing:
    """Pagefind indexing the documents into site/pagefind, started by `start_index`; `wait()` gives
    Pagefind's peak memory in MB, or None when the previous build's index was reused. `stamp_file`
    holds the stamp of the documents it indexes, written before it starts."""

    def __init__(self, proc, cmd: list[str], done: Path | None, stamp_file: Path | None):
        self.proc, self.cmd, self.done, self.stamp_file = proc, cmd, done, stamp_file

    def wait(self) -> float | None:
        from .build import reap

        if self.proc is None:
            return None
        peak_mb = reap(self.proc)
        if self.proc.returncode:
            raise RuntimeError(f"no search index: writing the search documents or indexing them with {self.cmd[0]} "
                               f"failed (exit status {self.proc.returncode}; its error is printed above)")
        if not self.stamp_file.exists():
            return None  # the child found the previous index made from the same documents, and linked it
        self.done.write_text(self.stamp_file.read_text())
        return peak_mb

    def stop(self) -> None:
        from .build import reap

        if self.proc is not None and self.proc.returncode is None:
            self.proc.kill()
            reap(self.proc)


def reuse_index(site: Path, previous: Path, stamp: str | None = None) -> Indexing | None:
    """Link the previous build's index into site/pagefind, if it has one (made from documents with
    this `stamp`, when given); None when it cannot be reused."""
    from .build import link_or_copy

    old = previous / INDEX_DIR
    if not (old / STAMP).exists() or (stamp is not None and (old / STAMP).read_text() != stamp):
        return None
    shutil.copytree(old, site / INDEX_DIR, copy_function=link_or_copy)
    return Indexing(None, [], None, None)


def start_index(write_documents, documents: Path, site: Path, previous: Path | None = None) -> Indexing:
    """Write the search documents (`write_documents()`, into `documents`) and index them into
    site/pagefind, or link the previous build's index when it was made from the same documents.

    All of it runs in a forked child that then becomes Pagefind, its own binary, so this process goes
    on to the pages at once instead of first writing and hashing about two documents a seed (0.35 s per
    1,000 seeds); Pagefind's memory is told apart from the Python build's."""
    from pagefind.service import get_executable

    from .build import Background

    cmd = [str(get_executable()), "--site", str(documents), "--output-path", str(site / INDEX_DIR), "--silent"]
    stamp_file = documents / ".stamp"  # not a page: Pagefind reads only *.html

    def prepare() -> bool:
        """The documents written; True when Pagefind must index them."""
        write_documents()
        stamp = _digest(documents)
        if previous is not None and reuse_index(site, previous, stamp) is not None:
            return False
        stamp_file.write_text(stamp)
        return True

    def index() -> None:  # in the child
        try:
            if prepare():
                os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
                os.execv(cmd[0], cmd)
        except Exception:  # told here; the build fails on the exit code (Ctrl-C: quietly)
            traceback.print_exc()
            raise

    child = Background.start(index)
    if child is None:  # no fork: all of it here
        child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL) if prepare() else None
    return Indexing(child, cmd, site / INDEX_DIR / STAMP, stamp_file)
