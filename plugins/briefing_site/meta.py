"""Metadata for machines: JSON-LD `NewsArticle` for a briefing page and the site's `sitemap.xml`.

Pure functions of articles and settings. Both outputs carry seed text into markup that is not HTML
(a script element's data, an XML document), so each has its own escaping here, tested on hostile seeds.
"""

from __future__ import annotations

import json
from xml.sax.saxutils import escape as xml_escape

from markupsafe import Markup

from .render import http_url, url_setting

SCHEMA_TYPES = {"state": "Country", "person": "Person"}  # every other kind of actor is an Organization

# Inside <script type="application/ld+json"> the HTML parser ends the element at the first "</script";
# these JSON escapes keep every seed character as data ("</" becomes "\u003c/"), and parse back the same.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def absolute(settings: dict, url: str) -> str | None:
    """The page's address under an absolute SITEURL (`make publish`), else None: a relative URL is no
    use to a crawler or a link preview."""
    siteurl = settings.get("SITEURL", "")
    return f"{siteurl}/{url}" if http_url(siteurl) and not settings.get("RELATIVE_URLS") else None


def json_ld(article, settings: dict) -> Markup:
    """schema.org NewsArticle for one briefing, safe to place inside a `<script type="application/ld+json">`."""
    b = article.briefing
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": b.document.title,
        "datePublished": article.date.date().isoformat(),
        "description": b.summary[0] if b.summary else "",  # the one-line summary, as in the day in brief
        "keywords": [str(tag) for tag in getattr(article, "tags", [])],
        "mentions": [{"@type": SCHEMA_TYPES.get(a.kind, "Organization"), "name": a.name} for a in b.actors],
        "author": {"@type": "Organization", "name": settings.get("AUTHOR", "")},
        "publisher": {"@type": "Organization", "name": settings.get("SITENAME", "")},
    }
    if url := absolute(settings, article.url):
        data["url"] = data["mainEntityOfPage"] = url
    if source := http_url(b.document.metadata.get("source_url")):
        data["isBasedOn"] = source
    return Markup(json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE))


def _newest_day(articles) -> str:
    return max(a.date.date() for a in articles).isoformat()


def sitemap_entries(articles, editions, actor_pages, tags, settings: dict) -> list[tuple[str, str]]:
    """(url, last change) of every page a reader might land on from a search engine: a briefing's
    date, an edition's day, and for lists (front page, actors, tags) the date of their newest briefing."""
    if not articles:
        return []
    newest = _newest_day(articles)
    entries = [("", newest)]
    entries += [(e.url, e.day.isoformat()) for e in editions]
    entries += [(a.url, a.date.date().isoformat()) for a in articles]
    entries += [(url_setting(settings, "ACTORS_URL"), newest)]
    entries += [(p.url, _newest_day(a.article for a in p.appearances)) for p in actor_pages]
    entries += [(settings["ARCHIVES_URL"], newest), (settings["TAGS_URL"], newest)]
    entries += [(tag.url, _newest_day(items)) for tag, items in sorted(tags, key=lambda t: t[0].slug)]
    return entries


def sitemap(entries: list[tuple[str, str]], settings: dict) -> str:
    """`sitemap.xml` from (site-relative url, ISO date of last change), in the order given.

    Under `make publish` every <loc> is absolute, as the protocol wants; a development build has no
    address to give, so its locs are site-root paths.
    """
    siteurl = settings.get("SITEURL", "") if not settings.get("RELATIVE_URLS") else ""
    urls = "".join(f"<url><loc>{xml_escape(f'{siteurl}/{url}')}</loc><lastmod>{day}</lastmod></url>\n" for url, day in entries)
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "</urlset>\n")
