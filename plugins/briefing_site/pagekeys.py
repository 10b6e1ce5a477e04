"""Which pages a rebuild must write again: a key per output file of what that page is made from.

A rebuild whose settings, theme, code, registry and package versions are those of the previous build
(the site fingerprint, see build.py) writes a briefing page, twin, edition, actor page or actor feed
again only when its key changed; otherwise it links the previous build's file. Everything else (front
page, archives, tags, site feeds, sitemap, briefings.json) is rendered every time.

A key covers what its template reads besides the site's own inputs:
- a briefing page: its briefing (a digest of all of it, made by the reader), its url, the titles and
  urls of its newer and older neighbours, and the name and url of the page of each of its actors;
- a twin: its briefing, slug, url and its actors' page urls;
- an edition: its day and url, the days and urls of its newer and older editions, and each of its
  briefings as a card shows it (url, title, digest, its actors' page names and urls);
- an actor page: the page's own fields, and each briefing it appears in (url, title, digest);
- an actor feed: its kind, the actor's name, and the briefings it carries.
"""

from __future__ import annotations

import hashlib
import json

from . import render


def _key(*parts) -> str:
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()[:32]


def page_keys(articles, editions, actor_pages: dict, around: dict, settings: dict) -> dict[str, str]:
    """Output path (relative to the site) -> key. `around`: url -> (newer, older), as the pager has it."""
    keys: dict[str, str] = {}
    actors_of = {}
    for article in articles:
        actors = [(actor_pages[a.id].url, actor_pages[a.id].name) for a in article.briefing.actors]
        actors_of[article.url] = actors
        pager = [(n.url, n.title) if n else None for n in around.get(article.url, (None, None))]
        keys[article.save_as] = _key("briefing page", article.briefing_digest, article.url, pager, actors)
        keys[render.twin_path(article, settings)] = _key("twin", article.briefing_digest, article.slug, article.url,
                                                         [url for url, _name in actors])
    for edition in editions:
        pager = [(n.url, n.day.isoformat()) if n else None for n in around.get(edition.url, (None, None))]
        cards = [(a.url, a.title, a.briefing_digest, actors_of[a.url]) for a in edition.articles]
        keys[edition.save_as] = _key("edition", edition.day.isoformat(), edition.url, pager, cards)
    for page in actor_pages.values():
        shown = [(a.article.url, a.article.title, a.article.briefing_digest) for a in page.appearances]
        fields = (page.id, page.name, page.kind, page.aliases, page.discovered, page.url, page.slug)
        keys[page.save_as] = _key("actor page", fields, shown)
        in_feeds = shown[: len(render.feed_appearances(page, settings))]
        for kind, path in render.actor_feeds(page, settings).items():
            keys[path] = _key("actor feed", kind, page.name, in_feeds)
    return keys
