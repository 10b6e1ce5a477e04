"""Shapes the site's data from published articles: JSON twins, the briefings index, actor pages.

Pure functions of articles (anything with `slug`, `url`, `date` and a `briefing`) and the settings
dict; the generators only write what these return. Key order is fixed here because the JSON files
are a contract (DESIGN.md) and two builds of the same input must be byte-identical.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from itertools import groupby

from markupsafe import Markup, escape

from briefing.model import ACTOR_KINDS, Actor, Reaction

from .reader import slug_for

# Where the extra outputs go; each can be overridden by the same name in pelican.conf.py.
URL_DEFAULTS = {
    "BRIEFING_JSON_SAVE_AS": "briefings/{slug}/briefing.json",
    "BRIEFINGS_JSON_SAVE_AS": "briefings.json",
    "ACTOR_URL": "actors/{slug}/",
    "ACTOR_SAVE_AS": "actors/{slug}/index.html",
    "ACTORS_URL": "actors/",
    "ACTORS_SAVE_AS": "actors/index.html",
    "ACTOR_FEED_ATOM": "actors/{slug}/feed.atom.xml",
    "ACTOR_FEED_RSS": "actors/{slug}/feed.rss.xml",
    "EDITION_URL": "editions/{date}/",
    "EDITION_SAVE_AS": "editions/{date}/index.html",
    "SEARCH_URL": "search/",
    "SEARCH_SAVE_AS": "search/index.html",
    "SITEMAP_SAVE_AS": "sitemap.xml",
}

TWIN_ACTOR_KEYS = ("id", "name", "kind", "aliases", "mentions", "url", "discovered")
TWIN_REACTION_KEYS = ("actor", "speaker", "stance", "text", "block")
TWIN_EDIT_KEYS = ("rule", "action", "before", "after", "block")


def http_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None: only these may become links (no `javascript:` or `data:`).

    >>> http_url("HTTPS://example.org/a"), http_url("javascript:alert(1)"), http_url(None)
    ('HTTPS://example.org/a', None, None)
    """
    if isinstance(url, str) and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def url_setting(settings: dict, key: str, **fields) -> str:
    return settings.get(key, URL_DEFAULTS[key]).format(**fields)


def actor_slug(actor_id: str, settings: dict) -> str:
    """Actor ids become path segments: slugified, so no id can escape its folder."""
    return slug_for(actor_id, settings) or "actor"


def twin_path(article, settings: dict) -> str:
    return url_setting(settings, "BRIEFING_JSON_SAVE_AS", slug=article.slug)


def twin(article, actor_urls: dict[str, str]) -> dict:
    """The JSON twin of one briefing, with exactly the keys of DESIGN.md in that order.
    `actor_urls`: actor id -> its page's url (the ActorPage urls of collect_actors)."""
    data = article.briefing.to_dict()
    return {
        "title": data["title"],
        "slug": article.slug,
        "url": article.url,
        "date": data["date"],
        "source_file": data["source_file"],
        "source_url": http_url(data["source_url"]),
        "tags": data["tags"],
        "summary": data["summary"],
        "actors": [
            _pick({**a, "url": actor_urls[a["id"]]}, TWIN_ACTOR_KEYS)
            for a in data["actors"]
        ],
        "reactions": [_pick(r, TWIN_REACTION_KEYS) for r in data["reactions"]],
        "body": [{"type": b["type"], "text": b["text"]} for b in data["body"]],
        "edits": [_pick(e, TWIN_EDIT_KEYS) for e in data["edits"]],
    }


def index_entry(article, settings: dict) -> dict:
    """One line of `briefings.json`: enough to list a briefing and fetch its twin."""
    briefing = article.briefing
    return {
        "title": briefing.document.title,
        "slug": article.slug,
        "url": article.url,
        "json": twin_path(article, settings),
        "source_file": briefing.document.source_file,
        "date": briefing.document.metadata.get("date"),
        "summary": list(briefing.summary),
        "actors": [a.name for a in briefing.actors],
    }


def sides(briefing) -> list[tuple[str, tuple[str, ...]]]:
    """How each side reacted: (actor id, its stances in order of first use), most reactions first."""
    stances: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    for r in briefing.reactions:
        found = stances.setdefault(r.actor, [])
        if r.stance not in found:
            found.append(r.stance)
        counts[r.actor] = counts.get(r.actor, 0) + 1
    order = sorted(stances, key=lambda actor: -counts[actor])  # stable: ties keep first appearance
    return [(actor, tuple(stances[actor])) for actor in order]


def by_kind(actors) -> list[tuple[str, list]]:
    """Actors (or actor pages) grouped by kind, kinds in the model's order, each group in the given order.

    >>> [(k, [a.id for a in g]) for k, g in by_kind([Actor("un", "UN", "organisation"), Actor("fr", "France", "state")])]
    [('state', ['fr']), ('organisation', ['un'])]
    """
    groups: dict[str, list[Actor]] = {}
    for actor in actors:
        groups.setdefault(actor.kind, []).append(actor)
    return [(kind, groups[kind]) for kind in ACTOR_KINDS if kind in groups]


def date_tag(article) -> Markup:
    """An article's date as a <time> element (a function, not a macro: an actor page lists hundreds)."""
    # An f-string, not Markup.format (string.Formatter, in Python: most of this function's cost).
    return Markup(f'<time datetime="{article.date.date().isoformat()}">{escape(article.locale_date)}</time>')


def plural(n: int, one: str, many: str) -> str:
    """A count with its noun (a function, not a macro: pages call it dozens of times).

    >>> plural(1, "reaction", "reactions"), plural(3, "reaction", "reactions")
    ('1 reaction', '3 reactions')
    """
    return f"{n} {one if n == 1 else many}"


