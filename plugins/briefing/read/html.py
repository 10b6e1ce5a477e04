"""Saved HTML pages: the article is taken out of its navigation, ads, related lists, banners and scripts.

In trafilatura's spirit, a few named transforms over the parsed page:

1. `page_title`: the <h1> headline (the <title> carries a site-name suffix).
2. `prune(is_inert)`: scripts, styles, embeds, media and form controls never carry article text.
3. `prune(is_chrome)`: page chrome found by tag (nav, header, footer, aside, figure), ARIA role,
   hidden-ness and class/id hints (`CHROME_HINTS`). A "chrome" element that holds most of the
   page's prose is a layout wrapper (`<div class="content-with-sidebar">`) and stays.
4. `main_container`: runs of prose vote for the element holding them with their non-link
   characters; the winner, widened to sibling columns of the same story, is the article.
5. `emit_blocks`: headings, paragraphs, quotes and lists in document order, as plain text only;
   link-dense paragraphs and lists (teasers, "Read more: ..." lines) are left out.

Text-level junk inside the article (a byline typed into a paragraph, "Advertisement") is the
cleaning stage's job; this module only uses the page's structure. Every walk over the tree is
iterative: a page of ten thousand unclosed <div>s must not hit Python's recursion limit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, FeatureNotFound, NavigableString, Tag

from ..model import Block, Document
from .text import is_question_heading

# --- Named data: what is never text, what is chrome -----------------------------------------

INERT_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
    "applet", "svg", "math", "canvas", "video", "audio", "picture", "img", "source", "track", "map",
    "head", "link", "meta", "title", "base", "input", "select", "option", "textarea", "button",
    "label", "dialog",
})
# Site furniture, and pictures with their captions.
CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "form", "menu", "figure", "figcaption"})
CHROME_ROLES = frozenset({
    "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
    "dialog", "alertdialog", "toolbar", "tablist",
})
# Words in class, id or aria-label that mark chrome. Each must start a word ("main-nav", and
# "socialShare" once camelCase is split) and end one, so "comment" does not catch "commentary".
CHROME_HINTS = re.compile(
    r"(?<![a-z])(?:"
    r"nav(?:bar|igation)?|menu|breadcrumbs?|masthead|(?:site|page|global|top)-?header|footer|"
    r"sidebar|(?:right|left|side)-?rail|"
    r"cookies?|consent|gdpr|banner|popup|modal|overlay|"
    r"share|sharing|sharebar|social|sociallinks|"
    r"related|recommend\w*|more-(?:stories|from|news|on)|read-?more|also-?read|"
    r"trending|most-?(?:read|popular|viewed)|popular|outbrain|taboola|teasers?|carousel|ticker|"
    r"newsletter\w*|subscri(?:be|ption)\w*|signup|sign-up|login|signin|"
    r"comments?|disqus|"
    r"ads?|adslot|ad-?(?:slot|unit|container|wrapper|label)|advert\w*|sponsor\w*|promo\w*|dfp|cta|"
    r"captions?|credits?|byline|dateline|timestamp|author-?bio|article-?meta|"
    r"tags|tag-?list|keywords|topics|toolbar|tools|widget|"
    r"skip(?:-?link|-to-content)?|sr-only|visually-?hidden|screen-?reader-?text|"
    r"hidden(?!-(?:xs|sm|md|lg|xl|print|mobile|tablet|desktop))"  # "hidden-xs" shows on a desktop
    r")(?![a-z])"
)
# A bare "header" class or id is the site's; "story__header" may hold the story's sub-headings.
CHROME_WORDS = frozenset({"header", "top-bar", "topbar"})
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
WRAPPER_PROSE_SHARE = 0.5  # a "chrome" element with this share of the page's prose is a wrapper

# --- Named data: how the article is found and emitted ----------------------------------------

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LIST_TAGS = frozenset({"ul", "ol", "dl"})
# Elements that end the run of text being gathered; every other element is inline.
BLOCK_TAGS = frozenset({
    "html", "body", "p", "div", "section", "article", "main", "blockquote", "pre", "table", "thead",
    "tbody", "tfoot", "tr", "td", "th", "caption", "center", "address", "details", "summary", "hr",
    "br", "li", "dt", "dd", *HEADING_TAGS, *LIST_TAGS,
})
LEAF_PARAGRAPH_TAGS = frozenset({"p", "pre"})  # these vote for their parent; a <div> of loose text for itself
MIN_PARAGRAPH_CHARS = 25  # shorter runs of text (datelines, labels) are no evidence of prose
MAX_LINK_DENSITY = 0.5  # text more than half made of link words is navigation, not prose...
MAX_LABEL_CHARS = 20  # ...when the rest is a label ("Read more: ..."), not a sentence with a long link
SIBLING_SHARE = 0.2  # a sibling with this share of the winner's prose is part of the article...
SIBLING_MAX_LINK_DENSITY = 0.25  # ...unless it is a list of teasers: headline links with blurbs
MIN_SENTENCE_CHARS = 100  # a sibling of the winner's own kind joins with a sentence of prose
# Soft hyphen, zero-width space, word joiner, stray byte-order mark: entities that split words.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))
TITLE_SUFFIX = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+[^|–—]{1,60}$")


def read(raw_html: str, source_file: str) -> Document:
    """A saved web page -> its headline and article blocks (text only).

    >>> doc = read("<title>Hi | Site</title><nav><a>Home</a></nav><h1>Hi</h1><p>Body &amp; soul.</p>", "x.html")
    >>> doc.title, doc.blocks
    ('Hi', (Block(type='paragraph', text='Body & soul.'),))
    """
    soup = parse(raw_html)
    title = page_title(soup)
    prune(soup, is_inert)
    layout = Layout.of(soup)
    total = layout.prose.get(id(soup), 0.0)
    prune(soup, lambda el: is_chrome(el) and layout.prose.get(id(el), 0.0) < WRAPPER_PROSE_SHARE * total)
    return Document(source_file, title, tuple(emit_blocks(main_container(soup), title)))


def parse(raw_html: str) -> BeautifulSoup:
    """lxml is several times faster than html.parser; both repair any malformed markup."""
    try:
        return BeautifulSoup(raw_html, "lxml")
    except FeatureNotFound:
        return BeautifulSoup(raw_html, "html.parser")


def _plain(text: str) -> str:
    """One space between words, and no invisible characters (&shy;, &#8203;) splitting them."""
    return " ".join(text.translate(INVISIBLE).split())


def _text(el: Tag) -> str:
    return _plain(el.get_text(" "))


def _is_text(node: object) -> bool:
    """A plain text node: not a comment, CDATA section, doctype or processing instruction."""
    return type(node) is NavigableString


# --- 1. The headline ----------------------------------------------------------------------------


def _meta(soup: BeautifulSoup, key: str) -> str:
    tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
    content = tag.get("content") if tag else None
    return _plain(content) if isinstance(content, str) else ""


def page_title(soup: BeautifulSoup) -> str:
    """The <h1> most like the page's declared title; else og:title, or <title> minus its suffix.

    Pages often have an <h1> that is no headline (the site's logo, a section name): the declared
    title tells which one is the headline, or that none is.
    """
    site_name = _meta(soup, "og:site_name")
    declared = _meta(soup, "og:title") or _meta(soup, "twitter:title")
    if declared and site_name:
        declared = _strip_site_name(declared, site_name, guess=False)
    elif not declared and soup.title:
        declared = _strip_site_name(_text(soup.title), site_name)
    headlines = [t for t in (_text(h1) for h1 in soup.find_all("h1")) if t]
    if not headlines or not declared:
        return headlines[0] if headlines else declared
    wanted = set(declared.lower().split())

    def likeness(headline: str) -> float:
        words = set(headline.lower().split())
        return len(wanted & words) / len(wanted | words)

    best = max(headlines, key=likeness)
    return best if likeness(best) > 0 else declared  # an <h1> with none of its words is the logo


def _strip_site_name(title: str, site_name: str, guess: bool = True) -> str:
    """'Headline | Site' or 'Headline - Site' -> 'Headline'.

    Without the site's name, the last segment is taken for it only when it is the shorter part:
    "Iran - US talks resume" is a headline, not "Iran" of the site "US talks resume".

    >>> _strip_site_name("Floods close schools - Delta Times", "")
    'Floods close schools'
    >>> _strip_site_name("Iran - US talks resume", "")
    'Iran - US talks resume'
    """
    if site_name and title.endswith(site_name) and len(title) > len(site_name):
        stripped = title[: -len(site_name)].rstrip(" |-–—:·•")
        if stripped:
            return stripped
    suffix = TITLE_SUFFIX.search(title) if guess else None
    if suffix and suffix.start() > len(suffix.group().strip(" |-–—:·•")):
        return title[: suffix.start()]
    return title


# --- 2 and 3. Pruning ---------------------------------------------------------------------------


def prune(root: Tag, doomed: Callable[[Tag], bool]) -> None:
    """Remove every element `doomed` picks, outermost first (nothing inside a removed one is asked)."""
    stack = [root]
    while stack:
        for child in list(stack.pop().children):
            if isinstance(child, Tag):
                if doomed(child):
                    child.decompose()
                else:
                    stack.append(child)


def is_inert(el: Tag) -> bool:
    return el.name in INERT_TAGS


_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _hints(el: Tag) -> str:
    """Class, id and aria-label as lower-case words: "emailSignup share_bar" -> "email-signup share_bar"."""
    classes = el.get("class") or []
    words = [*classes] if isinstance(classes, list) else [classes]
    words += [str(el.get(key) or "") for key in ("id", "aria-label")]
    return _CAMEL_HUMP.sub("-", " ".join(words)).lower()


def is_chrome(el: Tag) -> bool:
    if el.name in ("html", "body"):
        return False
    if el.name in CHROME_TAGS or str(el.get("role") or "").lower() in CHROME_ROLES:
        return True
    if el.has_attr("hidden") or str(el.get("aria-hidden") or "").lower() == "true":
        return True
    if HIDDEN_STYLE.search(str(el.get("style") or "").lower()):
        return True
    hints = _hints(el)
    return bool(CHROME_HINTS.search(hints) or CHROME_WORDS.intersection(hints.split()))


# --- 4. Finding the article ---------------------------------------------------------------------


@dataclass(slots=True)
class Layout:
    """Where a page's prose is. A run of prose is the text a block element holds outside its block
    children (a <p>, or a <div> of loose text split by <br>s); text inside a link is link text, so
    a teaser card wrapped in an <a> is no prose at all. Dicts are keyed by `id()` of the tags."""

    runs: dict[int, tuple[Tag, float]] = field(default_factory=dict)  # block element -> (it, non-link chars)
    prose: dict[int, float] = field(default_factory=dict)  # non-link chars of runs in each subtree
    chars: dict[int, int] = field(default_factory=dict)  # all text in each subtree...
    links: dict[int, int] = field(default_factory=dict)  # ...and the part of it inside links

    def link_density(self, el: Tag) -> float:
        chars = self.chars.get(id(el), 0)
        return self.links.get(id(el), 0) / chars if chars else 0.0

    @classmethod
    def of(cls, root: Tag) -> Layout:
        chars: dict[int, int] = {}
        links: dict[int, int] = {}
        order: list[Tag] = []  # every tag, parents before children
        stack: list[tuple[Tag | NavigableString, Tag, bool]] = [(root, root, False)]
        while stack:
            node, block, in_link = stack.pop()
            if isinstance(node, Tag):
                order.append(node)
                inner_block = node if node.name in BLOCK_TAGS else block
                stack.extend((child, inner_block, in_link or node.name == "a") for child in node.children)
            elif _is_text(node):
                length = len(" ".join(node.split()))
                chars[id(block)] = chars.get(id(block), 0) + length
                links[id(block)] = links.get(id(block), 0) + (length if in_link else 0)
        layout = cls()
        for tag in reversed(order):  # children before parents: subtree sums climb one level at a time
            key = id(tag)
            own, own_links = chars.get(key, 0), links.get(key, 0)
            if own >= MIN_PARAGRAPH_CHARS and own_links <= MAX_LINK_DENSITY * own:
                layout.runs[key] = (tag, float(own - own_links))
                layout.prose[key] = layout.prose.get(key, 0.0) + own - own_links
            layout.chars[key] = layout.chars.get(key, 0) + own
            layout.links[key] = layout.links.get(key, 0) + own_links
            if tag.parent is not None:
                parent = id(tag.parent)
                layout.chars[parent] = layout.chars.get(parent, 0) + layout.chars[key]
                layout.links[parent] = layout.links.get(parent, 0) + layout.links[key]
                if key in layout.prose:
                    layout.prose[parent] = layout.prose.get(parent, 0.0) + layout.prose[key]
        return layout


def main_container(soup: BeautifulSoup) -> list[Tag]:
    """The element with the most prose as its direct content, widened to the rest of the story.

    A run of prose gives its weight to the element holding it (the parent of a <p>) and half of
    it to the next one up, so the winner is where paragraphs sit side by side.
    """
    layout = Layout.of(soup)
    if not layout.runs:
        return [soup]
    scores: dict[int, float] = {}
    tags: dict[int, Tag] = {}
    for block, weight in layout.runs.values():
        holder = block.parent if block.name in LEAF_PARAGRAPH_TAGS and block.parent else block
        for share, el in zip((1.0, 0.5), (holder, *holder.parents)):
            scores[id(el)] = scores.get(id(el), 0.0) + share * weight
            tags[id(el)] = el
    return _widen(tags[max(scores, key=lambda key: scores[key])], layout)


def _widen(best: Tag, layout: Layout) -> list[Tag]:
    """Climb the wrappers around the winner that add no prose; at the first level that does,
    take the siblings that continue the story (`_continues`)."""
    own = layout.prose.get(id(best), 0.0)
    while best.parent is not None and best.parent.name not in ("body", "html", "[document]"):
        if layout.prose.get(id(best.parent), 0.0) - own >= MIN_PARAGRAPH_CHARS:
            children = best.find_all(True, recursive=False)
            paragraph_kinds = set().union(*(_kinds(el) for el in children if id(el) in layout.runs))
            siblings = best.parent.find_all(True, recursive=False)
            taken = [_continues(el, best, paragraph_kinds, layout) for el in siblings]
            return [el for i, el in enumerate(siblings) if taken[i] or _between(i, taken, siblings, best, layout)]
        best = best.parent
    return [best]


def _kinds(el: Tag) -> set[tuple[str, str]]:
    """(tag, class) pairs: elements sharing one are of a kind ("zn-body__paragraph speakable")."""
    classes = el.get("class") or [""]
    return {(el.name, str(c)) for c in (classes if isinstance(classes, list) else [classes])}


def _continues(sibling: Tag, best: Tag, paragraph_kinds: set[tuple[str, str]], layout: Layout) -> bool:
    """A sibling of the winner is more of the story if it holds a good share of prose; if it is
    a paragraph like the winner's own (a first paragraph set apart from the rest); or if it is
    an element of the winner's very kind with a sentence or more (the next column of a story
    split by ads, a short last <section>). Link-dense siblings are teasers, never the story."""
    if sibling is best:
        return True
    prose = layout.prose.get(id(sibling), 0.0)
    share = prose / layout.prose[id(best)] if layout.prose.get(id(best)) else 0.0
    if share >= SIBLING_SHARE and layout.link_density(sibling) <= SIBLING_MAX_LINK_DENSITY:
        return True
    if id(sibling) in layout.runs and _kinds(sibling) & paragraph_kinds:
        return True
    same_kind = _kinds(sibling) == _kinds(best)
    return same_kind and prose >= MIN_SENTENCE_CHARS and layout.link_density(sibling) <= SIBLING_MAX_LINK_DENSITY


def _between(i: int, taken: list[bool], siblings: list[Tag], best: Tag, layout: Layout) -> bool:
    """A short paragraph of the winner's own kind with story on both sides of it is the story too:
    a page that puts every paragraph in a card of its own ("card-article") leaves one-line
    paragraphs with too little prose to stand alone."""
    sibling = siblings[i]
    return (any(taken[:i]) and any(taken[i + 1:]) and _kinds(sibling) == _kinds(best)
            and layout.prose.get(id(sibling), 0.0) >= MIN_PARAGRAPH_CHARS
            and layout.link_density(sibling) <= MAX_LINK_DENSITY)  # one linked phrase, not a teaser


# --- 5. Emitting blocks -------------------------------------------------------------------------


def _events(root: Tag) -> Iterator[tuple[Tag | NavigableString, bool]]:
    """(node, entering) in document order; each tag comes again with entering=False when it closes."""
    stack: list[tuple[Tag | NavigableString, bool]] = [(root, True)]
    while stack:
        node, entering = stack.pop()
        yield node, entering
        if entering and isinstance(node, Tag):
            stack.append((node, False))
            stack.extend((child, True) for child in reversed(node.contents))


@dataclass(slots=True)
class _Emitter:
    """Gathers inline text into runs, and runs into Blocks whose type the open elements decide."""

    title: str
    blocks: list[Block] = field(default_factory=list)
    parts: list[tuple[str, bool]] = field(default_factory=list)  # (text, inside a link)
    items: list[tuple[str, int]] = field(default_factory=list)  # the open list's (item, link chars)
    links: int = 0  # open <a> elements
    headings: int = 0
    lists: int = 0
    quotes: int = 0

    def feed(self, node: Tag | NavigableString, entering: bool) -> None:
        if not isinstance(node, Tag):
            if _is_text(node):
                self.parts.append((str(node), self.links > 0))
            return
        name, step = node.name, 1 if entering else -1
        if name == "a":
            self.links += step
            return
        if name not in BLOCK_TAGS:
            return
        self.flush()
        if name in HEADING_TAGS:
            self.headings += step
        elif name in LIST_TAGS:
            self.lists += step
            if not self.lists:
                self.close_list()
        elif name == "blockquote":
            self.quotes += step

    def flush(self) -> None:
        """End the current run of text as a heading, list item, quote or paragraph."""
        text = _plain("".join(part for part, _ in self.parts))
        link_chars = len(_plain("".join(part for part, in_link in self.parts if in_link)))
        self.parts = []
        if not text:
            return
        if self.lists and not self.headings:
            self.items.append((text, link_chars))
        elif link_chars > MAX_LINK_DENSITY * len(text) and (self.headings or len(text) - link_chars < MAX_LABEL_CHARS):
            return  # a teaser headline, or a "Read more: ..." line
        elif self.headings:
            if text != self.title:
                self.blocks.append(Block("heading", text))
        elif self.quotes:
            self.blocks.append(Block("quote", text))
        else:
            self.blocks.append(Block("heading" if is_question_heading(text) else "paragraph", text))

    def close_list(self) -> None:
        """A list in the article keeps one item a line; a list of links is a menu or teasers."""
        chars = sum(len(item) for item, _ in self.items)
        if self.items and sum(links for _, links in self.items) <= MAX_LINK_DENSITY * chars:
            self.blocks.append(Block("list", "\n".join(item for item, _ in self.items)))
        self.items = []


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
        for node, entering in _events(root):
            emitter.feed(node, entering)
        emitter.flush()
    return _without_orphan_headings(emitter.blocks)
