"""Word evidence shared by the rules: English word frequencies (wordfreq) and an article's own vocabulary.

Lookups are cached: an article asks about the same few hundred words again and again.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from string import ascii_lowercase

from wordfreq import get_frequency_dict, zipf_frequency

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SPEECH_VERB = re.compile(r"\b(?:said|says|told|according)\b")

# Function words carry no topic; leaving them out makes lexical overlap measure the subject.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves said says say one two new get got may might must us per""".split()
)

# What WORD finds in lower-cased text whose letters are all ASCII (a scan of plain ranges is much
# faster than of word categories); a word of it with one or two letters is one of these.
_ASCII_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_SHORT_AND_STOPWORDS = STOPWORDS | {a + b for a in ascii_lowercase for b in ("", *ascii_lowercase)}
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _ascii_letters_only(lower: str) -> bool:
    return lower.isascii() or not WORD.search("".join(_NON_ASCII.findall(lower)))


# Each byte as itself if _ASCII_WORD can match it (a-z and the straight apostrophe), else as a space.
_KEEP_WORD_BYTES = bytes(b if 0x61 <= b <= 0x7A or b == 0x27 else 0x20 for b in range(256))


def _ascii_words(lower: str) -> list[str]:
    """`_ASCII_WORD.findall(lower)`. With every character the pattern cannot match made a space, a
    text with no apostrophe is its words split on spaces (str.split is several times faster than a
    regex scan); a non-ASCII character becomes "?", then a space, so only "’" needs the scan."""
    if "’" in lower:
        return _ASCII_WORD.findall(lower)
    spaced = lower.encode("ascii", "replace").translate(_KEEP_WORD_BYTES).decode("ascii")
    return _ASCII_WORD.findall(spaced) if "'" in spaced else spaced.split()


def lower_words(lower: str) -> list[str]:
    """What `WORD.findall(lower)` finds in lower-cased text.

    >>> lower_words("the minister’s “plan”, twice")
    ['the', 'minister’s', 'plan', 'twice']
    >>> lower_words("rock'n'roll—isn't “it”? 1st")
    ["rock'n", 'roll', "isn't", 'it', 'st']
    """
    return _ascii_words(lower) if _ascii_letters_only(lower) else WORD.findall(lower)


# How promotional a text sounds: second-person and first-person-plural address, and the vocabulary
# of selling. A count, not a phrase list: it only ever tips a decision that topic overlap has opened.
# Words are looked up in sets (a case-blind regex of sixty words costs far more on every paragraph).
_ADDRESS = frozenset("you your yours you're our we we're us".split())
_SELLING = frozenset(
    """free subscription newsletter newsletters inbox unsubscribe app apps notification notifications alert alerts
    email emails apply career job jobs hiring earn income salary click tap link bio limited offer deal deals discount
    today now delivered register join bonus guaranteed success experience cv resume fresher freshers member members
    membership exclusive unlock premium trial shop shopping buy coupon promo digest crypto cryptocurrency
    cryptocurrencies bitcoin ethereum forex casino jackpot betting deposit cashback trick hurry discover""".split()
)
_SELLING_STEMS = ("subscrib", "download", "donat", "opportunit", "advertis", "sponsor")
_SELLING_PHRASES = re.compile(
    r"\b(?:sign(?:ing)?\s+up|never\s+miss|straight\s+to|work(?:ing)?\s+from\s+home|per\s+(?:day|week|month)|a\s+day"
    # clickbait and donation pitches
    r"|one\s+(?:simple|weird|easy)\s+trick|doctors\s+hate|before\s+it[’']?s\s+too\s+late|you\s+won[’']?t\s+believe"
    r"|lose\s+\d+\s*(?:kg|kilos|pounds|lbs)|support\s+(?:our|independent|quality)\s+journalism"
    r"|becom(?:e|ing)\s+an?\s+(?:member|subscriber|supporter)|stories\s+like\s+this|want\s+more"
    r"|enjoy(?:ing|ed)?\s+(?:this|our)\s+(?:article|story|coverage|journalism|content|reporting|newsletter)|(?:digital|unlimited|full|premium)\s+access|offer\s+ends)\b|\$\d|\d\s*%\s+off\b"
)


# Each selling phrase holds one of these: text with none of them holds no phrase, and is not scanned.
_PHRASE_KEYS = (
    "sign", "never", "straight", "home", "per", "day", "trick", "hate", "late", "believe", "lose", "journalism",
    "becom", "stories", "want", "enjoy", "access", "offer", "$", "%",
)


def holds_any(text: str, parts: tuple[str, ...]) -> bool:
    """Whether one of `parts` is in the text: the gate the rules put before a pattern. A plain loop
    of `in` tests: 0.8 us for sixteen parts none of which is there, against 1.2 us for any() over
    a map of them (a method call per part).

    >>> holds_any("posted by staff", ("updated", "by")), holds_any("talks resume", ("by",))
    (True, False)
    """
    for part in parts:
        if part in text:
            return True
    return False


