"""Markdown seeds: YAML front matter (title, date, source_url, tags) and a body parsed by markdown-it-py.

Only text reaches the Document: links keep their words, images and raw HTML are dropped,
so no markup from a seed can travel further down the pipeline.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from ..model import Block, Document, SeedError
from .frontmatter import normalise_date, normalise_summary, normalise_tags, parse_yaml, split_front_matter
from .text import is_question_heading

# Raw HTML is parsed (not left as literal text) so that it can be recognised and dropped.
_MD = MarkdownIt("commonmark", {"html": True})
FRONT_MATTER_KEYS = {"title", "date", "source_url", "source", "tags", "author", "summary"}
_SPACES = re.compile(r"[ \t]+")
_BR = re.compile(r"<br\b", re.IGNORECASE)  # dropped like other raw HTML, but it still parts words


def _inline_text(token) -> str:
    """Plain text of an inline token: text, code and line breaks. Link markup, images and raw HTML
    are dropped (link words are plain text children, so they stay)."""
    parts = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak") or (child.type == "html_inline" and _BR.match(child.content)):
            parts.append("\n")
    return _SPACES.sub(" ", "".join(parts)).strip()


def body_blocks(body: str) -> list[Block]:
    """Turn a Markdown body into blocks: headings, paragraphs, quotes and lists (one item a line)."""
    tokens = _MD.parse(body)
    blocks: list[Block] = []
    container: list[str] = []  # open blockquote/list tokens
    list_items: list[str] = []
    quote_parts: list[str] = []
    heading = False
    for tok in tokens:
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            container.append("list")
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            container.pop()
            if "list" not in container and list_items:
                target = quote_parts if "quote" in container else None
                if target is not None:
                    target.extend(list_items)
                else:
                    blocks.append(Block("list", "\n".join(list_items)))
                list_items = []
        elif tok.type == "blockquote_open":
            container.append("quote")
        elif tok.type == "blockquote_close":
            container.pop()
            if "quote" not in container and quote_parts:
                blocks.append(Block("quote", "\n\n".join(quote_parts)))
                quote_parts = []
        elif tok.type == "heading_open":
            heading = True
        elif tok.type == "heading_close":
            heading = False
        elif tok.type in ("code_block", "fence"):
            if tok.content.strip():
                blocks.append(Block("paragraph", tok.content.strip()))
        elif tok.type == "inline":
            text = _inline_text(tok)
            if not text:
                continue
            if "list" in container:
                list_items.append(" ".join(text.split()))
            elif "quote" in container:
                quote_parts.append(text)
            elif heading:
                blocks.append(Block("heading", " ".join(text.split())))
            else:
                blocks.append(Block("heading" if is_question_heading(text) else "paragraph", text))
    return blocks


def read(raw: str, source_file: str) -> Document:
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    yaml_text, body, _ = split_front_matter(raw, source_file)
    # The YAML starts on line 2, after the opening "---": error lines count from the file's top.
    meta_raw = parse_yaml(yaml_text, source_file, line_offset=1) if yaml_text is not None else {}
    unknown = sorted(set(meta_raw) - FRONT_MATTER_KEYS)
    if unknown:
        raise SeedError(source_file, f"unknown front-matter key(s) {', '.join(unknown)} (known: {', '.join(sorted(FRONT_MATTER_KEYS))})", 1)
    blocks = body_blocks(body)
    title = str(meta_raw.get("title") or "").strip()
    if not title and blocks and blocks[0].type == "heading":
        title, blocks = blocks[0].text, blocks[1:]
    metadata: dict = {}
    if meta_raw.get("date"):
        metadata["date"] = normalise_date(meta_raw["date"], source_file)
    source_url = meta_raw.get("source_url") or meta_raw.get("source")
    if source_url:
        metadata["source_url"] = str(source_url)
    if meta_raw.get("tags"):
        metadata["tags"] = normalise_tags(meta_raw["tags"], source_file)
    if meta_raw.get("author"):
        metadata["author"] = str(meta_raw["author"])
    if meta_raw.get("summary"):
        metadata["summary"] = normalise_summary(meta_raw["summary"], source_file)
    return Document(source_file, " ".join(title.split()), tuple(blocks), metadata)