def _pick(data: dict, keys: tuple[str, ...]) -> dict:
    return {k: data[k] for k in keys}


@dataclass(frozen=True, slots=True)
class Change:
    """An edit cut down to what changed, with a little context, for the cleaning notes table."""

    lead: str
    removed: str
    added: str
    tail: str


def change(before: str, after: str, context: int = 40) -> Change:
    """Common start and end of `before` and `after`, widened to whole words and trimmed to `context`.

    >>> change("General YehiaRasool, a spokeswoman", "General Yehia Rasool, a spokeswoman")
    Change(lead='General ', removed='YehiaRasool,', added='Yehia Rasool,', tail=' a spokeswoman')
    """
    start = _common_start(before, after)
    end = _common_start(before[start:][::-1], after[start:][::-1])
    if start and before[start - 1] != " ":  # widen back to the start of the word, never cut one in half
        start = before.rfind(" ", 0, start) + 1
    if end and before[-end] != " ":  # and on to the end of the word
        space = before.find(" ", len(before) - end)
        end = len(before) - space if space != -1 else 0
    lead, tail = before[:start], before[len(before) - end:]
    if len(lead) > context:
        lead = "…" + lead[-context:].split(" ", 1)[-1]
    if len(tail) > context:
        tail = tail[:context].rsplit(" ", 1)[0] + "…"
    return Change(lead, before[start:len(before) - end], after[start:len(after) - end], tail)


def _common_start(a: str, b: str) -> int:
    """Length of the common start, by bisection on slices compared in C (os.path.commonprefix walks
    it a character at a time in Python: most edits keep a long paragraph around a short change)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[:mid] == b[:mid]:
            low = mid
        else:
            high = mid - 1
    return low


@dataclass(frozen=True, slots=True)
class Appearance:
    """One briefing an actor appears in, with its mentions and reactions there."""

    article: object
    actor: Actor
    reactions: tuple[Reaction, ...]


@dataclass(slots=True)
class ActorPage:
    """An actor across all briefings. Name, kind and aliases come from a registry entry when any
    briefing has one; the actor counts as discovered only if no briefing found it in the registry."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    discovered: bool
    url: str
    save_as: str
    slug: str
    appearances: list[Appearance] = field(default_factory=list)

    @property
    def mentions(self) -> int:
        return sum(a.actor.mentions for a in self.appearances)

    @property
    def reaction_count(self) -> int:
        return sum(len(a.reactions) for a in self.appearances)


def collect_actors(articles, settings: dict) -> dict[str, ActorPage]:
    """Actor id -> ActorPage over all articles, in the order the articles come (newest first)."""
    pages: dict[str, ActorPage] = {}
    for article in articles:
        briefing = article.briefing
        for actor in briefing.actors:
            page = pages.get(actor.id)
            if page is None or (page.discovered and not actor.discovered):
                slug = actor_slug(actor.id, settings)
                known = page.appearances if page else []
                page = pages[actor.id] = ActorPage(
                    actor.id, actor.name, actor.kind, actor.aliases, actor.discovered,
                    url_setting(settings, "ACTOR_URL", slug=slug), url_setting(settings, "ACTOR_SAVE_AS", slug=slug), slug, known,
                )
            reactions = tuple(r for r in briefing.reactions if r.actor == actor.id)
            page.appearances.append(Appearance(article, actor, reactions))
    return pages


def feed_appearances(page: ActorPage, settings: dict) -> list[Appearance]:
    """The appearances an actor's feeds carry: its newest ACTOR_FEED_MAX_ITEMS (20 unless set)."""
    return page.appearances[: settings.get("ACTOR_FEED_MAX_ITEMS", 20)]


def actor_feeds(page: ActorPage, settings: dict) -> dict[str, str]:
    """Feed type ("atom", "rss") -> where an actor's feed is saved (and found, relative to the site)."""
    return {"atom": url_setting(settings, "ACTOR_FEED_ATOM", slug=page.slug),
            "rss": url_setting(settings, "ACTOR_FEED_RSS", slug=page.slug)}


def actors_by_kind(pages: dict[str, ActorPage]) -> list[tuple[str, list[ActorPage]]]:
    """Kinds in the model's order, each with its actors, most mentioned first (name breaks ties)."""
    return [(kind, sorted(group, key=lambda p: (-p.mentions, p.name.lower(), p.id))) for kind, group in by_kind(pages.values())]


@dataclass(frozen=True, slots=True)
class Edition:
    """One day's briefings, in the order the curator gave them (arrange_articles sorted them)."""

    day: datetime.date
    articles: tuple
    url: str
    save_as: str

    @property
    def in_brief(self) -> list[tuple[object, str]]:
        """(article, its one-line summary): the first summary sentence, or the title without one."""
        return [(a, a.briefing.summary[0] if a.briefing.summary else a.title) for a in self.articles]


def editions(articles, settings: dict) -> list[Edition]:
    """Articles (already newest first) grouped by day, newest day first."""
    result = []
    for day, items in groupby(articles, key=lambda a: a.date.date()):
        date = day.isoformat()
        result.append(Edition(day, tuple(items), url_setting(settings, "EDITION_URL", date=date),
                              url_setting(settings, "EDITION_SAVE_AS", date=date)))
    return result


def neighbours(items: list) -> dict[str, tuple[object | None, object | None]]:
    """url -> (newer, older) for a newest-first list of pages: their previous/next links."""
    return {item.url: (items[i - 1] if i else None, items[i + 1] if i + 1 < len(items) else None)
            for i, item in enumerate(items)}
