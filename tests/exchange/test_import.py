"""The import (DESIGN §8) over a real database: per-row results, dry run, one transaction, no duplicates."""

from __future__ import annotations

from contextlib import closing
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from bwi_vouchers.domain.enums import Outcome
from bwi_vouchers.errors import PermissionDenied
from bwi_vouchers.exchange.columns import IMPORT_SHEETS
from bwi_vouchers.services.companies import CompanyDetails, CompanyInput
from bwi_vouchers.services.importing import RowState
from tests.conftest import World
from tests.documents.helpers import ODD_NAME, counts
from tests.exchange.helpers import GOOD, MEASURE, workbook

pytestmark = pytest.mark.both_engines


def lines(report: Any) -> list[tuple[str, int, str, str | None, list[tuple[str, str]]]]:
    return [(r.sheet, r.row, r.state.value, r.key, [(p.column, p.code) for p in r.problems]) for r in report.rows]


def test_template_has_the_exact_headers_and_an_instruction_sheet(world: World, tmp_path: Path) -> None:
    path = world.services.importing.template(tmp_path / "vorlage.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Anleitung", "Cluster", "Maßnahmen", "Anträge"]
    for spec in IMPORT_SHEETS:
        assert tuple(c.value for c in book[spec.name][1]) == spec.headers
    assert book["Anträge"].freeze_panes == "A2"
    guide = "\n".join(str(c.value) for row in book["Anleitung"].iter_rows() for c in row if c.value)
    assert "--dry-run" in guide and "Photonics BW" in guide and "Medizintechnik" in guide


def test_good_bad_and_ineligible_rows(world: World, tmp_path: Path) -> None:
    rows = [
        GOOD,
        {**GOOD, "Unternehmen": "Großkonzern AG", "Registernummer": "Ulm HRB 5002", "Beschäftigte (JAE)": 5000,
         "Cluster/Netzwerk": None, "Mitglied seit": None, "Förderfähige Kosten (EUR)": 300},  # readable, ineligible
        {**GOOD, "Unternehmen": "Datum GmbH", "Registernummer": "Ulm HRB 5003", "Antragseingang": "32.13.2026"},
        {**GOOD, "Unternehmen": "Zahl GmbH", "Registernummer": "Ulm HRB 5004", "Förderfähige Kosten (EUR)": "viel",
         "Cluster/Netzwerk": "Gibt es nicht"},
        {**GOOD, "Unternehmen": None, "Registernummer": "Ulm HRB 5005"},
        {**GOOD, "Unternehmen": "PLZ GmbH", "Registernummer": "Ulm HRB 5006", "PLZ": "7017"},
        {**GOOD, "Unternehmen": "Maßnahme GmbH", "Registernummer": "Ulm HRB 5007", "Maßnahme": "M-1999-001"},
        {**GOOD, "Unternehmen": "Zukunft GmbH", "Registernummer": "Ulm HRB 5008",
         "Antragseingang": datetime(2027, 1, 1)},
    ]
    path = workbook(tmp_path / "antraege.xlsx", measures=[MEASURE], applications=rows)

    report = world.services.importing.run("admin", path)

    assert lines(report) == [
        ("Maßnahmen", 2, "imported", "M-2026-101", []),
        ("Anträge", 2, "imported", "IG-2026-0001", []),
        ("Anträge", 3, "imported", "IG-2026-0002", []),
        ("Anträge", 4, "refused", None, [("Antragseingang", "cell_not_date")]),
        ("Anträge", 5, "refused", None, [("Förderfähige Kosten (EUR)", "cell_not_amount"),
                                          ("Cluster/Netzwerk", "cell_unknown_cluster")]),
        ("Anträge", 6, "refused", None, [("Unternehmen", "cell_required")]),
        ("Anträge", 7, "refused", None, [("PLZ", "bad_postcode")]),
        ("Anträge", 8, "refused", None, [("Maßnahme", "cell_unknown_measure")]),
        ("Anträge", 9, "refused", None, [("Antragseingang", "date_out_of_range")]),
    ]
    assert report.refused == 6
    assert report.rows[4].problems[0].message() == "„viel“ ist kein Betrag (z. B. 2.500,00)."
    first = world.services.applications.get("IG-2026-0001")
    assert (first.company_name, first.eligible_costs, first.receipt_date) == (ODD_NAME, 5400, date(2026, 3, 1))
    company = world.services.companies.get(first.company_id)
    assert [(f.reference_year, str(f.annual_work_units)) for f in company.figures] == [(2025, "12.5")]
    assert [(m.cluster_name, m.valid_from) for m in company.memberships] == [("Photonics BW", date(2024, 1, 1))]
    assert [c.name for c in company.contacts] == ["Erika Mustermann"]
    checks = world.services.applications.check("IG-2026-0002").assessment
    assert {c.rule for c in checks.failed} == {"R02", "R04", "R07", "R12"}  # the checklist says why (no budget)
    assert world.services.applications.check("IG-2026-0001").assessment.eligible is False  # no budget line yet
    assert world.services.applications.check("IG-2026-0001").assessment.by_rule("R12").outcome is Outcome.FAIL


