"""Briefing's text core: read -> clean -> split, in plain Python with no Pelican import."""

__version__ = "0.1.0"
