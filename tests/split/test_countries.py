import pycountry

from briefing.split.countries import COUNTRY_WORDS


def test_the_table_covers_the_un_members_that_make_news():
    assert len(COUNTRY_WORDS) >= 150
    for code in ("US", "GB", "RU", "CN", "IR", "IQ", "SY", "UA", "IL", "TR", "SD", "ML", "PH", "AM", "AZ"):
        assert COUNTRY_WORDS[code].demonyms and COUNTRY_WORDS[code].capitals


def test_every_code_is_an_iso_code_except_kosovo():
    unknown = [c for c in COUNTRY_WORDS if pycountry.countries.get(alpha_2=c) is None]
    assert unknown == ["XK"]


def test_no_demonym_or_capital_belongs_to_two_countries():
    seen: dict[str, str] = {}
    for code, words in COUNTRY_WORDS.items():
        for name in (*words.demonyms, *words.capitals, *words.short_names):
            assert seen.setdefault(name, code) == code, name
