"""The words of news copy that the splitter keys on, kept as data so the rules stay readable.

Nothing here names a particular event or person: these are the titles, role nouns, organisation
head nouns and verbs of speech that wire copy uses for any story.
"""

from __future__ import annotations

import re


def trie_pattern(words) -> str:
    """One regex alternation shaped as a trie, so a scan fails after a letter or two at most places.

    >>> re.fullmatch(trie_pattern(["said", "says", "stated"]), "says") is not None
    True
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


# Uppercase / lowercase letters including the accented Latin ones names carry ("Sanhá", "Türkiye").
UP = "A-ZÀ-ÖØ-Þ"
LOW = "a-zß-öø-ÿ"

# Titles written before a name ("Rear Admiral Selim Karaca", "Foreign Minister Ana Lopes").
_TITLE_WORDS = (
    "Brigadier Inspector Detective Superintendent Constable Ambassador Envoy Senator Sen. Rep. Sheikh King Queen Prince Emir Commissioner "
    "Judge Justice Ayatollah Governor Mayor Chief Pope Archbishop Spokesman Spokeswoman Spokesperson"
).split()
TITLE = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Brig)\.?"
    r"|(?:(?:Rear|Vice|Brigadier|Major|Lieutenant|Lt\.?|Air|Field)\s+)?"
    r"(?:General|Admiral|Colonel|Commander|Captain|Major|Marshal|Commodore)"
    r"|(?:Vice\s+|Deputy\s+|Acting\s+|Former\s+|Interim\s+)?(?:President|Prime\s+Minister|Premier|Chancellor)"
    r"|(?:(?:Deputy|Junior|State)\s+)?"
    r"(?:(?:Foreign|Defen[cs]e|Interior|Justice|Finance|Trade|Commerce|Economy|Health|Information|Energy|Home)\s+)?"
    r"(?:Minister|Secretary)"
    r"|Secretary[-\s]General|Secretary\s+of\s+State|Director[-\s]General|High\s+Commissioner|Special\s+Envoy"
    r"|Special\s+Rapporteur|Crown\s+Prince|(?:Supreme|Opposition|Majority|Minority|Party)\s+Leader|" + "|".join(map(re.escape, _TITLE_WORDS)) + ")"
)
TITLE_RE = re.compile(rf"^(?:{TITLE}\s+)+")
# A minister of any portfolio ("Water Minister", "Chief Cabinet Secretary", "Irrigation and Energy
# Minister"): one or two capitalised words before the office. Tried only after a run's owner has been
# taken off ("Ethiopia's Water Minister"), so a state's name never becomes a portfolio.
PORTFOLIO_RE = re.compile(rf"^(?:[{UP}][a-z]+\s+(?:and\s+)?){{1,2}}(?:Minister|Secretary|Commissioner)\s+")

# Role nouns in lower case ("a spokesman for ...", "ministry spokesman X", "the group's researcher").
ROLE_NOUNS = (
    "spokesman spokeswoman spokesperson minister official officer envoy ambassador commander chief head director "
    "director-general secretary secretary-general adviser advisor researcher analyst diplomat representative "
    "president vice-president leader chairman chairwoman chairperson chair negotiator coordinator deputy mayor governor prosecutor "
    "general colonel inspector commissioner lawyer activist campaigner ombudsman defender aide counsellor counselor "
    "consul emissary mediator monitor observer lawmaker legislator senator strategist expert professor economist "
    "correspondent editor founder organiser organizer manager executive judge rapporteur cleric delegate premier "
    "candidate member chancellor emir king queen prince monarch sultan ruler"
).split()
ROLE = r"(?:" + trie_pattern(ROLE_NOUNS) + r")"
SPEAKER_ROLES = frozenset("spokesman spokeswoman spokesperson".split())

# Head nouns that end an organisation's proper name ("Kurdistan Regional Government").
ORG_HEADS = frozenset(
    "Government Ministry Council Commission Agency Organisation Organization Party Front Forces Army Movement Mission "
    "Committee Court Authority Office Bank Union Group Brigades Brigade Guard Guards Corps Service Services Police "
    "Department International Watch Institute Association Federation League Alliance Coalition Network Foundation Fund "
    "Programme Program Assembly Parliament Senate Congress Cabinet Centre Center Command Chamber Board Secretariat "
    "Tribunal Observatory Trust Society Initiative Community Chiefs Campaign Unit Units Directorate Bureau Commissariat Militia "
    "Brotherhood Junta Presidency Monitor Watchdog Television Radio Broadcasting Broadcaster "
    # companies: "Kotak Securities said" is a firm speaking, not a person
    "Company Corporation Corp Inc Ltd Holdings Partners Industries Securities Airlines Airways Productions Studios "
    "Technologies Laboratories Labs Motors Enterprises".split()
)
# Heads that make a name starting with a state one of that state's organs ("Sudanese Armed Forces").
STATE_ORGAN_HEADS = frozenset(
    "Ministry Army Forces Navy Guard Guards Police Embassy Mission Presidency Parliament Government Cabinet Office "
    "Command Service Services Corps Agency Directorate Bureau Chiefs".split()
)
# Lower-case words that may sit inside an organisation's name ("Council for the Defence of the Homeland").
ORG_JOINERS = frozenset("of for the and to in de du des al".split())

# What follows a state's name or demonym to make one of its organs ("Iraq's Foreign Ministry",
# "the Chinese foreign ministry", "Russia's mission to the UN"). Each organ is its own actor that
# speaks for the state. SELF heads are the state itself ("the Iraqi government").
_ORGAN_QUALIFIERS = (
    "foreign defence defense interior justice commerce trade finance health information economy energy home security "
    "national state official permanent"
).split()
_ORGAN_NOUNS = (
    "foreign office|military|army|armed forces|navy|air force|coast guard|police|embassy|presidency|parliament|"
    "security forces|intelligence services|intelligence service|intelligence|cabinet|prosecutor's office"
)
_PROPER = rf"[{UP}][\w.]*"
# Its word and space runs are possessive (++): a word cut short is never followed by a space, so
# not giving letters back finds the same heads with less backtracking.
ORGAN_HEAD = re.compile(
    rf"^(?:'s|’s)?\s+((?i:(?:{'|'.join(_ORGAN_QUALIFIERS)})\s++)*"
    rf"(?:(?:[a-z-]++\s++){{0,2}}(?i:mission|delegation)"  # "joint observer mission"
    rf"|(?:[A-Za-z]++\s++)?(?i:ministry)(?:\s+of\s+{_PROPER}(?:\s+(?:and\s+)?{_PROPER})*)?"  # "agriculture ministry"
    rf"|(?i:{_ORGAN_NOUNS}))"
    rf"(?:\s+(?:in|to)\s+(?:the\s+)?{_PROPER}(?:\s+{_PROPER})*)?)"  # "embassy in London", "mission to the UN"
)
MEDIA_HEAD = re.compile(
    r"^(?:'s|’s)?\s+((?:state|official|national|public|government)(?:-run)?\s+"
    r"(?:television|TV|media|radio|broadcaster|news\s+agency)|news\s+agency)\b"
)
SELF_HEAD = re.compile(r"^(?:'s|’s)?\s+(government|authorities|administration|leadership|regime|officials)\b")
# Nouns after a demonym that show the state itself acting ("Turkish warplanes", "Iraqi officials").
STATE_NOUNS = re.compile(
    r"^[\s-]+(?:government|authorities|officials?|administration|leaders?|leadership|president|prime\s+minister|"
    r"minister|ministers|forces|troops|soldiers|military|army|navy|warplanes|jets|aircraft|drones|police|diplomats?|"
    r"envoy|ambassador|embassy|mission|delegation|side|state|regime|sovereignty|counterpart|spokes\w+|negotiators|"
    r"officers|strikes|attack|(?i:foreign|defen[cs]e|interior|coast|state))"
)

# Capitalised words that start a sentence or date a story and are never part of a name.
FUNCTION_WORDS = frozenset(
    "The A An In On At By For From To Of And But Or If As It Its He She They We I You This That These Those There "
    "Here His Her Their Our My After Before When While Since During Despite Although Though Meanwhile However Also "
    "Yet So "
    "According Asked Speaking Responding Reacting Following Citing Amid Among Unlike Like Against Until Because "
    "Instead Earlier Later Today Yesterday Tonight Overnight Now Then Still Even Only Several Both Each What Why How "
    "Who Where Which Whether Separately Elsewhere Nevertheless Moreover Furthermore Thus Indeed "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "Must Don't Top Latest Breaking Exclusive Live".split()  # promo lines: "Must Watch", "Top Stories"
)
# Words that look like names but never are a person's: the above plus page chrome, places, documents.
NOT_NAMES = FUNCTION_WORDS | frozenset(
    "Mr Mrs Ms Dr Read More Also Related Recommended Watch Share Follow Click Subscribe Advertisement Photo Image "
    "Credit "
    "Getty Reuters AFP AP Updated Published Posted Staff Reporter Correspondent Editor News Agency Analysts Officials "
    "Article Chapter Section Resolution Convention Charter Treaty Agreement Accord Protocol Province District Region "
    "North South East West Northern Southern Eastern Western Central Upper Lower Greater New Old Saint St "
    "Sea Ocean River Lake Mount Mountains Island Islands Gulf Bay Strait Shoal Reef Valley Desert Airport Port Border "
    "Street Square Road Avenue Bridge Palace Hall Building Tower Stadium Hotel University Hospital School "
    "God Allah Christmas Easter Ramadan Eid Covid COVID Twitter Facebook Telegram Instagram YouTube X WhatsApp "
    "Motors Electric Dynamics Atomics Mills Staff League Assembly Justice".split()
)

# Verbs that report speech or a stance, by stance. A neutral verb ("said") takes its stance from the
# words of the statement; a loaded verb ("condemned") sets it.
SPEECH_VERBS: dict[str, str] = {}
for _stance, _words in {
    "report": "said says say stated issued expressed voiced told tells tweeted posted wrote writes added adds "
              "announced announces reported confirmed confirms noted explained explains claimed revealed reveals "
              "estimated indicated indicates disclosed observed responded replied acknowledged acknowledges "
              "recalled described describes quoted cited stressed stresses emphasised emphasized emphasises "
              "emphasizes underlined reiterated reiterates affirmed asserted admitted conceded cautioned "
              "promised pledged",
    "condemn": "condemned condemns denounced denounces blamed blames accused accuses criticised criticized criticises "
               "criticizes slammed slams decried decries deplored deplores protested lambasted castigated "
               "opposed opposes alleged branded labelled labeled",
    "threaten": "warned warns vowed vows threatened threatens",
    "justify": "defended defends justified justifies argued argues maintained maintains",
    "appeal": "urged urges appealed appeals pleaded pleads implored asked asks called calls reminded reminds",
    "demand": "demanded demands insisted insists ordered",
    "deny": "denied denies rejected rejects dismissed dismisses refuted refutes disputed disputes",
    "support": "welcomed welcomes praised praises thanked hailed hails endorsed endorses backed "
               "applauded applauds commended commends supported supports",
}.items():
    for _word in _words.split():
        SPEECH_VERBS[_word] = _stance
del _stance, _words, _word

