"""Word lists for the demo data: German names, Baden-Württemberg towns, destinations abroad, cost items.

Plain data, no logic: ``bwi_vouchers.services.demo`` draws from these lists with a seeded random generator.
Towns carry their real postcode, region code (``data/regions.csv``), telephone area code and the register
court (*Registergericht*) that keeps the commercial register for them.
"""

from __future__ import annotations

from typing import NamedTuple


class Town(NamedTuple):
    name: str
    postcode: str
    region: str | None  # region code from data/regions.csv; None outside Baden-Württemberg
    area_code: str
    court: str  # Amtsgericht keeping the commercial register


# The four register courts of Baden-Württemberg, each for a group of Landgericht districts: Stuttgart
# (Stuttgart, Heilbronn, Tübingen, Rottweil, Hechingen), Mannheim (Mannheim, Heidelberg, Karlsruhe, Mosbach,
# Baden-Baden), Freiburg (Freiburg, Offenburg, Konstanz, Waldshut-Tiengen), Ulm (Ulm, Ellwangen, Ravensburg).
TOWNS: tuple[Town, ...] = (
    Town("Stuttgart", "70173", "stuttgart", "0711", "Stuttgart"),
    Town("Stuttgart", "70565", "stuttgart", "0711", "Stuttgart"),
    Town("Esslingen am Neckar", "73728", "stuttgart", "0711", "Stuttgart"),
    Town("Ludwigsburg", "71638", "stuttgart", "07141", "Stuttgart"),
    Town("Böblingen", "71032", "stuttgart", "07031", "Stuttgart"),
    Town("Sindelfingen", "71063", "stuttgart", "07031", "Stuttgart"),
    Town("Waiblingen", "71332", "stuttgart", "07151", "Stuttgart"),
    Town("Göppingen", "73033", "stuttgart", "07161", "Stuttgart"),
    Town("Leonberg", "71229", "stuttgart", "07152", "Stuttgart"),
    Town("Heilbronn", "74072", "heilbronn-franken", "07131", "Stuttgart"),
    Town("Schwäbisch Hall", "74523", "heilbronn-franken", "0791", "Stuttgart"),
    Town("Künzelsau", "74653", "heilbronn-franken", "07940", "Stuttgart"),
    Town("Bad Mergentheim", "97980", "heilbronn-franken", "07931", "Ulm"),
    Town("Aalen", "73430", "ostwuerttemberg", "07361", "Ulm"),
    Town("Heidenheim an der Brenz", "89518", "ostwuerttemberg", "07321", "Ulm"),
    Town("Schwäbisch Gmünd", "73525", "ostwuerttemberg", "07171", "Ulm"),
    Town("Oberkochen", "73447", "ostwuerttemberg", "07364", "Ulm"),
    Town("Karlsruhe", "76131", "mittlerer-oberrhein", "0721", "Mannheim"),
    Town("Karlsruhe", "76227", "mittlerer-oberrhein", "0721", "Mannheim"),
    Town("Baden-Baden", "76530", "mittlerer-oberrhein", "07221", "Mannheim"),
    Town("Rastatt", "76437", "mittlerer-oberrhein", "07222", "Mannheim"),
    Town("Bruchsal", "76646", "mittlerer-oberrhein", "07251", "Mannheim"),
    Town("Ettlingen", "76275", "mittlerer-oberrhein", "07243", "Mannheim"),
    Town("Mannheim", "68159", "rhein-neckar", "0621", "Mannheim"),
    Town("Heidelberg", "69117", "rhein-neckar", "06221", "Mannheim"),
    Town("Weinheim", "69469", "rhein-neckar", "06201", "Mannheim"),
    Town("Walldorf", "69190", "rhein-neckar", "06227", "Mannheim"),
    Town("Mosbach", "74821", "rhein-neckar", "06261", "Mannheim"),
    Town("Pforzheim", "75175", "nordschwarzwald", "07231", "Mannheim"),
    Town("Calw", "75365", "nordschwarzwald", "07051", "Stuttgart"),
    Town("Freudenstadt", "72250", "nordschwarzwald", "07441", "Stuttgart"),
    Town("Freiburg im Breisgau", "79098", "suedlicher-oberrhein", "0761", "Freiburg"),
    Town("Freiburg im Breisgau", "79111", "suedlicher-oberrhein", "0761", "Freiburg"),
    Town("Offenburg", "77652", "suedlicher-oberrhein", "0781", "Freiburg"),
    Town("Lahr/Schwarzwald", "77933", "suedlicher-oberrhein", "07821", "Freiburg"),
    Town("Emmendingen", "79312", "suedlicher-oberrhein", "07641", "Freiburg"),
    Town("Villingen-Schwenningen", "78050", "schwarzwald-baar-heuberg", "07721", "Freiburg"),
    Town("Tuttlingen", "78532", "schwarzwald-baar-heuberg", "07461", "Stuttgart"),
    Town("Rottweil", "78628", "schwarzwald-baar-heuberg", "0741", "Stuttgart"),
    Town("Konstanz", "78462", "hochrhein-bodensee", "07531", "Freiburg"),
    Town("Singen (Hohentwiel)", "78224", "hochrhein-bodensee", "07731", "Freiburg"),
    Town("Lörrach", "79539", "hochrhein-bodensee", "07621", "Freiburg"),
    Town("Waldshut-Tiengen", "79761", "hochrhein-bodensee", "07751", "Freiburg"),
    Town("Reutlingen", "72764", "neckar-alb", "07121", "Stuttgart"),
    Town("Tübingen", "72070", "neckar-alb", "07071", "Stuttgart"),
    Town("Balingen", "72336", "neckar-alb", "07433", "Stuttgart"),
    Town("Albstadt", "72458", "neckar-alb", "07431", "Stuttgart"),
    Town("Ulm", "89073", "donau-iller", "0731", "Ulm"),
    Town("Biberach an der Riß", "88400", "donau-iller", "07351", "Ulm"),
    Town("Ehingen (Donau)", "89584", "donau-iller", "07391", "Ulm"),
    Town("Friedrichshafen", "88045", "bodensee-oberschwaben", "07541", "Ulm"),
    Town("Ravensburg", "88212", "bodensee-oberschwaben", "0751", "Ulm"),
    Town("Sigmaringen", "72488", "bodensee-oberschwaben", "07571", "Stuttgart"),
    Town("Wangen im Allgäu", "88239", "bodensee-oberschwaben", "07522", "Ulm"),
)

