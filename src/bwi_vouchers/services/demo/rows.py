"""Demo rows: numbering, budget lines, and each application walked through the lifecycle engine's plans."""

from __future__ import annotations

import marshal
import pickle
from array import array
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from decimal import ROUND_CEILING, Decimal
from heapq import heappop, heappush
from typing import Any

from bwi_vouchers.domain.enums import PENDING, LedgerKind, Outcome, Status
from bwi_vouchers.domain.lifecycle import ApplicationState, apply, plan_step
from bwi_vouchers.domain.money import CENT
from bwi_vouchers.domain.references import format_reference
from bwi_vouchers.domain.rules import RULES, Assessment, Check
from bwi_vouchers.services.demo import names
from bwi_vouchers.services.demo.base import GeneratorBase
from bwi_vouchers.services.demo.drafts import Drafts, Order
from bwi_vouchers.services.demo.model import AppDraft, CompanyDraft, MeasureDraft
from bwi_vouchers.services.demo.spill import SEQ_BITS, Waiting, key_moment, key_second, moment_key, second_key
from bwi_vouchers.services.step_writer import record_step

ONE_DAY = timedelta(days=1)
LEDGER_KEYS = ("budget_line_id", "application_id", "kind", "amount", "booked_on", "booked_at", "booked_by", "note")
COMPANY_TABLES = ("company", "sme_figures", "membership", "contact", "deminimis_record")


