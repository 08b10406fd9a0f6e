"""Demo data: deterministic by seed, every status, consistent with the rules, the ledger and the audit trail."""

from __future__ import annotations

import random
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.errors import BwiError
from bwi_vouchers.services import Services
from bwi_vouchers.services.clock import FixedClock
from bwi_vouchers.services.demo import DemoCancelled, DemoSummary
from bwi_vouchers.storage.database import Database

DAY = date(2026, 3, 2)
SIZE = 1000
TABLES = ("app_user", "company", "sme_figures", "membership", "contact", "deminimis_record", "measure",
          "measure_theme", "budget_line", "reference_counter", "application", "cost_item", "ledger_entry",
          "audit_event")


@dataclass
class Demo:
    services: Services
    path: Path
    summary: DemoSummary | None

    def rows(self, sql: str, *params: object) -> list[tuple[Any, ...]]:
        with closing(sqlite3.connect(str(self.path))) as con:
            return con.execute(sql, params).fetchall()

    def counts(self) -> dict[str, int]:
        return {table: self.rows(f"SELECT count(*) FROM {table}")[0][0] for table in TABLES}


def open_demo(path: Path, *, day: date = DAY, applications: int | None = SIZE, seed: int = 1) -> Demo:
    database = Database.open("sqlite:///" + str(path))
    services = Services.build(database, FixedClock(day))
    services.users.acting("admin")  # as the command line does: the first user gets every role
    summary = services.demo.load("admin", applications=applications, seed=seed) if applications is not None else None
    return Demo(services, path, summary)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    made = open_demo(tmp_path_factory.mktemp("demo") / "demo.db")
    yield made
    made.services.database.dispose()


def cents(text: str | int | None) -> int:
    return 0 if text is None else int(text)


# determinism ---------------------------------------------------------------------------------------------------

def test_same_seed_and_day_give_the_same_database(tmp_path: Path) -> None:
    first = open_demo(tmp_path / "a.db", applications=300, seed=7)
    second = open_demo(tmp_path / "b.db", applications=300, seed=7)
    other = open_demo(tmp_path / "c.db", applications=300, seed=8)
    try:
        for table in ("application", "ledger_entry", "audit_event", "company", "cost_item", "measure", "budget_line"):
            query = f"SELECT * FROM {table} ORDER BY id"
            assert first.rows(query) == second.rows(query), table
        query = "SELECT * FROM application ORDER BY id"
        assert first.rows(query) != other.rows(query)
    finally:
        for made in (first, second, other):
            made.services.database.dispose()


# statuses and dates --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("day", [date(2026, 1, 2), date(2026, 7, 15), date(2026, 12, 30)])
def test_every_status_occurs_whatever_the_day(tmp_path: Path, day: date) -> None:
    made = open_demo(tmp_path / "d.db", day=day)
    try:
        statuses = Counter(status for (status,) in made.rows("SELECT status FROM application"))
        assert set(statuses) == {s.value for s in Status}
        assert made.summary is not None and dict(made.summary.by_status) == {s.value: statuses[s.value] for s in Status}
        years = {year for (year,) in made.rows("SELECT DISTINCT substr(start_date, 1, 4) FROM measure")}
        assert years == {str(y) for y in range(day.year - 3, day.year + 2)}
    finally:
        made.services.database.dispose()


def test_statuses_fit_the_dates(demo: Demo) -> None:
    today = DAY.isoformat()
    rows = demo.rows("SELECT a.status, m.start_date, m.end_date, a.receipt_date, a.proof_due_date, a.decision_date,"
                     " a.proof_received_date, a.payout_date FROM application a JOIN measure m ON m.id = a.measure_id")
    overdue = due_soon = 0
    for status, start, end, receipt, due, decided, proof, payout in rows:
        assert receipt <= today and all(d is None or d <= today for d in (decided, proof, payout))
        if status in ("received", "in_review"):
            assert start > today, "pending applications are for measures still to come"
        if status in ("proof_received", "paid", "closed"):
            assert end < proof <= today
        if status == "expired":
            assert due < decided
        if status == "approved" and due is not None:
            overdue += due < today
            due_soon += today <= due <= date.fromordinal(DAY.toordinal() + 30).isoformat()
    assert overdue and due_soon, "the dashboard needs overdue proofs and proofs due within 30 days"


# references ----------------------------------------------------------------------------------------------------