# A few applicants sit outside Baden-Württemberg (rule R03 rejects them).
TOWNS_OUTSIDE_BW: tuple[Town, ...] = (
    Town("München", "80331", None, "089", "München"),
    Town("Augsburg", "86150", None, "0821", "Augsburg"),
    Town("Frankfurt am Main", "60311", None, "069", "Frankfurt am Main"),
)

STREETS = (
    "Hauptstraße", "Industriestraße", "Robert-Bosch-Straße", "Gottlieb-Daimler-Straße", "Carl-Zeiss-Straße",
    "Max-Planck-Straße", "Siemensstraße", "Bahnhofstraße", "Lise-Meitner-Straße", "Einsteinstraße",
    "Benzstraße", "Heinrich-Hertz-Straße", "Dieselstraße", "Gewerbestraße", "Am Technologiepark",
    "Im Gewerbegebiet", "Werkstraße", "Wilhelm-Maybach-Straße", "Fraunhoferstraße", "Otto-Hahn-Straße",
    "Kepplerstraße", "Schillerstraße", "Mörikestraße", "Uhlandstraße", "Neckarstraße", "Rheinstraße",
    "Zeppelinstraße", "Daimlerstraße", "Porschestraße", "Magirusstraße", "Felix-Wankel-Straße",
    "Friedrichstraße", "Königstraße", "Innovationspark", "Am Wirtschaftspark", "Talstraße",
)

SURNAMES = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
    "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
    "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann",
    "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser",
    "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich",
    "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke",
    "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Schumacher", "Krämer", "Vogt",
    "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas", "Schreiber", "Graf",
    "Dietrich", "Ziegler", "Kuhn", "Pohl", "Engel", "Horn", "Busch", "Bergmann", "Voigt", "Sauer", "Arnold",
    "Pfeiffer", "Häberle", "Kächele", "Maurer", "Gaiser", "Rapp", "Eberle", "Straub", "Haug", "Bader",
    "Dreher", "Widmann", "Kienzle", "Riedle", "Single", "Hägele", "Mäule", "Würth", "Blessing", "Auer",
    "Buck", "Knödler", "Rieger", "Hummel", "Ott", "Wörner", "Grupp", "Kübler", "Zeller", "Bühler",
)

