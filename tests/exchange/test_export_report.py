"""The application export and the budget report, read back with openpyxl: columns, types, formats, sums, safety."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.errors import BwiError, WorkCancelled
from bwi_vouchers.services.listing import ApplicationFilter
from tests.conftest import World
from tests.documents.helpers import FORMULA_NAME, ODD_NAME, Cases, raw_ledger_totals

pytestmark = pytest.mark.both_engines

REQUIRED = ["Referenz", "Unternehmen", "Maßnahme", "Themenfeld", "Antragseingang", "Status",
            "Förderfähige Kosten (EUR)", "Gutscheinbetrag (EUR)", "Bewilligt (EUR)", "Ausgezahlt (EUR)"]
EURO = '#,##0.00 "€"'


def money(value: object) -> Decimal:
    """A number cell as exact money (openpyxl reads numbers back as int or float)."""
    return Decimal(str(value)).quantize(Decimal("0.01"))


def test_export_columns_and_types(world: World, cases: Cases, out: Path) -> None:
    written = world.services.reports.export_applications(out / "liste.xlsx")

    ws = load_workbook(written.path)["Anträge"]
    headers = [c.value for c in ws[1]]
    assert all(h in headers for h in REQUIRED)
    assert written.rows == ws.max_row - 1 == 6
    rows = {r[0].value: {h: c for h, c in zip(headers, r, strict=True)} for r in ws.iter_rows(min_row=2)}
    approved = rows[cases.approved]
    assert approved["Unternehmen"].value == ODD_NAME
    assert approved["Themenfeld"].value == "6 – Photonik (optische Industrie)"
    assert approved["Status"].value == "bewilligt"
    assert isinstance(approved["Antragseingang"].value, datetime)
    assert approved["Antragseingang"].value.date() == date(2026, 3, 2)
    assert approved["Antragseingang"].number_format == "DD.MM.YYYY"
    for header in ("Förderfähige Kosten (EUR)", "Gutscheinbetrag (EUR)", "Bewilligt (EUR)"):
        assert approved[header].data_type == "n" and approved[header].number_format == EURO
    assert money(approved["Förderfähige Kosten (EUR)"].value) == Decimal("5400.00")
    assert money(approved["Bewilligt (EUR)"].value) == Decimal("2700.00")
    assert money(rows[cases.paid]["Ausgezahlt (EUR)"].value) == Decimal("2000.00")
    assert rows[cases.received]["Bewilligt (EUR)"].value is None
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:R7"


def test_no_text_becomes_a_formula(world: World, cases: Cases, out: Path) -> None:
    path = world.services.reports.export_applications(out / "liste.xlsx").path
    cell = next(r[1] for r in load_workbook(path)["Anträge"].iter_rows(min_row=2) if r[0].value == cases.formula)
    assert cell.value == FORMULA_NAME
    assert cell.data_type == "s" and cell.quotePrefix  # a string, and it stays one when edited

    report = world.services.reports.budget_report(out / "bericht.xlsx")
    for ws in load_workbook(report):
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", f"{ws.title}!{c.coordinate} is a formula"


def test_export_as_shown_by_the_list_filter(world: World, cases: Cases, out: Path) -> None:
    where = ApplicationFilter(statuses=frozenset({Status.APPROVED}), text="schmid")
    written = world.services.reports.export_applications(out / "gefiltert.xlsx", where)
    refs = [r[0].value for r in load_workbook(written.path)["Anträge"].iter_rows(min_row=2)]
    assert refs == [cases.efre] and written.rows == 1


def test_report_totals_equal_the_ledger(world: World, cases: Cases, out: Path) -> None:
    book = load_workbook(world.services.reports.budget_report(out / "bericht.xlsx"))
    assert book.sheetnames == ["Budget", "Zielfelder", "Regionen", "Maßnahmenarten", "Zielländer",
                               "Unternehmensgröße", "De-minimis"]
    raw = raw_ledger_totals(world)

    budget = book["Budget"]
    lines = {(r[0].value, r[1].value): [money(c.value) for c in r[2:6]] for r in budget.iter_rows(min_row=2)
             if isinstance(r[0].value, int)}
    assert lines == {key: [v["budget"], v["committed"], v["paid"], v["available"]] for key, v in raw.items()}
    assert lines[(2026, "Landesmittel")][1:3] == [Decimal("3200.00"), Decimal("2000.00")]  # 2.700 + 500 still open
    assert all(c.number_format == EURO for c in budget[2][2:6])
    assert budget.freeze_panes == "A2" and budget.auto_filter.ref and len(budget._charts) == 1
    committed = sum(v["committed"] for v in raw.values())
    paid = sum(v["paid"] for v in raw.values())
    for name in ("Zielfelder", "Regionen", "Maßnahmenarten", "Zielländer", "Unternehmensgröße"):
        ws = book[name]
        total = next(r for r in ws.iter_rows() if r[0].value == "Summe")
        assert (money(total[4].value), money(total[5].value)) == (committed, paid), name
        assert total[2].value == 6 and total[3].value == 4  # applications, approvals
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    sizes = {r[1].value: r[2].value for r in book["Unternehmensgröße"].iter_rows(min_row=2) if r[1].value}
    assert sizes == {"Kleines Unternehmen": 5, "Großunternehmen": 1}


def test_report_deminimis_extract(world: World, cases: Cases, out: Path) -> None:
    ws = load_workbook(world.services.reports.budget_report(out / "bericht.xlsx"))["De-minimis"]
    headers = [c.value for c in ws[1]]
    rows = {r[headers.index("Aktenzeichen")].value: r for r in ws.iter_rows(min_row=2)
            if r[headers.index("Aktenzeichen")].value}
    assert set(rows) == {cases.approved, cases.paid, cases.efre, cases.formula}
    paid = rows[cases.paid]
    assert paid[headers.index("Unternehmen")].value == "Feinmechanik Weber GmbH"
    assert money(paid[headers.index("Betrag (EUR)")].value) == Decimal("2000.00")
    assert paid[headers.index("Gewährungsdatum")].value.date() == date(2026, 3, 2)
    assert paid[headers.index("Gewährende Stelle")].value == "Baden-Württemberg International GmbH"
    assert money(rows[cases.approved][headers.index("Betrag (EUR)")].value) == Decimal("2700.00")


def test_report_for_one_year(world: World, cases: Cases, out: Path) -> None:
    empty = load_workbook(world.services.reports.budget_report(out / "2027.xlsx", 2027))
    assert [c.value for c in empty["Budget"][2]][:1] == [None]  # no line in 2027: only the empty row, then the sum
    assert not any(r[0].value and str(r[0].value).startswith("IG-") for r in empty["De-minimis"].iter_rows())


def test_files_are_written_whole_or_not_at_all(world: World, cases: Cases, out: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    target = out / "bericht.xlsx"
    target.write_bytes(b"the old report")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("bwi_vouchers.atomic.os.fsync", disk_full)
    with pytest.raises(BwiError) as refused:
        world.services.reports.budget_report(target)
    assert refused.value.code == "cannot_write"
    assert target.read_bytes() == b"the old report"
    assert [p.name for p in out.iterdir()] == ["bericht.xlsx"]  # no temporary file left


def test_a_missing_folder_or_wrong_suffix_is_refused(world: World, out: Path) -> None:
    with pytest.raises(BwiError) as missing:
        world.services.reports.export_applications(out / "nicht-da" / "liste.xlsx")
    assert missing.value.code == "cannot_write"
    with pytest.raises(BwiError) as suffix:
        world.services.reports.budget_report(out / "bericht.csv")
    assert suffix.value.code == "not_xlsx"


def _cancel_after(looks: int):  # type: ignore[no-untyped-def]
    """A cancel flag that says yes from its ``looks``-th question on (the user presses Cancel late)."""
    asked = iter(range(1, 10_000))
    return lambda: next(asked) >= looks


@pytest.mark.parametrize("looks", [1, 2, 3, 4, 6])
def test_a_cancelled_report_leaves_no_file_and_keeps_the_old_one(world: World, cases: Cases, out: Path,
                                                                 looks: int) -> None:
    old = out / "bericht.xlsx"
    old.write_bytes(b"the report of yesterday")
    with pytest.raises(WorkCancelled):
        world.services.reports.budget_report(old, is_cancelled=_cancel_after(looks))
    assert [p.name for p in out.iterdir()] == ["bericht.xlsx"]  # no temporary file left behind
    assert old.read_bytes() == b"the report of yesterday"


@pytest.mark.parametrize("looks", [1, 2, 3])
def test_a_cancelled_export_leaves_no_file(world: World, cases: Cases, out: Path, looks: int) -> None:
    with pytest.raises(WorkCancelled):
        world.services.reports.export_applications(out / "liste.xlsx", is_cancelled=_cancel_after(looks))
    assert list(out.iterdir()) == []


def test_an_export_that_nobody_cancels_is_written(world: World, cases: Cases, out: Path) -> None:
    written = world.services.reports.export_applications(out / "liste.xlsx", is_cancelled=lambda: False)
    assert written.rows == 6 and [p.name for p in out.iterdir()] == ["liste.xlsx"]


def test_cancel_at_the_very_last_moment_still_leaves_no_file(world: World, cases: Cases, out: Path) -> None:
    questions: list[bool] = []
    world.services.reports.budget_report(out / "probe.xlsx", is_cancelled=lambda: questions.append(False) or False)
    (out / "probe.xlsx").unlink()
    assert len(questions) >= 4  # before each table and once more before the rename
    with pytest.raises(WorkCancelled):  # the last question is the one just before the rename
        world.services.reports.budget_report(out / "bericht.xlsx", is_cancelled=_cancel_after(len(questions)))
    assert list(out.iterdir()) == []