def test_wrong_identifiers_are_refused_at_their_column(world: World, tmp_path: Path) -> None:
    rows = [{**GOOD, "Unternehmen": "Prüfziffer GmbH", "Registernummer": None, "USt-IdNr.": "DE123456789"},
            {**GOOD, "Unternehmen": "Ohne Gericht GmbH", "Registernummer": "HRB 12"},
            {**GOOD, "Unternehmen": "Richtig GmbH", "Registernummer": "stuttgart hrb 4711", "USt-IdNr.": "de136695976"}]
    path = workbook(tmp_path / "antraege.xlsx", measures=[MEASURE], applications=rows)

    report = world.services.importing.run("admin", path)

    assert lines(report)[1:] == [
        ("Anträge", 2, "refused", None, [("USt-IdNr.", "vat_id_checksum")]),
        ("Anträge", 3, "refused", None, [("Registernummer", "bad_register_number")]),
        ("Anträge", 4, "imported", "IG-2026-0001", []),
    ]
    assert "Prüfziffer" in report.rows[1].problems[0].message()
    company = world.services.companies.get(world.services.applications.get("IG-2026-0001").company_id)
    assert (company.register_number, company.vat_id) == ("Amtsgericht Stuttgart HRB 4711", "DE136695976")


def test_anrede_is_read_and_checked(world: World, tmp_path: Path) -> None:
    rows = [{**GOOD, "Anrede": " herr", "Ansprechpartner": "Dr. Hans Berg"},
            {**GOOD, "Unternehmen": "Divers GmbH", "Registernummer": "Ulm HRB 6001", "Anrede": "Frl."},
            {**GOOD, "Unternehmen": "Ohne GmbH", "Registernummer": "Ulm HRB 6002", "Anrede": "Frau",
             "Ansprechpartner": None, "E-Mail": None}]
    path = workbook(tmp_path / "antraege.xlsx", measures=[MEASURE], applications=rows)

    report = world.services.importing.run("admin", path)

    assert lines(report)[1:] == [("Anträge", 2, "imported", "IG-2026-0001", []),
                                 ("Anträge", 3, "refused", None, [("Anrede", "bad_salutation")]),
                                 ("Anträge", 4, "refused", None, [("Ansprechpartner", "contact_missing")])]
    company = world.services.companies.get(world.services.applications.get("IG-2026-0001").company_id)
    assert [(c.salutation, c.name) for c in company.contacts] == [("Herr", "Dr. Hans Berg")]


def test_dry_run_changes_nothing_and_reports_what_would_happen(world: World, tmp_path: Path) -> None:
    bad = {**GOOD, "Registernummer": "Ulm HRB 9", "PLZ": "1"}
    path = workbook(tmp_path / "a.xlsx", measures=[MEASURE], applications=[GOOD, bad])
    before = counts(world)

    report = world.services.importing.run("admin", path, dry_run=True)

    assert [r.state for r in report.rows] == [RowState.IMPORTED, RowState.IMPORTED, RowState.REFUSED]
    assert report.dry_run and report.rows[1].key == "IG-2026-0001"
    assert counts(world) == before
    assert world.services.importing.run("admin", path).rows[1].key == "IG-2026-0001"  # the same reference for real


