"""Organisations discovered from their names: head nouns, joiners, owners and kinds.

Fixture sentences are written for these tests; the organisations in them are invented.
"""

from split.helpers import actors_of


def test_an_organisation_is_discovered_from_its_head_noun_with_its_acronym():
    found = actors_of("The Northern Relief Alliance (NRA) said its convoy was stopped. The NRA later withdrew.")
    nra = found["northern-relief-alliance"]
    assert nra.discovered and nra.kind == "organisation" and "NRA" in nra.aliases and nra.mentions == 2


def test_two_organisations_joined_by_and_stay_two():
    found = actors_of("The measure was backed by the European Union and the Arab League on Friday.")
    assert {"european-union", "arab-league"} <= set(found)
    assert not any(a.discovered for a in found.values())


def test_an_organisation_name_ends_at_its_head_unless_joined_by_of_or_for():
    found = actors_of("The Council voted on UN Security Council Resolution 1701 and the High Command for National Order.")
    assert "un-security-council" in found and "high-command-for-national-order" in found
    assert not any("resolution" in key for key in found)


def test_a_name_starting_with_a_state_is_its_organ_only_with_an_organ_noun():
    found = actors_of("The Sudan Doctors Network said 20 died. The Sudan Armed Command said nothing.")
    assert found["sudan-doctors-network"].affiliation is None
    assert found["sudan-armed-command"].affiliation == "sudan"


def test_an_armed_group_named_with_a_lower_case_noun_is_discovered_as_one():
    found = actors_of("The Martyrs of the Dawn movement said it fired the rockets.")
    group = found["martyrs-of-the-dawn-movement"]
    assert group.kind == "armed-group" and group.discovered


def test_discovered_organisations_get_a_kind_from_their_name():
    found = actors_of("The High Command for National Order seized power. Radio Liberty Broadcasting reported it.",
                      "The Coastal Relief Network said aid was blocked.")
    assert found["high-command-for-national-order"].kind == "armed-group"
    assert found["radio-liberty-broadcasting"].kind == "media"
    assert found["coastal-relief-network"].kind == "organisation"


def test_a_body_named_after_a_known_actors_possessive_belongs_to_it():
    found = actors_of("NATO's Allied Maritime Command said two ships were shadowed.")
    assert found["allied-maritime-command"].affiliation == "nato"
    assert found["allied-maritime-command"].kind == "organisation"


def test_an_apposition_says_a_name_is_an_organisation():
    found = actors_of("Crowds marched on Sunday. Georgian Dream, the ruling party, said the protests were paid for.")
    assert found["georgian-dream"].kind == "organisation"
    assert not any(a.startswith("sunday") for a in found)


def test_an_organisation_name_never_runs_past_a_sentence_end():
    found = actors_of("The rocket flew on the Heavy Lift System. The Orbital Research Institute said it would "
                      "review the data, the U.S. House Science Committee said.")
    assert "orbital-research-institute" in found and "u-s-house-science-committee" in found
    assert not [a for a in found.values() if ". " in a.name.replace("U.S. ", "")]


def test_a_company_that_speaks_is_an_organisation():
    found = actors_of("Norvik Securities said the bond sale would go ahead, and Halden Productions said it agreed.")
    assert found["norvik-securities"].kind == "organisation"
    assert found["halden-productions"].kind == "organisation"
