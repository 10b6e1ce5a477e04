"""Reactions: each way news copy attributes speech, resolved to a side and a speaker.

Fixture sentences are written for these tests; the officials in them are invented.
"""

from briefing.split.actors import find_cast
from briefing.split.reactions import find_reactions
from split.helpers import doc, registry


def reactions_of(*paragraphs):
    document = doc(*paragraphs)
    return find_reactions(document, find_cast(document, registry()), registry())


def sides(*paragraphs):
    return [(r.actor, r.speaker, r.stance) for r in reactions_of(*paragraphs)]


def test_a_state_that_says_something():
    (r,) = reactions_of("Turkey said on Wednesday that its jets had hit 20 targets.")
    assert (r.actor, r.speaker, r.stance, r.block) == ("turkey", None, "report", 0)
    assert r.text == "Turkey said on Wednesday that its jets had hit 20 targets."


def test_according_to():
    assert sides("Two civilians were wounded, according to the Pentagon.") == [("united-states", "Pentagon", "report")]


def test_quote_before_the_speaker_with_inverted_verb():
    assert sides('"Whoever attacks us will pay a heavy price," said Ilse Brandvold, a spokeswoman for NATO.') == [
        ("nato", "Ilse Brandvold", "threaten")]


def test_quote_after_the_speaker():
    assert sides('NATO spokeswoman Ilse Brandvold told reporters: "We welcome the decision."') == [
        ("nato", "Ilse Brandvold", "support")]


def test_a_quote_spanning_sentences_is_one_statement():
    (r,) = reactions_of('"This is a disaster. We call on both sides to stop," UNHCR spokesperson Mira Castell said.')
    assert (r.actor, r.speaker, r.stance) == ("unhcr", "Mira Castell", "appeal")
    assert r.text.startswith('"This is a disaster.')


def test_he_said_resolves_to_the_last_named_speaker():
    found = sides("Pentagon spokesperson Dana Whitcombe said the strikes were over.",
                  '"We acted to protect our troops," he said.')
    assert found[1] == ("united-states", "Dana Whitcombe", "justify")


def test_the_spokesman_resolves_to_the_last_spokesman():
    found = sides("Pentagon spokesman Dan Whitcombe said the strikes were over.", "Egypt urged calm.",
                  "The spokesman added that no troops were hurt.")
    assert found[2] == ("united-states", "Dan Whitcombe", "report")


def test_a_body_speaking_through_a_person():
    assert sides("Tomas Ferreiro, a spokesman for Iran's Foreign Ministry, said the US should leave.") == [
        ("iran", "Tomas Ferreiro", "demand")]


def test_a_pronoun_starting_the_next_paragraph():
    found = sides("Pentagon spokesperson Dana Whitcombe said the strikes were over.",
                  "He also accused Iran of arming the militias.")
    assert found[1] == ("united-states", "Dana Whitcombe", "condemn")


def test_passive_agent():
    assert sides("The strikes were also denounced by Iran.") == [("iran", None, "condemn")]


def test_two_sides_in_one_paragraph_are_two_reactions():
    assert sides("Iraq condemned the raid. Iran denied any role in the attack.") == [
        ("iraq", None, "condemn"), ("iran", None, "deny")]


def test_one_statement_is_one_reaction_not_one_per_verb():
    # "said Iraq rejected ...": what follows the verb is the statement, not a second speaker
    # (its stance: rejecting the raid objects to it, as "rejected" does when it is the verb of speech)
    assert sides("Ministry spokesman Haidar Salim said Iraq rejected the raid and would complain.") == [
        ("haidar-salim", None, "condemn")]


def test_a_neutral_verb_coordinated_with_a_loaded_one_is_one_appeal():
    assert sides("Egypt said it was watching the border closely and urged restraint.") == [("egypt", None, "appeal")]


def test_two_loaded_verbs_give_two_reactions_in_text_order_each_with_its_clause():
    support, appeal = reactions_of("Ukraine welcomed the package but urged Brussels to act faster.")
    assert (support.stance, support.text) == ("support", "Ukraine welcomed the package")
    assert (appeal.stance, appeal.text) == ("appeal", "urged Brussels to act faster.")


def test_apposition_relative_clause_and_participle_do_not_hide_the_subject():
    assert sides("Bangladesh, which hosts a million refugees, said it could take no more.") == [
        ("bangladesh", None, "report")]
    assert sides("The Swiss ambassador, speaking for both drafters, said they regretted the veto.") == [
        ("switzerland", None, "report")]


