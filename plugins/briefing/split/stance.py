"""Stance of one statement, from its verb of speech first and its words second.

A loaded verb decides ("condemned", "urged", "denied"). A neutral one ("said", "according to")
leaves it to the statement: a participle that carries a stance ("..., appealing to both sides"),
then cue words, checked in an order that settles the usual overlaps: a denial may mention the
accusation it denies; an appeal often says "must"; a justification may name the violation it answers.
"""

from __future__ import annotations

import re

from .lexicon import SPEECH_VERBS

_PARTICIPLES = {
    "condemn": r"condemning|denouncing|blaming|accusing|criticising|criticizing|describing\s+\w+\s+as",
    "threaten": r"warning|vowing|threatening",
    "appeal": r"appealing|urging|calling\s+(?:on|for)|pleading|asking",
    "demand": r"demanding|insisting",
    "deny": r"denying|rejecting\s+(?:the\s+)?(?:accusations?|allegations?|claims?|charges?)",
    "support": r"welcoming|praising|thanking|hailing",
    "justify": r"defending|justifying",
}
_PARTICIPLE = re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _PARTICIPLES.items()) + r")\b", re.I)

# Cue words by stance, in the order they are tried.
_CUES: list[tuple[str, str]] = [
    ("deny", r"\bden(?:y|ies|ied)\b|baseless|unfounded|groundless|fabricat|no involvement|nothing to do with|"
             r"not (?:involved|responsible)|false (?:accusations?|claims?|allegations?)|categorically"),
    ("condemn", r"condemn|denounc|deplor|outrage|atrocit|war crime|\bcrimes?\b|aggression|barbar"),
    ("threaten", r"retaliat|revenge|avenge|pay (?:a|the) (?:heavy )?price|\bwill (?:respond|not hesitate|hit|strike)|"
                 r"consequences|all options|reserv\w* the right|will be met|decisive(?:ly)? respon|crushing|not hesitate"),
    ("appeal", r"\burg(?:e|es|ed|ing)\b|\bcall(?:s|ed)? (?:on|for)\b|\bappeal|\bplead|\bimplor|restraint|\bcalm\b|"
               r"de-?escalat|\bdialogue\b|\bencourag"),
    ("demand", r"\bmust\b|\bshould\b|\bdemand|\binsist|\bhave to\b|\bhas to\b|\bneed(?:s)? to\b|\bought to\b|"
               r"immediately (?:withdraw|release|stop|halt|end)"),
    ("support", r"\bwelcom|\bthank|grateful|\bpraise|\bcommend|\bapplaud|\bendorse|solidarity|positive step|"
                r"\bstand(?:s)? (?:with|by)\b|\bsupport(?:s|ed)? (?:the|a|an|this|their|our)\b"),
    ("justify", r"necessary|self-defen[cs]e|\bright to\b|legitimate|proportionate|defensive|in line with|"
                r"\bto protect\b|\blawful\b|in accordance with|\bmeant to\b|\baimed at\b|\bdeter|no obligation|"
                r"no choice|in response to|\bjustif|were needed|was needed|are needed|is needed|sovereign right"),
    ("condemn", r"violat|flagrant|unacceptable|provocat|\bblam|\baccus|illegal|illegitimate|sabotag|reckless|"
                r"irresponsible|hypocri|\bcoup\b|disproportionate|unjustified|destabilis|destabiliz|bully|"
                r"intimidat|harass|dangerous|death sentence|not a policy|\bterroris"),
]
_CUE_RES = [(stance, re.compile(pattern, re.I)) for stance, pattern in _CUES]


def stance_of(verb: str, text: str) -> str:
    """The stance of a statement.

    >>> stance_of("condemned", "Iraq condemned the strikes.")
    'condemn'
    >>> stance_of("said", '"Civilians must not pay the price," the mission said, appealing to both sides.')
    'appeal'
    >>> stance_of("said", "The ministry said its aircraft hit 31 targets.")
    'report'
    """
    stance = SPEECH_VERBS.get(verb.lower(), "report")
    if verb.lower() in ("rejected", "rejects", "dismissed", "dismisses") and not re.search(
            r"accusation|allegation|claim|charge|report|suggestion", text, re.I):
        stance = "condemn"  # "rejected the use of its territory" objects rather than denies
    if stance != "report":
        return stance
    participle = _PARTICIPLE.search(text)
    if participle:
        return participle.lastgroup
    for stance, cue in _CUE_RES:
        if cue.search(text):
            return stance
    return "report"
