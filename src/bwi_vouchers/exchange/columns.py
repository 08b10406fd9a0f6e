"""The column specs: one per sheet, driving the empty template, the import and (where they overlap) the export.

A column knows its exact German header, how its cells are read, whether it must be filled, its width and
number format, the hint the instruction sheet shows, and which service fields its errors belong to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bwi_vouchers.domain.dates import EARLIEST, MEMBERSHIP_EARLIEST
from bwi_vouchers.exchange.cells import DATE, DECIMAL, EURO, INTEGER


class Kind(StrEnum):
    TEXT = "text"
    DATE = "date"
    MONEY = "money"
    DECIMAL = "decimal"
    INTEGER = "integer"
    YES_NO = "yes_no"


FORMATS = {Kind.DATE: DATE, Kind.MONEY: EURO, Kind.DECIMAL: DECIMAL, Kind.INTEGER: INTEGER}


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = Kind.TEXT
    required: bool = False
    width: float = 18
    hint: str = ""
    fields: tuple[str, ...] = ()  # service field names whose errors belong to this column
    max_length: int = 300
    earliest: date = EARLIEST  # the first plausible date of a date column

    @property
    def number_format(self) -> str | None:
        return FORMATS.get(self.kind)


@dataclass(frozen=True)
class SheetSpec:
    name: str
    columns: tuple[Column, ...]
    hint: str

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)

    def column_for_field(self, field: str | None) -> str:
        """The header a service's field error belongs to ('' when it concerns the whole row)."""
        if not field:
            return ""
        base = field.split("[")[0]
        for column in self.columns:
            if field in column.fields or base in column.fields:
                return column.header
        return ""


# Anträge ---------------------------------------------------------------------------------------------
COMPANY = Column("Unternehmen", required=True, width=34, hint="Name des antragstellenden Unternehmens",
                 fields=("name", "company"))
REGISTER = Column("Registernummer", width=16, hint="z. B. Amtsgericht Stuttgart HRB 123456 (dient dem Wiedererkennen)",
                  fields=("register_number",), max_length=60)
VAT = Column("USt-IdNr.", width=16, hint="z. B. DE123456789", fields=("vat_id",), max_length=30)
STREET = Column("Straße", width=24, hint="Straße und Hausnummer", fields=("street",), max_length=200)
POSTCODE = Column("PLZ", width=8, hint="fünfstellig", fields=("postcode",), max_length=10)
CITY = Column("Ort", width=16, fields=("city",), max_length=100)
SEAT = Column("Sitz/Niederlassung in BW", Kind.YES_NO, required=True, width=12, hint="ja oder nein",
              fields=("seat_or_branch_in_bw",))
AWU = Column("Beschäftigte (JAE)", Kind.DECIMAL, width=12,
             hint="Jahresarbeitseinheiten des letzten Geschäftsjahres (mit Partner- und verbundenen Unternehmen)",
             fields=("annual_work_units",))
TURNOVER = Column("Jahresumsatz (EUR)", Kind.MONEY, width=16, hint="letztes Geschäftsjahr", fields=("turnover",))
BALANCE = Column("Bilanzsumme (EUR)", Kind.MONEY, width=16, hint="letztes Geschäftsjahr",
                 fields=("balance_sheet_total",))
CLUSTER = Column("Cluster/Netzwerk", width=26, hint="ein registrierter Cluster bzw. ein Netzwerk; leer = keine "
                 "Mitgliedschaft", fields=("cluster",), max_length=200)
MEMBER_SINCE = Column("Mitglied seit", Kind.DATE, width=13, hint="leer = Mitglied ab Antragseingang",
                      fields=("valid_from", "valid_to"), earliest=MEMBERSHIP_EARLIEST)
THEME = Column("Themenfeld", width=28, hint="Zielfeld: Nummer 1–18 oder Name", fields=("theme",))
MEASURE = Column("Maßnahme", required=True, width=14, hint="Code einer bekannten Maßnahme, z. B. M-2026-007",
                 fields=("measure", "code"), max_length=30)
RECEIPT = Column("Antragseingang", Kind.DATE, required=True, width=14, hint="Datum, z. B. 01.03.2026",
                 fields=("receipt_date", "early_start_consent", "reference_year"))  # figures: the year before
COSTS = Column("Förderfähige Kosten (EUR)", Kind.MONEY, required=True, width=16, hint="netto, z. B. 2.500,00",
               fields=("cost_items",))
REQUESTED = Column("Beantragter Betrag (EUR)", Kind.MONEY, width=16, hint="leer = der volle Gutscheinbetrag",
                   fields=("requested_amount",))