class RowMaker(GeneratorBase):
    """Numbers the applications and turns every draft into rows; the lifecycle through its engine."""

    def _number(self, drafts: Drafts) -> Order:
        """Ids and references in the order of receipt (consecutive per receipt year, no gaps): each draft's minute
        of the day, in the order drawn, then the order of receipt. The references are given in ``_walk``."""
        ri = self._ri
        minutes = array("H", (ri(0, 540) for _ in range(len(drafts))))
        order = Order(drafts, minutes)
        drafts.sorted()
        self.application_ids = self.ref.ids("application", len(order))
        return order

    def _budget_lines(self, years: set[int]) -> dict[tuple[int, str], dict[str, Any]]:
        """Every (measure year × funding source) line: existing ones are kept, new ones get the next ids."""
        years = years | set(range(self.year - 3, self.year + 2))
        lines: dict[tuple[int, str], dict[str, Any]] = {}
        wanted = [(year, source) for year in sorted(years) for source in self.sources]
        ids = iter(self.ref.ids("budget_line", sum(1 for key in wanted if key not in self.ref.budget_lines)))
        for key in wanted:
            existing = self.ref.budget_lines.get(key)
            if existing is not None:
                lines[key] = {"id": existing[0], "old": existing[1], "need": Decimal(0), "first": None}
            else:
                lines[key] = {"id": next(ids), "old": None, "need": Decimal(0), "first": None}
        return lines

    def _needs(self, needs: dict[tuple[int, str], list[Any]], lines: dict[tuple[int, str], dict[str, Any]]) -> None:
        """What each budget line must hold, from the drafts (``Drafts.keep`` sums it), before the walk (so that the
        lines and their audit events come first): every commitment an approval books, and room for the pending
        ones, whose checklist then shows R12 passing. The walk checks that it booked exactly this."""
        for key, (need, first) in needs.items():
            line = lines[key]
            line["need"] += need
            if first is not None and (line["first"] is None or first < line["first"]):
                line["first"] = first
        for line in lines.values():
            line["booked"] = Decimal(0)

    def _application_rows(self, drafts: Drafts, order: Order, companies: list[CompanyDraft],
                          measures: list[MeasureDraft], lines: dict[tuple[int, str], dict[str, Any]],
                          batch: int) -> Iterator[dict[str, list[dict[str, Any]]]]:
        """The rows of the applications in order of receipt, about ``batch`` at a time, each batch with their cost
        items and with the ledger entries and audit events that happened before the next application came in
        (so both are written in the order of time). Each draft is read from the spill when its turn comes."""
        total = len(order)
        ids, drawn, minutes, receipts = self.application_ids, order.drawn, order.minutes, order.receipts
        numbers: dict[int, int] = dict(self.ref.counters)
        app_rows: list[dict[str, Any]] = []
        item_rows: list[dict[str, Any]] = []
        self.ledger: list[tuple[datetime, int, int, dict[str, Any]]] = []  # a heap by time, application, sequence
        self.ledger_far = Waiting()  # later ones, their spill handles (see _book)
        self.comments: list[dict[str, Any]] = []  # remarks opening a comment thread, written with their batch
        for index in range(total):
            self._tick(total + index, 2 * total)
            app = drafts.get(drawn[index], companies, measures)
            year = app.receipt.year
            numbers[year] = numbers.get(year, 0) + 1
            app.id, app.minute, app.reference = ids[index], minutes[index], format_reference(year, numbers[year])
            # what happens before the next day is written with this batch: it stays in memory
            self.horizon = datetime.combine(app.receipt + ONE_DAY, time())
            app_rows.append(self._walk(app, lines[(app.measure.start.year, app.line_source)]))
            for position, (category, description, amount) in enumerate(app.items, start=1):
                item_rows.append({"application_id": app.id, "position": position, "category": category,
                                  "description": description, "amount": amount})
            if len(app_rows) >= batch and index + 1 < total and receipts[index + 1] > receipts[index]:
                # no later application has an earlier event
                until = datetime.combine(date.fromordinal(receipts[index + 1]), time())
                yield self._batch(app_rows, item_rows, until)
                app_rows, item_rows = [], []
        yield self._batch(app_rows, item_rows, None)
        self.counters = numbers  # the last reference number per year
        for line in lines.values():
            if line["booked"] != line["need"]:
                raise ValueError(f"demo: the budget line {line['id']} booked {line['booked']}, not {line['need']}")

    def _book(self, moment: datetime, application_id: int, entry: dict[str, Any]) -> None:
        """A ledger entry, written in the order of (time, application, sequence); like ``_event``, a later one
        than the batch being made waits in the spill. (Applications are walked in the order of their ids, so the
        order of (time, sequence) is the same.)"""
        seq = next(self.seq)
        if moment < self.horizon:
            heappush(self.ledger, (moment, application_id, seq, entry))
            return
        if len(entry) != len(LEDGER_KEYS) or entry["booked_at"] != moment:
            raise ValueError(f"demo: unexpected ledger entry {sorted(entry)}")
        self.ledger_far.push(moment, seq, self.spill.put(marshal.dumps((
            entry["budget_line_id"], entry["application_id"], entry["kind"], str(entry["amount"]),
            entry["booked_on"].toordinal(), entry["booked_by"], entry["note"]))))

    def _entries_before(self, until: datetime | None) -> list[dict[str, Any]]:
        near = self.ledger
        taken = []
        for key, handle in self.ledger_far.take(until):
            while near and (second_key(near[0][0]) << SEQ_BITS | near[0][2]) < key:
                taken.append(heappop(near)[3])
            line, application, kind, amount, day, by, note = marshal.loads(self.spill.get(handle))
            taken.append({"budget_line_id": line, "application_id": application, "kind": kind,
                          "amount": Decimal(amount), "booked_on": date.fromordinal(day),
                          "booked_at": key_second(key >> SEQ_BITS), "booked_by": by, "note": note})
        while near and (until is None or near[0][0] < until):
            taken.append(heappop(near)[3])
        return taken

    def _batch(self, app_rows: list[dict[str, Any]], item_rows: list[dict[str, Any]],
               until: datetime | None) -> dict[str, list[dict[str, Any]]]:
        entries = self._entries_before(until)
        self.ledger_count += len(entries)
        events = self._events_before(until)
        self.event_count += len(events)
        comments, self.comments = self.comments, []
        return {"application": app_rows, "cost_item": item_rows, "ledger_entry": entries, "audit_event": events,
                "application_comment": comments}

    def _walk(self, app: AppDraft, line: dict[str, Any]) -> dict[str, Any]:
        """The application's row, created and then taken through its steps by the lifecycle engine.

        Each step is planned by ``plan_step`` (so the guards hold: roles, four eyes, due dates) and written by
        ``record_step``, the same writer the lifecycle service uses: columns, ledger entries, audit changes.
        """
        measure = app.measure
        reference = app.reference
        if app.receipt >= self.today:
            created_at = self._at(app.receipt)
        else:
            created_at = datetime(app.receipt.year, app.receipt.month, app.receipt.day, 8) + timedelta(
                minutes=app.minute)
        created: dict[str, Any] = {"status": [None, "received"], "company_id": [None, app.company.id],
                                   "measure_id": [None, measure.id], "theme_code": [None, app.theme],
                                   "cluster_id": [None, app.company.cluster_id],
                                   "receipt_date": [None, app.receipt.isoformat()],
                                   "eligible_costs": [None, str(app.costs)]}
        if app.requested is not None:
            created["requested_amount"] = [None, str(app.requested)]
        if app.source is not None:
            created["funding_source"] = [None, app.source]
        created["voucher_amount"] = [None, str(app.voucher)]
        created["cost_items"] = [None, [f"{category}: {amount}" for category, _, amount in app.items]]
        self._event(created_at, app.created_by, "application", reference, "created", created)
        if app.notes is not None:  # a remark of the clerk who recorded it opens the comment thread
            self.comments.append({"application_id": app.id, "author": app.created_by, "at": created_at,
                                  "text": app.notes})
            self._event(created_at, app.created_by, "application", reference, "commented",
                        {"comment": [None, app.notes]})
        row: dict[str, Any] = {
            "id": app.id, "reference": reference, "ref_year": app.receipt.year,
            "ref_number": int(reference[8:]), "company_id": app.company.id, "measure_id": measure.id,
            "theme_code": app.theme, "cluster_id": app.company.cluster_id, "receipt_date": app.receipt,
            "early_start_consent": None, "eligible_costs": app.costs, "requested_amount": app.requested,
            "funding_source": app.source, "voucher_amount": app.voucher,
            "status": "received", "budget_line_id": None, "approved_amount": None, "approval_date": None,
            "in_review_by": None, "in_review_at": None, "decided_by": None, "decision_date": None,
            "decision_reason": None, "proof_due_date": None, "proof_received_date": None, "proof_recorded_by": None,
            "actual_costs": None, "payout_amount": None, "payout_date": None, "paid_by": None, "closed_by": None,
            "closed_date": None, "created_by": app.created_by, "created_at": created_at,
            "version": 1 + len(app.steps),
        }
        state = ApplicationState(
            reference=reference, status=Status.RECEIVED, in_review_by=None, proof_recorded_by=None,
            approved_amount=None, payout_amount=None, proof_due_date=None, open_commitment=Decimal(0),
            measure_end=measure.end, budget_line=None)
        moment = created_at
        for step in app.steps:
            target = step.target
            plan = plan_step(state, target, actor=step.user, roles=self.roles[step.user], today=step.day,
                             programme=app.programme, assessment=self._assessment(app, target),
                             actual_costs=app.actual_costs if target is Status.PROOF_RECEIVED else None,
                             reason=step.reason, budget_line=line["id"])
            moment = self._at(step.day, moment)
            record = record_step(plan, row.__getitem__, application_id=app.id, booked_at=moment)
            row.update(record.values)
            for entry in record.ledger:
                self._book(moment, app.id, entry)
            line["booked"] += sum((b.amount for b in plan.bookings if b.kind is LedgerKind.COMMITMENT), Decimal(0))
            self._event(moment, step.user, "application", reference, plan.action, record.changes)
            state = apply(state, plan)
        if state.status is not app.status:
            raise ValueError(f"demo {reference}: the steps end in {state.status}, not {app.status}")
        if state.status in PENDING:
            line["booked"] += app.amount  # room for the pending ones (see _needs)
        return row

    def _assessment(self, app: AppDraft, target: Status) -> Assessment | None:
        """The check a decision records, without running the rules: the flaw fails, a high request warns."""
        if target is not Status.APPROVED and target is not Status.REJECTED:
            return None
        warn = app.requested is not None and app.requested > app.voucher
        failing = app.flaw if target is Status.REJECTED and app.flaw in RULES else None
        key = (warn, failing)
        checks = self.checks.get(key)
        if checks is None:
            checks = tuple(Check(rule, Outcome.FAIL if rule == failing else
                                 Outcome.WARNING if warn and rule == "R11" else Outcome.PASS, "demo")
                           for rule in RULES)
            self.checks[key] = checks
        return Assessment(checks, app.voucher, app.amount)

    def _budget_rows(self, lines: dict[tuple[int, str], dict[str, Any]]) -> dict[int, Decimal]:
        """Each line gets 115 % of all ever committed on it and of the pending, rounded up to 10,000 €."""
        rows = []
        raised: dict[int, Decimal] = {}
        for (year, source), line in lines.items():
            need = line["need"] * Decimal("1.15")
            tens = -(-int(need.to_integral_value(rounding=ROUND_CEILING)) // 10_000)
            amount = Decimal(max(50_000, tens * 10_000)).quantize(CENT)
            user = self._choice(self.budget_users)
            if line["old"] is not None:
                if line["old"] < amount:
                    raised[line["id"]] = amount
                    self._event(self._at(self.today), user, "budget_line", f"{year}/{source}", "changed",
                                {"amount": [str(line["old"]), str(amount)]})
                continue
            day = min(date(year - 1, 11, 15), self.today)
            if line["first"] is not None:
                day = min(day, line["first"] - timedelta(days=1))
            at = datetime.combine(day, time(8)) + timedelta(minutes=self._ri(0, 60))
            rows.append({"id": line["id"], "year": year, "source": source, "amount": amount, "version": 1})
            self._event(at, user, "budget_line", f"{year}/{source}", "created", {"amount": [None, str(amount)]})
        self.tables["budget_line"] = rows
        return raised

    def _company_rows(self, companies: list[CompanyDraft]) -> None:
        """Each company's creation: a day before its first application, and who recorded it (its event)."""
        self.company_times = array("q")
        self.company_clerks = array("I")
        clerks = len(self.clerks)
        for company in companies:
            first = self.company_first[company.index]
            if first:
                day = date.fromordinal(first) - timedelta(days=self._ri(1, 30))
            else:
                day = self.today - timedelta(days=self._ri(0, 4 * 365))
            at = datetime(day.year, day.month, day.day, 7, 30) + timedelta(minutes=self._ri(0, 29))
            self.company_times.append(moment_key(at))
            self.company_clerks.append(int(self._random() * clerks))  # as _choice(self.clerks)
            self._event_of_company(at, company.index)

    def _company_batches(self, count: int, batch: int) -> Iterator[dict[str, list[dict[str, Any]]]]:
        """The companies' rows from the spill, ``batch`` companies at a time, with their creation time."""
        for start in range(0, count, batch):
            rows: dict[str, list[dict[str, Any]]] = {name: [] for name in COMPANY_TABLES}
            for index in range(start, min(start + batch, count)):
                record = pickle.loads(self.spill.get(self.company_handles[index]))
                record[0]["created_at"] = key_moment(self.company_times[index])
                rows["company"].append(record[0])
                for name, part in zip(COMPANY_TABLES[1:], record[1:], strict=True):
                    rows[name] += part
            yield rows

    def _measure_rows(self, measures: list[MeasureDraft]) -> None:
        rows = []
        links = []
        for measure in measures:
            rows.append({"id": measure.id, "code": measure.code, "title": measure.title, "type": measure.type.value,
                         "country": measure.country, "city": measure.city, "start_date": measure.start,
                         "end_date": measure.end, "organiser": names.ORGANISER, "version": 1})
            links += [{"measure_id": measure.id, "theme_code": theme} for theme in measure.themes]
            day = min(measure.start - timedelta(days=self._ri(150, 300)), self.today)
            first = self.measure_first[measure.index]
            if first:
                day = min(day, date.fromordinal(first) - timedelta(days=self._ri(1, 20)))
            at = datetime.combine(day, time(7)) + timedelta(minutes=self._ri(0, 40))
            self._event(at, self._choice(self.clerks), "measure", measure.code, "created", {
                "title": [None, measure.title], "type": [None, measure.type.value],
                "country": [None, measure.country], "city": [None, measure.city],
                "start_date": [None, measure.start.isoformat()], "end_date": [None, measure.end.isoformat()]})
        self.tables["measure"] = rows
        self.tables["measure_theme"] = links