def test_its_points_to_the_subject_of_the_sentence_before():
    found = sides("Ukraine welcomed the sanctions. Its foreign ministry said the EU should go further.")
    assert found[1] == ("ukraine", None, "demand")


def test_an_indefinite_role_is_someone_new_not_the_last_speaker():
    found = sides("Pentagon spokesperson Dana Whitcombe said the strikes were over.",
                  "A senior aide, speaking on condition of anonymity, said the president was safe.")
    assert len(found) == 1


def test_an_official_in_a_capital_speaks_for_the_state():
    assert sides("A senior official in Nairobi said the camps were full.") == [("kenya", None, "report")]


def test_a_capital_as_a_place_is_not_a_speaker():
    assert sides("Analysts in Tehran said the talks would fail.") == []


def test_verbs_inside_quotes_are_not_attributions():
    found = reactions_of('Egypt said: "They condemned us and warned us, but we said nothing."')
    assert [(r.actor, r.stance) for r in found] == [("egypt", "condemn")]


def test_an_appositive_that_is_a_name_names_the_subject():
    assert sides("The UN peacekeeping force in Lebanon, UNIFIL, urged restraint.") == [("unifil", None, "appeal")]
    assert sides("The United States, a close partner of the Philippines, condemned the move.") == [
        ("united-states", None, "condemn")]


def test_a_minister_without_a_state_in_the_phrase_belongs_to_the_state_in_the_story():
    found = sides("Kenyan police fired tear gas in Nairobi.", "Interior Minister Tito Mwangi defended the police.")
    assert found == [("kenya", "Tito Mwangi", "justify")]


def test_the_kingdom_is_the_state_last_heard_from():
    found = sides("Saudi Arabia's foreign ministry condemned the raid.", "The kingdom called for a ceasefire.")
    assert found[1] == ("saudi-arabia", None, "appeal")


def test_a_quote_that_follows_its_attribution_joins_the_statement():
    (r,) = reactions_of('"We are ready," Hamid Sadr told reporters. "Anyone who attacks us will pay a heavy price."')
    assert r.stance == "threaten" and r.text.endswith('will pay a heavy price."')


def test_each_side_of_a_compound_subject_reacts():
    assert sides("Brazil and Colombia called for calm.") == [("brazil", None, "appeal"), ("colombia", None, "appeal")]


def test_the_group_points_to_the_body_the_sentence_before_was_about():
    found = sides("The RSF shelled the city, according to the Sudan Doctors Network. The group blamed the army.")
    assert found[-1] == ("rapid-support-forces", None, "condemn")


def test_an_organ_discovered_by_name_speaks_for_its_state():
    assert sides("US Central Command said two drones were shot down.") == [
        ("united-states", "US Central Command", "report")]


def test_a_spokesman_for_the_body_speaks_for_that_body():
    found = sides("Iraq's Foreign Ministry summoned the envoy.", "A spokesman for the ministry said talks would go on.")
    assert found[-1] == ("iraq", "Iraq's Foreign Ministry", "report")


def test_a_quotation_opening_the_next_paragraph_goes_on_in_the_last_speakers_voice():
    found = reactions_of('"We are ready," NATO spokeswoman Ilse Brandvold told reporters.',
                         '"Anyone who attacks an ally will pay a heavy price."')
    assert [(r.actor, r.speaker, r.stance, r.block) for r in found] == [
        ("nato", "Ilse Brandvold", "report", 0), ("nato", "Ilse Brandvold", "threaten", 1)]


def test_a_quotation_after_a_paragraph_without_speech_is_nobodys():
    assert reactions_of("Fighting went on overnight.", '"Anyone who attacks us will pay," a banner read.') == []


def test_a_participle_with_by_is_passive_not_a_statement():
    assert sides("Saudi Arabia blocked language backed by more than 100 countries.") == []


def test_a_name_inside_a_relative_clause_is_not_the_subject():
    assert sides("Tigrayan leaders, whose region borders Eritrea, said they feared war.") == []


def test_a_bare_government_spokesman_speaks_for_the_state_the_story_leads_with():
    found = sides("Ethiopia accused Eritrea of massing troops, a charge Asmara rejected.",
                  "Government spokesman Legesse Alemu said troops had moved.")
    assert found[-1] == ("ethiopia", "Legesse Alemu", "report")