SALUTATION = Column("Anrede", width=10, hint="Frau, Herr oder leer (Briefe: „Sehr geehrte Frau …“)",
                    fields=("salutation",), max_length=10)
CONTACT = Column("Ansprechpartner", width=22, hint="Vor- und Nachname", fields=("contact", "phone", "function"),
                 max_length=200)
EMAIL = Column("E-Mail", width=26, fields=("email",), max_length=200)
PRIOR_AID = Column("De-minimis-Vorbeihilfen (EUR)", Kind.MONEY, width=16,
                   hint="Summe der De-minimis-Beihilfen im De-minimis-Zeitraum laut Erklärung",
                   fields=("deminimis_amount", "granting_body", "grant_date"))

APPLICATIONS = SheetSpec("Anträge", (
    COMPANY, REGISTER, VAT, STREET, POSTCODE, CITY, SEAT, AWU, TURNOVER, BALANCE, CLUSTER, MEMBER_SINCE, THEME,
    MEASURE, RECEIPT, COSTS, REQUESTED, SALUTATION, CONTACT, EMAIL, PRIOR_AID,
), "Eine Zeile je Antrag. Unternehmen werden über Registernummer, sonst USt-IdNr., sonst Name und PLZ "
   "wiedererkannt; neue werden angelegt. Derselbe Antrag (Unternehmen, Maßnahme, Antragseingang) wird nie "
   "doppelt importiert.")

# Maßnahmen -------------------------------------------------------------------------------------------
MEASURES = SheetSpec("Maßnahmen", (
    Column("Maßnahme", required=True, width=14, hint="Code, z. B. M-2026-007", fields=("code",), max_length=30),
    Column("Titel", required=True, width=36, fields=("title",)),
    Column("Art", required=True, width=22, hint="Markterkundungsreise, Kooperationsbörse oder Standortpräsentation",
           fields=("type",)),
    Column("Zielland", required=True, width=16, hint="ISO-Code (JP) oder deutscher Name (Japan)",
           fields=("country",)),
    Column("Ort", width=16, fields=("city",), max_length=100),
    Column("Beginn", Kind.DATE, required=True, width=12, fields=("start_date",)),
    Column("Ende", Kind.DATE, required=True, width=12, fields=("end_date",)),
    Column("Themenfeld", width=20, hint="Nummer(n) 1–18, durch Komma getrennt, oder ein Name", fields=("themes",)),
), "Optional: Maßnahmen, die noch nicht im Programm erfasst sind. Schon vorhandene Codes werden übersprungen.")

# Cluster ---------------------------------------------------------------------------------------------
CLUSTERS = SheetSpec("Cluster", (
    Column("Name", required=True, width=34, fields=("name",), max_length=200),
    Column("Art", required=True, width=22, hint="Cluster-Initiative oder Landesweites Netzwerk", fields=("kind",)),
    Column("Region", width=22, hint="eine der zwölf Regionen Baden-Württembergs; leer bei landesweiten Netzwerken",
           fields=("region",)),
    Column("Landesgesellschaft", Kind.YES_NO, width=14, hint="ja, wenn eine Landesgesellschaft das Netzwerk trägt "
           "(dann nicht antragsberechtigt); leer = nein", fields=("state_owned",)),
    Column("Themenfelder", width=16, hint="Nummern 1–18, durch Komma getrennt", fields=("themes",)),
), "Optional, nur für Administratoren: Cluster-Initiativen und Netzwerke, die noch fehlen. Schon vorhandene "
   "Namen werden übersprungen.")

#: The import reads the sheets in this order: clusters and measures first, so applications can use them.
IMPORT_SHEETS = (CLUSTERS, MEASURES, APPLICATIONS)

# Export of the application list (sheet "Anträge"): overlapping columns are the import's own --------------
REFERENCE = Column("Referenz", width=14)
EXPORT_COLUMNS = (
    REFERENCE, COMPANY, MEASURE, Column("Maßnahmentitel", width=34), Column("Maßnahmenart", width=22),
    Column("Zielland", width=16), Column("Beginn", Kind.DATE, width=12), THEME, CLUSTER,
    Column("Region", width=20), RECEIPT, Column("Status", width=18), COSTS,
    Column("Gutscheinbetrag (EUR)", Kind.MONEY, width=16), Column("Bewilligt (EUR)", Kind.MONEY, width=16),
    Column("Ausgezahlt (EUR)", Kind.MONEY, width=16), Column("VN fällig", Kind.DATE, width=12),
    Column("Mittelherkunft", width=16),
)