def test_the_same_file_twice_imports_nothing_twice(world: World, tmp_path: Path) -> None:
    twin = {**GOOD, "Unternehmen": "Mueller und Soehne", "Förderfähige Kosten (EUR)": "9.999,00"}
    path = workbook(tmp_path / "a.xlsx", measures=[MEASURE], applications=[GOOD, twin])
    first = world.services.importing.run("admin", path)
    assert [r.state for r in first.rows] == [RowState.IMPORTED, RowState.IMPORTED, RowState.ALREADY]
    assert first.rows[2].key == "IG-2026-0001"  # same register number, measure and receipt date: the same one
    after_first = counts(world)

    second = world.services.importing.run("admin", path)

    assert [(r.state, r.key) for r in second.rows] == [
        (RowState.ALREADY, "M-2026-101"), (RowState.ALREADY, "IG-2026-0001"), (RowState.ALREADY, "IG-2026-0001")]
    assert {k: v for k, v in counts(world).items() if k != "audit_event"} == \
        {k: v for k, v in after_first.items() if k != "audit_event"}


@pytest.mark.parametrize("found_by", ["register", "vat", "name"])
def test_known_companies_are_matched(world: World, tmp_path: Path, found_by: str) -> None:
    known = world.services.companies.create("clerk", CompanyDetails(CompanyInput(
        name="Müller & Söhne GmbH", register_number="Ulm HRB 7777", vat_id="DE136695976", postcode="70173"))).id
    row = {**GOOD, "Registernummer": None, "USt-IdNr.": None, "Unternehmen": "Anders heißende AG", "PLZ": "70173"}
    if found_by == "register":
        row["Registernummer"] = "ulm  hrb 7777"  # matched in its stored form
    elif found_by == "vat":
        row["USt-IdNr."] = "de 136 695 976"
    else:
        row["Unternehmen"] = "Mueller & Soehne"
    path = workbook(tmp_path / "a.xlsx", measures=[MEASURE], applications=[row])
    before = counts(world)["company"]

    report = world.services.importing.run("admin", path)

    assert world.services.applications.get(report.rows[1].key).company_id == known
    assert counts(world)["company"] == before
    assert [c.name for c in world.services.companies.get(known).contacts] == ["Erika Mustermann"]  # completed


def test_clusters_need_an_admin_and_measures_may_name_countries_in_german(world: World, tmp_path: Path) -> None:
    cluster = {"Name": "Quantum BW", "Art": "Landesweites Netzwerk", "Landesgesellschaft": "nein",
               "Themenfelder": "6, 8"}
    row = {**GOOD, "Cluster/Netzwerk": "Quantum BW"}
    path = workbook(tmp_path / "a.xlsx", clusters=[cluster, {"Name": "X", "Art": "Verein"}], measures=[MEASURE],
                    applications=[row])

    as_clerk = world.services.importing.run("clerk", path, dry_run=True)
    assert lines(as_clerk)[0][2:] == ("refused", None, [("", "import_needs_admin")])
    assert lines(as_clerk)[1][4] == [("Art", "cell_choice")]
    assert lines(as_clerk)[2][2:] == ("refused", None, [("", "import_measure_needs_admin")])  # DESIGN §1
    assert lines(as_clerk)[3][4] == [("Cluster/Netzwerk", "cell_unknown_cluster"), ("Maßnahme", "cell_unknown_measure")]

    as_admin = world.services.importing.run("admin", path)
    assert [r.state for r in as_admin.rows] == [RowState.IMPORTED, RowState.REFUSED, RowState.IMPORTED,
                                                RowState.IMPORTED]
    assert world.services.catalogue.cluster("Quantum BW").themes == (6, 8)
    assert world.services.measures.get("M-2026-101").country == "JP"