def test_a_pronoun_can_point_to_a_speaker_earlier_in_the_same_statement():
    found = sides("A government spokesman, Omar Tazi, said the border was calm.",
                  '"The border is ours," Commissioner for Trade Greta Lund said in Oslo, and she called on '
                  "Norway to keep its word.")
    assert found[-1] == ("greta-lund", None, "appeal")  # a person with no body named is their own side


def test_his_office_is_the_person_just_named():
    found = sides("Japan's Chief Cabinet Secretary Ren Okabe said the launch was regrettable.",
                  "South Korean President Min Jae-won convened his cabinet. In a statement, his office said "
                  "Seoul would respond firmly.")
    assert found[-1][0] == "south-korea" and found[-1][1] == "Min Jae-won"


def test_she_skips_a_man_the_text_has_named_as_such():
    found = sides("Interior Minister Carmen Vidal spoke to reporters.",
                  "Mr Tomas Ekdal, the Swedish envoy, said the talks were over.",
                  "Vidal said the border would reopen. Mr Ekdal said he disagreed.",
                  '"We will not wait," she said.')
    assert found[-1][0] == "carmen-vidal"


def test_what_a_state_owns_speaks_not_the_state():
    assert sides("Yemen's Houthi rebels said on Monday they had fired two missiles.") == [("houthis", None, "report")]


def test_quoted_as_saying_is_the_subject_speaking_not_the_outlet():
    assert sides("Defence Minister Leyla Demir was quoted by state media as saying that Turkey would respond.") == [
        ("turkey", "Leyla Demir", "threaten")]
    assert sides("Turkey's defence minister was quoted as saying the jets had returned.") == [
        ("turkey", None, "report")]


def test_an_office_with_no_name_is_its_states_voice():
    assert sides("Israel's Prime Minister said the strike was necessary.") == [("israel", None, "justify")]


def test_a_government_speaker_belongs_to_the_state_just_named():
    found = sides("Chad accused Niger of shelling border villages.",
                  "Niger rejected the charge. Government spokeswoman Amina Sani said the troops had acted "
                  "in self-defence.",
                  "Niger rejected the charge. Water Minister Issa Bello said the dam was safe.")
    assert found[2] == ("niger", "Amina Sani", "justify")
    assert found[-1] == ("niger", "Issa Bello", "report")


def test_a_ministry_placed_in_a_capital_is_that_states():
    assert sides("The foreign ministry in Riyadh said the kingdom rejected any attempt to displace people.") == [
        ("saudi-arabia", None, "condemn")]


def test_state_media_voice_their_state():
    assert sides('Beijing lodged "stern representations" with Manila, Chinese state media reported.') == [
        ("china", "Chinese state media", "report")]


def test_a_family_name_first_speaker_after_an_intro_phrase():
    found = sides("A spokesman for the Chinese foreign ministry, Zhao Wen, said the shoal was Chinese.",
                  "Zhao, speaking at a daily briefing, said the coast guard had acted lawfully.")
    assert found[-1][:2] == ("china", "Zhao Wen")


def test_every_side_in_a_listed_subject_reacts():
    found = {a for a, _, _ in sides("In a joint statement, France, Germany and Britain urged Iran to return to talks.")}
    assert found == {"france", "germany", "united-kingdom"}


def test_capitals_joined_by_and_are_both_parties_unless_a_preposition_places_them():
    assert {a for a, _, _ in sides("Both Moscow and Kyiv blamed each other for the shelling.")} == {"russia", "ukraine"}
    assert sides("Egypt said the talks between Moscow and Kyiv had stalled.") == [("egypt", None, "report")]


def test_a_fact_reported_before_an_appeal_is_its_own_statement():
    found = sides("Human Rights Watch said it had documented the killing of 30 civilians and called on the army "
                  "to stop.")
    assert found == [("human-rights-watch", None, "report"), ("human-rights-watch", None, "appeal")]


def test_a_ministry_of_another_portfolio_is_not_the_one_named_before():
    found = sides("Chinese Foreign Ministry spokeswoman Mao Ling said China opposed the drills.",
                  "Flights were not affected, the transport ministry said.",
                  "The foreign ministry said it would protest.")
    assert found[1:] == [("china", "Chinese Foreign Ministry", "report")]


def test_the_spokeswoman_is_not_the_spokesman_who_spoke_last():
    found = sides("Foreign ministry spokeswoman Lina Haddad said the raid was a crime.",
                  "Military spokesman Avi Dor said the raid targeted militants.",
                  '"We reject these claims," the spokeswoman said.')
    assert found[-1] == ("lina-haddad", None, "deny")
