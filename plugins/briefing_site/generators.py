"""Pelican-facing code: settle the article list, then write JSON twins, briefings.json and actor pages."""

from __future__ import annotations

import json
import os
from functools import partial
from pathlib import Path

from pelican.generators import Generator
from pelican.utils import sanitised_join

from . import graph, meta, pagekeys, render, search
from .build import PAGE_KEYS, reuse_previous
from .reader import briefing_settings, slug_for


def arrange_articles(generator) -> None:
    """`article_generator_pretaxonomy` handler: unique slugs, then a stable newest-first order.

    Two seeds with the same headline get the same slug from the reader; the one whose source file
    sorts first keeps it, the others add their file name, so every URL is distinct and does not
    depend on the order Pelican happened to read the files in (a set).
    """
    everything = [*generator.articles, *generator.hidden_articles, *generator.drafts]
    taken: set[str] = set()
    for article in sorted(everything, key=lambda a: (a.slug, a.source_path)):
        slug = article.slug
        if slug in taken:
            slug = f"{slug}-{slug_for(Path(article.source_path).stem, generator.settings)}".rstrip("-")
            base, n = slug, 2
            while slug in taken:
                slug, n = f"{base}-{n}", n + 1
            article.slug = article.metadata["slug"] = slug
        taken.add(slug)
    for name in ("articles", "hidden_articles", "drafts"):
        getattr(generator, name).sort(key=newest_first)


def newest_first(article) -> tuple:
    """Date (newest first), then the curator's sidecar `featured` and `order`, then slug."""
    meta = article.briefing.document.metadata
    return (-article.date.timestamp(), not meta.get("featured", False), meta.get("order", 0), article.slug)


class BriefingGenerator(Generator):
    """Adds what Pelican has no notion of: JSON twins, `briefings.json`, a page and feeds per actor,
    a page per day (edition), the search page and the sitemap.

    It runs after the ArticlesGenerator, so in `generate_context` the published articles are known;
    what it adds to the shared context (`actor_pages`, ...) is there when article pages are written.
    """

    def generate_context(self):
        fix_article_urls(self.context)
        articles = self.context["articles"]
        self.actor_pages = render.collect_actors(articles, self.settings)
        self.editions = render.editions(articles, self.settings)
        around = {**render.neighbours(articles), **render.neighbours(self.editions)}
        by_article = {id(a): (a, around.get(a.url, (None, None))) for a in articles}
        self.settings[PAGE_KEYS] = pagekeys.page_keys(articles, self.editions, self.actor_pages, around, self.settings)

        def neighbours(item):
            held = by_article.get(id(item))
            return held[1] if held is not None and held[0] is item else around.get(item.url, (None, None))

        self.context.update(
            editions=self.editions,
            # (newer, older) of a briefing or an edition: its previous/next links.
            neighbours=neighbours,
            reaction_graph=lambda article: article.reaction_svg,  # drawn by the reader (page_parts)
            actor_graph=lambda page: graph.actor_svg(page.id, page.name, [a.article.briefing for a in page.appearances],
                                                     [a.article.reaction_edges for a in page.appearances]),
            json_ld=partial(meta.json_ld, settings=self.settings),
            absolute_url=partial(meta.absolute, self.settings),
            actor_feeds=partial(render.actor_feeds, settings=self.settings),
            SEARCH_URL=render.url_setting(self.settings, "SEARCH_URL"),
            actor_pages=self.actor_pages,
            actors_by_kind=render.actors_by_kind(self.actor_pages),
            briefing_settings=briefing_settings(self.settings),
            ACTORS_URL=render.url_setting(self.settings, "ACTORS_URL"),
            BRIEFINGS_JSON_URL=render.url_setting(self.settings, "BRIEFINGS_JSON_SAVE_AS"),
            twin_url=partial(render.twin_path, settings=self.settings),
            http_url=render.http_url,
            edit_change=render.change,
            sides=render.sides,
            by_kind=render.by_kind,
            plural=render.plural,
            date_tag=render.date_tag,
        )

    background = None  # the forked child writing `write_in_background`'s pages, when there is one

    def start_background(self) -> None:
        """Fork a child that writes the actor pages, their feeds and the editions while this process
        goes on with Pelican's own pages; generate_output then writes only the rest. The two take
        about as long. The JSON twins stay here: written by the child into the folders where this
        process writes the article pages, its file opens took 0.4 ms each, five times as long."""
        from .build import Background, writer_for

        for name in ("actor", "edition"):
            self.get_template(name)  # loaded before the fork, so neither process compiles it twice
        self.background = Background.start(lambda: self.write_in_background(writer_for(self.settings, self.output_path)))

    def write_in_background(self, writer) -> None:
        relative = self.settings["RELATIVE_URLS"]
        for page in self.actor_pages.values():
            writer.write_file(page.save_as, self.get_template("actor"), self.context, relative,
                              template_name="actor", url=page.url, actor=page)
        self.write_actor_feeds(writer)
        for edition in self.editions:
            writer.write_file(edition.save_as, self.get_template("edition"), self.context, relative,
                              template_name="edition", url=edition.url, edition=edition)

    def generate_output(self, writer):
        articles = self.context["articles"]
        background, self.background = self.background, None
        actor_urls = {actor_id: page.url for actor_id, page in self.actor_pages.items()}
        for article in articles:
            self.write_json(render.twin_path(article, self.settings), partial(render.twin, article, actor_urls))
        if background is None:
            self.write_in_background(writer)
        self.write_json(
            render.url_setting(self.settings, "BRIEFINGS_JSON_SAVE_AS"),
            lambda: [render.index_entry(article, self.settings) for article in articles],
        )
        relative = self.settings["RELATIVE_URLS"]
        writer.write_file(render.url_setting(self.settings, "ACTORS_SAVE_AS"), self.get_template("actors"),
                          self.context, relative, template_name="actors", url=render.url_setting(self.settings, "ACTORS_URL"))
        writer.write_file(render.url_setting(self.settings, "SEARCH_SAVE_AS"), self.get_template("search"),
                          self.context, relative, template_name="search", url=render.url_setting(self.settings, "SEARCH_URL"))
        self.write_sitemap()
        if background is not None and not background.wait():
            self.write_in_background(writer)  # the child failed: do it here, where its error is raised

    def write_search_documents(self, folder: str) -> None:
        search.write_documents(folder, self.context["articles"], self.actor_pages.values(), self.settings)

    def write_actor_feeds(self, writer):
        """An Atom and an RSS feed per actor: the newest ACTOR_FEED_MAX_ITEMS briefings it appears in,
        newest first. Their dates are the articles' own, so two builds write the same bytes."""
        for page in self.actor_pages.values():
            articles = [a.article for a in render.feed_appearances(page, self.settings)]
            for kind, path in render.actor_feeds(page, self.settings).items():
                writer.write_feed(articles, self.context, path, feed_type=kind, feed_title=page.name)

    def write_sitemap(self):
        """Not the pelican-sitemap package: it dates index pages with the build's clock (builds must be
        byte-identical) and keeps its state in a module-level singleton; see the README."""
        entries = meta.sitemap_entries(self.context["articles"], self.editions, self.actor_pages.values(),
                                       self.context.get("tags", []), self.settings)
        path = sanitised_join(self.output_path, render.url_setting(self.settings, "SITEMAP_SAVE_AS"))
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(meta.sitemap(entries, self.settings))

    def write_json(self, save_as: str, data) -> None:
        """`data`: the JSON value, or a function that makes it (not called when the previous build's
        file is reused)."""
        path = sanitised_join(self.output_path, save_as)
        if reuse_previous(self.settings, self.output_path, path):
            return
        if callable(data):
            data = data()
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            # Compact: json's C encoder writes it; `indent` would fall back to its pure-Python one (2.5x slower).
            f.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")


