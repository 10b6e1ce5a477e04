import pytest

from briefing.split.stance import stance_of


@pytest.mark.parametrize("verb, text, stance", [
    ("condemned", "Iraq condemned the raid.", "condemn"),
    ("said", "The ministry said the raid was a flagrant violation of its sovereignty.", "condemn"),
    ("accused", "He accused the army of shelling the market.", "condemn"),
    ("warned", "The group warned of consequences.", "threaten"),
    ("vowed", "The militia vowed revenge.", "threaten"),
    ("said", 'She said the bloc would "not hesitate to go further".', "threaten"),
    ("defended", "The minister defended the decision.", "justify"),
    ("said", "The army said the strikes were necessary to protect its soldiers.", "justify"),
    ("urged", "The UN urged restraint.", "appeal"),
    ("said", "The envoy said he hoped for dialogue and called on both sides to stop.", "appeal"),
    ("demanded", "Egypt demanded the release of the hostages.", "demand"),
    ("said", "He said the government must withdraw its forces.", "demand"),
    ("denied", "The RSF denied shelling the camp.", "deny"),
    ("said", "The ministry said the claims were baseless.", "deny"),
    ("said", "The agency said 40 people had been killed.", "report"),
    ("welcomed", "Kenya welcomed the ceasefire.", "support"),
    ("said", "The president said he was grateful for the help.", "support"),
])
def test_stance(verb, text, stance):
    assert stance_of(verb, text) == stance


def test_rejecting_an_accusation_is_a_denial_rejecting_a_policy_is_condemnation():
    assert stance_of("rejected", "Iran rejected the accusations.") == "deny"
    assert stance_of("rejected", "Iran rejected the use of its territory for attacks.") == "condemn"


def test_the_speakers_own_words_outrank_a_participle():
    text = '"We acted to prevent a civil war," he said, accusing politicians of arming militias.'
    assert stance_of("said", text) == "justify"


def test_an_appealing_participle_outranks_a_quoted_must():
    assert stance_of("said", '"Civilians must be spared," the mission said, appealing to both sides.') == "appeal"