FIRST_NAMES = (
    "Anna", "Julia", "Laura", "Lena", "Sarah", "Katharina", "Sabine", "Claudia", "Petra", "Susanne", "Andrea",
    "Stefanie", "Nicole", "Christina", "Melanie", "Sandra", "Birgit", "Martina", "Monika", "Eva", "Franziska",
    "Johanna", "Miriam", "Carolin", "Thomas", "Michael", "Andreas", "Stefan", "Christian", "Markus", "Frank",
    "Jürgen", "Martin", "Peter", "Klaus", "Wolfgang", "Matthias", "Alexander", "Daniel", "Tobias", "Jan",
    "Florian", "Sebastian", "Jörg", "Uwe", "Ralf", "Holger", "Dirk", "Bernd", "Felix", "Lukas", "Jonas",
)
FEMALE_FIRST_NAMES = frozenset(FIRST_NAMES[:FIRST_NAMES.index("Thomas")])  # their Anrede is "Frau", the others' "Herr"

CONTACT_FUNCTIONS = (
    "Geschäftsführung", "Vertrieb International", "Export Manager", "Business Development", "Marketing",
    "Leitung Vertrieb", "Key Account Management", "Assistenz der Geschäftsführung",
)

# Landscape and river names that Baden-Württemberg companies like to carry.
REGIONAL_WORDS = (
    "Schwarzwald", "Neckar", "Bodensee", "Alb", "Kraichgau", "Hohenlohe", "Rems", "Enz", "Breisgau", "Ortenau",
    "Donau", "Allgäu", "Kurpfalz", "Odenwald", "Markgräfler", "Hegau", "Filder", "Schönbuch", "Kocher",
    "Jagst", "Baar", "Rhein", "Zollern", "Staufer", "Südwest", "Rheintal", "Hochrhein", "Heuberg", "Murr",
)

FANTASY_PREFIXES = (
    "Inno", "Senso", "Laser", "Medi", "Opto", "Cyber", "Bio", "Nano", "Micro", "Robo", "Aero", "Geo", "Mecha",
    "Tecno", "Data", "Elektro", "Hydro", "Quanto", "Vita", "Poly", "Proto", "Terra", "Volta", "Astro",
)
FANTASY_SUFFIXES = ("tec", "tronic", "vision", "lab", "logic", "matic", "nova", "sys", "form", "wave", "line")

# Per target field (theme code): words for company names, NACE codes and a short word for measure titles.
FIELD_WORDS: dict[int, tuple[str, ...]] = {
    1: ("Medizintechnik", "Medical", "MedTec", "Chirurgietechnik", "Dentaltechnik"),
    2: ("Software", "IT Solutions", "Informatik", "Digital", "Data Systems"),
    3: ("Fahrzeugtechnik", "Automotive", "Antriebstechnik", "Kfz-Elektronik"),
    4: ("Maschinenbau", "Werkzeugmaschinen", "Präzisionstechnik", "Fertigungstechnik", "Anlagenbau"),
    5: ("Mechatronik", "Automation", "Antriebe", "Robotics"),
    6: ("Optics", "Photonics", "Lasertechnik", "Optik"),
    7: ("Pharma", "Arzneimittel", "Pharmaceuticals"),
    8: ("Mikrosysteme", "Sensorik", "Nanotech", "Microsystems"),
    9: ("Consulting", "Engineering", "Unternehmensberatung", "Ingenieurbüro"),
    10: ("Biotech", "BioScience", "Biotechnologie", "Life Sciences"),
    11: ("Oberflächentechnik", "Composites", "Werkstofftechnik", "Beschichtungen"),
    12: ("Media", "Design", "Filmproduktion", "Kommunikation"),
    13: ("Logistik", "Intralogistik", "Fördertechnik", "Spedition"),
    14: ("Aerospace", "Luftfahrttechnik", "Space Systems"),
    15: ("Navigation", "GNSS Systems", "Ortungstechnik"),
    16: ("Sicherheitstechnik", "Security", "Brandschutztechnik"),
    17: ("Telekommunikation", "Networks", "Funktechnik", "Communications"),
    18: ("Energietechnik", "Solar", "Energy", "Wasserstofftechnik", "Windenergie"),
}

