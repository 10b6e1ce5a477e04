"""balance_quotes: put back a quotation mark the scrape lost, where the quote's extent is clear.

Each double quotation mark in a paragraph is read as opening (after a space, a bracket or the start)
or closing (after a word or punctuation). When exactly one mark has no partner:
- a closing mark with no opening gets one after the nearest colon of its sentence ("tweeted: We
  strongly condemn ...”"), else at the start of its sentence;
- an opening mark with no closing gets one before the attribution (`..., he said`); a quote that
  starts mid-sentence (`showed "a clear intent ... in trade.`) closes at the end of its sentence at
  the latest, a whole quote (after a colon or at a sentence start) at the end of the paragraph,
  unless the next paragraph opens with a quotation mark: a quote running over several paragraphs
  rightly has no closing mark until its last one.
Anything less clear (two stray marks, nested quotes) is left as it is and nothing is logged.

Runs late, once junk is gone and words are whole, so sentence ends and attributions are reliable.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Block

if TYPE_CHECKING:
    from .. import Context

# Typists also write a double mark as two single ones. A straight mark right after a bare number is
# an inch sign (a 27" screen), not a quotation mark.
# The pattern starts with one character class, so the scan skips ahead to quotation marks.
_MARK = re.compile(r"[\"“”’'‘](?:(?<=[\"“”])|(?<=’)’|(?<=')'|(?<=‘)‘)")
_INCHES = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?")
_SPEECH_VERBS = (
    r"said|says|told|added|stated|tweeted|wrote|warned|insisted|argued|explained|noted|declared|announced"
    r"|asked|replied|continued|according"
)
_ATTRIBUTION = re.compile(rf",\s+(?:[\w.’'-]+\s+){{0,6}}?(?:{_SPEECH_VERBS})\b")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z“\"]|\s*$)")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)(?=[A-Z])")


def _is_opening(text: str, i: int) -> bool:
    if text[i] in "“‘":
        return True
    if text[i] in "”’":
        return False
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-"


def _unpaired(text: str) -> list[tuple[re.Match, bool]]:
    """Marks that have no partner, as (mark, is_opening)."""
    stray: list[tuple[re.Match, bool]] = []
    opened: re.Match | None = None
    for match in _MARK.finditer(text):
        if match.group() == '"' and _INCHES.fullmatch(text, text.rfind(" ", 0, match.start()) + 1, match.start()):
            continue
        if _is_opening(text, match.start()):
            if opened is not None:
                stray.append((opened, True))
            opened = match
        elif opened is not None:
            opened = None
        else:
            stray.append((match, False))
        if len(stray) > 1:
            break  # only a single stray mark is ever repaired
    if opened is not None and len(stray) < 2:
        stray.append((opened, True))
    return stray


def _style(text: str, i: int) -> tuple[str, str]:
    return ("“", "”") if text[i] in "“”" else ('"', '"')


def _insert(text: str, at: int, mark: str) -> str:
    """The text with the mark added, unless the mark would follow a letter from Â to ô: "Ã”" reads as
    mojibake of "Ô", so the next cleaning would change it again (leave such a quote alone)."""
    if at > 0 and "\u00c2" <= text[at - 1] <= "\u00f4":
        return text
    repaired = text[:at] + mark + text[at:]
    return text if _unpaired(repaired) else repaired  # a mark that does not pair up (27") fixes nothing


def repair_quotes(text: str, quote_continues: bool = False) -> str:
    """The paragraph with its one missing quotation mark added, or unchanged.

    >>> repair_quotes("He tweeted: We will not bow.” Then he left.")
    'He tweeted: “We will not bow.” Then he left.'
    >>> repair_quotes('"There will be no truce, he said. Talks end.')
    '"There will be no truce," he said. Talks end.'
    """
    stray = _unpaired(text)
    if len(stray) != 1:
        return text
    mark, opening = stray[0]
    pos = mark.start()
    left, right = _style(text, pos)
    if opening:
        rest = text[mark.end():]
        attribution = _ATTRIBUTION.search(rest)
        end = _SENTENCE_END.search(rest)
        before = text[:pos].rstrip()
        partial = bool(before) and before[-1] not in ":.!?,;—–-("
        if attribution and (not partial or end is None or attribution.start() < end.start()):
            at = mark.end() + attribution.start() + 1
        elif end and partial:
            at = mark.end() + end.end()
        elif quote_continues:
            return text  # a quote running on into the next paragraph has no closing mark here
        else:
            at = len(text.rstrip())
        return _insert(text, at, right)
    before = text[:pos]
    starts = [m.end() for m in _SENTENCE_START.finditer(before)]
    if not starts:
        return text
    sentence_start = starts[-1]
    colon = before.rfind(": ", sentence_start)
    at = colon + 2 if colon >= 0 else sentence_start
    if at >= pos:
        return text
    return _insert(text, at, left)


def balance_quotes(blocks: list[Block], ctx: Context) -> list[Block]:
    """Add the one missing quotation mark of a paragraph.

    >>> from briefing.clean import Context
    >>> balance_quotes([Block("paragraph", "“We will act, she said.")], Context("t"))[0].text
    '“We will act,” she said.'
    """
    out = []
    for i, block in enumerate(blocks):
        if block.type == "paragraph" and _MARK.search(block.text):
            following = blocks[i + 1].text.lstrip()[:1] if i + 1 < len(blocks) else ""
            text = repair_quotes(block.text, quote_continues=following in ('"', "“"))
            if text != block.text:
                ctx.log("add", block.text, text, i)
                block = block.with_text(text)
        out.append(block)
    return out
