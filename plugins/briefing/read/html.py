"""Saved HTML pages: the article is taken out of its navigation, ads, related lists, banners and scripts.

First version: the <h1> is the headline; blocks come from the <article> (or <main>) element's
paragraphs, headings, quotes and lists, with page chrome removed by tag and class/id hints.
"""

from __future__ import annotations

from bs4 import BeautifulSoup

from ..model import Block, Document
from .text import is_question_heading

CHROME_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "figure", "template")


def read(raw: str, source_file: str) -> Document:
    soup = BeautifulSoup(raw, "html.parser")
    for tag in soup(CHROME_TAGS):
        tag.decompose()
    h1 = soup.find("h1")
    title = " ".join(h1.get_text(" ").split()) if h1 else ""
    if not title and soup.title:
        title = " ".join(soup.title.get_text(" ").split())
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks: list[Block] = []
    for el in root.find_all(["p", "h2", "h3", "h4", "blockquote", "ul", "ol"]):
        text = " ".join(el.get_text(" ").split())
        if not text or text == title:
            continue
        if el.name in ("ul", "ol"):
            items = [" ".join(li.get_text(" ").split()) for li in el.find_all("li")]
            blocks.append(Block("list", "\n".join(i for i in items if i)))
        elif el.name == "blockquote":
            blocks.append(Block("quote", text))
        elif el.name.startswith("h") or is_question_heading(text):
            blocks.append(Block("heading", text))
        elif el.find_parent(["blockquote", "ul", "ol"]) is None:
            blocks.append(Block("paragraph", text))
    return Document(source_file, title, tuple(blocks))
