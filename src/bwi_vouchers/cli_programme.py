"""Command-line commands for programme versions: ``programme list`` and ``programme add`` (DESIGN §10).

``cli.py`` adds them through ``register``; a handler gets the parsed arguments and the services and returns
the exit status; a ``BwiError`` (a refused number or date) is printed as one German line by ``cli.main``.
Every option is taken as text and checked by the service, so a bad number is refused with exit status 1.
"""

from __future__ import annotations

import argparse
import re
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from bwi_vouchers.domain.enums import MeasureType
from bwi_vouchers.domain.money import MoneyError, parse_german_money
from bwi_vouchers.errors import ValidationError
from bwi_vouchers.formats import day, money, number, percent, plural
from bwi_vouchers.texts import MEASURE_TYPE, years_period

if TYPE_CHECKING:
    from bwi_vouchers.domain.programme import Programme
    from bwi_vouchers.services import Services

_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
#: option → (ProgrammeChange field, help); amounts in euros, the rate in percent
OPTIONS = (
    ("--rate", "rate_percent", "PCT", "Fördersatz in Prozent, z. B. 50"),
    ("--cap", "cap", "EUR", "Höchstbetrag je Gutschein"),
    ("--min-costs", "min_costs", "EUR", "förderfähige Kosten mindestens"),
    ("--per-year", "max_vouchers_per_year", "N", "Gutscheine je Unternehmen und Jahr"),
    ("--lead-days", "lead_days", "N", "Vorlauf in Tagen vor Maßnahmebeginn"),
    ("--proof-months", "proof_months", "N", "Verwendungsnachweis fällig Monate nach Maßnahmeende"),
    ("--deminimis-ceiling", "deminimis_ceiling", "EUR", "De-minimis-Höchstbetrag"),
    ("--deminimis-years", "deminimis_years", "N", "De-minimis-Zeitraum in Jahren"),
    ("--deminimis-basis", "deminimis_basis", "TEXT", "Rechtsgrundlage De-minimis, z. B. eine Verordnung"),
    ("--deminimis-basis-title", "deminimis_basis_title", "TEXT", "übriger amtlicher Titel der Rechtsgrundlage"),
    ("--sme-staff", "sme_staff_limit", "N", "KMU: weniger Jahresarbeitseinheiten als N"),
    ("--sme-turnover", "sme_turnover_limit", "EUR", "KMU: Jahresumsatz höchstens"),
    ("--sme-balance", "sme_balance_limit", "EUR", "KMU: oder Bilanzsumme höchstens"),
)
AMOUNTS = frozenset({"cap", "min_costs", "deminimis_ceiling", "sme_turnover_limit", "sme_balance_limit"})


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    programme = sub.add_parser("programme", parents=[common], help="Programmversionen und ihre Zahlen")
    programme_sub = programme.add_subparsers(dest="programme_command", required=True)
    listing = programme_sub.add_parser("list", parents=[common], help="alle Programmversionen mit ihren Zahlen")
    listing.set_defaults(handler=cmd_programme_list)
    add = programme_sub.add_parser(
        "add", parents=[common],
        help="neue Programmversion ab einem Datum (nur Administration); nicht genannte Zahlen gelten weiter")
    add.add_argument("--from", dest="valid_from", required=True, metavar="DATE",
                     help="gültig ab (TT.MM.JJJJ oder JJJJ-MM-TT): nach dem Beginn der neuesten Version, "
                          "nicht in der Vergangenheit")
    for option, field, metavar, text in OPTIONS:
        add.add_argument(option, dest=field, default=None, metavar=metavar, help=text)
    add.set_defaults(handler=cmd_programme_add)


def parse_day(field: str, text: str) -> date:
    """``24.11.2026`` or ``2026-11-24``."""
    value = text.strip()
    try:
        match = _GERMAN_DATE.match(value)
        if match:
            return date(int(match[3]), int(match[2]), int(match[1]))
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(field, "not_a_date", value=text) from None


def _amount(field: str, text: str) -> Decimal:
    """German (``2.000,00``, ``2.000``) or plain (``2000.50``) euros."""
    try:
        return parse_german_money(text)
    except MoneyError as exc:
        raise ValidationError(field, f"money_{exc.code}", value=text) from None


def cmd_programme_add(args: argparse.Namespace, services: Services) -> int:
    from bwi_vouchers.services.programmes import ProgrammeChange  # the programme commands alone need these

    values: dict[str, object] = {}
    for _, field, _, _ in OPTIONS:
        given = getattr(args, field)
        if given is not None:
            values[field] = _amount(field, given) if field in AMOUNTS else given
    change = ProgrammeChange(valid_from=parse_day("valid_from", args.valid_from), **values)  # type: ignore[arg-type]
    actor = services.users.acting(args.login)
    version = services.catalogue.add_programme_change(actor.login, change)
    print(f"Programmversion ab {day(version.valid_from)} angelegt.", file=args.out)
    for line in describe(version):
        print(line, file=args.out)
    return 0


def cmd_programme_list(args: argparse.Namespace, services: Services) -> int:
    versions = sorted(services.catalogue.programmes(), key=lambda v: v.valid_from)
    current = services.catalogue.in_force()
    for index, version in enumerate(versions):
        if index:
            print(file=args.out)
        state = " (heute in Kraft)" if version.valid_from == current.valid_from else (
            " (künftig)" if version.valid_from > current.valid_from else "")
        print(f"Programmversion ab {day(version.valid_from)}: {version.name}{state}", file=args.out)
        for line in describe(version):
            print(line, file=args.out)
    return 0


def describe(p: Programme) -> list[str]:
    """The numbers of a version, German, one topic a line."""
    types = ", ".join(MEASURE_TYPE[t.value][0] for t in MeasureType if t in p.measure_types)
    sources = ", ".join(s + (" (Standard)" if s == p.default_source else "") for s in p.funding_sources)
    sme = p.sme_limit
    return [
        f"  Fördersatz {percent(p.rate)}, Höchstbetrag {money(p.cap)} je Gutschein, "
        f"förderfähige Kosten mindestens {money(p.min_costs)}",
        f"  Gutscheine je Unternehmen und Jahr: höchstens {p.max_vouchers_per_year}; Vorlauf vor Maßnahmebeginn: "
        f"{plural(p.lead_days, de=('{n} Tag', '{n} Tage'))}; Verwendungsnachweis: "
        f"{plural(p.proof_months, de=('{n} Monat', '{n} Monate'))} nach Maßnahmeende",
        f"  De-minimis: höchstens {money(p.deminimis_ceiling)} in {years_period(p.deminimis_years)} "
        f"({p.deminimis_basis})",
        f"  KMU: weniger als {number(sme.staff)} Jahresarbeitseinheiten und Jahresumsatz bis {money(sme.turnover)} "
        f"oder Bilanzsumme bis {money(sme.balance_sheet_total)}",
        f"  Mittelherkunft: {sources}; Maßnahmenarten: {types}",
    ]
