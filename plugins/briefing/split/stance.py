"""Stance of one statement, from its verb of speech first and its words second.

A loaded verb decides ("condemned", "urged", "denied"). A neutral one ("said", "according to")
leaves it to the statement: a participle that carries a stance ("..., appealing to both sides"),
then cue words, checked in an order that settles the usual overlaps: a denial may mention the
accusation it denies; an appeal often says "must"; a justification may name the violation it answers.

Cues are plain words, word prefixes (ending in `*`) and phrases, matched against the lowercased
words of the statement: one scan of a trie-shaped regex per list of cues (see `_compile`).
"""

from __future__ import annotations

import re

from .lexicon import SPEECH_VERBS, trie_pattern

# (stance, cues) tried in this order. Cues are separated by "|": a single word, a prefix ending in
# "*" ("condemn*" covers "condemned", "condemnation"), or a phrase of several words.
_PARTICIPLES: list[tuple[str, str]] = [
    ("condemn", "condemning|denouncing|blaming|accusing|criticising|criticizing"),
    ("threaten", "warning|vowing|threatening"),
    ("appeal", "appealing|urging|pleading|calling on|calling for"),
    ("demand", "demanding|insisting"),
    ("deny", "denying|rejecting the accusation|rejecting accusations|rejecting the allegation|rejecting allegations"),
    ("support", "welcoming|praising|thanking|hailing"),
    ("justify", "defending|justifying"),
]
_CUES: list[tuple[str, str]] = [
    # a party defending its own conduct, in words other groups also use ("restraint", "defend")
    ("justify", "self-defence|self-defense|acted with restraint|showed restraint|exercised restraint|right to defend"
                "|right to self|stood by its|stands by its|stand by its|stood by our|stand by our|with precision"
                "|precise strikes|avoid civilian"),
    # someone else "must be held accountable": a demand, though accountability is also what threats promise
    ("demand", "must be held accountable|should be held accountable|must be brought to justice"),
    # a consequence still to come outranks the grievance it answers ("the aggression will not go unanswered")
    ("threaten", "unanswered|not be intimidated|will not be cowed|will continue until|will not stop until|pay dearly"
                 "|pay a heavy price|will regret|will be held accountable|would continue until|will go on until"
                 "|would go on until|met with force|retaliatory steps|countermeasures|counter-measures|keep fighting"
                 "|continue fighting|of its choosing|of our choosing|never give up"),
    ("deny", "deny|denies|denied|baseless|unfounded|groundless|fabricat*|categorically|no involvement"
             "|nothing to do with|not involved|not responsible|false accusation|false claim|false allegation"
             "|rejected the accusation*|rejects the accusation*|rejected accusation*|rejected the allegation*"
             "|rejects the allegation*|rejected allegation*|rejected the claim*|rejected claims|were lies|are lies"
             "|is a lie|pack of lies|no role|completely false|entirely false|untrue|not true|were false|are false"
             "|was false|is false|reject the accusation*|reject these accusation*|reject the allegation*"
             "|reject these allegation*|reject the claim*|reject these claims|reject such claims"),
    ("condemn", "condemn*|denounc*|deplor*|outrage*|atrocit*|crime|crimes|aggression|barbar*|cruel|shameful"
                "|murder*|massacr*|slaughter*|interference|interfering|internal affairs|unjust"
                "|disgrace*|betray*|cynical|war crime|act of retaliation|responsibility lies|lies with"
                "|bears responsibility|full responsibility"),
    ("threaten", "retaliate|retaliation|retaliating|revenge|aveng*|consequences|crushing|pay a heavy price|will pay"
                 "|would pay|will respond|not hesitate|all options|reserves the right|reserved the right"
                 "|reserve the right|will be met|decisive response|respond decisively|will hit|will strike"
                 "|hold accountable|held accountable|no truce|all means|not rule out|not tolerate|will not allow"
                 "|will not stand|necessary measures|firmly defend|will answer for|will answer before|will face"
                 "|challenge them|challenge it|will challenge|will defend every|defend every inch|would respond"
                 "|respond to any|respond to every|respond overwhelmingly|respond forcefully|respond firmly"),
    ("appeal", "urge|urges|urged|urging|appeal*|plead*|implor*|restraint|calm|de-escalat*|deescalat*|dialogue"
               "|encourag*|call on|calls on|called on|call for|calls for|called for|negotiated solution"
               "|diplomatic solution|peaceful solution|political solution|cannot wait|deep concern|deeply concerned"
               "|gravely concerned|seriously concerned|hoped|hopes that|hope that"),
    ("demand", "must|should|demand*|insist*|have to|has to|need to|needs to|ought to|immediately withdraw"
               "|immediately release|immediately stop|immediately halt|immediately end"),
    ("support", "welcom*|thank*|grateful|prais*|commend*|applaud*|endors*|solidarity|positive step|stand with"
                "|full support|firm support|strong support|unwavering support|its support|their support|our support"
                "|fully backed|fully backs|backed the|backs the|constructive"
                "|stands with|stand by|stands by|important signal|important step|support the|supports the"
                "|supported the|support a|support this|support their|support our"),
    ("justify", "necessary|legitimate|proportionate|defensive|lawful|deter*|justif*|right to|in line with"
                "|to protect|in accordance with|meant to|aimed at|no obligation|no choice|in response to"
                "|were needed|was needed|are needed|is needed|sovereign right|acted to|to stop|to prevent"
                "|within the law|retaliatory measures|to save|to restore|to defend|a response to|direct response"
                "|not seeking|no intention|targeted only|only targeted|only military"),
    # a monitor that "documented" abuses reports them, even in the words of an accusation
    ("report", "documented|documenting|recorded|verified"),
    ("condemn?", "oppose|opposed|opposes|violat*|flagrant|unacceptable|provocat*|provok*|blam*|accus*|illegal"
                 "|illegitimate|sabotag*|reckless|irresponsible|hypocri*|coup|disproportionate|unjustified"
                 "|destabilis*|destabiliz*|bully*|bullied|intimidat*|harass*|dangerous|terroris*|protectionis*"
                 "|hostile|death sentence|not a policy|failed to|arming|financing and arming|reject*|deeply troubled"
                 "|troubled by|dismayed|appalled|biased|politically motivated"),
]
_WORD = re.compile(r"[a-z][a-z'’-]*")
# What one rejects when the rejection is a denial ("rejected the accusations", "rejected any link").
_ACCUSATIONS = ("accusation", "allegation", "claim", "charge", "report", "suggestion", "link", " that ", "version",
                "account", "narrative", "assertion", "fabricat")