_FIXED_URL_CLASSES: dict[type, type] = {}


def _fixed_url_class(cls: type) -> type:
    """`cls` with `url` and `save_as` read from the instance: Pelican formats them from the settings
    on every access (templates, feeds, sitemaps, search and page keys ask tens of times per article).
    Same class name, so Pelican's `<CLASS>_URL` settings lookups are unchanged."""
    if cls not in _FIXED_URL_CLASSES:
        _FIXED_URL_CLASSES[cls] = type(cls.__name__, (cls,), {
            "__module__": cls.__module__, "__qualname__": cls.__qualname__,
            "url": property(lambda self: self.__dict__["_fixed_url"]),
            "save_as": property(lambda self: self.__dict__["_fixed_save_as"]),
        })
    return _FIXED_URL_CLASSES[cls]


def fix_article_urls(context: dict) -> None:
    """Once the articles generator has its context, nothing moves an article (slugs are settled by
    arrange_articles, dates and language by the reader): work out each article's url once and keep
    it, and where it is saved. (Translations are not in the context; this site has none:
    ARTICLE_TRANSLATION_ID = None.)"""
    for name in ("articles", "hidden_articles", "drafts"):
        for article in context.get(name, ()):
            if type(article) in _FIXED_URL_CLASSES.values():
                continue
            article.__dict__.update(_fixed_url=article.url, _fixed_save_as=article.save_as)
            article.__class__ = _fixed_url_class(type(article))


def start_background_output(generators) -> None:
    """`all_generators_finalized` handler: every context is complete; start the forked writer, when
    the build wrapper allows one."""
    generator = briefing_generator(generators)
    if generator is not None and generator.settings.get("BRIEFING_BACKGROUND_OUTPUT"):
        generator.start_background()


def briefing_generator(generators) -> BriefingGenerator | None:
    return next((g for g in generators if isinstance(g, BriefingGenerator)), None)


def get_generators(pelican):
    """`get_generators` handler: Pelican appends our generator after its own (before static files)."""
    return BriefingGenerator
