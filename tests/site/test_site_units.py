"""The reader, the article arrangement, the twin and the cache key, tested without a full build."""

from __future__ import annotations

import datetime
import pickle
from pathlib import Path
from types import SimpleNamespace

import pytest

from briefing.model import Actor, Block, Briefing, Document, Reaction, SeedError
from briefing.pipeline import Pipeline
from briefing_site import cache, render
from briefing_site.generators import arrange_articles
from briefing_site.reader import BriefingReader, block_html

from site_seeds import settings_for, write_site


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> tuple[Path, dict]:
    tmp = tmp_path_factory.mktemp("units")
    write_site(tmp)
    return tmp, settings_for(tmp)


def test_reader_returns_escaped_blocks_and_the_briefing(project):
    tmp, settings = project
    content, meta = BriefingReader(settings).read(str(tmp / "seeds/2026-01-05-hostile.txt"))
    assert content.startswith('<p id="block-0">') and "<script" not in content and "&lt;img src=x" in content
    assert meta["title"] == "Zenda Brigade <script>alert(1)</script> statement"  # plain text; templates escape it
    assert meta["slug"] == "zenda-brigade-alert1-statement"
    assert meta["date"].date() == datetime.date(2026, 1, 5)
    assert isinstance(meta["briefing"], Briefing)
    assert pickle.loads(pickle.dumps((content, meta)))[1]["briefing"] == meta["briefing"]  # Pelican's cache pickles it


def test_reader_raises_the_cores_error_for_a_bad_seed(project):
    tmp, settings = project
    with pytest.raises(SeedError, match="empty.txt: is empty"):
        BriefingReader(settings).read(str(tmp / "seeds/empty.txt"))


def test_block_html_shapes():
    assert block_html(3, Block("heading", "Why <now>?")) == '<h2 id="block-3">Why &lt;now&gt;?</h2>'
    assert block_html(0, Block("list", "one\ntwo & three")) == '<ul id="block-0"><li>one</li><li>two &amp; three</li></ul>'
    assert block_html(1, Block("quote", '"Yes"')) == '<blockquote id="block-1"><p>&#34;Yes&#34;</p></blockquote>'


def _article(title_slug: str, source: str, day: int, briefing=None):
    meta = {"slug": title_slug}
    doc = Document(source, title_slug, (Block("paragraph", "x"),), {"date": f"2026-01-{day:02d}"})
    return SimpleNamespace(
        slug=title_slug, source_path=source, metadata=meta, briefing=briefing or Briefing(doc, (), (), ()),
        date=datetime.datetime(2026, 1, day, tzinfo=datetime.timezone.utc),
    )


def test_arrange_articles_gives_same_slugs_stable_suffixes_and_orders_newest_first():
    a, b, c = _article("same", "z.txt", 1), _article("same", "a.txt", 1), _article("other", "m.txt", 2)
    generator = SimpleNamespace(articles=[a, b, c], hidden_articles=[], drafts=[], settings={})
    arrange_articles(generator)
    assert (b.slug, a.slug) == ("same", "same-z")
    assert a.metadata["slug"] == "same-z"
    assert [x.source_path for x in generator.articles] == ["m.txt", "a.txt", "z.txt"]


def test_twin_adds_slug_url_and_actor_urls_and_drops_unsafe_source():
    actor = Actor("zenda-brigade", "Zenda Brigade", "armed-group", mentions=2, affiliation="x")
    doc = Document("s.txt", "T", (Block("paragraph", "p"),), {"date": "2026-01-01", "source_url": "javascript:alert(1)"})
    briefing = Briefing(doc, ("p",), (actor,), (Reaction("zenda-brigade", None, "deny", "p", 0),))
    article = SimpleNamespace(slug="t", url="briefings/t/", briefing=briefing)
    twin = render.twin(article, {"zenda-brigade": "actors/zenda-brigade/"})
    assert twin["slug"] == "t" and twin["url"] == "briefings/t/" and twin["source_url"] is None
    assert twin["actors"] == [{"id": "zenda-brigade", "name": "Zenda Brigade", "kind": "armed-group", "aliases": [],
                               "mentions": 2, "url": "actors/zenda-brigade/", "discovered": False}]