NACE_CODES: dict[int, tuple[str, ...]] = {
    1: ("32.50", "26.60"), 2: ("62.01", "62.02", "58.29"), 3: ("29.32", "29.31"), 4: ("28.41", "28.22", "28.29"),
    5: ("28.99", "27.11"), 6: ("26.70",), 7: ("21.20", "21.10"), 8: ("26.11", "26.51"), 9: ("70.22", "71.12"),
    10: ("72.11", "21.10"), 11: ("20.59", "25.61"), 12: ("59.11", "73.11", "74.10"), 13: ("52.29", "52.10"),
    14: ("30.30", "33.16"), 15: ("26.51", "62.01"), 16: ("80.20", "26.30"), 17: ("61.10", "26.30"),
    18: ("35.11", "27.11", "43.21"),
}

THEME_SHORT: dict[int, str] = {
    1: "Medizintechnik", 2: "IT & Software", 3: "Automotive", 4: "Produktionstechnik", 5: "Mechatronik",
    6: "Photonik", 7: "Pharma", 8: "Mikrosystemtechnik", 9: "Wissenswirtschaft", 10: "Biotechnologie",
    11: "Neue Werkstoffe", 12: "Kreativwirtschaft", 13: "Logistik", 14: "Luft- und Raumfahrt",
    15: "Satellitennavigation", 16: "Sicherheitstechnik", 17: "Telekommunikation", 18: "Energie",
}

# (legal form, weight, register kind or None when not registered)
LEGAL_FORMS: tuple[tuple[str, int, str | None], ...] = (
    ("GmbH", 50, "HRB"), ("GmbH & Co. KG", 16, "HRA"), ("AG", 6, "HRB"), ("KG", 5, "HRA"),
    ("UG (haftungsbeschränkt)", 5, "HRB"), ("e.K.", 6, "HRA"), ("OHG", 2, "HRA"), ("SE", 2, "HRB"),
    ("GbR", 3, None),
)

# Fixed names among the first companies, to exercise escaping in letters and spreadsheets.
SPECIAL_COMPANY_NAMES: tuple[tuple[str, str], ...] = (
    ("Müller Präzisionstechnik GmbH", "GmbH"),
    ("Schwarzwald Optics AG", "AG"),
    ("Neckar Medizintechnik GmbH & Co. KG", "GmbH & Co. KG"),
    ("Bits & Bytes <Südwest> GmbH", "GmbH"),
    ("Weber \"Feinmechanik\" KG", "KG"),
    ("O'Brien & Häberle Lasertechnik GmbH", "GmbH"),
    ("=Gleichstrom Systeme GmbH", "GmbH"),
    ("A&O <Medical> Devices GmbH", "GmbH"),
)

# (city as written in German, ISO country code, target fields that fit the place)
DESTINATIONS: tuple[tuple[str, str, tuple[int, ...]], ...] = (
    ("Boston", "US", (1, 10, 7, 2)),
    ("San Francisco", "US", (2, 6, 8, 10, 17)),
    ("Chicago", "US", (4, 13, 5)),
    ("Detroit", "US", (3, 4, 5)),
    ("Houston", "US", (18, 14, 1)),
    ("Toronto", "CA", (2, 1, 18)),
    ("Montréal", "CA", (14, 2, 12)),
    ("Mexiko-Stadt", "MX", (3, 4)),
    ("São Paulo", "BR", (3, 4, 18)),
    ("Santiago de Chile", "CL", (18, 11)),
    ("Lyon", "FR", (1, 7, 10, 3)),
    ("Paris", "FR", (14, 11, 12, 2)),
    ("Toulouse", "FR", (14, 15)),
    ("Mailand", "IT", (4, 5, 12, 11)),
    ("Turin", "IT", (3, 14)),
    ("Barcelona", "ES", (2, 17, 12, 3)),
    ("Madrid", "ES", (18, 16)),
    ("Lissabon", "PT", (2, 12)),
    ("Wien", "AT", (2, 9, 18, 13)),
    ("Zürich", "CH", (1, 6, 9, 10)),
    ("Basel", "CH", (7, 10)),
    ("Amsterdam", "NL", (13, 2, 17)),
    ("Eindhoven", "NL", (8, 6, 5)),
    ("London", "GB", (9, 2, 12, 16)),
    ("Dublin", "IE", (2, 7)),
    ("Kopenhagen", "DK", (18, 7)),
    ("Stockholm", "SE", (17, 2, 16)),
    ("Helsinki", "FI", (17, 2)),
    ("Oslo", "NO", (18, 13)),
    ("Warschau", "PL", (4, 13, 2)),
    ("Prag", "CZ", (3, 4)),
    ("Budapest", "HU", (3, 7)),
    ("Istanbul", "TR", (3, 4, 18)),
    ("Tel Aviv", "IL", (16, 1, 2)),
    ("Dubai", "AE", (1, 18, 16, 13)),
    ("Riad", "SA", (18, 1)),
    ("Nairobi", "KE", (18, 9)),
    ("Singapur", "SG", (2, 13, 1, 10, 8)),
    ("Tokio", "JP", (6, 5, 4, 1)),
    ("Osaka", "JP", (1, 10)),
    ("Seoul", "KR", (3, 17, 18, 8)),
    ("Shanghai", "CN", (3, 4, 13)),
    ("Shenzhen", "CN", (8, 17, 6)),
    ("Peking", "CN", (14, 15)),
    ("Bangalore", "IN", (2, 14)),
    ("Pune", "IN", (3, 4)),
    ("Ho-Chi-Minh-Stadt", "VN", (4, 13)),
    ("Sydney", "AU", (18, 1)),
)

