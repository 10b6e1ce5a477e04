"""Feed entries made once and shared: a briefing is in the feeds of each of its actors.

Pelican's writer works out every entry afresh in each feed it writes (title, link, tag URI, content)
and feedgenerator serialises it again. With an Atom and an RSS feed per actor, a briefing's entry was
made about ten times. `SharedEntries` keeps, per writer, the entry Pelican makes for an article and
feed type, and the XML feedgenerator writes for it, and puts both in every feed the article is in:
the same bytes, made once.
"""

from __future__ import annotations

import copy
import io

from feedgenerator import Atom1Feed, Rss201rev2Feed
from feedgenerator.django.utils.xmlutils import SimplerXMLGenerator


class _SharedXML:
    """A feed whose entries' XML is looked up in `entry_xml` (id of the entry -> (entry, xml))."""

    entry_tag = ""
    entry_xml: dict

    def write_items(self, handler):
        for item in self.items:
            held = self.entry_xml.get(id(item))
            if held is None or held[0] is not item:
                out = io.StringIO()
                part = SimplerXMLGenerator(out, "utf-8", short_empty_elements=True)
                part.startElement(self.entry_tag, self.item_attributes(item))
                self.add_item_elements(part, item)
                part.endElement(self.entry_tag)
                held = self.entry_xml[id(item)] = (item, out.getvalue())
            handler.ignorableWhitespace(held[1])  # written as it is: it is XML already


class SharedAtom(_SharedXML, Atom1Feed):
    entry_tag = "entry"


class SharedRss(_SharedXML, Rss201rev2Feed):
    entry_tag = "item"


SHARED = {Atom1Feed: SharedAtom, Rss201rev2Feed: SharedRss}


class SharedEntries:
    """A Pelican Writer mixin: entries made once per article and feed type, then shared."""

    def _create_new_feed(self, feed_type, feed_title, context):
        feed = super()._create_new_feed(feed_type, feed_title, context)
        if type(feed) in SHARED:
            feed.__class__ = SHARED[type(feed)]  # the same feed, with its entries' XML shared
            feed.entry_xml = self.__dict__.setdefault("_entry_xml", {})
        return feed

    def _add_item_to_the_feed(self, feed, item):
        # What Pelican puts in an entry depends on the feed's type and the site url, not on the feed.
        made = self.__dict__.setdefault("_entries", {})
        key = (id(item), type(feed), self.site_url)
        held = made.get(key)
        if held is None or held[0] is not item:
            scratch = copy.copy(feed)
            scratch.items = []
            super()._add_item_to_the_feed(scratch, item)
            held = made[key] = (item, scratch.items[0])
        feed.items.append(held[1])
