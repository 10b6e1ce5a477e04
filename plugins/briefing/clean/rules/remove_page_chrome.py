"""remove_page_chrome: one-line page furniture pasted along with the story.

Ad slots ("Advertisement", "Continue reading the main story", "Supported by"), share and follow rows
("Share this article", "Follow us on Twitter", lone "Facebook"/"Email" buttons), short-link and
comment widgets ("Get short URL", "Comment(required)", "14 Comments", "Image 2 of 7"), what players,
galleries and author boxes leave ("Video Player is loading.", "1 of 6", "About the author"), contact
lines ("Write to Ann Lee at ann.lee@example.com", a bare address or handle), subscribe and
sign-up prompts, calls to the reader about the site itself ("Join our Telegram channel", "Get breaking
news alerts on your phone", "Get the app"), cookie, privacy and syndication notices, sign-up boxes (the button and the pitch lines around it), copyright or terms
lines, breadcrumbs and section labels ("HomeWorld News"), separators ("___"), and a short line in a
script the article does not use (an edition switch such as "阅读简体中文版"). Each pattern must match
the whole short line, so a sentence that merely mentions Twitter or an advertisement stays. Furniture
glued to a paragraph goes alone: a last sentence or trailing words that are a whole furniture line
("... withdrawals. Follow us on Twitter for more updates."), or a first few words that are one
("Advertisement Officials said ..."), when what is left is a sentence of its own.

Runs after headline lists (whose labels it would otherwise take alone), bylines and captions, and
before duplicates and the off-topic test, which then only have to judge real paragraphs.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ...model import Block
from ..blocks import drop_blocks, drop_indices
from ..words import folded, promo_score, reports_speech, split_words

if TYPE_CHECKING:
    from .. import Context

_NETWORK = r"(?:twitter|x|facebook|instagram|youtube|tiktok|linkedin|telegram|whatsapp|threads|bluesky|google\s+news|flipboard)"
# Each kind of furniture, as whole-line patterns (matched case-blind).
_CHROME_KINDS: dict[str, tuple[str, ...]] = {
    "ad slots": (
        r"advertisements?|advert|ad|sponsored(?:\s+content)?|promoted(?:\s+content)?|paid\s+content|supported\s+by",
        r"(?:continue|story\s+continues)\s+(?:reading\s+)?(?:below|the\s+main\s+story|the\s+article"
        r"|after\s+(?:the\s+)?ad(?:vertisement)?)(?:\s+(?:the\s+)?(?:gallery|video|advert(?:isement)?|ad|image|photos?))?",
        r"continue\s+reading(?:\s+(?:the\s+)?(?:rest\s+of\s+(?:the|this)\s+)?(?:story|article))?"
        r"|scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:reading|with\s+content))?",
        r"(?:article|story|text|content)\s+continues\s+(?:below|after\s+(?:the\s+)?(?:ad(?:vertisement)?|advert|video))",
    ),
    "reader tools": (
        r"click\s+to\s+(?:expand|enlarge|play|watch)",
        r"listen\s+to\s+(?:this\s+)?(?:article|story)(?:\s*[-–—]?\s*\d+\s*min(?:ute)?s?)?",
        r"(?:save|gift|bookmark)(?:\s+(?:this\s+)?(?:article|story))?|print\s+this\s+(?:page|article|story)",
        r"caption|close|menu|search|expand|collapse|back\s+to\s+top|tweet|newsletters?|(?:font|text)\s+size",
        r"tap\s+to\s+(?:unmute|play|expand|enlarge|watch|listen)|report\s+an?\s+(?:error|typo|correction|issue|problem)",
        r"(?:image|photo|picture|slide|video)\s+\d+\s*(?:of|/)\s*\d+|\d+\s+comments?",
    ),
    "share and follow": (
        r"share(?:\s+(?:this|on|via)(?:\s+(?:article|story|page|post|link|on\s+\w+|\w+))?)?\s*[:!]?",
        r"(?:like\s+this\s+(?:story|article)\?\s*)?share\s+it\s+with\s+(?:a\s+)?friends?!?",
        rf"share\s+(?:this|the)\s+(?:article|story|page|post|link|video)\s+(?:on|via|with|to)\s+(?:a\s+|your\s+)?"
        rf"(?:{_NETWORK}|email|e-mail|friends?|family)[.!]?",
        rf"(?:share|follow(?:\s+us)?)(?:\s+(?:this|on|via)(?:\s+\w+)?)?\s*:\s*(?:{_NETWORK}|email|e-mail|print|copy(?:\s+link)?)",
        rf"{_NETWORK}|email|e-mail|print|copy(?:\s+link)?|reddit|pinterest|messenger|sms|submit|report",
        r"(?:follow|reach|contact|email)\s+[^.]{0,80}?(?:https?://|@\w|\S+@\S+\.\w)[^\n]{0,200}",
        rf"follow\s+(?:us|@?\w+(?:\s+\w+)?)\s+on(?:\s+{_NETWORK}(?:\s*(?:,|and|&)\s*{_NETWORK})*)?(?:\s+@\w+)?"
        r"(?:\s+(?:for|to)\s+[^.]{0,80})?\.?",
        r"follow\s+[^.]{0,60}\s+(?:at|on)\s+https?://\S+",
        r"listen\s+to\s+[^.]{0,60}\b(?:live|podcast)\b[^.]{0,60}(?:here)?\.?",
        r"click\s+to\s+(?:share|email|print|tweet|post)\b[^\n]{0,80}",
    ),
    # A short imperative to the reader about the site itself: "Join our WhatsApp channel", "Get
    # breaking news alerts on your phone", "For more news, visit our homepage".
    "calls to action": (
        r"(?:for\s+(?:more|the\s+latest)\s+[\w’']+(?:\s+[\w’']+)?\s*,?\s+)?(?:please\s+)?(?:click|tap|like|follow|join|share|send|email"
        r"|subscribe|sign\s+up|get|download|read|watch|listen|visit|find|install|enable|turn\s+on|allow|bookmark|check\s+out)\b"
        r"[^.!?\n\"“”]{0,80}?\b(?:our|us|your)\b[^.!?\n\"“”]{0,60}?\b(?:apps?|channels?|newsletters?|alerts|website|site|homepage"
        rf"|home\s+page|feeds?|podcasts?|notifications|inbox|community|group|account|page|phone|profile|feedback|tips|{_NETWORK})\b"
        r"[^.!?\n\"“”]{0,40}[.!]?",
        r"get\s+(?:the|our)\s+(?:[\w’'-]+\s+){0,4}newsletters?(?:\s+[^.\n]{0,60})?[.!]?",
    ),
    "link and comment widgets": (
        r"get\s+short\s+url|short\s+url|view\s+(?:author\s+)?archive|email\s+the\s+author|get\s+author\s+rss\s+feed",
        r"view\s+all(?:\s*\(\d+\))?|enlarge\s+(?:image|photo)|view\s+(?:image|gallery|photos?)|\d+\s+photos?",
        r"comments?(?:\s*\(\S{0,6}\))?|(?:name|email|comment|website)\s*\(required\)|leave\s+a\s+(?:comment|reply)",
        r"learn\s+more|read\s+more|click\s+here[^.]{0,80}\.?|tap\s+here[^.]{0,80}\.?",
        r"read\s+the\s+full\s+(?:story|article|report|interview)(?:\s+(?:here|on\s+[\w.]+|at\s+[\w.]+))?\.?",
        r"watch\s+the\s+(?:full\s+)?(?:video|clip|report)(?:\s+(?:above|below|here))?\.?",
    ),
    "sign-up and app prompts": (
        r"sign\s+up|log\s+in|sign\s+in|register|subscribe(?:\s+now)?",
        r"(?:sign\s+up|subscribe|register)\s+(?:for|to)\s+[^.]{0,60}\b(?:newsletters?|alerts|e-?mails?|updates|briefings?"
        r"|channel|podcast)\b[^.]{0,80}\.?",
        r"download\s+(?:our|the)\s+[^.]{0,40}\bapps?\b[^.]{0,80}\.?",
        # paywalls
        r"subscribe\s+(?:for|to\s+(?:get|unlock|continue|read|keep))\s+[^\n]{0,60}|already\s+(?:a\s+)?(?:subscriber|member|registered)"
        r"(?:\s*\?\s*(?:log|sign)\s+in[^\n]{0,40})?|(?:create|register)\s+(?:for\s+)?(?:a|an|your)\s+(?:free\s+)?account\b[^\n]{0,60}",
        r"(?:get|install|try)\s+(?:the|our)\s+(?:[\w’'-]+\s+){0,2}app\b[^\n]{0,100}",
        r"(?:(?:now\s+)?available|download\s+it)\s+(?:on|from)\s+(?:the\s+)?(?:app\s+store|google\s+play)[^\n]{0,60}",
    ),
    "cookies, terms and copyright": (
        r"(?:we|this\s+(?:web)?site)\s+uses?\s+cookies[^\n]{0,300}|accept(?:\s+all)?(?:\s+cookies)?"
        r"|manage\s+(?:cookies|preferences|consent)",
        r"(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*\d{4})[^\n]{0,120}|all\s+rights\s+reserved\.?",
        r"(?:terms\s+(?:of\s+(?:service|use)|and\s+conditions)|privacy\s+(?:policy|notice)|cookie\s+policy|our\s+standards)"
        r"(?:\s*[:|]?\s*[^.\n]{0,60}\.?)?",
        r"this\s+site\s+is\s+protected\s+by\s+recaptcha[^\n]{0,120}|disclaimer\s*:[^\n]{0,400}",
        r"we\s+(?:respect|value|care\s+about)\s+your\s+privacy[^\n]{0,200}|cookie\s+(?:settings|preferences|consent|notice)",
        r"(?:have\s+a\s+(?:story(?:\s+idea)?|tip|news\s+tip)|got\s+a\s+(?:tip|story))\s*\?[^\n]{0,100}",
        r"(?:support\s+(?:our|independent|quality)\s+journalism|(?:our|independent|quality)\s+journalism\s+(?:needs|relies\s+on"
        r"|depends\s+on)\s+(?:your\s+)?support)[^\n]{0,120}",
        r"by\s+(?:using|continuing\s+to\s+(?:use|browse))\s+(?:this|our)\s+(?:web)?site[^\n]{0,300}",
        r"this\s+(?:article|story|piece|report)\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared)\s+(?:on|in|at|by)\s+[^\n]{0,100}",
    ),
    # What a page's players, galleries and author boxes leave behind as text.
    "players, galleries and author boxes": (
        r"(?:video\s+)?player\s+is\s+loading\.?|loaded\s*:\s*\d{1,3}(?:\.\d+)?\s*%",
        r"this\s+(?:slideshow|gallery|video|content|feature|map|graphic|interactive|page)\s+requires\s+javascript[^\n]{0,60}",
        r"\d{1,3}\s*(?:-\s*\d{1,3}\s+)?of\s+\d{1,4}",  # a gallery's counter: "1 of 6", "1 - 5 of 36"
        r"explore\s+further|powered\s+by(?:\s+[\w.&-]+){0,3}|about\s+the\s+authors?",
        r"(?:tell\s+us|let\s+us\s+know)\s+what\s+you\s+think\W*|what\s+do\s+you\s+think\s*\?|have\s+your\s+say\W*",
        r"this\s+(?:document|material|article|content)\s+(?:is\s+subject\s+to\s+copyright|may\s+not\s+be\s+(?:published"
        r"|reproduced|redistributed))[^\n]{0,300}",
        r"citation\s*:[^\n]{10,300}\bretrieved\b[^\n]{0,200}",  # "Citation: Title (2019, May 2) retrieved ... from URL"
    ),
    # How to reach the writer: a bare address or handle, "Write to X at x@..." ("X may be reached at ..."
    # is _REACHED, below).
    "contact lines": (
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin|tiktok|youtube)\.com/[\w./?=&-]+",
        r"write\s+to\s+[^.\n]{0,60}?\s+at\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?",
        r"more\s+[^:\n]{1,30}:\s*https?://[^\n]{0,200}",  # "More AP NBA: https://..."
    ),
    "tags and list labels": (
        r"(?:topics|tags|filed\s+under|more\s+about|keywords|trends)(?:\s*:\s*[^.\n]{0,80})?",
        r"(?:places|organi[sz]ations|people|companies)\s+in\s+(?:this|the)\s+story",
        r"trending(?:\s+(?:now|news|stories|topics))?|most\s+(?:read|popular|viewed|shared)(?:\s+[\w’']+){0,3}"
        r"|top\s+stories|popular\s+now|latest\s+news",
        r"(?:you\s+(?:may|might)\s+also\s+like|related\s+roundups?(?:\s*:\s*[^.\n]{0,60})?)\s*(?:\.\.\.|…|:)?",
    ),
}
# A contact line that names the writer first ("Ann Lee may be reached at ..."): the one kind that
# can start with anything, so it is tried only on a line that says "reached" or "contacted".
_REACHED = (
    r"(?:have\s+a\s+tip\s*\?\s*)?[^.\n]{0,60}\b(?:may|can)\s+be\s+(?:reached|contacted)\s+(?:at|by|via|on)\s+"
    r"(?:[\w.+-]+@|\+?\(?\d|@\w)[^\n]{0,120}"
)
# Matched against the folded line (words.folded): the same lines as a case-blind match, and a
# case-sensitive alternation lets the regex engine pass over an alternative on its first letter.
# So the patterns hold no capital letters.
_CHROME = re.compile("|".join(p for patterns in _CHROME_KINDS.values() for p in patterns))
_CHROME_REACHED = re.compile(_REACHED)
# Case matters here: a breadcrumb ("HomeWorld News", "Home > Business") or a section label ("World News").
# A line of only symbols is a separator ("___", "* * *").
_NAVIGATION = re.compile(
    r"Home\s*(?:[/>›»|]\s*)?[A-Z][\w&]*(?:\s*[/>›»|]?\s*[A-Z][\w&]*){0,3}|(?:[A-Z][a-z]+\s+){0,2}News|[^\w\s]+(?:\s+[^\w\s]+)*|_+"
)
# A short line in a script the article does not use: an edition switch ("阅读简体中文版").
_NON_LATIN = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f]")
# The button of a sign-up box; the lines next to it that pitch the newsletter go with it.
_SIGNUP = re.compile(
    r"(?i:sign\s+up(?:\s+now)?|subscribe(?:\s+now)?|get\s+the\s+newsletter|join\s+now|learn\s+more|get\s+started|shop\s+now"
    r"|buy\s+now|try\s+it\s+free|enter\s+your\s+e-?mail(?:\s+address)?(?:\s+(?:to|and)\s+(?:sign\s+up|subscribe))?)[.!]?"
)
_PARTS = re.compile(r"\s+[-–—|·•]\s+")
MAX_PITCH_WORDS = 30
SHORT_PITCH_WORDS = 6
MAX_BANNER_WORDS = 12
MAX_CHROME_WORDS = 40
MAX_CHROME_CHARS = 400
MAX_FOREIGN_LINE = 60


def is_chrome(line: str) -> bool:
    """True for a whole line of page furniture.

    >>> is_chrome("Follow us on Twitter @HarbourDesk for live updates")
    True
    >>> is_chrome("The ministry said it would share the findings with Twitter.")
    False
    """
    line = line.strip(" \t|•·:").strip(" -–—")
    if not line or len(line) > MAX_CHROME_CHARS or len(split_words(line)) > MAX_CHROME_WORDS:
        return False
    if _is_furniture(folded(line)) or _NAVIGATION.fullmatch(line):
        return True
    # A line of several parts holds one of _PARTS's marks (chained `in` tests: five times faster
    # than any() over the marks, and this runs on every line).
    if not ("-" in line or "|" in line or "–" in line or "—" in line or "·" in line or "•" in line):
        return False
    parts = [p for p in _PARTS.split(line) if p]  # "Advertisement - Continue Reading Below"
    return len(parts) > 1 and all(_is_furniture(folded(p)) or _NAVIGATION.fullmatch(p) for p in parts)


def _is_furniture(folded_line: str) -> bool:
    if _CHROME.fullmatch(folded_line):
        return True
    return ("reached" in folded_line or "contacted" in folded_line) and bool(_CHROME_REACHED.fullmatch(folded_line))


def _is_foreign_line(line: str) -> bool:
    line = line.strip()
    if not 0 < len(line) <= MAX_FOREIGN_LINE or line.isascii():  # an ASCII line is Latin
        return False
    return len(_NON_LATIN.findall(line)) > sum(c.isalpha() for c in line) / 2


# Words a piece of glued furniture starts with: only paragraphs that start, or whose tail starts, with
# one of them are tried (the whole-line patterns are too costly to try on every paragraph's pieces).
_GLUED_STARTS = frozenset(
    """advertisement advertisements advert sponsored promoted paid supported continue story article scroll share
    follow subscribe sign click tap like join get download read watch listen comments print email install enable
    turn for visit send have already create cookie we this by""".split()
)
# ...and the few a glued piece at a paragraph's start begins with, which seldom begin a sentence.
_GLUED_PREFIX_STARTS = frozenset(
    "advertisement advertisements advert sponsored promoted continue scroll share follow subscribe click tap download".split()
)
_AFTER_SENTENCE_END = frozenset(" \t\n")
_WORD_EDGES = ".,:;!?\"“”‘’'()[]"  # what _first_word strips from a word
_EDGE = "[" + re.escape(_WORD_EDGES) + "]*"
# What a paragraph with glued furniture holds: a sentence end (or a closing mark after one), a space
# and a whole word of _GLUED_STARTS near its end, or a word of _GLUED_PREFIX_STARTS at its start.
# One scan of each says which paragraphs _without_glued_chrome need look at (few do).
_GLUED_TAIL = re.compile(rf"[.!?\"”’)] \s*{_EDGE}(?i:{'|'.join(sorted(_GLUED_STARTS))}){_EDGE}(?!\S)")
_GLUED_PREFIX = re.compile(rf"\s*{_EDGE}(?i:{'|'.join(sorted(_GLUED_PREFIX_STARTS))})")
_CLOSERS = ('" ', "” ", "’ ", ") ")
MAX_GLUED_WORDS = 14
MAX_GLUED_CHARS = 120
MAX_GLUED_PREFIX_WORDS = 6
MIN_LEFT_WORDS = 6


def _first_word(text: str) -> str:
    return text.split(None, 1)[0].strip(_WORD_EDGES).lower() if text.strip() else ""


def _last_sentence_start(text: str) -> int | None:
    """Where the text's last sentence starts, looked for only in its last characters (plain string
    searches: this runs on every paragraph)."""
    low = max(0, len(text) - MAX_GLUED_CHARS)
    end = max(text.rfind(". ", low), text.rfind("! ", low), text.rfind("? ", low))
    for close in _CLOSERS:  # '... up." Share this': a sentence that ends inside a quotation or brackets
        at = text.rfind(close, low)
        if at > end + 1 and text[at - 1] in ".!?":
            end = at
    if end < 0:
        return None
    start = end + 1
    while start < len(text) and text[start] in _AFTER_SENTENCE_END:
        start += 1
    return start if start < len(text) else None


def _without_glued_chrome(text: str, cut: list[str]) -> str:
    """The paragraph with furniture glued to its end or start taken off (each piece added to `cut`).

    >>> _without_glued_chrome("Talks resumed on Monday in Geneva after a long pause. Share this article", [])
    'Talks resumed on Monday in Geneva after a long pause.'
    """
    while True:  # several pieces may be glued one after another
        start = _last_sentence_start(text)
        if start is None:
            break
        tail = text[start:]
        if _first_word(tail) not in _GLUED_STARTS or len(tail.split()) > MAX_GLUED_WORDS or not is_chrome(tail):
            break
        cut.append(tail)
        text = text[:start].rstrip()
    if _first_word(text[:40]) not in _GLUED_PREFIX_STARTS:
        return text
    words = text.split()
    if len(words) > MIN_LEFT_WORDS:
        for k in range(min(MAX_GLUED_PREFIX_WORDS, len(words) - MIN_LEFT_WORDS), 0, -1):
            rest = words[k]
            if rest[:1].isupper() or rest[:1] in "\"“":
                prefix = " ".join(words[:k])
                if is_chrome(prefix):
                    cut.append(prefix)
                    text = text.split(None, k)[k]
                    break
    return text


def _may_hold_glued_chrome(text: str) -> bool:
    """False when _without_glued_chrome would find nothing to cut: the text neither starts with a word
    of _GLUED_PREFIX_STARTS nor has a sentence in its last characters that starts with one of
    _GLUED_STARTS (two anchored or skipping regex scans, far cheaper than finding the last sentence).

    >>> _may_hold_glued_chrome("Talks resumed. Share this article"), _may_hold_glued_chrome("Talks resumed. Shares fell.")
    (True, False)
    """
    return bool(_GLUED_PREFIX.match(text) or _GLUED_TAIL.search(text, max(0, len(text) - MAX_GLUED_CHARS)))


def _strip_glued(blocks: list[Block], ctx: Context) -> list[Block]:
    out = []
    for i, block in enumerate(blocks):
        if block.type == "paragraph" and _may_hold_glued_chrome(block.text):
            cut: list[str] = []
            text = _without_glued_chrome(block.text, cut)
            for piece in cut:
                ctx.log("remove", piece, "", i)
            if cut:
                block = block.with_text(text)
        out.append(block)
    return out


def remove_page_chrome(blocks: list[Block], ctx: Context) -> list[Block]:
    """Drop lines of page furniture.

    >>> from briefing.clean import Context
    >>> blocks = [Block("paragraph", "ADVERTISEMENT"), Block("paragraph", "Share this article"),
    ...           Block("paragraph", "The talks resumed on Monday.")]
    >>> [b.text for b in remove_page_chrome(blocks, Context("t"))]
    ['The talks resumed on Monday.']
    """
    original = blocks

    @cache
    def latin_article() -> bool:
        """Whether the article is in Latin script, worked out for the first short line in another one."""
        text = " ".join(b.text for b in original)
        return len(_NON_LATIN.findall(text)) < len(text) / 20

    blocks = _drop_signup_boxes(blocks, ctx)
    blocks = drop_blocks(blocks, ctx, lambda line: is_chrome(line) or _is_foreign_line(line) and latin_article())
    return _strip_glued(blocks, ctx)


def _is_pitch(block: Block) -> bool:
    """A promotional line with no reported speech, or a short banner line that is no sentence:
    part of a sign-up box or banner."""
    text = block.text.strip()
    words = len(split_words(text))
    if block.type != "paragraph" or words > MAX_PITCH_WORDS or reports_speech(text):
        return False
    banner = words <= MAX_BANNER_WORDS and (text[-1:].isalnum() or text.endswith(":"))
    return banner or promo_score(text) >= (1 if words <= SHORT_PITCH_WORDS else 2)


def _drop_signup_boxes(blocks: list[Block], ctx: Context) -> list[Block]:
    """A subscribe, sign-up or "Learn More" button takes the pitch and banner lines around it
    ("Breaking News Emails", "Get breaking news alerts ... delivered weekday mornings.") with it."""
    box = {i for i, b in enumerate(blocks) if b.type != "list" and _SIGNUP.fullmatch(b.text.strip())}
    for start in sorted(box):
        for step in (-1, 1):
            i = start + step
            while 0 <= i < len(blocks) and i not in box and _is_pitch(blocks[i]):
                box.add(i)
                i += step
    return drop_indices(blocks, ctx, box)
