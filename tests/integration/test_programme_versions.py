"""Two programme versions: every application is judged, approved, paid and written to by the version in force
on its receipt date, never by the one in force on the day of the check or the decision.

The world starts on 2 March 2026 under the seed version (rate 50 %, cap 3,000 €, two vouchers a year,
proof of use 6 months, de minimis over three years, SME below 250 annual work units). From 1 April 2026 a
second version applies: rate 40 %, cap 2,000 €, one voucher a year, proof of use 3 months, de minimis over
two years, SME below 10 annual work units. Every assertion below would fail if the version were chosen by
"today" (the clock stands after 1 April when the old application is checked and decided).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import docx
import pytest

from bwi_vouchers.domain.enums import Outcome, Status
from bwi_vouchers.errors import BwiError, PermissionDenied, ValidationError
from bwi_vouchers.services.programmes import ProgrammeChange
from bwi_vouchers.texts import reason_text
from tests.conftest import World

pytestmark = pytest.mark.both_engines

CHANGE_DAY = date(2026, 4, 1)
NEW = ProgrammeChange(valid_from=CHANGE_DAY, rate_percent="40", cap="2000", max_vouchers_per_year="1",
                      proof_months="3", deminimis_years="2", sme_staff_limit="10")


@dataclass
class TwoVersions:
    world: World
    old: str  # received 2 March 2026, under the first version
    old_second: str  # the same company, another measure in 2026, also under the first version
    new: str  # received 2 May 2026, under the second version


@pytest.fixture
def two(world: World) -> TwoVersions:
    """Applications on both sides of the change day; the clock then stands on 2 May 2026."""
    world.budget("100000.00")
    world.services.catalogue.add_programme_change("admin", NEW)
    june = world.measure(start=date(2026, 6, 15), end=date(2026, 6, 19))
    july = world.measure(start=date(2026, 7, 13), end=date(2026, 7, 17))
    older = world.company("Alt GmbH")  # 12 annual work units: an SME by the first version only
    old = world.application(older, june, costs="8000.00").reference
    old_second = world.application(older, july, costs="8000.00").reference
    world.clock.advance((date(2026, 5, 2) - world.clock.today()).days)
    newer = world.company("Neu GmbH", awu="5")
    new = world.application(newer, june, costs="8000.00").reference
    return TwoVersions(world, old, old_second, new)


def approve(world: World, reference: str) -> None:
    world.services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    world.services.lifecycle.move("approver", reference, Status.APPROVED)


def letter_text(path: Path) -> str:
    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        lines += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(lines)


def test_the_check_uses_the_version_of_the_receipt_date(two: TwoVersions) -> None:
    services = two.world.services
    old = services.applications.check(two.old).assessment
    new = services.applications.check(two.new).assessment
    assert (old.voucher_amount, new.voucher_amount) == (D("3000.00"), D("2000.00"))
    assert old.eligible and new.eligible
    # R08: two a year under the first version (the company's second application passes), one under the second
    second = services.applications.check(two.old_second).assessment.by_rule("R08")
    assert (second.outcome, second.params["limit"]) == (Outcome.PASS, "2")
    # R10 names the window of its own version
    assert "in den letzten drei Jahren" in reason_text(old.by_rule("R10").reason, old.by_rule("R10").params)
    assert new.by_rule("R10").params["years"] == "2"


def test_the_sme_limit_is_the_receipt_date_versions(two: TwoVersions) -> None:
    """12 annual work units: an SME by the first version, not by the second (fewer than 10)."""
    world = two.world
    company = world.company("Zwölf GmbH")  # 12 annual work units
    late = world.application(company, world.measure(start=date(2026, 6, 1), end=date(2026, 6, 2)), costs="2000")
    r04 = world.services.applications.check(late.reference).assessment.by_rule("R04")
    assert (r04.outcome, r04.reason, r04.params["limit"]) == (Outcome.FAIL, "sme_staff", "10")
    assert world.services.applications.check(two.old).assessment.by_rule("R04").outcome is Outcome.PASS


def test_approval_payout_and_proof_due_follow_the_receipt_date_version(two: TwoVersions) -> None:
    world, services = two.world, two.world.services
    approve(world, two.old)
    approve(world, two.new)
    old, new = services.applications.get(two.old), services.applications.get(two.new)
    assert (old.approved_amount, new.approved_amount) == (D("3000.00"), D("2000.00"))
    # measure end 19 June 2026 + 6 months (first version) or + 3 months (second)
    assert (old.proof_due_date, new.proof_due_date) == (date(2026, 12, 19), date(2026, 9, 19))

    world.clock.advance((date(2026, 7, 1) - world.clock.today()).days)
    for reference in (two.old, two.new):
        services.lifecycle.move("clerk", reference, Status.PROOF_RECEIVED, costs="5000.00")
        services.lifecycle.move("approver2", reference, Status.PAID)
    # 50 % of 5,000 € under the first version, 40 % under the second
    old, new = services.applications.get(two.old), services.applications.get(two.new)
    assert (old.payout_amount, new.payout_amount) == (D("2500.00"), D("2000.00"))


def test_the_second_voucher_of_a_year_is_judged_by_its_own_version(two: TwoVersions) -> None:
    """The old company's second application may be approved after the change day (limit 2), the new
    version's limit of one voucher a year does not apply to it."""
    approve(two.world, two.old)
    approve(two.world, two.old_second)
    assert two.world.services.applications.get(two.old_second).status is Status.APPROVED


