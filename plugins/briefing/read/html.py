"""Saved HTML pages: the article is taken out of its navigation, ads, related lists, banners and scripts.

In trafilatura's spirit, as a few named transforms over the parsed page:

1. `page_title`: the <h1> headline (the <title> carries a site-name suffix).
2. `drop_inert`: scripts, styles, embeds, media and form controls never carry article text.
3. `drop_chrome`: page chrome found by tag (nav, header, footer, aside, figure), by ARIA role,
   by hidden-ness and by class/id hints (`CHROME_HINTS`); a hinted element that holds most of the
   page's prose is a layout wrapper, not chrome, and stays.
4. `main_container`: paragraphs vote for their parent and grandparent with their non-link text;
   the best-scored element wins, joined by siblings that scored nearly as well.
5. `emit_blocks`: headings, paragraphs, quotes and lists in document order, as plain text only;
   link-dense paragraphs and lists (teasers, "read more" lines) are left out.

Text-level junk inside the article (a byline typed into a paragraph, "Advertisement") is the
cleaning stage's job; this module only uses the page's structure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, FeatureNotFound, NavigableString, Tag

from ..model import Block, Document
from .text import is_question_heading

# --- Named data: what counts as chrome -------------------------------------------------------

# Elements whose content is never article text.
INERT_TAGS = (
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
    "applet", "svg", "math", "canvas", "video", "audio", "picture", "img", "source", "track", "map",
    "head", "link", "meta", "title", "base", "input", "select", "option", "textarea", "button",
    "label", "dialog",
)
# Structural chrome: site navigation and furniture, and pictures with their captions.
CHROME_TAGS = ("nav", "header", "footer", "aside", "form", "menu", "figure", "figcaption")
CHROME_ROLES = frozenset({
    "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
    "dialog", "alertdialog", "toolbar", "tablist",
})
# Class/id/aria-label words that mark chrome. Each must start a word ("main-nav", "socialShare")
# and most must end one too, so that "comment" does not catch "commentary" nor "ad" "header".
CHROME_HINTS = re.compile(
    r"(?<![a-z])(?:"
    r"nav(?:bar|igation)?|menu|breadcrumbs?|masthead|header|footer|sidebar|rail|"
    r"cookies?|consent|gdpr|banner|popup|modal|overlay|paywall|"
    r"share|sharing|sharebar|social|sociallinks|"
    r"related|recommend\w*|more-(?:stories|from|news|on)|read-?more|also-?read|"
    r"trending|most-?(?:read|popular|viewed)|popular|outbrain|taboola|teasers?|"
    r"newsletter\w*|subscri(?:be|ption)\w*|signup|sign-up|login|signin|"
    r"comments?|disqus|"
    r"ads?|adslot|ad-?(?:slot|unit|container|wrapper|label)|advert\w*|sponsor\w*|promo\w*|dfp|"
    r"captions?|credits?|byline|dateline|timestamp|author-?bio|article-?meta|"
    r"tags|tag-?list|keywords|topics|print|toolbar|tools|widget|"
    r"skip(?:-?link|-to-content)?|sr-only|visually-?hidden|screen-?reader-?text|hidden"
    r")(?![a-z])"
)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
# A hinted element holding at least this share of the page's paragraph text is the article's wrapper.
WRAPPER_PROSE_SHARE = 0.5

# --- Named data: how the article is found and emitted ----------------------------------------

LEAF_PARAGRAPH_TAGS = ("p", "pre")  # these vote for their parent; a <div> of loose text for itself
MIN_PARAGRAPH_CHARS = 25  # shorter runs of text (datelines, labels) are no evidence of prose
SIBLING_SHARE = 0.2  # a sibling with this share of the winner's prose is part of the article
MIN_SENTENCE_CHARS = 100  # ...and so is a sibling of the winner's own kind with a sentence of prose
MAX_LINK_DENSITY = 0.5  # text more than half made of link words is navigation, not prose
MAX_LABEL_CHARS = 20  # ...unless it is a label and a link ("Read more: ..."), not a sentence with a long link
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
LIST_TAGS = ("ul", "ol", "dl")
# Elements that end the paragraph being gathered; everything else is inline.
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "body", "blockquote", "pre", "table", "thead", "tbody",
    "tfoot", "tr", "td", "th", "caption", "center", "address", "details", "summary", "hr", "br",
    "dd", "dt", "li", *HEADING_TAGS, *LIST_TAGS,
})
TITLE_SUFFIX = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+[^|–—]{1,60}$")


def read(raw_html: str, source_file: str) -> Document:
    """A saved web page -> its headline and article blocks (text only).

    >>> doc = read("<title>Hi | Site</title><nav><a>Home</a></nav><h1>Hi</h1><p>Body &amp; soul.</p>", "x.html")
    >>> doc.title, doc.blocks
    ('Hi', (Block(type='paragraph', text='Body & soul.'),))
    """
    soup = parse(raw_html)
    title = page_title(soup)
    drop_inert(soup)
    drop_chrome(soup)
    roots = main_container(soup)
    return Document(source_file, title, tuple(emit_blocks(roots, title)))


def parse(raw_html: str) -> BeautifulSoup:
    """lxml is several times faster than html.parser; both repair any malformed markup."""
    try:
        return BeautifulSoup(raw_html, "lxml")
    except FeatureNotFound:
        return BeautifulSoup(raw_html, "html.parser")


def _text(el: Tag | NavigableString) -> str:
    return " ".join(el.get_text(" ").split())


def _meta(soup: BeautifulSoup, key: str) -> str:
    tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
    content = tag.get("content") if tag else None
    return " ".join(content.split()) if isinstance(content, str) else ""


def page_title(soup: BeautifulSoup) -> str:
    """The <h1> that best matches the page's declared title; else og:title or <title> minus its suffix.

    Pages often have a second <h1> (the site logo, a section name): the declared title tells which
    one is the headline.
    """
    declared = _meta(soup, "og:title") or _meta(soup, "twitter:title")
    if not declared and soup.title:
        declared = _strip_site_name(_text(soup.title), _meta(soup, "og:site_name"))
    headlines = [t for t in (_text(h1) for h1 in soup.find_all("h1")) if t]
    if not headlines:
        return declared
    if not declared:
        return headlines[0]
    wanted = set(declared.lower().split())
    return max(headlines, key=lambda h: len(wanted & set(h.lower().split())) / len(set(h.lower().split())))


def _strip_site_name(title: str, site_name: str) -> str:
    """'Headline | Site' or 'Headline - Site' -> 'Headline'."""
    if site_name and title.endswith(site_name) and len(title) > len(site_name):
        stripped = title[: -len(site_name)].rstrip(" |-–—:·•")
        if stripped:
            return stripped
    return TITLE_SUFFIX.sub("", title) or title


def drop_inert(soup: BeautifulSoup) -> None:
    for el in soup.find_all(INERT_TAGS):
        el.decompose()


_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _hints(el: Tag) -> str:
    """Class, id and aria-label as lower-case words: "emailSignup share_bar" -> "email-signup share_bar"."""
    classes = el.get("class") or []
    words = [*classes] if isinstance(classes, list) else [classes]
    words += [str(el.get(key) or "") for key in ("id", "aria-label")]
    return _CAMEL_HUMP.sub("-", " ".join(words)).lower()


def _is_chrome(el: Tag) -> bool:
    if el.name in CHROME_TAGS:
        return True
    if str(el.get("role") or "").lower() in CHROME_ROLES:
        return True
    if el.has_attr("hidden") or str(el.get("aria-hidden") or "").lower() == "true":
        return True
    if HIDDEN_STYLE.search(str(el.get("style") or "").lower()):
        return True
    return bool(CHROME_HINTS.search(_hints(el)))


def drop_chrome(soup: BeautifulSoup) -> None:
    """Remove chrome, outermost first, keeping any "chrome" that wraps most of the page's prose."""
    prose = prose_by_element(paragraphs(soup))
    total = prose.get(id(soup), 0.0)
    for el in soup.find_all(True):
        if el.decomposed or el.name in ("html", "body") or not _is_chrome(el):
            continue
        if total and prose.get(id(el), 0.0) >= WRAPPER_PROSE_SHARE * total:
            continue
        el.decompose()


