"""What news copy calls a country besides its ISO name: short names, demonyms and the capital.

pycountry gives the official names; this table adds the words reporters use ("US", "Iranian",
"Tehran"), for every UN member state plus Kosovo, Palestine, Taiwan and the Holy See. One line per
ISO 3166-1 alpha-2 code: `CODE short names | demonyms | capital`, names
comma-separated; the first short name, if any, becomes the display name ("Russia", not "Russian
Federation"). Demonyms that name a people rather than a state only ("Korean", "Guinean") and capitals
that are ordinary English words ("Male", "Victoria") are left out on purpose: they would match text
that has nothing to do with the state.
"""

from __future__ import annotations

from dataclasses import dataclass

_TABLE = """
AF Afghanistan | Afghan | Kabul
AL Albania | Albanian | Tirana
DZ Algeria | Algerian | Algiers
AO Angola | Angolan | Luanda
AR Argentina | Argentine, Argentinian | Buenos Aires
AM Armenia | Armenian | Yerevan
AU Australia | Australian | Canberra
AT Austria | Austrian | Vienna
AZ Azerbaijan | Azerbaijani, Azeri | Baku
BH Bahrain | Bahraini | Manama
BD Bangladesh | Bangladeshi | Dhaka
BY Belarus | Belarusian | Minsk
BE Belgium | Belgian |
BJ Benin | Beninese | Porto-Novo
BT Bhutan | Bhutanese | Thimphu
BO Bolivia | Bolivian | La Paz
BA Bosnia and Herzegovina, Bosnia | Bosnian | Sarajevo
BW Botswana | Botswanan | Gaborone
BR Brazil | Brazilian | Brasilia, Brasília
BN Brunei | Bruneian |
BG Bulgaria | Bulgarian | Sofia
BF Burkina Faso | Burkinabe, Burkinabè | Ouagadougou
BI Burundi | Burundian | Gitega
KH Cambodia | Cambodian | Phnom Penh
CM Cameroon | Cameroonian | Yaoundé, Yaounde
CA Canada | Canadian | Ottawa
CV Cabo Verde, Cape Verde | Cape Verdean | Praia
CF Central African Republic, CAR | Central African | Bangui
TD Chad | Chadian | N'Djamena
CL Chile | Chilean | Santiago
CN China | Chinese | Beijing
CO Colombia | Colombian | Bogota, Bogotá
KM Comoros | Comoran | Moroni
CG Republic of the Congo, Congo-Brazzaville | | Brazzaville
CD Democratic Republic of the Congo, Democratic Republic of Congo, DR Congo, DRC | Congolese | Kinshasa
CR Costa Rica | Costa Rican | San José, San Jose
CI Ivory Coast, Côte d'Ivoire | Ivorian | Yamoussoukro
HR Croatia | Croatian | Zagreb
CU Cuba | Cuban | Havana
CY Cyprus | Cypriot | Nicosia
CZ Czech Republic, Czechia | Czech | Prague
DK Denmark | Danish | Copenhagen
DJ Djibouti | Djiboutian |
DO Dominican Republic | Dominican | Santo Domingo
EC Ecuador | Ecuadorian | Quito
EG Egypt | Egyptian | Cairo
SV El Salvador | Salvadoran | San Salvador
GQ Equatorial Guinea | Equatoguinean | Malabo
ER Eritrea | Eritrean | Asmara
EE Estonia | Estonian | Tallinn
SZ Eswatini, Swaziland | Swazi | Mbabane
ET Ethiopia | Ethiopian | Addis Ababa
FJ Fiji | Fijian | Suva
FI Finland | Finnish | Helsinki
FR France | French | Paris, Élysée, Elysee
GA Gabon | Gabonese | Libreville
GM Gambia, The Gambia | Gambian | Banjul
GE Georgia | Georgian | Tbilisi
DE Germany | German | Berlin
GH Ghana | Ghanaian | Accra
GR Greece | Greek | Athens
GT Guatemala | Guatemalan | Guatemala City
GN Guinea | | Conakry
GW Guinea-Bissau | Bissau-Guinean | Bissau
GY Guyana | Guyanese | Georgetown
HT Haiti | Haitian | Port-au-Prince
VA Vatican, Holy See | Vatican |
HN Honduras | Honduran | Tegucigalpa
HU Hungary | Hungarian | Budapest
IS Iceland | Icelandic | Reykjavik
IN India | Indian | New Delhi
ID Indonesia | Indonesian | Jakarta
IR Iran | Iranian | Tehran
IQ Iraq | Iraqi | Baghdad
IE Ireland | Irish | Dublin
IL Israel | Israeli | Jerusalem
IT Italy | Italian | Rome
JM Jamaica | Jamaican |
JP Japan | Japanese | Tokyo
JO Jordan | Jordanian | Amman
KZ Kazakhstan | Kazakh | Astana
KE Kenya | Kenyan | Nairobi
KP North Korea, DPRK | North Korean | Pyongyang
KR South Korea | South Korean | Seoul
XK Kosovo | Kosovar | Pristina
KW Kuwait | Kuwaiti | Kuwait City
KG Kyrgyzstan | Kyrgyz | Bishkek
LA Laos | Lao, Laotian | Vientiane
LV Latvia | Latvian | Riga
LB Lebanon | Lebanese | Beirut
LS Lesotho | Basotho | Maseru
LR Liberia | Liberian | Monrovia
LY Libya | Libyan | Tripoli
LT Lithuania | Lithuanian | Vilnius
LU Luxembourg | Luxembourgish |
MG Madagascar | Malagasy | Antananarivo
MW Malawi | Malawian | Lilongwe
MY Malaysia | Malaysian | Kuala Lumpur
MV Maldives | Maldivian | Malé
ML Mali | Malian | Bamako
MT Malta | Maltese | Valletta
MR Mauritania | Mauritanian | Nouakchott
MU Mauritius | Mauritian | Port Louis
MX Mexico | Mexican | Mexico City
MD Moldova | Moldovan | Chisinau, Chișinău
MN Mongolia | Mongolian | Ulaanbaatar
ME Montenegro | Montenegrin | Podgorica
MA Morocco | Moroccan | Rabat
MZ Mozambique | Mozambican | Maputo
MM Myanmar, Burma | Burmese | Naypyitaw, Naypyidaw
NA Namibia | Namibian | Windhoek
NP Nepal | Nepali, Nepalese | Kathmandu
NL Netherlands, the Netherlands, Holland | Dutch | The Hague, Amsterdam
NZ New Zealand | New Zealander | Wellington
NI Nicaragua | Nicaraguan | Managua
NE Niger | Nigerien | Niamey
NG Nigeria | Nigerian | Abuja
MK North Macedonia | Macedonian | Skopje
NO Norway | Norwegian | Oslo
OM Oman | Omani | Muscat
PK Pakistan | Pakistani | Islamabad
PS Palestine, Palestinian territories | Palestinian | Ramallah
PA Panama | Panamanian | Panama City
PG Papua New Guinea | Papua New Guinean | Port Moresby
PY Paraguay | Paraguayan | Asuncion, Asunción
PE Peru | Peruvian | Lima
PH Philippines, the Philippines | Philippine, Filipino | Manila
PL Poland | Polish | Warsaw
PT Portugal | Portuguese | Lisbon
QA Qatar | Qatari | Doha
RO Romania | Romanian | Bucharest
RU Russia | Russian | Moscow, Kremlin, the Kremlin
RW Rwanda | Rwandan | Kigali
SA Saudi Arabia | Saudi | Riyadh
SN Senegal | Senegalese | Dakar
RS Serbia | Serbian | Belgrade
SL Sierra Leone | Sierra Leonean | Freetown
SG Singapore | Singaporean |
SK Slovakia | Slovak | Bratislava
SI Slovenia | Slovenian, Slovene | Ljubljana
SO Somalia | Somali | Mogadishu
ZA South Africa | South African | Pretoria
SS South Sudan | South Sudanese | Juba
ES Spain | Spanish | Madrid
LK Sri Lanka | Sri Lankan | Colombo
SD Sudan | Sudanese | Khartoum
SE Sweden | Swedish | Stockholm
CH Switzerland | Swiss | Bern
SY Syria | Syrian | Damascus
TW Taiwan | Taiwanese | Taipei
TJ Tajikistan | Tajik | Dushanbe
TZ Tanzania | Tanzanian | Dodoma
TH Thailand | Thai | Bangkok
TL Timor-Leste, East Timor | Timorese | Dili
TG Togo | Togolese | Lomé, Lome
TN Tunisia | Tunisian | Tunis
TR Turkey, Türkiye | Turkish | Ankara
TM Turkmenistan | Turkmen | Ashgabat
UG Uganda | Ugandan | Kampala
UA Ukraine | Ukrainian | Kyiv, Kiev
AE United Arab Emirates, UAE | Emirati | Abu Dhabi
GB United Kingdom, UK, U.K., Britain, Great Britain | British | London, Downing Street, Whitehall
US United States, US, U.S., USA, America, the United States | American | Washington
UY Uruguay | Uruguayan | Montevideo
UZ Uzbekistan | Uzbek | Tashkent
VE Venezuela | Venezuelan | Caracas
VN Vietnam, Viet Nam | Vietnamese | Hanoi
YE Yemen | Yemeni | Sanaa, Sana'a
ZM Zambia | Zambian | Lusaka
ZW Zimbabwe | Zimbabwean | Harare
WS Samoa | Samoan | Apia
TO Tonga | Tongan | Nuku'alofa
VU Vanuatu | Ni-Vanuatu | Port Vila
SB Solomon Islands | Solomon Islander | Honiara
KI Kiribati | I-Kiribati | Tarawa
TV Tuvalu | Tuvaluan | Funafuti
NR Nauru | Nauruan |
PW Palau | Palauan | Ngerulmud
MH Marshall Islands | Marshallese | Majuro
FM Micronesia | Micronesian | Palikir
SC Seychelles | Seychellois |
ST Sao Tome and Principe, São Tomé and Príncipe | Santomean |
AG Antigua and Barbuda | Antiguan |
BS Bahamas, the Bahamas | Bahamian | Nassau
BB Barbados | Barbadian | Bridgetown
BZ Belize | Belizean | Belmopan
DM Dominica | | Roseau
GD Grenada | Grenadian |
KN Saint Kitts and Nevis, St Kitts and Nevis | Kittitian | Basseterre
LC Saint Lucia, St Lucia | Saint Lucian | Castries
VC Saint Vincent and the Grenadines, St Vincent and the Grenadines | Vincentian | Kingstown
SR Suriname | Surinamese | Paramaribo
TT Trinidad and Tobago | Trinidadian | Port of Spain
AD Andorra | Andorran | Andorra la Vella
LI Liechtenstein | Liechtensteiner | Vaduz
MC Monaco | Monegasque |
SM San Marino | Sammarinese |
"""


@dataclass(frozen=True, slots=True)
class CountryWords:
    """The everyday names of one country. `capitals` act as the state only when they do something."""

    code: str
    short_names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


def _parse(table: str) -> dict[str, CountryWords]:
    words = {}
    for line in table.strip().splitlines():
        code, rest = line.split(" ", 1)
        short, demonyms, capitals = (tuple(n.strip() for n in part.split(",") if n.strip()) for part in rest.split("|"))
        words[code] = CountryWords(code, short, demonyms, capitals)
    return words


COUNTRY_WORDS: dict[str, CountryWords] = _parse(_TABLE)