def test_letters_take_amounts_and_words_from_the_receipt_date_version(two: TwoVersions, tmp_path: Path) -> None:
    world = two.world
    approve(world, two.old)
    approve(world, two.new)
    old = letter_text(world.services.letters.write("clerk", two.old, tmp_path).path)
    new = letter_text(world.services.letters.write("clerk", two.new, tmp_path).path)
    assert "3.000,00 €" in old and "50 %" in old and "19.12.2026" in old
    assert "in einem Zeitraum von drei Jahren" in old
    assert "2.000,00 €" in new and "40 %" in new and "19.09.2026" in new
    assert "in einem Zeitraum von zwei Jahren" in new
    assert "Verordnung (EU) 2023/2831" in old and "Verordnung (EU) 2023/2831" in new


def test_a_new_legal_basis_reaches_the_rule_reason_and_the_letter(world: World, tmp_path: Path) -> None:
    world.budget("100000.00")
    world.services.catalogue.add_programme_change("admin", ProgrammeChange(
        valid_from=date(2026, 3, 3), deminimis_basis="Verordnung (EU) 2099/1", deminimis_basis_title="des Tests"))
    world.clock.advance(1)
    app = world.application(world.company(), world.measure(), costs="4000")
    r10 = world.services.applications.check(app.reference).assessment.by_rule("R10")
    assert r10.params["basis"] == "Verordnung (EU) 2099/1"
    approve(world, app.reference)
    text = letter_text(world.services.letters.write("clerk", app.reference, tmp_path).path)
    assert "Verordnung (EU) 2099/1 des Tests" in text and "2023/2831" not in text