def test_only_clerks_import(world: World, tmp_path: Path) -> None:
    path = workbook(tmp_path / "a.xlsx", applications=[GOOD])
    with pytest.raises(PermissionDenied):
        world.services.importing.run("budget", path)


def test_real_cells_and_prior_aid(world: World, tmp_path: Path) -> None:
    row = {**GOOD, "Antragseingang": datetime(2026, 2, 27), "Förderfähige Kosten (EUR)": 2500.5,
           "Beantragter Betrag (EUR)": 1000, "Beschäftigte (JAE)": 7, "Sitz/Niederlassung in BW": True,
           "De-minimis-Vorbeihilfen (EUR)": "120.000,00", "PLZ": 70173}
    path = workbook(tmp_path / "a.xlsx", measures=[MEASURE], applications=[row])
    report = world.services.importing.run("admin", path)

    info = world.services.applications.get(report.rows[1].key)
    assert (info.eligible_costs, info.requested_amount, info.receipt_date) == (
        2500.50, 1000, date(2026, 2, 27))
    aid = world.services.companies.get(info.company_id).deminimis
    assert [(a.amount, a.grant_date) for a in aid] == [(120000, None)]


def test_a_row_that_fails_only_when_written_undoes_the_whole_real_run(world: World, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The application rows are validated first and written together at the end: should the database still
    refuse one then, nothing of the run stays — not the measure, not the company, not an audit event."""
    from bwi_vouchers.errors import ConflictError
    from bwi_vouchers.storage import bulk

    real_insert = bulk.insert

    def refusing(session: Any, rows: Any, **kwargs: Any) -> int:
        if "application" in rows:
            raise ConflictError("integrity", detail="UNIQUE constraint failed: application.reference")
        return real_insert(session, rows, **kwargs)

    monkeypatch.setattr(bulk, "insert", refusing)
    path = workbook(tmp_path / "a.xlsx", measures=[MEASURE], applications=[GOOD])
    before = counts(world)

    with pytest.raises(ConflictError):
        world.services.importing.run("admin", path)

    assert counts(world) == before
    monkeypatch.setattr(bulk, "insert", real_insert)
    assert world.services.importing.run("admin", path, dry_run=True).rows[1].state is RowState.IMPORTED


def test_rows_of_one_file_see_each_other_and_references_have_no_gaps(world: World, tmp_path: Path) -> None:
    """A company new in the file is created once and completed by its later rows; a refused row between
    takes no reference; the same company, measure and receipt date twice in the file is imported once."""
    later = {**GOOD, "Antragseingang": "02.03.2026", "Ansprechpartner": "Max Muster", "E-Mail": "max@example.com"}
    bad = {**GOOD, "Antragseingang": "03.03.2026", "Förderfähige Kosten (EUR)": "-5,00"}
    path = workbook(tmp_path / "a.xlsx", measures=[MEASURE], applications=[GOOD, bad, later, GOOD])
    before = counts(world)

    report = world.services.importing.run("admin", path)

    assert [(r.state, r.key) for r in report.rows[1:]] == [
        (RowState.IMPORTED, "IG-2026-0001"), (RowState.REFUSED, None), (RowState.IMPORTED, "IG-2026-0002"),
        (RowState.ALREADY, "IG-2026-0001")]
    after = counts(world)
    assert after["company"] == before["company"] + 1 and after["application"] == before["application"] + 2
    company = world.services.applications.get("IG-2026-0002").company_id
    assert world.services.applications.get("IG-2026-0001").company_id == company
    assert sorted(c.name for c in world.services.companies.get(company).contacts) == ["Erika Mustermann",
                                                                                     "Max Muster"]
    with closing(world.raw()) as connection:
        events = connection.execute("SELECT entity, action FROM audit_event WHERE CAST(changes AS TEXT) "
                                    "LIKE '%Import a.xlsx%' "
                                    "ORDER BY id").fetchall()
    assert events == [("measure", "created"), ("company", "created"), ("application", "created"),
                      ("company", "completed"), ("application", "created")]
