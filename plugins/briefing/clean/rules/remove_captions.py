"""remove_captions: photo captions and picture credits ("File image: ...", "(Photo: AFP)", "Credit: EPA").

A caption is a short line that starts with a picture label ("File image:", "FILE PHOTO:", "Image
caption", "Image copyright", "Image source, Getty", "Photo credit:", "Pic:", AP's "FILE - ...") or ends with a credit ("(Photo: Reuters)",
"[File: Reuters]", "(Image: GETTY )", "...treatmentCredit: EPA", "© Reuters / Name",
"J. Scott Applewhite / AP file", "(File photo)"). The whole line goes; a credit glued to a long
paragraph goes alone. A lone credit line ("Michael Conroy, AP", "Image: Getty", "(File photo)")
takes its caption with it: the short unpunctuated line before it, else a short single sentence
with no quotation or reported speech right after it (captions sit above or below their credit),
else such a sentence before it. A bare source ("(Yonhap)", "Jane Doe, AP", "(Photo: AFP)") takes a
sentence above it only when the sentence describes, in the present tense, as captions do
("Protesters gather outside the embassy."): "The army inspected the bridge." is story.

Runs after bylines (a credit line and a byline look alike) and before duplicates and quotes.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ...model import Block
from ..words import holds_any, reports_speech, split_words

if TYPE_CHECKING:
    from .. import Context

_AGENCY = (
    r"AP|AFP|Reuters|REUTERS|EPA(?:-EFE)?|Getty(?:\s+Images)?|GETTY|Bloomberg|Xinhua|AAP|PA(?:\s+Media)?|Shutterstock"
    r"|Alamy|ANI|PTI|TASS|Sputnik|Anadolu(?:\s+Agency)?|Handout|File|Supplied|Courtesy"
)
_PHOTO_NOTE_WORDS = (
    r"[(\[]\s*(?i:(?:file|archive|stock|representational|representative|illustrative|illustration|handout)\s+)?"
    r"(?i:photo(?:graph)?|image|picture|pic|video)s?"
)
# "(File photo)", "[Representational image]", "(Photo: AP)": a note that stands for the picture.
_PHOTO_NOTE = _PHOTO_NOTE_WORDS + r"(?:\s*(?::|by|/)\s*[^()\[\]]{1,60})?\s*[)\]]"
# The note alone, naming no source: "(File photo)", "[Image]".
_PHOTO_NOTE_ONLY = _PHOTO_NOTE_WORDS + r"\s*[)\]]"
_LABEL_START = re.compile(
    r"(?i:file\s+(?:image|photo|picture|pic)\b|image\s+(?:caption|copyright|credit|source)|photo(?:graph)?\s+(?:credit|caption)"
    r"|picture\s+(?:credit|caption)|caption|photo|photograph|picture|image|credit|pictured|video|pics?)\s*[:|]"
    r"|(?i:image|photo|picture)\s+(?:source|credit)\s*,\s*[A-Z]|FILE\s*[-–—]\s+[A-Z]"
    r"|(?i:photo(?:graph)?s?|image|picture|video)\s+(?i:by|courtesy(?:\s+of)?|via)\s+[A-Z][^.!?]{0,60}$"
    r"|(?i:image\s+(?:caption|copyright)|file\s+(?:image|photo|picture|pic))\b|SOURCE:\s*\S"
    rf"|{_PHOTO_NOTE}\s*$"
)
_CREDIT_END = re.compile(
    r"(?:[(\[]\s*(?i:photo|image|picture|file|credit|source|pic|photograph)\s*:[^()\[\]]{1,60}[)\]]"
    r"|[(\[]\s*(?i:file|archive|stock|representational|representative|illustrative)\s+(?i:photo|image|picture|pic)s?\s*[)\]]"
    r"|(?<=[^\W\d_]|[.!?])\s*(?:Credit|Photo|Image)s?(?::|\.\.\.|…)\s*\w[^\n]{0,79}"
    r"|(?<![^\s(])(?:Photo|PHOTO|Credit|CREDIT)s?:\s*[A-Z][^\n.]{0,59}"
    r"|©\s*\w[^\n]{0,59}"
    rf"|\((?:{_AGENCY})(?:\s+(?i:photo|image|video))?(?:\s*/\s*[^()]{{1,40}})?\s*\)"
    rf"|(?<![\w.’'-])(?:{_AGENCY})(?:\s+(?i:photo|image|video))?\s*/\s*[A-Z][\w.’'-]{{0,30}}(?:\s+[A-Z][\w.’'-]{{0,30}}){{0,3}}"
    rf"|(?<![\w’'-])[A-Z][\w.’'-]{{0,30}}(?:\s+[A-Z][\w.’'-]{{0,30}}){{0,3}}\s*/\s*(?:{_AGENCY})(?:\s+(?i:file|photo|via\s+\w+))?"
    r")\s*$"
)
_CREDIT_LINE = re.compile(
    rf"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}}\s*[,/]\s*)?(?:{_AGENCY})(?:\s+(?i:file|photo|via\s+Getty\s+Images))?"
)
# A credit line that stands alone, with no description of the picture: "Image: Getty", "Photo credit:
# Handout", "(File photo)". Its caption is the line above or below.
# Only a source in brackets: "(Yonhap)", "[Kyodo News]", "(AP/Reuters)".
_BRACKETED_SOURCE = re.compile(r"[(\[]\s*[A-Z][\w.&’'-]*(?:(?:\s+|\s*/\s*)[A-Z][\w.&’'-]*){0,3}\s*[)\]]")
_LONE_CREDIT = re.compile(
    r"(?i:(?:photo(?:graph)?|image|picture|pic|video)(?:\s+(?:credit|source|courtesy))?|credits?|courtesy)\s*[:|]\s*"
    r"(?:[A-Z][\w.’'&-]*|/|,|and|via|of|the)(?:\s*(?:[A-Z][\w.’'&-]*|/|,|and|via|of|the|file|handout|photo)){0,5}"
    rf"|{_PHOTO_NOTE_ONLY}"
)
_PHOTO_SOURCE = re.compile(_PHOTO_NOTE)
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
MAX_CAPTION_SENTENCE_WORDS = 25
_PAST_FORMS = frozenset("was were had did made took went met held left gave sent came began fled struck shot won lost saw found kept led".split())
_NOT_A_VERB_BEFORE = frozenset("the a an is are be been being has have get gets its their his her".split())
_INNER_SENTENCE_END = re.compile(r"[.!?;]['\"”’)]*\s+\S")


@lru_cache(maxsize=64)
def _credit_at_end(text: str) -> re.Match | None:
    """A picture credit that ends the text, looked for only in its last characters (kept for the
    next question: is_caption asks again about the line its caller just asked about)."""
    tail = max(0, len(text) - MAX_CREDIT_CHARS)
    end = text[tail:].lower()
    return _CREDIT_END.search(text, tail) if holds_any(end, _HINTS) else None


def is_caption(line: str, credit: re.Match | None = None) -> bool:
    """True for a whole caption or credit line (`credit`: the line's end credit, if already found).

    >>> is_caption("Fishermen mend nets on the quay at dawn. (Photo: AFP)")
    True
    >>> is_caption("Officials met in Doha on Tuesday.")
    False
    """
    line = line.strip()
    if len(line) > MAX_CAPTION_CHARS or len(split_words(line)) > MAX_CAPTION_WORDS:
        return False
    return bool(
        _LABEL_START.match(line)
        or line[-1:].isalpha() and _CREDIT_LINE.fullmatch(line)  # it ends with a source's name, "file" or "photo"
        or line[:1] in "([" and _BRACKETED_SOURCE.fullmatch(line)
        or credit or _credit_at_end(line)
    )


def _is_bare_caption(text: str) -> bool:
    """The picture description above a credit line: a short line with no closing punctuation, or a
    wire-photo caption dated the way only captions are ("... in Indianapolis, Tuesday, Nov. 19, 2019,")."""
    text = text.strip()
    words = len(text.split())
    return 0 < words <= MAX_BARE_CAPTION_WORDS and text[-1:].isalnum() or (
        words <= MAX_CAPTION_WORDS + 15 and bool(_PHOTO_DATELINE.search(text))
    )


def _is_caption_sentence(block: Block, limit: int) -> bool:
    """A short single sentence with no quotation or reported speech, at most `limit` words: what a
    caption beside a lone credit reads like ("An oil tanker anchored off the coast of Fujairah.")."""
    text = block.text.strip()
    words = len(text.split())
    if block.type != "paragraph" or not 0 < words <= limit or reports_speech(text):
        return False
    return not _INNER_SENTENCE_END.search(text)


def _caption_sentence_limit(blocks: list[Block]) -> int:
    """A caption sentence is short beside the story's own paragraphs: at most half the median
    paragraph. In an article of one-line paragraphs a short sentence next to a credit is story."""
    lengths = sorted(len(b.text.split()) for b in blocks if b.type == "paragraph")
    return min(MAX_CAPTION_SENTENCE_WORDS, lengths[len(lengths) // 2] // 2) if lengths else 0


def _is_lone_credit(text: str) -> bool:
    text = text.strip()
    return bool(
        _CREDIT_LINE.fullmatch(text) or _LONE_CREDIT.fullmatch(text) or _PHOTO_SOURCE.fullmatch(text)
        or _BRACKETED_SOURCE.fullmatch(text)
    )


def _reads_as_past(text: str) -> bool:
    """Whether a sentence reports in the past tense ("The army inspected the bridge."), as story
    does; captions describe the picture in the present ("Protesters gather outside the embassy.").
    A word in -ed after an article or an auxiliary is an adjective or a passive ("the freed hostages")."""
    words = [w.strip(".,;:!?\"“”‘’()").lower() for w in text.split()]
    for before, word in zip(["", *words], words):
        if word in _PAST_FORMS or len(word) > 4 and word.endswith("ed") and before not in _NOT_A_VERB_BEFORE:
            return True
    return False


def _credit_takes_sentence(text: str) -> bool:
    """A labelled credit line ("Image: Getty") or a picture note ("(File photo)") stands between a
    caption and the story, either side. A bracketed credit naming its source ("(Photo: AFP)") ends
    its caption's own line; alone, it takes only an unpunctuated caption line, never a sentence."""
    return bool(_LONE_CREDIT.fullmatch(text.strip()))


def remove_captions(blocks: list[Block], ctx: Context) -> list[Block]:
    """Drop caption lines; strip credits glued to long paragraphs.

    >>> from briefing.clean import Context
    >>> blocks = [Block("paragraph", "Teachers rally at the Statehouse"), Block("paragraph", "Michael Conroy, AP"),
    ...           Block("paragraph", "The strike entered its second day.")]
    >>> [b.text for b in remove_captions(blocks, Context("t"))]
    ['The strike entered its second day.']
    """
    out: list[Block] = []
    taken = -1  # a caption below a lone credit, already removed with it
    for i, block in enumerate(blocks):
        text = block.text
        if block.type == "list" or i == taken:
            if i != taken:
                out.append(block)
            continue
        credit = _credit_at_end(text.rstrip())
        if is_caption(text, credit):
            ctx.log("remove", text, "", i)
            if _is_lone_credit(text):
                limit = _caption_sentence_limit(blocks)
                above = out[-1] if out and out[-1].type == "paragraph" else None
                below = blocks[i + 1] if i + 1 < len(blocks) else None
                if above is not None and _is_bare_caption(above.text):
                    ctx.log("remove", out.pop().text, "", i - 1)
                elif (
                    _credit_takes_sentence(text) and below is not None and i + 2 < len(blocks)
                    and _is_caption_sentence(below, limit) and not is_caption(below.text)
                ):
                    ctx.log("remove", below.text, "", i + 1)
                    taken = i + 1
                elif (
                    above is not None and _is_caption_sentence(above, limit)
                    and (_credit_takes_sentence(text) or not _reads_as_past(above.text))
                ):
                    ctx.log("remove", out.pop().text, "", i - 1)
            continue
        if credit:
            ctx.log("remove", credit.group().strip(), "", i)
            block = block.with_text(text[: credit.start()].rstrip())
        out.append(block)
    return out