def _inline_chars(el: Tag) -> tuple[int, int]:
    """(characters, of which in links) of the text an element holds outside its block children."""
    chars = links = 0
    for child in el.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:
                chars += len(" ".join(child.split()))
        elif child.name not in BLOCK_TAGS:
            inner, inner_links = _inline_chars(child)
            chars += inner
            links += inner if child.name == "a" else inner_links
    return chars, links


def paragraphs(soup: BeautifulSoup) -> list[tuple[Tag, float]]:
    """Every run of prose on the page, as (the block element holding it, its non-link characters).

    Not only <p>: some sites put article text straight into <div>s, separated by <br>.
    """
    found = []
    for el in soup.find_all(BLOCK_TAGS):
        if el.find_parent("a"):  # a teaser card: the whole block is a link
            continue
        chars, links = _inline_chars(el)
        if chars >= MIN_PARAGRAPH_CHARS and links <= MAX_LINK_DENSITY * chars:
            found.append((el, float(chars - links)))
    return found


def prose_by_element(units: list[tuple[Tag, float]]) -> dict[int, float]:
    """How much prose each element holds, counting its whole subtree (keys are ids of tags)."""
    prose: dict[int, float] = {}
    for host, weight in units:
        for el in (host, *host.parents):
            prose[id(el)] = prose.get(id(el), 0.0) + weight
    return prose


def _link_chars(el: Tag) -> int:
    return sum(len(_text(a)) for a in el.find_all("a"))