def test_references_are_consecutive_per_receipt_year(demo: Demo) -> None:
    numbers: dict[int, list[int]] = defaultdict(list)
    for reference, year, number, receipt in demo.rows(
            "SELECT reference, ref_year, ref_number, receipt_date FROM application ORDER BY receipt_date, id"):
        assert re.fullmatch(r"IG-\d{4}-\d{4}", reference)
        assert reference == f"IG-{year}-{number:04d}" and receipt.startswith(str(year))
        numbers[year].append(number)
    assert len(numbers) >= 4
    for year, taken in numbers.items():
        assert taken == list(range(1, len(taken) + 1)), year  # consecutive in the order of receipt, no gap
    assert dict(demo.rows("SELECT year, last_number FROM reference_counter")) == {y: len(t) for y, t in numbers.items()}


# the ledger ----------------------------------------------------------------------------------------------------

def test_ledger_adds_up_per_line_and_per_application(demo: Demo) -> None:
    sums: dict[int, Counter[str]] = defaultdict(Counter)
    per_app: dict[int, Counter[str]] = defaultdict(Counter)
    for line_id, app_id, kind, amount in demo.rows(
            "SELECT budget_line_id, application_id, kind, amount FROM ledger_entry"):
        assert amount > 0
        sums[line_id][kind] += amount
        per_app[app_id][kind] += amount
    lines = {(year, source): (line_id, amount) for line_id, year, source, amount
             in demo.rows("SELECT id, year, source, amount FROM budget_line")}
    totals = {(t.year, t.source): t for t in demo.services.budget.totals()}
    assert set(totals) == set(lines) and len(lines) == 10
    for key, (line_id, budget) in lines.items():
        s = sums[line_id]
        open_commitments = s["commitment"] - s["release"] - s["payout"]
        paid = s["payout"] - s["recovery"]
        available = budget - open_commitments - paid
        assert open_commitments >= 0 and paid >= 0 and available > 0, key
        assert totals[key].available == Decimal(available) / 100
        assert totals[key].committed == Decimal(open_commitments) / 100 and totals[key].paid == Decimal(paid) / 100
    for app_id, status, approved, payout, line_id in demo.rows(
            "SELECT id, status, approved_amount, payout_amount, budget_line_id FROM application"):
        s = per_app.get(app_id, Counter())
        open_commitment = s["commitment"] - s["release"] - s["payout"]
        if status in ("received", "in_review", "rejected", "withdrawn"):
            assert not s and line_id is None and approved is None
            continue
        assert s["commitment"] == approved and line_id is not None
        if status in ("approved", "proof_received"):
            assert open_commitment == approved and s["payout"] == 0
        elif status in ("paid", "closed"):
            assert open_commitment == 0 and s["payout"] == cents(payout) and s["recovery"] == 0
        else:  # expired, revoked: released, and recovered if it had been paid
            assert open_commitment == 0 and s["payout"] == s["recovery"]


def test_budget_lines_split_landesmittel_and_efre(demo: Demo) -> None:
    by_source = Counter(source or "Landesmittel" for (source,) in demo.rows("SELECT funding_source FROM application"))
    assert 0.12 < by_source["EFRE"] / SIZE < 0.30
    assert set(by_source) == {"Landesmittel", "EFRE"}


# rules ---------------------------------------------------------------------------------------------------------

def test_granted_applications_pass_the_real_check(demo: Demo) -> None:
    granted = [r for (r,) in demo.rows(
        "SELECT reference FROM application WHERE status IN ('approved', 'proof_received', 'paid', 'closed') "
        "ORDER BY id")]
    pending = [r for (r,) in demo.rows(
        "SELECT a.reference FROM application a JOIN company c ON c.id = a.company_id "
        "WHERE a.status IN ('received', 'in_review') ORDER BY a.id")]
    sample = random.Random(3).sample(granted, 60)
    for reference in sample:
        report = demo.services.applications.check(reference)
        assert report.assessment.eligible, (reference, [(c.rule, c.reason) for c in report.assessment.failed])
    eligible_pending = sum(demo.services.applications.check(r).assessment.eligible for r in pending)
    assert eligible_pending >= 0.85 * len(pending)


def test_rejections_mostly_have_a_failing_rule_and_a_reason(demo: Demo) -> None:
    rejected = demo.rows("SELECT reference, decision_reason FROM application WHERE status = 'rejected'")
    assert all(reason for _, reason in rejected)
    failing: Counter[str] = Counter()
    for reference, reason in rejected:
        failed = {c.rule for c in demo.services.applications.check(reference).assessment.failed}
        failing.update(failed)
        if reason.startswith("R"):
            assert reason[:3] in failed, (reference, reason, failed)  # the reason names a rule that really fails
    assert sum(1 for _, reason in rejected if reason[:1] == "R") >= 0.7 * len(rejected)
    assert {"R02", "R04", "R06", "R07"} <= set(failing), failing


