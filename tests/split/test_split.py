"""The split stage as a whole: its contract with render, on fixed and on generated text."""

from hypothesis import given, settings, strategies as st

from briefing.model import STANCES
from briefing.settings import Settings
from briefing.split import split
from split.helpers import doc, registry

ARTICLE = (
    "Iranian-backed militias fired rockets at a base in Iraq on Monday, the Pentagon said.",
    "## How did Baghdad respond?",
    "Iraq's Foreign Ministry condemned the attack. Ministry spokesman Karim Yaseen said Iraq would not be a battlefield.",
    '"We reserve the right to respond," Pentagon spokesperson Dana Whitcombe told reporters. Whitcombe said no troops were hurt.',
    "Iran denied any role. Foreign ministry spokesman Reza Amini said the accusations were baseless.",
)


def test_every_reaction_names_a_listed_actor_and_a_real_block():
    briefing = split(doc(*ARTICLE), registry(), Settings())
    ids = {a.id for a in briefing.actors}
    assert briefing.reactions and all(r.actor in ids for r in briefing.reactions)
    assert all(0 <= r.block < len(ARTICLE) and ARTICLE[r.block] and r.stance in STANCES for r in briefing.reactions)
    assert {("iraq", "condemn"), ("iran", "deny"), ("united-states", "threaten")} <= {
        (r.actor, r.stance) for r in briefing.reactions}


def test_the_summary_is_extractive_and_as_long_as_the_settings_say():
    briefing = split(doc(*ARTICLE), registry(), Settings(summary_sentences=2))
    assert len(briefing.summary) == 2 and briefing.summary[0] == ARTICLE[0]
    assert all(any(s in p for p in ARTICLE) for s in briefing.summary)


def test_the_sidecar_can_drop_a_side_and_its_reactions():
    briefing = split(doc(*ARTICLE, actors_drop=["Iran"]), registry(), Settings())
    assert "iran" not in {a.id for a in briefing.actors}
    assert all(r.actor != "iran" for r in briefing.reactions)


def test_an_empty_document_gives_an_empty_briefing():
    briefing = split(doc(), registry(), Settings())
    assert briefing.summary == () and briefing.actors == () and briefing.reactions == ()


WORDS = st.sampled_from([
    "Iran", "said", "told", "according", "to", "the", "ministry", "spokesman", "Karim", "Yaseen", "he", "It",
    "Tehran", "in", "Iraq's", "Foreign", "Ministry", "urged", "denied", "“", "”", '"', ",", ".", "and", "Mr",
    "UN", "Security", "Council", "General", "a", "for", "its", "Kirby", "warned", "(PMF)", "Popular", "Forces",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(WORDS, max_size=40).map(" ".join), max_size=5))
def test_split_never_fails_and_keeps_its_contract(paragraphs):
    briefing = split(doc(*paragraphs), registry(), Settings())
    ids = {a.id for a in briefing.actors}
    assert len(ids) == len(briefing.actors)
    assert all(r.actor in ids and r.text and r.stance in STANCES for r in briefing.reactions)
    assert len(briefing.summary) <= 3
