"""Actors: registry matches that act, organs, media, ranking and the sidecar's choices.

The fixture sentences are written for these tests; the names in them are invented.
"""

from briefing.model import Reaction
from briefing.split.actors import find_cast, rank_actors
from split.helpers import actors_of, doc, registry


def test_a_state_named_is_an_actor_and_counts_every_mention():
    found = actors_of("Iran rejected the report. Iran's envoy said the Iranian side would respond.")
    assert found["iran"].mentions == 3 and not found["iran"].discovered


def test_a_capital_is_the_state_when_it_acts_but_not_when_it_is_a_place():
    assert "iran" in actors_of("Tehran rejected the accusation on Monday.")
    assert "iran" not in actors_of("The envoy told reporters in Tehran that talks would resume.")
    assert "lebanon" not in actors_of("A researcher at a Beirut-based institute said little.")


def test_a_demonym_alone_does_not_make_a_state_an_actor():
    assert "philippines" not in actors_of("A Filipino contractor was killed in the blast.")
    assert "philippines" in actors_of("Filipino troops returned fire.")


def test_a_state_organ_is_discovered_and_speaks_for_its_state():
    found = actors_of("Iraq's Foreign Ministry summoned the envoy. The Chinese foreign ministry declined to comment.")
    organ = found["iraq-foreign-ministry"]
    assert organ.name == "Iraq's Foreign Ministry" and organ.kind == "organisation"
    assert organ.discovered and organ.affiliation == "iraq"
    assert found["china-foreign-ministry"].affiliation == "china"


def test_state_media_is_discovered_as_media():
    found = actors_of("According to Syrian state television, two people were hurt.")
    assert found["syria-state-television"].kind == "media"


def test_no_false_actors_from_dates_headings_or_sentence_starts():
    found = actors_of(
        "## What Happens Next For The Border Talks?",
        "On Monday Morning the talks resumed. Read More Stories Here. In March officials met.",
        "Heavy Rain fell across the Valley Province as New Measures took effect.",
    )
    assert all(not a.discovered for a in found.values()), found


def test_ranking_puts_the_actors_who_react_first():
    document = doc("Chad was named once. Niger was named once. Mali was named once.")
    cast = find_cast(document, registry())
    reactions = [Reaction("mali", None, "report", "Mali was named once.", 0)]
    assert rank_actors(cast, reactions, {}, registry())[0].id == "mali"


def test_the_sidecar_adds_and_drops_actors_by_name_or_id():
    found = actors_of("Chad and Niger signed the accord.", actors_add=["UNHCR", "Ilse Brandvold"], actors_drop=["niger"])
    assert "niger" not in found and "chad" in found and "unhcr" in found
    assert found["ilse-brandvold"].kind == "person" and found["ilse-brandvold"].discovered


def test_an_organ_named_without_its_state_belongs_to_the_state_in_the_story():
    found = actors_of("Riot police dispersed a protest in Tbilisi, Georgia.", "The Interior Ministry said 40 people were held.")
    assert found["georgia-interior-ministry"].affiliation == "georgia"


def test_media_count_as_sources_not_as_addressees():
    assert "reuters" not in actors_of("The commander told Reuters that talks had stalled.")
    assert "reuters" in actors_of("Reuters reported that talks had stalled.")


def test_every_un_member_has_a_name_a_demonym_or_a_capital():
    assert actors_of("Samoan officials said the draft failed.")["samoa"].kind == "state"


def test_an_organ_named_without_its_state_belongs_to_the_state_its_paragraph_names():
    found = actors_of(
        "Norway and Chile signed the treaty in Geneva.",
        'Chile called for calm. "We hope for dialogue," Foreign Ministry spokeswoman Ana Prieto told a briefing.',
        'Asked about the talks, Foreign Ministry spokesman Lars Dahl said in Oslo that they would go on.',
    )
    assert found["chile-foreign-ministry"].name == "Chile's Foreign Ministry"
    assert found["ana-prieto"].affiliation == "chile-foreign-ministry"
    assert found["lars-dahl"].affiliation == "norway-foreign-ministry"


def test_a_country_a_journey_goes_to_is_a_place():
    found = actors_of("Egypt urged calm. The minister told reporters travelling with him to Bahrain that talks "
                      "would resume, as refugees fled into Chad.")
    assert "egypt" in found and "bahrain" not in found and "chad" not in found


def test_a_body_named_in_apposition_is_that_body():
    found = actors_of("The UN peacekeeping mission, MONUSCO, said it was concerned.")
    assert "monusco" in found and not any("peacekeeping" in a for a in found)


def test_a_known_body_and_where_it_met_are_not_a_new_body():
    found = actors_of("Egypt briefed the five permanent members of the Security Council in Cairo on Tuesday.")
    assert "un-security-council" in found and not any(a.endswith("cairo") for a in found)


def test_a_capital_with_its_article_is_still_a_place():
    found = actors_of("Egypt welcomed the ruling of a tribunal in The Hague.")
    assert "egypt" in found and "netherlands" not in found


def test_according_to_opens_no_organisation():
    found = actors_of('According to the China Coast Guard, the boat had "ignored repeated warnings".')
    assert "china-coast-guard" in found and not any(a.startswith("according") for a in found)
