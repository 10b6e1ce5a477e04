"""Briefing's Pelican plugin: a reader for seeds, a generator for JSON twins and actor pages."""

from pelican import signals

from . import cache, generators, reader


def register():
    # Before any generator opens the content cache: key its folder by code, registry, settings, sidecars.
    signals.initialized.connect(cache.key_cache_path)
    signals.generator_init.connect(cache.keep_compiled_templates)
    # A build stopped while Pelican saves its content cache must not leave one the next build cannot load.
    signals.generator_init.connect(cache.save_caches_atomically)
    signals.readers_init.connect(cache.save_caches_atomically)
    signals.generator_init.connect(cache.stamp_files_once)
    signals.readers_init.connect(cache.stamp_files_once)
    # Seeds are the only content: one shared seed reader, no other reader (rst, Pelican's html) for other files.
    signals.readers_init.connect(reader.only_seed_readers)
    # Pelican then reads seeds in the order the reader's pool processes them ahead.
    signals.article_generator_init.connect(reader.read_in_sorted_order)
    # All articles are read but not yet filed under tags or dates: the last moment to fix slugs and order.
    signals.article_generator_pretaxonomy.connect(generators.arrange_articles)
    # Pelican has no notion of JSON twins or actor pages; a generator of our own writes them.
    signals.get_generators.connect(generators.get_generators)

