"""remove_bylines: author lines, datelines and reading-time stamps around the story.

"By Staff Reporter | Updated 14:05 GMT", "Published 3 March 2024", "Nov. 19, 2019, 8:41 AM UTC",
"5 Min Read", "Updated 2 hrs ago | Asia desk", "With inputs from agencies", "Reporting by ...; Editing by ...", "Jane Doe is a reporter for ...", and a line that
is only a name when it stands next to one of those. A line is a stamp
when, once its date and time words and its labels are taken away, at most a site name is left; a
line may chain several parts with "|" or "/". A genuine sentence that starts with "By" ("By Tuesday
the army had left.") is long or ends with a full stop, and stays.

Runs after promo links and before captions and duplicates; it needs whole lines, so after the
hard wraps are joined.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Block
from ..blocks import drop_blocks, drop_indices
from ..words import folded, holds_any, split_words, zipf

if TYPE_CHECKING:
    from .. import Context

_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DAY = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
_ZONE = r"gmt|utc|bst|cet|cest|eet|ist|est|edt|cst|cdt|pst|pdt|et|pt|cat|eat|wat|jst|aest|sast|pkt|msk|ast"
# Pieces of a date or time, and the labels that introduce them; whatever else is left is counted.
_STAMP_WORD = re.compile(
    rf"(?i:\b(?:{_MONTH})\b\.?|\b(?:{_DAY})\b\.?|\b(?:{_ZONE})\b|\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?|\b[ap]\.?m\.?(?!\w)"
    r"|\d{1,4}(?:st|nd|rd|th)?\b|\b(?:last\s+)?(?:updated|modified|published|posted|first\s+published|date|on|at|ago|hours?"
    r"|hrs?|minutes?|mins?|secs?|seconds?|days?|weeks?|months?|years?|yrs?|yesterday|today|just\s+now|read|reading|time"
    r"|edited|created|by|admin|administrator)\b)"
)
_STAMP_ANCHOR = re.compile(
    rf"(?i:\b(?:{_MONTH})\b\.?\s*\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\b|(?<![$€£¥\d.,])\d{{1,2}}[:.]\d{{2}}(?![\d.,])|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}"
    r"|\d+\s+min(?:ute)?s?\s+read|\bread(?:ing)?\s+time\b|\d+\s*(?:minutes?|mins?|hours?|hrs?|h|m|secs?|seconds?|days?|weeks?"
    r"|months?|years?|yrs?)\s+ago\b|\b(?:updated|published|posted|modified)\b.*\b(?:ago|\d{4}|yesterday|today|just\s+now)\b)"
)
_SEPARATORS = re.compile(r"\s*(?:\||/|·|•|—|–|-)\s+|\s+(?:\||/|·|•)\s*")
_BYLINE = re.compile(
    r"(?i:by)\s+[A-Z][\w.’'-]*(?:[\s,]+(?:[A-Z][\w.’'-]*|and|in|of|the|for|&|(?:senior|chief|staff|foreign|political|"
    r"diplomatic|special)|(?:correspondent|reporter|editor|writer|desk|bureau|staff)s?))*\.?"
)
# A site or desk name riding beside a stamp: "CBS News", "Africa desk", "Reuters staff".
_SITE_NAME = re.compile(
    r"[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,2}(?:\s+(?i:desk|bureau|staff|team|newsroom|service|online|digital))?"
)
_CREDITS = re.compile(
    r"[(\[]?(?i:(?:additional\s+)?(?:reporting|writing|written|words|story|editing|edited|compiled|produced|research|translated"
    r"|translation|curated|reported)\s+by)\s*:?\s+[A-Z]"
)
# "... contributed to this report": its lead-in costs a scan, so it is tried only on a line that says so.
_CONTRIBUTED = re.compile(r".{0,200}\b(?i:contributed(?:\s+reporting|\s+to\s+this\s+(?:report|story|article)))\b")
_AUTHOR_BIO = re.compile(
    r"[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}\s+(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,3}"
    r"(?:reporter|correspondent|writer|editor|journalist|producer|contributor|columnist)\s+(?:for|at|with|based\s+in)\s+(?:the\s+)?[A-Z][^.]{0,60}\.?"
)
# "Tom Davies Associated Press": a wire byline without "By".
_AGENCY_BYLINE = re.compile(
    r"[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,2}\s*[,|/]?\s+(?:The\s+)?(?:Associated\s+Press|Reuters|Agence\s+France-Presse|AFP|Bloomberg(?:\s+News)?)"
    # "Staff Reporter", "Our Correspondent": a byline that names only a role.
    r"|(?i:from\s+)?(?i:(?:our|a)\s+)?(?i:own\s+)?(?i:(?:senior|chief|staff|special|foreign|political|diplomatic|local)\s+)?"
    r"(?i:reporter|correspondent|writer|editor)s?(?:\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?"
)
# The wire credit at the end of a rewritten story: "With inputs from agencies", "(With AFP)",
# "— With AP", "Source: Reuters", "Agencies".
_WIRE_CREDIT = re.compile(
    r"[(\[]?\s*(?:[-–—]\s*)?(?:(?i:with\s+(?:(?:additional\s+)?inputs?|(?:additional\s+)?reporting)\s+from|with|sources?|inputs?\s+from"
    r"|courtesy(?:\s+of)?)\s*:?\s+)?(?:(?i:(?:news\s+)?agencies|wires?|wire\s+services)"
    r"|(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})(?:\s*(?:,|and|&)\s*[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}){0,3})\s*[)\]]?\.?"
)
_WIRE_LABEL = re.compile(r"[(\[]?\s*(?:[-–—]\s*)?(?i:with|sources?|inputs?|courtesy)\b|(?i:[(\[]?\s*(?:news\s+)?agencies\b)")
# Every byline, stamp or credit holds a digit or one of these; the stamp and byline patterns run only
# on lines that do (plain substring tests cost far less than a case-blind regex on every line).
_HINTS = ("by", "updated", "published", "posted", "modified", "reporter", "correspondent", "writer", "editor", "contributed", " is a", " was a", "associated press",
          "reuters", "afp", "bloomberg")
_NAME_LINE = re.compile(r"[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+){1,2}")
EVERYDAY_WORD_ZIPF = 5.0
MAX_STAMP_LEFTOVER = 3
MAX_WIRE_CREDIT_WORDS = 12
GLUED_STAMP_BLOCKS = 3  # a stamp glued to the story sits at its top
MAX_GLUED_STAMP_CHARS = 80
MIN_STORY_WORDS = 6
_LABEL = r"(?:last\s+)?(?:updated|modified|published|posted|first\s+published)"
_STAMP_LABEL = re.compile(rf"(?i:{_LABEL})\b")
# Where a glued stamp may start: a label, a month or day name, or a digit.
_GLUED_STAMP_START = re.compile(rf"(?i:{_LABEL}\b|(?:{_MONTH}|{_DAY})\b|\d)")
_TIME_OR_ZONE = re.compile(rf"\d[:.]\d\d|(?i:\b(?:{_ZONE})\b|\b[ap]\.?m\.?$|ago)")
MAX_LINE_WORDS = 40
MAX_LINE_CHARS = 300


# Lower-case words of prose that no byline, stamp, agency line or site name holds as a word of its
# own: none is a date or time word, a label, a role, a word a byline joins names with ("and",
# "of", "the"), nor starts with "am" or "pm" (a time takes those along: "10:30 amazing").
_PROSE_WORDS = frozenset(
    """said says told to is was were that with has have had will would it its he she they we not but this are be been
    after which who his her their an as or if than into over could can there about when what""".split()
)
_STAMP_ANCHOR_WORDS = ("read", "updated", "published", "posted", "modified")  # what an anchor without a digit needs
_ASCII_DIGIT = re.compile(r"[0-9]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LEFTOVER_WORD = re.compile(r"[^\W\d_]{2,}")


def _has_digit(line: str) -> bool:
    """`any(c.isdigit() for c in line)`: a regex scan for ASCII digits, the character test only for
    the other characters (a superscript or circled digit counts too)."""
    if _ASCII_DIGIT.search(line):
        return True
    return not line.isascii() and any(map(str.isdigit, _NON_ASCII.findall(line)))


def _has_hint(line: str) -> bool:
    lower = line.lower()
    return _has_digit(line) or holds_any(lower, _HINTS)


def _is_stamp(part: str) -> bool:
    if "@" in part:  # "— Name (@handle) May 2, 2024" signs a quoted tweet
        return False
    lower = folded(part)
    if not _has_digit(part) and not holds_any(lower, _STAMP_ANCHOR_WORDS):
        return False
    if not _STAMP_ANCHOR.search(part):
        return False
    leftover = _LEFTOVER_WORD.findall(_STAMP_WORD.sub(" ", part))
    return len(leftover) <= MAX_STAMP_LEFTOVER and all(w[0].isupper() for w in leftover)


def is_byline_or_stamp(line: str) -> bool:
    """True for a line made only of bylines, datelines and credits.

    >>> is_byline_or_stamp("By Staff Reporter | Updated 14:05 GMT")
    True
    >>> is_byline_or_stamp("By Tuesday, the army had withdrawn from the city.")
    False
    """
    line = line.strip()
    if not line or len(line) > MAX_LINE_CHARS:
        return False
    words = split_words(line)
    if len(words) <= MAX_WIRE_CREDIT_WORDS and _WIRE_LABEL.match(line) and _WIRE_CREDIT.fullmatch(line):
        return True
    if len(words) > MAX_LINE_WORDS:
        return False
    # Credits and author notes may hold words of prose, nothing else here does: a line of prose
    # needs the hint test only when one of their (anchored, quickly failing) patterns matches.
    if _CREDITS.match(line) or _AUTHOR_BIO.fullmatch(line) or "contributed" in folded(line) and _CONTRIBUTED.match(line):
        return _has_hint(line)
    if not _PROSE_WORDS.isdisjoint(words) or not _has_hint(line):  # a sentence, whatever else it holds
        return False
    if _AGENCY_BYLINE.fullmatch(line):
        return True
    parts = [p for p in (p.strip(" ,;:") for p in _SEPARATORS.split(line)) if p]
    if not parts:
        return False
    stamps = [_is_stamp(p) for p in parts]
    if len(parts) > 1 and any(stamps):  # "... / 10:07 AM / CBS News": the site name rides along
        return all(s or _BYLINE.fullmatch(p) or _SITE_NAME.fullmatch(p) for p, s in zip(parts, stamps))
    return all(s or _BYLINE.fullmatch(p) for p, s in zip(parts, stamps))


def remove_bylines(blocks: list[Block], ctx: Context) -> list[Block]:
    """Drop byline, dateline and reading-time lines.

    >>> from briefing.clean import Context
    >>> blocks = [Block("paragraph", "By Caucasus Desk"), Block("paragraph", "Last updated 03:41 PM, 18 Apr 2024"),
    ...           Block("paragraph", "Troops clashed on the border.")]
    >>> [b.text for b in remove_bylines(blocks, Context("t"))]
    ['Troops clashed on the border.']
    """
    return _without_glued_stamps(drop_blocks(_without_author_names(blocks, ctx), ctx, is_byline_or_stamp), ctx)


def _glued_stamp(text: str) -> str | None:
    """A stamp glued to the start of the story's text ("Updated 09:12 GMT The talks resumed ..."),
    or None. It must open with a stamp label or end with a time or a time zone ("On 3 March 2024
    Turkey launched ..." is the story's own date), and what follows must be a sentence of its own.

    >>> _glued_stamp("Published 3 hours ago The talks resumed in Geneva on Monday after a pause.")
    'Published 3 hours ago'
    """
    if not _GLUED_STAMP_START.match(text[:40]):
        return None
    best = None
    for word in _STAMP_WORD.finditer(text, 0, MAX_GLUED_STAMP_CHARS):
        rest = text[word.end():]
        if not rest.startswith(" ") or not rest[1:2].isupper() or len(rest.split()) < MIN_STORY_WORDS:
            continue
        prefix = text[: word.end()]
        labelled = _STAMP_LABEL.match(prefix)
        timed = _TIME_OR_ZONE.search(word.group())
        if (labelled or timed) and is_byline_or_stamp(prefix):
            best = prefix
    return best


def _without_glued_stamps(blocks: list[Block], ctx: Context) -> list[Block]:
    """Cut a stamp glued to the start of one of the first paragraphs."""
    out = list(blocks)
    for i, block in enumerate(blocks[:GLUED_STAMP_BLOCKS]):
        if block.type != "paragraph":
            continue
        prefix = _glued_stamp(block.text)
        if prefix:
            ctx.log("remove", prefix, "", i)
            out[i] = block.with_text(block.text[len(prefix):].lstrip())
    return out


def _is_name(text: str) -> bool:
    """A person's name: capitalised words, not all of them everyday words ("Learn More" is no name)."""
    text = text.strip()
    return bool(_NAME_LINE.fullmatch(text)) and min(zipf(w) for w in text.split()) < EVERYDAY_WORD_ZIPF


def _without_author_names(blocks: list[Block], ctx: Context) -> list[Block]:
    """Drop a line that is only a name ("Phil Helsel") next to a byline, stamp or author note."""
    def beside_byline(i: int) -> bool:
        return any(0 <= j < len(blocks) and blocks[j].type != "list" and is_byline_or_stamp(blocks[j].text) for j in (i - 1, i + 1))

    names = {i for i, b in enumerate(blocks) if b.type == "paragraph" and _is_name(b.text) and beside_byline(i)}
    return drop_indices(blocks, ctx, names)
