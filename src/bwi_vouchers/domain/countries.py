"""Country names in German by ISO 3166-1 alpha-2 code: for letters, reports and the import."""

from __future__ import annotations

_TABLE = """
AD Andorra|AE Vereinigte Arabische Emirate|AF Afghanistan|AG Antigua und Barbuda|AL Albanien|AM Armenien
AO Angola|AR Argentinien|AT Österreich|AU Australien|AZ Aserbaidschan|BA Bosnien und Herzegowina
BB Barbados|BD Bangladesch|BE Belgien|BF Burkina Faso|BG Bulgarien|BH Bahrain|BI Burundi|BJ Benin
BN Brunei|BO Bolivien|BR Brasilien|BS Bahamas|BT Bhutan|BW Botsuana|BY Belarus|BZ Belize|CA Kanada
CD Demokratische Republik Kongo|CF Zentralafrikanische Republik|CG Republik Kongo|CH Schweiz
CI Côte d’Ivoire|CL Chile|CM Kamerun|CN China|CO Kolumbien|CR Costa Rica|CU Kuba|CV Cabo Verde
CY Zypern|CZ Tschechien|DE Deutschland|DJ Dschibuti|DK Dänemark|DM Dominica|DO Dominikanische Republik
DZ Algerien|EC Ecuador|EE Estland|EG Ägypten|ER Eritrea|ES Spanien|ET Äthiopien|FI Finnland|FJ Fidschi
FR Frankreich|GA Gabun|GB Vereinigtes Königreich|GD Grenada|GE Georgien|GH Ghana|GM Gambia|GN Guinea
GQ Äquatorialguinea|GR Griechenland|GT Guatemala|GW Guinea-Bissau|GY Guyana|HK Hongkong|HN Honduras
HR Kroatien|HT Haiti|HU Ungarn|ID Indonesien|IE Irland|IL Israel|IN Indien|IQ Irak|IR Iran|IS Island
IT Italien|JM Jamaika|JO Jordanien|JP Japan|KE Kenia|KG Kirgisistan|KH Kambodscha|KM Komoren
KN St. Kitts und Nevis|KR Südkorea|KW Kuwait|KZ Kasachstan|LA Laos|LB Libanon|LC St. Lucia
LI Liechtenstein|LK Sri Lanka|LR Liberia|LS Lesotho|LT Litauen|LU Luxemburg|LV Lettland|LY Libyen
MA Marokko|MC Monaco|MD Moldau|ME Montenegro|MG Madagaskar|MK Nordmazedonien|ML Mali|MM Myanmar
MN Mongolei|MO Macau|MR Mauretanien|MT Malta|MU Mauritius|MV Malediven|MW Malawi|MX Mexiko|MY Malaysia
MZ Mosambik|NA Namibia|NE Niger|NG Nigeria|NI Nicaragua|NL Niederlande|NO Norwegen|NP Nepal
NZ Neuseeland|OM Oman|PA Panama|PE Peru|PG Papua-Neuguinea|PH Philippinen|PK Pakistan|PL Polen
PT Portugal|PY Paraguay|QA Katar|RO Rumänien|RS Serbien|RU Russland|RW Ruanda|SA Saudi-Arabien
SC Seychellen|SD Sudan|SE Schweden|SG Singapur|SI Slowenien|SK Slowakei|SL Sierra Leone|SM San Marino
SN Senegal|SO Somalia|SR Suriname|SV El Salvador|SY Syrien|SZ Eswatini|TD Tschad|TG Togo|TH Thailand
TJ Tadschikistan|TM Turkmenistan|TN Tunesien|TR Türkei|TT Trinidad und Tobago|TW Taiwan|TZ Tansania
UA Ukraine|UG Uganda|US Vereinigte Staaten|UY Uruguay|UZ Usbekistan|VA Vatikanstadt|VE Venezuela
VN Vietnam|XK Kosovo|YE Jemen|ZA Südafrika|ZM Sambia|ZW Simbabwe
"""

COUNTRY_NAMES: dict[str, str] = {
    entry[:2]: entry[3:].strip()
    for line in _TABLE.strip().splitlines() for entry in line.split("|") if entry.strip()
}
# Names people also write in spreadsheets, beside the ones above.
_ALIASES = {"usa": "US", "vereinigte staaten von amerika": "US", "amerika": "US", "großbritannien": "GB",
            "england": "GB", "uk": "GB", "korea": "KR", "republik korea": "KR", "vae": "AE", "dubai": "AE",
            "tschechische republik": "CZ", "türkiye": "TR", "holland": "NL", "elfenbeinküste": "CI"}
_BY_NAME = {name.casefold(): code for code, name in COUNTRY_NAMES.items()}
_BY_NAME.update(_ALIASES)


def country_name(code: str) -> str:
    """The German name of a country code; the code itself when unknown."""
    return COUNTRY_NAMES.get(code.strip().upper(), code.strip().upper())


def country_code(text: str) -> str | None:
    """A two-letter ISO code from a code or a German name; None when neither."""
    value = text.strip()
    if len(value) == 2 and value.isalpha():
        return value.upper()
    return _BY_NAME.get(value.casefold())