def test_amounts_follow_the_programme(demo: Demo) -> None:
    items: dict[int, int] = defaultdict(int)
    for app_id, amount in demo.rows("SELECT application_id, amount FROM cost_item"):
        items[app_id] += amount
    for app_id, costs, voucher, requested, approved, actual, payout in demo.rows(
            "SELECT id, eligible_costs, voucher_amount, requested_amount, approved_amount, actual_costs, "
            "payout_amount FROM application"):
        assert items[app_id] == costs
        assert voucher == min(300000, costs // 2 // 100 * 100)  # 50 %, cap 3,000 €, down to whole euros
        if approved is not None:
            assert approved == (requested if requested is not None and requested < voucher else voucher)
        if payout is not None:
            assert payout == min(approved, actual // 2 // 100 * 100) and payout % 100 == 0


# four eyes, roles and the audit trail ---------------------------------------------------------------------------

def test_four_eyes_and_roles_in_the_data(demo: Demo) -> None:
    roles = {login: set(r.split(",")) for login, r in demo.rows("SELECT login, roles FROM app_user")}
    for login, wanted in {"schulz": {"admin", "budget"}, "mueller": {"clerk"}, "weber": {"clerk"},
                          "fischer": {"approver"}, "wagner": {"approver"}, "becker": {"budget"},
                          "klein": {"clerk", "approver"}}.items():
        assert roles[login] == wanted
    for role in ("clerk", "approver", "budget", "admin"):
        assert sum(role in r for r in roles.values()) >= 2, role
    for status, in_review_by, decided_by, recorder, paid_by, created_by in demo.rows(
            "SELECT status, in_review_by, decided_by, proof_recorded_by, paid_by, created_by FROM application"):
        assert "clerk" in roles[created_by]
        if status in ("approved", "rejected", "proof_received", "paid", "closed", "expired", "revoked"):
            assert decided_by != in_review_by
        if paid_by is not None:
            assert paid_by != recorder and "approver" in roles[paid_by]


def test_every_step_has_an_audit_event_shaped_like_the_services(demo: Demo) -> None:
    import json

    events: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for user, reference, action, changes in demo.rows(
            "SELECT user_login, entity_id, action, changes FROM audit_event WHERE entity = 'application' "
            "ORDER BY at, id"):
        events[reference].append((user, action, json.loads(changes)))
    roles = {login: set(r.split(",")) for login, r in demo.rows("SELECT login, roles FROM app_user")}
    needs = {"in_review": "clerk", "withdrawn": "clerk", "approved": "approver", "rejected": "approver",
             "proof_received": "clerk", "paid": "approver", "closed": "clerk", "expired": "clerk",
             "revoked": "approver"}
    rows = demo.rows("SELECT reference, status, version, approved_amount FROM application")
    assert len(events) == len(rows)
    for reference, status, version, approved in rows:
        trail = events[reference]
        assert trail[0][1] == "created" and trail[0][2]["status"] == [None, "received"]
        # A remark of the clerk who recorded it opens the comment thread (an event of its own, no step).
        remarks = [event for event in trail[1:] if event[1] == "commented"]
        assert all(user == trail[0][0] for user, _, _ in remarks) and len(remarks) <= 1
        steps = [event for event in trail[1:] if event[1] != "commented"]
        assert len(steps) == version - 1 and all(a.startswith("status:") for _, a, _ in steps)
        previous = "received"
        by_action = {}
        for user, action, changes in steps:
            target = action.removeprefix("status:")
            assert changes["status"] == [previous, target]
            assert needs[target] in roles[user], (reference, user, target)
            by_action[target] = user
            previous = target
            if target == "approved":
                assert changes["approved_amount"] == [None, f"{Decimal(approved) / 100:.2f}"]
                assert changes["ledger"] == [None, [f"commitment {Decimal(approved) / 100:.2f}"]]
                assert set(changes["checks"][1]) == {f"R{n:02d}" for n in range(1, 13)}
        assert previous == status
        for decision in ("approved", "rejected"):
            if decision in by_action:
                assert by_action[decision] != by_action["in_review"]
        if "paid" in by_action:
            assert by_action["paid"] != by_action["proof_received"]


# content -------------------------------------------------------------------------------------------------------

def test_content_is_realistic(demo: Demo) -> None:
    names = [n for (n,) in demo.rows("SELECT name FROM company")]
    assert len(names) == len(set(names)) == SIZE // 4
    assert any(n.startswith("=") for n in names)
    for char in "&<>\"'":
        assert any(char in n for n in names), char
    regions = {code for (code,) in demo.rows("SELECT code FROM region")}
    for postcode, region, in_bw, vat, register in demo.rows(
            "SELECT postcode, region_code, seat_or_branch_in_bw, vat_id, register_number FROM company"):
        assert re.fullmatch(r"\d{5}", postcode)
        assert (region in regions) if in_bw else region is None
        assert vat is None or re.fullmatch(r"DE\d{9}", vat)
        courts = "Stuttgart|Mannheim|Freiburg|Ulm" if in_bw else "[A-Za-zäöü ]+"
        assert register is None or re.fullmatch(rf"Amtsgericht ({courts}) HR[AB] 7\d{{5}}", register)
        assert vat or register
    examples = {"Müller Präzisionstechnik GmbH", "Schwarzwald Optics AG", "Neckar Medizintechnik GmbH & Co. KG"}
    assert examples <= set(names)
    measures = demo.rows("SELECT code, title, type, country, start_date, end_date, organiser FROM measure")
    assert len(measures) == SIZE // 40
    for code, _title, kind, country, start, end, organiser in measures:
        assert re.fullmatch(r"M-\d{4}-\d{3}", code) and code[2:6] == start[:4]
        assert country != "DE" and re.fullmatch(r"[A-Z]{2}", country)
        assert 1 <= date.fromisoformat(end).toordinal() - date.fromisoformat(start).toordinal() + 1 <= 6
        assert organiser == "Baden-Württemberg International"
        assert kind in ("market_research_trip", "cooperation_fair", "location_presentation")
    titles = {t for _, t, *_ in measures}
    assert "Markterkundungsreise Medizintechnik nach Boston" in titles
    assert any(t.startswith("Kooperationsbörse") and t.endswith("Lyon") for t in titles)
    assert any(t.startswith("Standortpräsentation Baden-Württemberg in Singapur") for t in titles)
    assert demo.rows("SELECT count(*) FROM contact WHERE email LIKE '%@%.de'")[0][0] >= SIZE // 4
    assert demo.rows("SELECT count(*) FROM deminimis_record")[0][0] > 0
    categories = {c for (c,) in demo.rows("SELECT DISTINCT category FROM cost_item")}
    assert {"Teilnahmegebühr", "Standmiete", "Reisekosten", "Dolmetscher"} <= categories


# refusals and cancelling -----------------------------------------------------------------------------------------

def test_a_second_load_is_refused_and_changes_nothing(demo: Demo) -> None:
    before = demo.counts()
    with pytest.raises(BwiError) as refused:
        demo.services.demo.load("admin", applications=10, seed=2)
    assert refused.value.code == "demo_not_empty" and refused.value.params["count"] == SIZE
    assert demo.counts() == before


def test_unknown_actor_is_refused(tmp_path: Path) -> None:
    made = open_demo(tmp_path / "e.db", applications=None)
    try:
        with pytest.raises(BwiError) as refused:
            made.services.demo.load("nobody", applications=10)
        assert refused.value.code == "unknown_user"
    finally:
        made.services.database.dispose()


@pytest.mark.parametrize("phase", ["generating", "writing"])
def test_cancel_writes_nothing(tmp_path: Path, phase: str) -> None:
    """Cancelled while the rows are generated, or after the first rows were written: nothing is kept."""
    made = open_demo(tmp_path / "f.db", applications=None)
    try:
        before = made.counts()
        progress: list[int] = [0]

        def is_cancelled() -> bool:
            return phase == "generating" or progress[-1] > 350  # the writing share of the progress bar

        with pytest.raises(DemoCancelled):
            made.services.demo.load("admin", applications=3000, seed=1, is_cancelled=is_cancelled,
                                    progress=lambda done, total: progress.append(done))
        assert made.counts() == before
        if phase == "writing":
            assert 350 < progress[-1] < 1000
    finally:
        made.services.database.dispose()


def test_progress_rises_to_the_end(tmp_path: Path) -> None:
    made = open_demo(tmp_path / "g.db", applications=None)
    try:
        seen: list[tuple[int, int]] = []
        made.services.demo.load("admin", applications=200, progress=lambda done, total: seen.append((done, total)))
        assert seen and seen[-1][0] == seen[-1][1]
        assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    finally:
        made.services.database.dispose()


def test_remarks_of_the_demo_are_comments_with_their_audit_event(demo: Demo) -> None:
    comments = demo.rows("SELECT a.reference, c.author, c.text FROM application_comment c "
                         "JOIN application a ON a.id = c.application_id ORDER BY a.reference")
    events = demo.rows("SELECT entity_id, user_login FROM audit_event WHERE action = 'commented' ORDER BY entity_id")
    assert comments and [tuple(row[:2]) for row in comments] == [tuple(row) for row in events]