def test_a_change_carries_the_other_numbers_over_and_is_audited(world: World) -> None:
    added = world.services.catalogue.add_programme_change("admin", ProgrammeChange(
        valid_from=date(2026, 7, 1), cap="2000"))
    first = world.services.catalogue.programmes()[0]
    assert added.cap == D("2000.00")
    assert (added.rate, added.min_costs, added.max_vouchers_per_year, added.deminimis_ceiling, added.sme_limit,
            added.funding_sources) == (first.rate, first.min_costs, first.max_vouchers_per_year,
                                       first.deminimis_ceiling, first.sme_limit, first.funding_sources)
    event = world.services.dashboard.recent_events(1)[0]
    assert (event.entity, event.entity_id, event.action) == ("programme_version", "2026-07-01", "created")
    assert event.changes["cap"] == [None, "2000.00"]


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"rate_percent": "150"}, "rate", "not_between"),
        ({"rate_percent": "0"}, "rate", "not_between"),
        ({"rate_percent": "viel"}, "rate", "not_a_number"),
        ({"cap": "-5"}, "cap", "money_negative"),
        ({"cap": "5000000"}, "cap", "amount_not_between"),
        ({"min_costs": "abc"}, "min_costs", "money_not_a_number"),
        ({"max_vouchers_per_year": "-1"}, "max_vouchers_per_year", "not_between"),
        ({"lead_days": "zwei"}, "lead_days", "not_a_number"),
        ({"proof_months": "1000"}, "proof_months", "not_between"),
        ({"deminimis_ceiling": "0"}, "deminimis_ceiling", "amount_not_between"),
        ({"deminimis_years": "11"}, "deminimis_years", "not_between"),
        ({"sme_staff_limit": "-3"}, "sme_staff_limit", "not_between"),
    ],
)
def test_bad_numbers_are_refused_and_nothing_changes(world: World, change: dict[str, object], field: str,
                                                     code: str) -> None:
    before = world.services.catalogue.programmes()
    with pytest.raises(ValidationError) as refused:
        world.services.catalogue.add_programme_change("admin", ProgrammeChange(valid_from=date(2026, 7, 1),
                                                                                **change))  # type: ignore[arg-type]
    assert (refused.value.field, refused.value.code) == (field, code)
    assert world.services.catalogue.programmes() == before


def test_a_from_date_must_follow_the_newest_version(world: World) -> None:
    world.services.catalogue.add_programme_change("admin", ProgrammeChange(valid_from=date(2026, 7, 1), cap="2000"))
    for day in (date(2026, 7, 1), date(2026, 6, 30)):
        with pytest.raises(ValidationError) as refused:
            world.services.catalogue.add_programme_change("admin", ProgrammeChange(valid_from=day, cap="1000"))
        assert refused.value.code == "date_out_of_range"
    assert len(world.services.catalogue.programmes()) == 2


def test_only_an_admin_adds_a_version(world: World) -> None:
    with pytest.raises(PermissionDenied):
        world.services.catalogue.add_programme_change("clerk", ProgrammeChange(valid_from=date(2026, 7, 1)))
    assert len(world.services.catalogue.programmes()) == 1


def test_refusals_read_as_one_german_line(world: World) -> None:
    with pytest.raises(BwiError) as refused:
        world.services.catalogue.add_programme_change("admin", ProgrammeChange(valid_from=date(2026, 7, 1),
                                                                                rate_percent="150"))
    assert str(refused.value) == "Fördersatz: „150“ muss zwischen 0 % und 100 % liegen."


def test_the_report_sizes_and_register_follow_the_receipt_date_version(two: TwoVersions, tmp_path: Path) -> None:
    """12 annual work units: a small enterprise under the first version, large under the second (SME below 10)."""
    from openpyxl import load_workbook

    world = two.world
    world.application(world.company("Zwölf GmbH"), world.measure(start=date(2026, 6, 1), end=date(2026, 6, 2)),
                      costs="2000")
    approve(world, two.old)
    book = load_workbook(world.services.reports.budget_report(tmp_path / "bericht.xlsx"))
    sizes = {r[1].value: r[2].value for r in book["Unternehmensgröße"].iter_rows(min_row=2) if r[1].value}
    # old and old_second: small (first version); new: micro (5 work units); Zwölf GmbH: large (second version)
    assert sizes == {"Kleines Unternehmen": 2, "Kleinstunternehmen": 1, "Großunternehmen": 1}
    register = [r[6].value for r in book["De-minimis"].iter_rows(min_row=2) if r[7].value == two.old]
    assert register == ["Verordnung (EU) 2023/2831"]