def _phrases(lower: str) -> int:
    """How many selling phrases the lower-cased text holds."""
    if not holds_any(lower, _PHRASE_KEYS):
        return 0
    return len(_SELLING_PHRASES.findall(lower))


_ADDRESS_OR_SELLING = _ADDRESS | _SELLING


def _selling_words(lower: str, listed: frozenset[str]) -> int:
    """How many of the lower-cased text's words are listed or start with a selling stem. The set
    lookups are counted in C, and the stems tried word by word only if the text holds one.

    >>> _selling_words("subscribe now, subscribers: you", _SELLING)
    3
    """
    words = lower_words(lower)
    count = sum(map(listed.__contains__, words))
    if holds_any(lower, _SELLING_STEMS):
        count += sum(1 for w in words if w not in listed and w.startswith(_SELLING_STEMS))
    return count


def promo_score(text: str) -> int:
    """Address and selling words in the text.

    >>> promo_score("Sign up for our free newsletter today")
    5
    """
    lower = text.lower()
    return _selling_words(lower, _ADDRESS_OR_SELLING) + _phrases(lower)


def selling_score(text: str) -> int:
    """Selling words and phrases in the text, without the words of address.

    >>> selling_score("What can you do if your boat is stuck?"), selling_score("Want more stories like this?")
    (0, 2)
    """
    lower = text.lower()
    return _selling_words(lower, _SELLING) + _phrases(lower)


# A case-blind pattern also matches four non-ASCII letters to ASCII ones: İ and ı to i, ſ to s, K to k.
_FOLD = str.maketrans("İıſK", "iisk")


def folded(text: str) -> str:
    """The text lower-cased with those four letters made ASCII: whatever ASCII word a case-blind
    pattern matches in the text is a substring of this, so a plain `in` test can rule the pattern out.

    >>> folded("Poſted BY")
    'posted by'
    """
    if text.isascii() or not ("İ" in text or "ı" in text or "ſ" in text or "K" in text):
        return text.lower()
    return text.translate(_FOLD).lower()


def reports_speech(text: str) -> bool:
    """Whether the text quotes or reports speech (a quotation mark, or said, says, told, according):
    a paragraph that does is story, whatever else it looks like. Plain substring tests first; the
    word-boundary regex only confirms a verb that is there.

    >>> reports_speech("Officials said the road was closed."), reports_speech("The saidi road was closed.")
    (True, False)
    """
    if '"' in text or "“" in text or "”" in text:
        return True
    return ("said" in text or "says" in text or "told" in text or "according" in text) and bool(_SPEECH_VERB.search(text))


@lru_cache(maxsize=256)
def split_words(text: str) -> tuple[str, ...]:
    """`tuple(text.split())`, worked out once per text: most rules ask for a block's words or their
    number, and most blocks reach every rule unchanged.

    >>> split_words(" Talks resume\\n in Doha ")
    ('Talks', 'resume', 'in', 'Doha')
    """
    return tuple(text.split())


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common a word is in English, 0 (unknown) to about 8 ("the"): wordfreq's zipf_frequency.

    A word of ASCII letters only is looked up in its table directly: wordfreq's tokenizer, most of the
    9 us a lookup costs, leaves such a word as it is, and the table's frequencies are already rounded
    as zipf_frequency would round them (the same answer for every such word of the table: tests).

    >>> zipf("The") == zipf_frequency("the", "en"), zipf("qzxvw")
    (True, 0.0)
    """
    lower = word.lower()
    if not (lower.isascii() and lower.isalpha()):
        return zipf_frequency(lower, "en")
    freq = get_frequency_dict("en", "best").get(lower)  # positional: the call wordfreq caches
    return 0.0 if freq is None else round(math.log(freq, 10) + 9, 2)


def per_registry(table):
    """A memo for a table worked out from the registry's names: once per site, not per article. It is
    marked, so the bench's figure with the per-text memos emptied before each seed keeps it."""
    memo = lru_cache(maxsize=4)(table)
    memo.per_registry = True
    return memo


@per_registry
def lowered(names: frozenset[str]) -> frozenset[str]:
    """The registry's names in lower case."""
    return frozenset(name.lower() for name in names)


def content_words(text: str) -> set[str]:
    """Lower-cased words of three or more letters that are not function words.

    >>> sorted(content_words("The army said it had withdrawn from Khartoum."))
    ['army', 'khartoum', 'withdrawn']
    """
    lower = text.lower()
    if _ascii_letters_only(lower):
        return set(_ascii_words(lower)) - _SHORT_AND_STOPWORDS
    return {w for w in WORD.findall(lower) if len(w) > 2} - STOPWORDS


def vocabulary(texts) -> frozenset[str]:
    """Every word the texts use, lower-cased: the article's own evidence for what is a word."""
    return frozenset(lower_words("\n".join(texts).lower()))