ORGANISER = "Baden-Württemberg International"

# Cost categories: (category, low, high in euros, description template with {city} and {days})
COST_PARTICIPATION = ("Teilnahmegebühr", 600, 3500, "Teilnahmepaket bw-i, {city}")
COST_STAND = ("Standmiete", 1200, 6500, "Fläche am Gemeinschaftsstand Baden-Württemberg")
COST_STAND_BUILD = ("Standbau", 900, 3800, "Standbau und Ausstattung")
COST_TRAVEL = ("Reisekosten", 450, 2800, "Flug und Hotel, {days} Tage {city}")
COST_INTERPRETER = ("Dolmetscher", 350, 1600, "Dolmetscher, {days} Tage")

DEMINIMIS_BODIES = (
    "L-Bank Baden-Württemberg",
    "Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg",
    "Bundesamt für Wirtschaft und Ausfuhrkontrolle (BAFA)",
    "Regierungspräsidium Stuttgart",
    "Bürgschaftsbank Baden-Württemberg",
)
DEMINIMIS_OLD_BASIS = "Verordnung (EU) Nr. 1407/2013"
DEMINIMIS_NEW_BASIS = "Verordnung (EU) 2023/2831"
DEMINIMIS_DECLARED = "Selbsterklärung des Unternehmens (Summe der letzten drei Jahre)"

NOTES = (
    "Rückfrage zu den Reisekosten telefonisch geklärt.",
    "Unterlagen per E-Mail nachgereicht.",
    "Ansprechpartner hat gewechselt, Kontaktdaten aktualisiert.",
    "Gemeinsame Anreise mit weiteren Unternehmen aus dem Cluster.",
    "Antrag über das Online-Formular eingegangen.",
)

REJECTION_WITHOUT_RULE = (
    "Unterlagen trotz Nachforderung unvollständig.",
    "Die Maßnahme dient nicht der Erschließung eines neuen Auslandsmarkts.",
    "Teilnahme an der Maßnahme nicht über bw-i angemeldet.",
)
WITHDRAWAL_REASONS = (
    "Teilnahme vom Unternehmen abgesagt.",
    "Unternehmen nimmt aus terminlichen Gründen nicht teil.",
    None,
)
REVOCATION_REASONS = (
    "Teilnahme an der Maßnahme nicht nachgewiesen.",
    "Doppelförderung derselben Kosten festgestellt.",
    "Widerruf auf Wunsch des Unternehmens.",
)

# The demo's staff: login, display name, roles (DESIGN §10: several users with each role).
DEMO_USERS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("schulz", "Thomas Schulz", ("admin", "budget")),
    ("mueller", "Anna Müller", ("clerk",)),
    ("weber", "Jonas Weber", ("clerk",)),
    ("fischer", "Sabine Fischer", ("approver",)),
    ("wagner", "Michael Wagner", ("approver",)),
    ("becker", "Petra Becker", ("budget",)),
    ("klein", "Stefan Klein", ("approver", "clerk")),
)
