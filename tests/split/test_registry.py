from pathlib import Path

import pytest

from briefing.split.registry import Registry, RegistryError
from split.helpers import registry


def surfaces(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.actor) for m in registry().find(text)]


def test_countries_come_with_short_names_demonyms_and_capitals():
    iran = registry().get("iran")
    assert iran.kind == "state" and iran.country == "IR"
    assert {"Iranian", "Tehran", "Islamic Republic of Iran"} <= set(iran.aliases)
    assert registry().get("united-states").name == "United States"
    assert {"US", "American", "Washington"} <= set(registry().get("united-states").aliases)
    assert registry().get("russia").name == "Russia"


def test_registry_entries_add_organisations_armed_groups_and_media():
    kinds = {a.id: a.kind for a in registry().actors}
    assert kinds["nato"] == kinds["iaea"] == kinds["ecowas"] == "organisation"
    assert kinds["hezbollah"] == kinds["rapid-support-forces"] == kinds["pmf"] == "armed-group"
    assert kinds["reuters"] == kinds["al-jazeera"] == "media"
    assert registry().get("pentagon").affiliation == "united-states"


def test_matches_whole_words_only():
    assert surfaces("Chadwick saw Omani ships near Perugia") == [("Omani", "oman")]
    assert surfaces("the USA and USAID") == [("USA", "united-states")]


def test_longest_name_wins():
    assert surfaces("Guinea-Bissau and Guinea") == [("Guinea-Bissau", "guinea-bissau"), ("Guinea", "guinea")]
    assert surfaces("the UN Security Council met") == [("UN Security Council", "un-security-council")]


def test_capitals_are_marked_as_places_and_demonyms_as_demonyms():
    tehran, iranian = registry().find("Tehran and Iranian officials")
    assert tehran.place and not tehran.demonym
    assert iranian.demonym and not iranian.place


def test_a_short_acronym_in_shouted_text_is_not_a_name():
    assert surfaces("THIS IS NOT NEWS") == []
    assert surfaces("fighters of IS attacked") == [("IS", "islamic-state")]


def test_a_registry_without_a_file_is_empty():
    assert Registry.load(Path("/nonexistent/actors.yaml")).actors == ()


def load(tmp_path, text: str) -> Registry:
    path = tmp_path / "actors.yaml"
    path.write_text(text, encoding="utf-8")
    return Registry.load(path)


@pytest.mark.parametrize("yaml_text, message", [
    ("actors:\n  - {id: acme, name: Acme, kind: company}", r"actor #1 \(acme\): kind 'company'"),
    ("actors:\n  - {id: Acme Corp, name: Acme, kind: organisation}", r"actor #1 \(Acme Corp\): id must be a lowercase slug"),
    ("actors:\n  - {id: acme, kind: organisation}", r"actor #1 \(acme\): needs a name"),
    ("actors:\n  - {id: acme, name: Acme, kind: organisation, colour: red}", r"acme\): unknown key\(s\) colour"),
    ("actors:\n  - {id: acme, name: Acme, kind: organisation}\n  - {id: acme, name: Acme 2, kind: media}",
     r"actor #2 \(acme\): duplicate id"),
    ("actors:\n  - {id: acme, name: Acme, kind: organisation, affiliation: nowhere}",
     r"actor acme: affiliation 'nowhere' is not an actor id"),
    ("actors:\n  - {id: a, name: Acme, kind: organisation}\n  - {id: b, name: Bcme, kind: media, aliases: [Acme]}",
     r"actor b: name 'Acme' is already used by a"),
    ("actors:\n  - {id: acme, name: Acme, kind: organisation, aliases: Acme Inc}", r"acme\): aliases must be a list"),
    ("actors:\n  - {id: acme, name: Acme, kind: organisation, country: ZZ}", r"acme\): country 'ZZ'"),
    ("countries: [IR, QQ]", r"country 'QQ' is not an ISO code"),
    ("actors:\n  - just a string", r"actor #1: expected a mapping"),
    ("people: []", r"expected a mapping with the keys 'countries' and 'actors'"),
    ("actors: [", r"not valid YAML"),
])
def test_validation_errors_name_the_entry(tmp_path, yaml_text, message):
    with pytest.raises(RegistryError, match=message):
        load(tmp_path, yaml_text)


def test_an_entry_with_a_country_id_adds_aliases_to_that_country(tmp_path):
    reg = load(tmp_path, "countries: [IR]\nactors:\n  - {id: iran, name: Iran, kind: state, aliases: [Islamic Republic]}")
    assert "Islamic Republic" in reg.get("iran").aliases and "Tehran" in reg.get("iran").aliases


def test_names_lists_every_name_for_the_cleaner():
    assert {"Iran", "Iranian", "Pentagon", "PKK"} <= registry().names()


def test_metonyms_stand_for_an_actor_only_as_places_do(tmp_path):
    reg = load(tmp_path, "actors:\n  - {id: acme, name: Acme, kind: organisation, metonyms: [Springfield]}")
    (match,) = reg.find("Springfield said no")
    assert match.actor == "acme" and match.place


def test_a_state_organ_matches_with_its_generic_words_in_lower_case():
    assert surfaces("Chinese coast guard vessels fired") == [("Chinese coast guard", "china-coast-guard")]
    assert surfaces("an Islamic state was declared") == []
