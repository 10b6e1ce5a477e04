from hypothesis import given, strategies as st

from briefing.split.summary import _REDUNDANT, _uncovered, summarise
from briefing.model import Reaction
from split.helpers import doc

LEAD = "Chadian troops clashed with rebels near the Sudanese border on Sunday, killing at least 12 fighters, officials said."
DETAIL = "The fighting lasted several hours near the town of Adre, where troops used armoured vehicles."
REPEAT = "Troops clashed with rebels near the border on Sunday, killing at least 12 fighters."
REACTION = "The rebel movement denied losing any fighters and accused the army of shelling villages."


def test_an_editorial_summary_wins():
    document = doc(LEAD, DETAIL, summary="Chad fought rebels. The rebels denied it.")
    assert summarise(document, [], [], 3) == ["Chad fought rebels.", "The rebels denied it."]
    assert summarise(doc(LEAD, summary=["One.", "Two."]), [], [], 3) == ["One.", "Two."]


def test_the_lead_comes_first_and_the_limit_holds():
    summary = summarise(doc(LEAD, DETAIL, REACTION), [], [], 2)
    assert summary[0] == LEAD and len(summary) == 2


def test_a_sentence_that_repeats_the_lead_is_skipped():
    assert REPEAT not in summarise(doc(LEAD, REPEAT, DETAIL), [], [], 2)


def test_the_other_sides_reaction_is_preferred_even_when_it_comes_late():
    filler = [f"Filler sentence number {n} talks about the weather in the capital city today." for n in range(6)]
    reactions = [Reaction("chad", None, "report", LEAD, 0), Reaction("rebels", None, "deny", REACTION, 8)]
    summary = summarise(doc(LEAD, DETAIL, *filler, REACTION), [], reactions, 2)
    assert summary == [LEAD, REACTION]


def test_questions_headings_and_fragments_are_never_chosen():
    summary = summarise(doc("## Why did it happen?", LEAD, "What now?", "Read more."), [], [], 3)
    assert summary == [LEAD]


_TERM_SETS = st.sets(st.sampled_from("abcdefgh"))


@given(_TERM_SETS, _TERM_SETS)
def test_uncovered_terms_are_those_of_a_sentence_that_mostly_adds_new_ones(terms, covered):
    novel = bool(terms) and len(terms & covered) / len(terms) <= _REDUNDANT
    assert _uncovered(terms, covered) == (terms - covered if novel else set())