# Cues too weak to outrank a participle from inside a quotation: "must", and "condemn?" words
# such as "violation" that a justification also uses. "condemn?" reports as "condemn".
_WEAK = ("demand", "condemn?")
# (?:,|\band|\bwhile)\s+..., with each \b written as a lookbehind after the first letter, so that the
# pattern starts with a literal and re skips ahead to commas, a's and w's
_PARTICIPLE_CLAUSE = re.compile(
    r"(?:,|a(?<!\wa)nd|w(?<!\ww)hile)\s+([a-z]+ing\b(?:\s+(?:on|for|the|accusations?|allegations?))?)")
_QUOTED = re.compile(r"[“\"]([^”\"]+)")


def _compile(cues: list[tuple[str, str]]) -> tuple[re.Pattern, dict[str, int], list[str]]:
    """All the cues of a list in one trie-shaped regex over the statement's words (a word or phrase
    must end at a word's end, a prefix need not, each starts at a word), with the rank of the group
    each cue belongs to: one scan finds every cue, the best rank wins.

    The words are joined by two spaces after a leading one (`_joined`), and each cue is written as a
    space and the cue with its inner spaces doubled, a word or phrase with one space after it: the
    pattern starts with a literal space, so re jumps from word to word instead of trying every letter,
    and a match leaves the next word the space in front of it."""
    rank: dict[str, int] = {}
    for k, (_, spec) in enumerate(cues):
        for cue in spec.split("|"):
            key = cue[:-1] if cue.endswith("*") else cue + " "  # a word or phrase ends at a space
            rank.setdefault(" " + key.replace(" ", "  ").removesuffix(" "), k)  # a single space at its end
    return re.compile(trie_pattern(rank)), rank, [stance for stance, _ in cues]


_PARTICIPLE_CUES = _compile(_PARTICIPLES)
_STANCE_CUES = _compile(_CUES)


def _joined(text: str) -> str:
    """The words of `text` as `_compile`'s patterns read them."""
    return " " + "  ".join(_WORD.findall(text)) + " "


def _cues(cues, text: str) -> str | None:
    pattern, rank, stances = cues
    best = min(map(rank.__getitem__, pattern.findall(_joined(text))), default=None)
    return None if best is None else stances[best]


def stance_of(verb: str, text: str) -> str:
    """The stance of a statement.

    >>> stance_of("condemned", "Iraq condemned the strikes.")
    'condemn'
    >>> stance_of("said", '"Civilians must not pay the price," the mission said, appealing to both sides.')
    'appeal'
    >>> stance_of("said", "The ministry said its aircraft hit 31 targets.")
    'report'
    """
    lowered = text.lower()
    stance = SPEECH_VERBS.get(verb.lower(), "report")
    rejects = verb.lower() in ("rejected", "rejects", "dismissed", "dismisses")
    if rejects and not any(w in lowered for w in _ACCUSATIONS):
        stance = "condemn"  # "rejected the use of its territory" objects to something rather than denies it
    if stance != "report":
        return stance
    # The speaker's own words outrank a participle the reporter adds ("..., he said, accusing ...").
    # An explicit participle ("appealing to") still beats a quoted "must".
    quoted = " ".join(_QUOTED.findall(lowered))
    if quoted:
        stance = _cues(_STANCE_CUES, quoted)
        if stance and stance not in _WEAK:
            return stance
    # ", appealing to ...", not "the warning"; no "ing", no participle
    participles = " ".join(_PARTICIPLE_CLAUSE.findall(lowered)) if "ing" in lowered else ""
    return ((participles and _cues(_PARTICIPLE_CUES, participles)) or _cues(_STANCE_CUES, lowered)
            or "report").rstrip("?")