def _link_density(el: Tag) -> float:
    chars = len(_text(el))
    return _link_chars(el) / chars if chars else 0.0


def main_container(soup: BeautifulSoup) -> list[Tag]:
    """The element whose paragraphs carry the most non-link text, with its strong siblings.

    A paragraph gives its weight to the element holding it (the parent of a <p>) and half of it to
    the next one up, so the winner is the element with the most prose as direct children. From
    there, wrappers that add no prose are climbed; at the first level that does add prose, the
    siblings holding a good share of it join in: an article split into several column divs,
    with ads between them, is read whole.
    """
    units = paragraphs(soup)
    if not units:
        return [soup.body or soup]
    scores: dict[int, float] = {}
    tags: dict[int, Tag] = {}
    for host, weight in units:
        holder = host.parent if host.name in LEAF_PARAGRAPH_TAGS and host.parent else host
        for share, el in zip((1.0, 0.5), (holder, *holder.parents)):
            scores[id(el)] = scores.get(id(el), 0.0) + share * weight
            tags[id(el)] = el
    best = tags[max(scores, key=lambda key: scores[key])]
    prose = prose_by_element(units)
    own = prose[id(best)]
    while best.parent is not None and best.parent.name not in ("body", "html", "[document]"):
        if prose[id(best.parent)] - own >= MIN_PARAGRAPH_CHARS:
            return [el for el in best.parent.find_all(True, recursive=False) if _continues(el, best, prose)]
        best = best.parent
    return [best]


def _continues(sibling: Tag, best: Tag, prose: dict[int, float]) -> bool:
    """A sibling is more of the article if it holds a good share of prose, or a sentence or more
    in an element of the winner's own kind (the next column of a story split by ads)."""
    if sibling is best:
        return True
    share = prose.get(id(sibling), 0.0)
    same_kind = sibling.name == best.name and bool(best.get("class")) and sibling.get("class") == best.get("class")
    return share >= SIBLING_SHARE * prose[id(best)] or (same_kind and share >= MIN_SENTENCE_CHARS)


@dataclass(slots=True)
class _Emitter:
    """Gathers inline text into paragraphs and turns block elements into Blocks, in document order."""

    title: str
    blocks: list[Block] = field(default_factory=list)
    parts: list[tuple[str, bool]] = field(default_factory=list)  # (text, inside a link)
    link_depth: int = 0
    quote: bool = False

    def flush(self) -> None:
        text = " ".join("".join(part for part, _ in self.parts).split())
        link_chars = len(" ".join("".join(part for part, in_link in self.parts if in_link).split()))
        self.parts = []
        if not text or (link_chars > MAX_LINK_DENSITY * len(text) and len(text) - link_chars < MAX_LABEL_CHARS):
            return
        if self.quote:
            self.blocks.append(Block("quote", text))
        elif is_question_heading(text):
            self.blocks.append(Block("heading", text))
        else:
            self.blocks.append(Block("paragraph", text))

    def visit(self, node: Tag | NavigableString) -> None:
        if isinstance(node, NavigableString):
            if type(node) is NavigableString:  # not a comment, CDATA or doctype
                self.parts.append((str(node), self.link_depth > 0))
            return
        name = node.name
        if name in HEADING_TAGS:
            self.flush()
            self.heading(node)
        elif name in LIST_TAGS and not self.quote:
            self.flush()
            self.list(node)
        elif name == "blockquote" and not self.quote:
            self.flush()
            self.quote = True
            self.children(node)
            self.flush()
            self.quote = False
        elif name == "a":
            self.link_depth += 1
            self.children(node)
            self.link_depth -= 1
        elif name in BLOCK_TAGS:
            self.flush()
            self.children(node)
            self.flush()
        else:
            self.children(node)

    def children(self, node: Tag) -> None:
        for child in list(node.children):
            self.visit(child)

    def heading(self, node: Tag) -> None:
        text = _text(node)
        if text and text != self.title and _link_density(node) <= MAX_LINK_DENSITY:
            self.blocks.append(Block("heading", text))

    def list(self, node: Tag) -> None:
        """A list in the article keeps one item a line; a list of links is a menu or teasers."""
        items = [_text(li) for li in node.find_all(("li", "dt", "dd")) if not li.find(("li", "dt", "dd"))]
        items = [item for item in items if item]
        if items and _link_density(node) <= MAX_LINK_DENSITY:
            self.blocks.append(Block("list", "\n".join(items)))


def _without_orphan_headings(blocks: list[Block]) -> list[Block]:
    """A heading followed by no text (its teaser list was dropped) is left-over chrome."""
    kept: list[Block] = []
    for i, block in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if block.type == "heading" and (following is None or following.type == "heading"):
            continue
        kept.append(block)
    return kept


def emit_blocks(roots: list[Tag], title: str) -> list[Block]:
    emitter = _Emitter(title)
    for root in roots:
        emitter.visit(root)
        emitter.flush()
    return _without_orphan_headings(emitter.blocks)
