"""Pelican settings for a Briefing site. `make publish` layers publishconf.py over these."""

import datetime
import os

AUTHOR = "Briefing desk"
SITENAME = "Briefing"
SITESUBTITLE = "Who did what, and how everyone reacted"
SITEURL = ""
RELATIVE_URLS = True
TIMEZONE = "UTC"
DEFAULT_LANG = "en"

# Seeds are the content; `make html SEEDS=dir` builds another folder.
PATH = os.environ.get("SEEDS", "seeds")
ARTICLE_PATHS = [""]
PAGE_PATHS = []
STATIC_PATHS = []
OUTPUT_PATH = "output"
DELETE_OUTPUT_DIRECTORY = False  # the build wrapper replaces output/ atomically

THEME = "theme"
PLUGIN_PATHS = ["plugins"]
PLUGINS = ["briefing_site"]

# One namespaced dict for Briefing (plugins/briefing/settings.py validates it and names bad keys).
BRIEFING = {
    "registry": "content/actors.yaml",
    "clean": {
        # Reorder or switch off cleaning rules by name, e.g. "disable": ["split_run_together"].
        "order": [],
        "disable": [],
    },
    "summary_sentences": 3,
    # For seeds with no date of their own; SOURCE_DATE_EPOCH (reproducible-builds.org) wins when set.
    "fallback_date": (
        datetime.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), datetime.timezone.utc).date().isoformat()
        if os.environ.get("SOURCE_DATE_EPOCH") else "2026-01-01"
    ),
    "show_edits": True,
}

# URL layout: a folder per page, so addresses stay clean on any static host.
ARTICLE_URL = "briefings/{slug}/"
ARTICLE_SAVE_AS = "briefings/{slug}/index.html"
BRIEFING_JSON_SAVE_AS = "briefings/{slug}/briefing.json"  # the JSON twin, beside its page
BRIEFINGS_JSON_SAVE_AS = "briefings.json"
ACTOR_URL = "actors/{slug}/"
ACTOR_SAVE_AS = "actors/{slug}/index.html"
ACTORS_URL = "actors/"
ACTORS_SAVE_AS = "actors/index.html"
ACTOR_PAGE_REACTION_BRIEFINGS = 20  # an actor page shows its newest 20 briefings with reactions; older ones as links
ARCHIVES_URL = "archives/"
ARCHIVES_SAVE_AS = "archives/index.html"
TAG_URL = "tags/{slug}/"
TAG_SAVE_AS = "tags/{slug}/index.html"
TAGS_URL = "tags/"
TAGS_SAVE_AS = "tags/index.html"
# Same-headline seeds are distinct briefings, not translations (the plugin gives them distinct slugs).
ARTICLE_TRANSLATION_ID = None
# Pelican leaves autoescaping off; the theme relies on it for every text that comes from a seed.
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "extensions": [], "autoescape": True}
DEFAULT_DATE_FORMAT = "%-d %B %Y"
DEFAULT_PAGINATION = False
SLUGIFY_SOURCE = "title"

# Reader output (the whole Briefing) is cached; the cache folder is keyed by code, registry and settings.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = "cache"
CHECK_MODIFIED_METHOD = "md5"
# The seed reader gives every seed its date and slug (from its front matter, its file name or the
# fallback date); Pelican's own parse of a "2024-03-01-..." file name would be overridden anyway.
FILENAME_METADATA = None
# Uncompressed: gzip (level 9) took as long as pickling itself (0.47 s per 1,000 briefings); the
# cache is about 12 MB per 1,000 briefings instead of 1.5 MB.
GZIP_CACHE = False

FEED_DOMAIN = ""  # feeds use SITEURL-relative links in development; publishconf sets the domain
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
DEFAULT_CATEGORY = "briefings"
FEED_ALL_RSS = "feeds/all.rss.xml"

# Reader's site: a page per day, search, per-actor feeds and the sitemap (plugins/briefing_site/render.py).
EDITION_URL = "editions/{date}/"
EDITION_SAVE_AS = "editions/{date}/index.html"
SEARCH_URL = "search/"
SEARCH_SAVE_AS = "search/index.html"
ACTOR_FEED_ATOM = "actors/{slug}/feed.atom.xml"
ACTOR_FEED_RSS = "actors/{slug}/feed.rss.xml"
ACTOR_FEED_MAX_ITEMS = 20  # an actor's feeds carry its newest 20 briefings (FEED_MAX_ITEMS caps the site feeds)
SITEMAP_SAVE_AS = "sitemap.xml"
