"""remove_promo_links: cross-links to other stories ("Read Here:", "Also Read:", "RELATED:", "See also").

A promo line is a label plus another story's headline. It is removed whole; when it is glued to the
end of a genuine paragraph only the promo goes. A label with a colon (or a spaced dash, a pipe) is enough; a label
without one must be unmistakable ("Also Read", "You may also like", an all-caps "RELATED") and be
followed by a headline, not a sentence, so "More than 40 people died." stays.

Runs after the word repairs and headline lists (which take a lone label with the list under it) and
before the duplicate rule: a duplicate paragraph with a promo glued on becomes an exact duplicate
once the promo is gone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Block
from ..words import folded

if TYPE_CHECKING:
    from .. import Context

# Labels that only ever introduce a link to another story.
_LABELS = (
    r"read\s+here|also\s+read|read\s+also|read\s+more|see\s+more|see\s+also|more\s+on\s+this(?:\s+story)?"
    r"|related(?:\s+(?:articles?|stories|news|coverage|content|reading))?|recommended(?:\s+(?:for\s+you|stories|reading))?"
    r"|you\s+may\s+also\s+like|you\s+might\s+also\s+like|must\s+(?:watch|read|see)|don[’']?t\s+miss|more"
    r"|watch(?:\s+now)?|also\s+on\s+[\w.-]+\.[a-z]{2,}|also\s+on\s+[A-Z][\w-]*|more\s+stories|top\s+stories|editor[’']?s\s+picks?"
    r"|trending(?:\s+(?:now|news|stories|today))?|popular\s+now|most\s+(?:read|popular|viewed|shared)|also\s+watch|watch\s+also"
    r"|in\s+case\s+you\s+missed\s+it|more\s+(?:from|in|on)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|(?:also\s+)?check\s+out|suggested(?:\s+reading)?"
    r"|further\s+reading|next|up\s+next|read\s+next|read\s+this\s+next|you\s+(?:may|might)\s+also\s+(?:be\s+interested\s+in|enjoy)"
    r"|related\s+topics|opinion|explainer|analysis|breaking|live|exclusive|video|listen|podcast"
    r"|(?:related|recommended|more|latest|popular|trending|top|suggested|featured)\s+(?:videos?|articles?|stories|reads|links"
    r"|content|news|posts|coverage|podcasts?|headlines)"
)
_LABELLED = re.compile(rf"(?i:{_LABELS})(?:\s*[:|–—]|\s+-)\s*", re.ASCII)
# Without a separator: a distinctive label in any case, or a shouted one.
_BARE = re.compile(
    r"(?i:read\s+here|also\s+read|read\s+also|read\s+more|see\s+more|you\s+may\s+also\s+like|you\s+might\s+also\s+like"
    r"|must\s+watch|also\s+on\s+[\w-]+\.[a-z]{2,}|don[’']?t\s+miss|see\s+also|also\s+see|read\s+next|further\s+reading"
    r"|in\s+case\s+you\s+missed\s+it)\b\s*|(?:RELATED|RECOMMENDED|MORE|SEE ALSO|WATCH)\b\s*"
)
_LONE_LABEL = re.compile(rf"(?i:{_LABELS})\s*[:|–—]?", re.ASCII)
# Glued after a sentence end with any label; after a bare word only with a distinctive label and a colon.
_GLUED = re.compile(
    r"(?:\s+(?=(?i:read\s+here|also\s+read|read\s+more|see\s+also|must\s+watch)\s*:)|(?<=[.!?\"”’)]))"
    rf"\s*(?:(?i:{_LABELS})\s*[:|]|(?i:also\s+on\s+[\w-]+\.[a-z]{{2,}}|also\s+read|read\s+more|see\s+more))\s*[^.!?]*[.!?]?$",
    re.ASCII,
)
# Every label above starts with one of these, case-blind (a whole first word, or the start of one:
# "don" of "don't"); a line that starts with none is no promo line, and the patterns need not run.
_LABEL_STARTS = (
    "read", "also", "see", "more", "related", "recommended", "you", "must", "don", "watch", "top", "editor", "trending",
    "popular", "most", "in", "check", "suggested", "further", "next", "up", "opinion", "explainer", "analysis",
    "breaking", "live", "exclusive", "video", "listen", "podcast", "latest", "featured",
)
MAX_HEADLINE_WORDS = 30
MAX_PROMO_CHARS = 400


def _is_headline(text: str) -> bool:
    """Another story's title: short, and not a sentence that ends in a full stop."""
    text = text.strip()
    return 0 < len(text.split()) <= MAX_HEADLINE_WORDS and not re.search(r"[a-z]{2}[.]$", text)


def _glued_promo(text: str) -> re.Match | None:
    """A promo glued to the end of the text, looked for only where one could be: a colon, a pipe or
    one of the labels _GLUED takes without a colon (chained `in` tests, the cheapest on every block)."""
    tail = max(0, len(text) - MAX_PROMO_CHARS)
    end = text[tail:].lower()
    if ":" in end or "|" in end or "also on" in end or "also read" in end or "read more" in end or "see more" in end:
        return _GLUED.search(text, tail)
    return None


def is_promo_line(text: str) -> bool:
    """True for a whole line that is a cross-link (or a bare promo label).

    >>> is_promo_line("Also Read: Harbour strike enters its third week")
    True
    >>> is_promo_line("More than 40 people died.")
    False
    """
    text = text.strip()
    if len(text) > MAX_PROMO_CHARS or not folded(text[:20]).startswith(_LABEL_STARTS):
        return False
    if _LONE_LABEL.fullmatch(text):
        return True
    match = _LABELLED.match(text)
    if match and _is_headline(text[match.end():]):
        return True
    match = _BARE.match(text)
    return bool(match and text[match.end():][:1].isupper() and _is_headline(text[match.end():]))


def remove_promo_links(blocks: list[Block], ctx: Context) -> list[Block]:
    """Drop promo lines and promos glued to the end of a paragraph.

    >>> from briefing.clean import Context
    >>> blocks = [Block("paragraph", "Talks resume on Monday. Also Read: Gold hits record high"),
    ...           Block("paragraph", "READ MORE: Floods displace thousands")]
    >>> [b.text for b in remove_promo_links(blocks, Context("t"))]
    ['Talks resume on Monday.']
    """
    out = []
    for i, block in enumerate(blocks):
        text = block.text
        if "\n" not in text:  # most blocks are one line: no split into lines and join again
            if is_promo_line(text):
                ctx.log("remove", text, "", i)
                continue
        else:
            lines = text.split("\n")
            kept = [line for line in lines if not is_promo_line(line)]
            for line in lines:
                if line not in kept:
                    ctx.log("remove", line, "", i)
            if not kept:
                continue
            text = "\n".join(kept)
        while (glued := _glued_promo(text)) and glued.start() > 0 and _is_headline(glued.group()):
            ctx.log("remove", glued.group().strip(), "", i)  # several may be glued one after another
            text = text[: glued.start()]
        out.append(block if text == block.text else block.with_text(text))
    return out