def test_change_marks_whole_words_with_short_context():
    assert render.change("General YehiaRasool, a spokeswoman", "General Yehia Rasool, a spokeswoman") == render.Change(
        "General ", "YehiaRasool,", "Yehia Rasool,", " a spokeswoman")
    assert render.change("Read more here", "") == render.Change("", "Read more here", "", "")
    long = render.change("word " * 20 + "X" + " word" * 20, "word " * 20 + "Y" + " word" * 20)
    assert (long.removed, long.added) == ("X", "Y") and long.lead.startswith("…") and long.tail.endswith("…")


def test_sides_lists_each_actors_stances_most_reactions_first():
    doc = Document("s.txt", "T", (), {})
    reactions = (Reaction("a", None, "deny", "", 0), Reaction("b", None, "condemn", "", 1),
                 Reaction("b", None, "condemn", "", 2), Reaction("b", None, "threaten", "", 3))
    assert render.sides(Briefing(doc, (), (), reactions)) == [("b", ("condemn", "threaten")), ("a", ("deny",))]


def test_http_url_lets_only_web_links_through():
    assert render.http_url(" https://example.org/a ") == "https://example.org/a"
    assert [render.http_url(u) for u in ("javascript:alert(1)", "data:text/html,x", "//evil.example", None)] == [None] * 4


def test_collect_actors_prefers_the_registry_entry_and_sums_mentions():
    found = Actor("rivercom", "rivercom", "organisation", mentions=1, discovered=True)
    known = Actor("rivercom", "River Commission", "organisation", ("the commission",), mentions=2)
    one = _article("one", "1.txt", 1, Briefing(Document("1.txt", "one", (), {}), (), (found,), ()))
    two = _article("two", "2.txt", 2, Briefing(Document("2.txt", "two", (), {}), (), (known,), ()))
    page = render.collect_actors([one, two], {})["rivercom"]
    assert (page.name, page.discovered, page.mentions, len(page.appearances)) == ("River Commission", False, 3, 2)


def test_cache_key_follows_sidecars_settings_and_registry(project, tmp_path):
    tmp, settings = project
    before = cache.cache_key(settings)
    assert cache.cache_key(settings) == before
    assert cache.cache_key({**settings, "BRIEFING": {**settings["BRIEFING"], "summary_sentences": 2}}) != before
    sidecar = tmp / "seeds/2026-02-03-river.yaml"
    sidecar.write_text("title: A new title\n")
    try:
        assert cache.cache_key(settings) != before
    finally:
        sidecar.unlink()
    registry = tmp_path / "actors.yaml"
    registry.write_text("actors: []\n")
    assert cache.cache_key({**settings, "BRIEFING": {**settings["BRIEFING"], "registry": str(registry)}}) != before


def test_cache_path_is_keyed_once_and_stale_folders_go(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (tmp_path / "cache/briefing-stale").mkdir(parents=True)
    settings = {"PATH": str(seeds), "CACHE_PATH": str(tmp_path / "cache"), "BRIEFING": {"registry": str(tmp_path / "none.yaml")}}
    pelican = SimpleNamespace(settings=settings)
    cache.key_cache_path(pelican)
    first = settings["CACHE_PATH"]
    cache.key_cache_path(pelican)  # a rebuild in the same process must not nest folders
    assert settings["CACHE_PATH"] == first and Path(first).parent == tmp_path / "cache"
    assert not (tmp_path / "cache/briefing-stale").exists()



def test_second_build_reads_only_the_failed_seed_and_builds_few_pipelines(tmp_path, monkeypatch):
    from pelican import Pelican

    write_site(tmp_path)
    builds, reads = [], []
    real_for_site, real_read = Pipeline.for_site, BriefingReader.read

    def for_site(cls, settings):
        builds.append(settings)
        return real_for_site(settings)

    def read(self, path):
        reads.append(Path(path).name)
        return real_read(self, path)

    monkeypatch.setattr(Pipeline, "for_site", classmethod(for_site))
    monkeypatch.setattr(BriefingReader, "read", read)
    Pelican(settings_for(tmp_path)).run()
    assert len(reads) == 6
    assert len(builds) <= 4  # one shared reader per generator, not one per file type
    reads.clear()
    Pelican(settings_for(tmp_path)).run()
    assert reads == ["empty.txt"]  # the content cache kept every Briefing; failures are never cached
