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


@pytest.mark.parametrize("verb, text, stance", [
    # a consequence still to come outranks the grievance named beside it
    ("said", '"The people will not leave this aggression unanswered," the spokesman wrote.', "threaten"),
    ("said", '"Our strikes will continue until the aggression stops," he said.', "threaten"),
    ("said", 'She said the country would "not be intimidated" by the attacks.', "threaten"),
    # defending one's own conduct
    ("said", 'The army said the raids had been carried out "with precision" on militant camps.', "justify"),
    ("said", "The broadcaster said it stood by its reporting.", "justify"),
    # killing named as such is condemnation
    ("said", 'The minister said the rebels were "gangs who murder farmers".', "condemn"),
    # support as a noun
    ("expressed", 'The bloc expressed its "full support" for the island state.', "support"),
    # reminding parties of their duties is an appeal
    ("reminded", "The mission reminded all parties of their obligations under the law.", "appeal"),
])
def test_stance_of_news_language(verb, text, stance):
    assert stance_of(verb, text) == stance


@pytest.mark.parametrize("verb, text, stance", [
    ("said", 'The office said Seoul would respond "overwhelmingly" to any provocation.', "threaten"),
    ("told", 'He told reporters the rebels would "respond to every attack on our positions".', "threaten"),
    ("said", 'He said the neighbour was "financing and arming" the gangs.', "condemn"),
])
def test_stance_of_modal_threats_and_accusations(verb, text, stance):
    assert stance_of(verb, text) == stance


def test_a_rejection_reported_inside_a_statement():
    assert stance_of("said", "The ministry said it rejected the accusations.") == "deny"
    assert stance_of("said", "The ministry said it rejected any attempt to close the border.") == "condemn"


def test_rejecting_a_version_of_events_denies_it_and_being_troubled_condemns():
    assert stance_of("rejected", 'She rejected the other side\'s version as "a fabrication".') == "deny"
    assert stance_of("said", 'Canberra said it was "deeply troubled" by the conduct of the navy.') == "condemn"


@pytest.mark.parametrize("verb, text, stance", [
    ("said", 'The ministry said the strikes were "a direct response" to attacks on its troops.', "justify"),
    ("said", "The White House said it was not seeking a wider war.", "justify"),
    ("said", 'She said the levies were "unjust and counterproductive".', "condemn"),
    ("said", 'The ministry said the visit was "a gross interference in our internal affairs".', "condemn"),
    ("said", "The group said it would keep fighting until the army withdrew.", "threaten"),
    ("said", 'He said Moscow would take "retaliatory steps".', "threaten"),
    ("said", "The president said the operation would go on until all hostages were freed.", "threaten"),
    ("said", "The envoy said he hoped the two sides would return to talks.", "appeal"),
    ("expressed", "Egypt expressed its deep concern over the escalation.", "appeal"),
    ("said", "The minister said the accusations were lies.", "deny"),
    ("said", "The spokesman said Tehran had no role in the attack.", "deny"),
    ("said", 'The ministry said the claims were "completely false".', "deny"),
    ("said", "The bloc said it fully backed the ceasefire proposal.", "support"),
    ("said", "The bloc said the junta must be held accountable for the killings.", "demand"),
])
def test_stance_of_more_news_language(verb, text, stance):
    assert stance_of(verb, text) == stance
