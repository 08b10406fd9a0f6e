"""A Hypothesis state machine over the real services and an in-memory database: random lifecycle steps by
random users, with random costs and days passing. After every step the lifecycle and the ledger must add up."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.errors import BwiError

if TYPE_CHECKING:
    from tests.conftest import World

# DESIGN §6, written out here so that the test does not trust the code's own table (plus paid → revoked).
DRAWN = {
    ("received", "in_review"), ("received", "withdrawn"),
    ("in_review", "approved"), ("in_review", "rejected"), ("in_review", "withdrawn"),
    ("approved", "proof_received"), ("approved", "expired"), ("approved", "revoked"),
    ("proof_received", "paid"), ("proof_received", "revoked"),
    ("paid", "closed"), ("paid", "revoked"),
    ("rejected", "in_review"),  # reopened after an objection, with a reason
}
NEXT = {source: sorted(t for s, t in DRAWN if s == source) for source, _ in DRAWN}
MAX_APPLICATIONS = 6
ACTORS = ["clerk", "clerk2", "approver", "approver2"]
STATUSES = {s.value for s in Status}
ENDINGS = {"withdrawn", "rejected", "expired", "revoked"}
ROLE_HOLDERS = {target: ["approver", "approver2"] if target in ("approved", "rejected", "paid", "revoked")
                else ["clerk", "clerk2"] for target in STATUSES}
NO_LEDGER = {"received", "in_review", "rejected", "withdrawn"}

costs = st.integers(min_value=0, max_value=900_000).map(lambda cents: Decimal(cents) / 100)


class LifecycleMachine(RuleBasedStateMachine):
    """Each example starts from a copy of ``setting``: budget lines, four companies and two measures."""

    make_world: Callable[[], World]
    companies: list[int]
    measures: list[str]

    def __init__(self) -> None:
        super().__init__()
        self.world = type(self).make_world()
        self.services = self.world.services
        self.references: list[str] = []

    @precondition(lambda self: len(self.references) < MAX_APPLICATIONS)
    @rule(company=st.integers(0, 3), measure=st.integers(0, 1),
          amount=st.sampled_from(["499.99", "500.00", "1001.99", "4000.00", "6000.00", "12000.00"]),
          requested=st.sampled_from([None, "800.00", "5000.00"]))
    def create(self, company: int, measure: int, amount: str, requested: str | None) -> None:
        app = self.world.application(self.companies[company], self.measures[measure], costs=amount,
                                     requested=requested)
        assert app.status is Status.RECEIVED
        assert app.reference not in self.references
        self.references.append(app.reference)

    @precondition(lambda self: self.references)
    @rule(data=st.data())
    def step(self, data: st.DataObject) -> None:
        self.world.clock.advance(data.draw(st.sampled_from([0, 0, 0, 0, 1, 30, 90, 400]), label="days pass"))
        reference = data.draw(st.sampled_from(self.references), label="reference")
        current = str(self._snapshot(reference)[0][1])
        drawn = NEXT.get(current, [])
        onward = [t for t in drawn if t not in ENDINGS]
        # Mostly onward along the drawing, sometimes to an ending, now and then anywhere (which must be refused);
        # mostly by someone of the right role, now and then by anyone.
        choice = data.draw(st.integers(0, 19), label="kind of step")
        options = onward if onward and choice < 12 else drawn if drawn and choice < 17 else sorted(STATUSES)
        target = data.draw(st.sampled_from(options), label="target")
        fitting = data.draw(st.booleans(), label="fitting actor") or data.draw(st.booleans())
        actor = data.draw(st.sampled_from(ROLE_HOLDERS.get(target, ACTORS) if fitting else ACTORS), label="actor")
        amount = data.draw(costs, label="costs") if target == "proof_received" else None
        reason = data.draw(st.sampled_from([None, "Begründung"]), label="reason")
        before = self._snapshot(reference)
        try:
            info = self.services.lifecycle.move(actor, reference, target, costs=amount, reason=reason)
        except BwiError:
            assert self._snapshot(reference) == before, "a refused step changed something"
            return
        assert (current, target) in DRAWN, f"{current} → {target} is not drawn"
        assert info.status.value == target

    # invariants ----------------------------------------------------------------------------------------------------

    @invariant()
    def statuses_were_reached_only_through_drawn_transitions(self) -> None:
        with self.world.database.engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT reference, status FROM application").fetchall()
            events = connection.exec_driver_sql(
                "SELECT entity_id, changes FROM audit_event WHERE entity = 'application' ORDER BY id").fetchall()
        statuses: dict[str, str] = {reference: status for reference, status in rows}
        chains: dict[str, list[list[str | None]]] = defaultdict(list)
        for reference, changes in events:
            change = json.loads(changes).get("status")
            if change is not None:
                chains[reference].append(change)
        assert sorted(statuses) == sorted(self.references) == sorted(chains)
        for reference, status in statuses.items():
            chain = chains[reference]
            assert status in STATUSES
            assert chain[0] == [None, "received"], chain
            for (_, previous), (old, new) in pairwise(chain):
                assert old == previous, chain
                assert (old, new) in DRAWN, chain
            assert chain[-1][1] == status, chain

    @invariant()
    def the_ledger_adds_up(self) -> None:
        with self.world.database.engine.connect() as connection:
            lines = connection.exec_driver_sql("SELECT id, year, source, amount FROM budget_line").fetchall()
            entries = connection.exec_driver_sql(
                "SELECT budget_line_id, application_id, kind, amount FROM ledger_entry").fetchall()
            apps = connection.exec_driver_sql(
                "SELECT id, status, approved_amount, payout_amount FROM application").fetchall()
        per_line: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        per_app: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for line_id, app_id, kind, cents in entries:
            assert cents > 0, "ledger amounts are positive; the kind gives the direction"
            per_line[line_id][kind] += cents
            per_app[app_id][kind] += cents

        shown = {(t.year, t.source): t for t in self.services.budget.totals()}
        assert len(shown) == len(lines)
        for line_id, year, source, budget in lines:
            sums = per_line[line_id]
            open_commitments = sums["commitment"] - sums["release"] - sums["payout"]
            paid = sums["payout"] - sums["recovery"]
            totals = shown[(year, source)]
            assert totals.committed * 100 == open_commitments
            assert totals.paid * 100 == paid
            assert totals.available * 100 == budget - open_commitments - paid
            assert totals.available <= totals.budget

        for app_id, status, approved, payout in apps:
            booked = app_id in per_app
            sums = per_app[app_id]
            open_commitment = sums["commitment"] - sums["release"] - sums["payout"]
            paid = sums["payout"] - sums["recovery"]
            assert open_commitment >= 0, (status, dict(sums))
            assert 0 <= paid <= (approved or 0), (status, dict(sums))
            if status in NO_LEDGER:
                assert not booked, (status, dict(sums))
            else:
                assert sums["commitment"] == approved, (status, dict(sums))
            if status in ("expired", "revoked"):
                assert open_commitment == 0 and paid == 0, (status, dict(sums))
            if status in ("paid", "closed"):
                assert open_commitment == 0 and paid == payout, (status, dict(sums))
            if status in ("approved", "proof_received"):
                assert open_commitment == approved and paid == 0, (status, dict(sums))

    # helpers -------------------------------------------------------------------------------------------------------

    def _snapshot(self, reference: str) -> tuple[tuple[Any, ...], Any, Any]:
        """The application's row (status second), the number of ledger rows and of audit events."""
        with self.world.database.engine.connect() as connection:
            row = connection.exec_driver_sql("SELECT reference, status, * FROM application WHERE reference = ?",
                                             (reference,)).one()
            ledger = connection.exec_driver_sql("SELECT COUNT(*) FROM ledger_entry").scalar()
            audit = connection.exec_driver_sql("SELECT COUNT(*) FROM audit_event").scalar()
        return tuple(row), ledger, audit


def test_random_lifecycles_keep_the_lifecycle_and_the_ledger_sound(make_world: Callable[..., World]) -> None:
    setting = make_world()
    # A small line, so that R12 (budget short) refuses some approvals too.
    setting.budget("12000.00")
    setting.budget("5000.00", source="EFRE")
    companies = [setting.company() for _ in range(4)]
    measures = [setting.measure(start=date(2026, 9, 1), end=date(2026, 9, 4)),
                setting.measure(start=date(2026, 10, 5), end=date(2026, 10, 9))]
    path = setting.database.sqlite_path()

    class Machine(LifecycleMachine):
        pass

    Machine.companies = companies
    Machine.measures = measures
    Machine.make_world = staticmethod(lambda: make_world(memory=True, source=path))  # type: ignore[assignment]
    run_state_machine_as_test(Machine, settings=settings(
        max_examples=15, stateful_step_count=25, deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]))


