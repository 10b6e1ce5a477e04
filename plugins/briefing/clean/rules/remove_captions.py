"""remove_captions: photo captions and picture credits ("File image: ...", "(Photo: AFP)", "Credit: EPA").

A caption is a short line that starts with a picture label ("File image:", "FILE PHOTO:", "Image
caption", "Image copyright", "Photo credit:") or ends with a credit ("(Photo: Reuters)",
"[File: Reuters]", "(Image: GETTY )", "...treatmentCredit: EPA", "© Reuters / Name",
"J. Scott Applewhite / AP file"). The whole line goes; a credit glued to a long paragraph goes
alone. A bare credit line ("Michael Conroy, AP") takes the short unpunctuated caption line before it.

Runs after bylines (a credit line and a byline look alike) and before duplicates and quotes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Block

if TYPE_CHECKING:
    from .. import Context

_AGENCY = (
    r"AP|AFP|Reuters|REUTERS|EPA(?:-EFE)?|Getty(?:\s+Images)?|GETTY|Bloomberg|Xinhua|AAP|PA(?:\s+Media)?|Shutterstock"
    r"|Alamy|ANI|PTI|TASS|Sputnik|Anadolu(?:\s+Agency)?|Handout|File|Supplied|Courtesy"
)
_LABEL_START = re.compile(
    r"(?i:file\s+(?:image|photo|picture|pic)\b|image\s+(?:caption|copyright|credit|source)|photo(?:graph)?\s+(?:credit|caption)"
    r"|picture\s+(?:credit|caption)|caption|photo|photograph|picture|image|credit|pictured|video)\s*[:|]"
    r"|(?i:image\s+(?:caption|copyright)|file\s+(?:image|photo|picture|pic))\b|SOURCE:\s*\S"
)
_CREDIT_END = re.compile(
    r"(?:[(\[]\s*(?i:photo|image|picture|file|credit|source|pic|photograph)\s*:[^()\[\]]{1,60}[)\]]"
    r"|(?<=[^\W\d_]|[.!?])\s*(?:Credit|Photo|Image)s?(?::|\.\.\.|…)\s*\w[^\n]{0,79}"
    r"|(?<![^\s(])(?:Photo|PHOTO|Credit|CREDIT)s?:\s*[A-Z][^\n.]{0,59}"
    r"|©\s*\w[^\n]{0,59}"
    rf"|\((?:{_AGENCY})(?:\s*/\s*[^()]{{1,40}})?\s*\)"
    rf"|(?<![\w.’'-])(?:{_AGENCY})\s*/\s*[A-Z][\w.’'-]{{0,30}}(?:\s+[A-Z][\w.’'-]{{0,30}}){{0,3}}"
    rf"|(?<![\w’'-])[A-Z][\w.’'-]{{0,30}}(?:\s+[A-Z][\w.’'-]{{0,30}}){{0,3}}\s*/\s*(?:{_AGENCY})(?:\s+(?i:file|photo|via\s+\w+))?"
    r")\s*$"
)
_CREDIT_LINE = re.compile(
    rf"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}}\s*[,/]\s*)?(?:{_AGENCY})(?:\s+(?i:file|photo|via\s+Getty\s+Images))?"
)
# Every credit holds one of these; the full pattern runs only on text whose end does (a plain
# substring test is many times faster than a case-blind regex over every paragraph).
_HINTS = ("photo", "picture", "image", "credit", "caption", "source", "file", "©", "/", "[", "(")
_PHOTO_DATELINE = re.compile(
    r",\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\b"
)
MAX_CAPTION_WORDS = 45
MAX_CAPTION_CHARS = 400
MAX_CREDIT_CHARS = 160  # a glued credit is looked for only at the end of a paragraph
MAX_BARE_CAPTION_WORDS = 30


def _credit_at_end(text: str) -> re.Match | None:
    """A picture credit that ends the text, looked for only in its last characters."""
    tail = max(0, len(text) - MAX_CREDIT_CHARS)
    end = text[tail:].lower()
    return _CREDIT_END.search(text, tail) if any(hint in end for hint in _HINTS) else None


def is_caption(line: str, credit: re.Match | None = None) -> bool:
    """True for a whole caption or credit line (`credit`: the line's end credit, if already found).

    >>> is_caption("Fishermen mend nets on the quay at dawn. (Photo: AFP)")
    True
    >>> is_caption("Officials met in Doha on Tuesday.")
    False
    """
    line = line.strip()
    if len(line) > MAX_CAPTION_CHARS or len(line.split()) > MAX_CAPTION_WORDS:
        return False
    return bool(_LABEL_START.match(line) or _CREDIT_LINE.fullmatch(line) or credit or _credit_at_end(line))


def _is_bare_caption(text: str) -> bool:
    """The picture description above a credit line: a short line with no closing punctuation, or a
    wire-photo caption dated the way only captions are ("... in Indianapolis, Tuesday, Nov. 19, 2019,")."""
    text = text.strip()
    words = len(text.split())
    return 0 < words <= MAX_BARE_CAPTION_WORDS and text[-1:].isalnum() or (
        words <= MAX_CAPTION_WORDS + 15 and bool(_PHOTO_DATELINE.search(text))
    )


def remove_captions(blocks: list[Block], ctx: Context) -> list[Block]:
    """Drop caption lines; strip credits glued to long paragraphs.

    >>> from briefing.clean import Context
    >>> blocks = [Block("paragraph", "Teachers rally at the Statehouse"), Block("paragraph", "Michael Conroy, AP"),
    ...           Block("paragraph", "The strike entered its second day.")]
    >>> [b.text for b in remove_captions(blocks, Context("t"))]
    ['The strike entered its second day.']
    """
    out: list[Block] = []
    for i, block in enumerate(blocks):
        text = block.text
        if block.type == "list":
            out.append(block)
            continue
        credit = _credit_at_end(text.rstrip())
        if is_caption(text, credit):
            ctx.log("remove", text, "", i)
            if _CREDIT_LINE.fullmatch(text.strip()) and out and out[-1].type == "paragraph" and _is_bare_caption(out[-1].text):
                ctx.log("remove", out.pop().text, "", i - 1)
            continue
        if credit:
            ctx.log("remove", credit.group().strip(), "", i)
            block = block.with_text(text[: credit.start()].rstrip())
        out.append(block)
    return out
