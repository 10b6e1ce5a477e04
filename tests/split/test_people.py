"""People discovered next to roles and titles, their affiliations and short mentions.

Fixture sentences are written for these tests; the names in them are invented.
"""

from split.helpers import actors_of


def test_people_with_roles_carry_their_affiliation():
    found = actors_of(
        "Pentagon spokesperson Dana Whitcombe said the strikes were over.",
        "Tomas Ferreiro, a spokesman for the Iranian Foreign Ministry, told reporters the strikes were illegal.",
        "The Kurdistan Regional Government struck a cautious tone. Its spokesman, Aras Delani, urged calm.",
        "General Omar Haddadi, a military spokesman, said the army was ready.",
        "US ambassador to Manila Carla Benning said the treaty applied.",
    )
    assert found["dana-whitcombe"].affiliation == "pentagon"
    assert found["tomas-ferreiro"].affiliation == "iran-foreign-ministry"
    assert found["aras-delani"].affiliation == "kurdistan-regional-government"
    assert found["omar-haddadi"].kind == "person" and found["omar-haddadi"].discovered
    assert found["carla-benning"].affiliation == "united-states"


def test_a_later_short_mention_joins_the_full_name():
    found = actors_of("Pentagon spokesperson Dana Whitcombe spoke first.", "Mr Whitcombe said more. Whitcombe left.")
    person = found["dana-whitcombe"]
    assert person.mentions == 3 and {"Whitcombe", "Mr Whitcombe"} <= set(person.aliases)


def test_a_title_alone_keeps_the_title_in_the_name():
    found = actors_of("President Halvorsen said the talks would go on.")
    assert found["president-halvorsen"].name == "President Halvorsen"


def test_a_named_speaker_without_a_role_is_still_a_person():
    assert actors_of('"It will not last," said Ilse Brandvold.')["ilse-brandvold"].kind == "person"


def test_a_registry_name_before_a_title_is_not_part_of_the_persons_name():
    found = actors_of("United Nations Secretary-General Ana Lindqvist warned of famine.")
    assert found["ana-lindqvist"].affiliation == "united-nations"


def test_a_short_mention_may_drop_the_arabic_article():
    found = actors_of("Army chief Lt Gen Karim al-Hadi spoke.", '"No talks," Hadi told troops.')
    assert found["karim-al-hadi"].mentions == 2 and "Hadi" in found["karim-al-hadi"].aliases


def test_no_people_from_company_names_or_possessive_titles():
    found = actors_of("General Motors said sales fell. Analysts at Lloyd's List said traffic fell.")
    assert not any(a.kind == "person" for a in found.values()), found


def test_their_points_to_the_subject_before_even_with_a_generic_noun():
    found = actors_of("The Houthis claimed the attack. Their military spokesman, Yahya Sarem, said more would follow.")
    assert found["yahya-sarem"].affiliation == "houthis"


def test_after_a_title_a_country_name_can_be_a_given_name():
    found = actors_of("Foreign Minister Jordan Peles said the talks failed.")
    assert found["jordan-peles"].kind == "person"


def test_a_hyphenated_adjective_does_not_end_a_role_phrase():
    found = actors_of("The Workers Party met.", "Li Wen, the party's fourth-ranked leader, said it would.")
    assert found["li-wen"].affiliation == "workers-party"


def test_a_name_run_together_by_the_scraper_is_split_back():
    found = actors_of("General OmarHaddadi, a military spokesman, spoke. Haddadi said more.")
    assert found["omar-haddadi"].name == "Omar Haddadi" and found["omar-haddadi"].mentions == 2


def test_a_single_run_together_name_after_a_role_is_a_person():
    found = actors_of("Russia's deputy ambassador IvanPetrov said the text was unbalanced.")
    assert found["ivan-petrov"].name == "Ivan Petrov" and found["ivan-petrov"].affiliation == "russia"


def test_a_spokesperson_without_a_body_speaks_for_the_body_just_named():
    found = actors_of("Armenia's Defence Ministry said two soldiers died. Spokeswoman Ana Sarkis said they were shot.")
    assert found["ana-sarkis"].affiliation == "armenia-defence-ministry"


def test_a_demonym_before_a_title_names_the_owner():
    assert actors_of("Saudi Energy Minister Faisal Nasser said no.")["faisal-nasser"].affiliation == "saudi-arabia"


def test_an_unknown_qualifier_before_a_title_blocks_the_story_state_guess():
    found = actors_of("Saudi Arabia blocked the text. COP28 President Omar Zaki urged delegates to agree.")
    assert found["omar-zaki"].affiliation is None


def test_a_minister_of_any_portfolio_is_a_title():
    found = actors_of(
        "Norway rejected the plan. Fisheries Minister Halvard Stene told reporters the quota was fair.",
        "Chief Cabinet Secretary Ren Okabe said the launch was regrettable.",
        "Commissioner for Home Affairs Berit Sollund said the border would stay open.",
        "Detective Inspector Aarne Kivi said the crew was cooperating.",
    )
    assert found["halvard-stene"].kind == "person"
    assert found["ren-okabe"].kind == "person"
    assert found["berit-sollund"].kind == "person"
    assert found["aarne-kivi"].kind == "person"
    assert not any(a.startswith(("fisheries", "home-affairs", "detective", "chief-cabinet")) for a in found)


def test_a_leader_title_and_verbs_of_stance_introduce_people():
    found = actors_of("Iran's Supreme Leader Reza Karimi vowed revenge.", "Lena Hallberg urged calm.")
    assert found["reza-karimi"].affiliation == "iran"
    assert found["lena-hallberg"].kind == "person"


def test_a_countrys_name_can_be_a_given_name():
    found = actors_of("Chad Lindgren, an analyst at the Crisis Group, said the strikes would not work.")
    assert found["chad-lindgren"].kind == "person" and "chad" not in found


def test_his_spokesman_speaks_for_the_person_named_before():
    found = actors_of("UN Secretary-General Ines Varga said she was alarmed. His spokesman, Pavel Ondra, said "
                      "the UN would help.")
    assert found["pavel-ondra"].affiliation == "ines-varga"


def test_a_post_after_the_role_names_whose_it_is():
    assert actors_of("The president of Georgia, Salome Beridze, criticised the law.")["salome-beridze"].affiliation \
        == "georgia"


def test_a_long_body_before_the_role_and_a_bare_name_after_a_title():
    found = actors_of("The African Union Commission chairperson, Ama Diallo, condemned the coup.",
                      "Mr Okafor said Nigeria was ready. Okafor, who visited Niamey, added that talks would follow.")
    assert found["ama-diallo"].kind == "person"
    assert found["mr-okafor"].mentions == 2


def test_a_post_alone_is_no_person():
    found = actors_of("The fair opened on Monday. General Manager said the halls were full, and Strategy Officer "
                      "added that sales were up. Stephen King said he would attend.")
    assert not [a for a in found.values() if a.kind == "person" and a.name.endswith(("Manager", "Officer"))]
    assert found["stephen-king"].kind == "person"
