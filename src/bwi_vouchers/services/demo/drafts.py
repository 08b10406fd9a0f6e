"""The drafts of a demo run, kept in the spill until they are numbered and walked in the order of receipt.

A draft is drawn in random order (measure first, then a company, then its receipt date), but references are
numbered in the order of receipt across all applications, so every draft must exist before the first row. Held
as objects, a million drafts took ~1.5 GB; here each is packed (``marshal``: plain ints and strings, money as
its text so that it reads back with the same exponent, dates as ordinals) into the spill, and memory keeps per
draft only its handle and its sort key's parts (~30 bytes), plus the totals the budget lines need.
"""

from __future__ import annotations

import marshal
from array import array
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from bwi_vouchers.domain.enums import PENDING, Status
from bwi_vouchers.domain.programme import Programme
from bwi_vouchers.services.demo.model import VALUE, AppDraft, CompanyDraft, MeasureDraft, StepDraft
from bwi_vouchers.services.demo.spill import Spill

STATUSES = tuple(Status)
STATUS_INDEX = {status: index for index, status in enumerate(STATUSES)}


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


class Drafts:
    """The drafts in the spill, in the order they were drawn, and what the budget lines and the summary need."""

    def __init__(self, spill: Spill, programmes: Sequence[Programme]) -> None:
        self.spill = spill
        self.programmes = list(programmes)
        self._programme_index = {id(p): i for i, p in enumerate(programmes)}
        self.handles = array("Q")
        self.receipts = array("I")  # ordinal of each draft's receipt date
        self.company_indexes = array("I")
        self.measure_indexes = array("I")
        self.years: set[int] = set()  # of the measures
        #: (measure year, source) -> [what approvals book plus the pending ones' amounts, first approval day]
        self.needs: dict[tuple[int, str], list[Decimal | date | None]] = {}
        self.by_status = {s.value: 0 for s in Status}

    def __len__(self) -> int:
        return len(self.handles)

    def keep(self, app: AppDraft) -> None:
        self.handles.append(self.spill.put(marshal.dumps((
            app.company.index, app.measure.index, self._programme_index[id(app.programme)], app.theme,
            app.receipt.toordinal(), app.due.toordinal(),
            tuple((category, description, str(amount)) for category, description, amount in app.items),
            str(app.costs), _text(app.requested), str(app.voucher), str(app.amount), app.source, app.line_source,
            STATUS_INDEX[app.status], app.flaw, app.created_by, app.notes,
            tuple((STATUS_INDEX[s.target], s.day.toordinal(), s.user, s.reason) for s in app.steps),
            _text(app.actual_costs)))))
        self.receipts.append(app.receipt.toordinal())
        self.company_indexes.append(app.company.index)
        self.measure_indexes.append(app.measure.index)
        year = app.measure.start.year
        self.years.add(year)
        key = (year, app.line_source)
        need = self.needs.get(key)
        if need is None:
            need = self.needs[key] = [Decimal(0), None]
        for step in app.steps:
            if step.target is Status.APPROVED:
                need[0] += app.amount  # type: ignore[operator]
                if need[1] is None or step.day < need[1]:  # type: ignore[operator]
                    need[1] = step.day
        if app.status in PENDING:
            need[0] += app.amount  # type: ignore[operator]
        self.by_status[VALUE[app.status]] += 1

    def sorted(self) -> None:
        """Once in ``Order``: let go of the sort keys' parts."""
        self.receipts = self.company_indexes = self.measure_indexes = array("I")

    def get(self, index: int, companies: Sequence[CompanyDraft], measures: Sequence[MeasureDraft]) -> AppDraft:
        """Draft ``index`` (in the order drawn) as it was kept."""
        packed = marshal.loads(self.spill.get(self.handles[index]))
        (company, measure, programme, theme, receipt, due, items, costs, requested, voucher, amount, source,
         line_source, status, flaw, created_by, notes, steps, actual) = packed
        return AppDraft(
            company=companies[company], measure=measures[measure], programme=self.programmes[programme], theme=theme,
            receipt=date.fromordinal(receipt), due=date.fromordinal(due),
            items=[(category, description, Decimal(value)) for category, description, value in items],
            costs=Decimal(costs), requested=_decimal(requested), voucher=Decimal(voucher), amount=Decimal(amount),
            source=source, line_source=line_source, status=STATUSES[status], flaw=flaw, created_by=created_by,
            notes=notes,
            steps=[StepDraft(STATUSES[target], date.fromordinal(day), user, reason)
                   for target, day, user, reason in steps],
            actual_costs=_decimal(actual))


class Order:
    """The drafts in the order of receipt: ``drawn[i]`` is the draft that gets the i-th id, ``minutes[i]`` its
    minute of the office day, ``receipts[i]`` its receipt's ordinal."""

    def __init__(self, drafts: Drafts, minutes: Sequence[int]) -> None:
        """``minutes``: each draft's minute, in the order drawn. Sorted as the drafts were: by receipt, minute,
        company id, measure id (ids ascend with the indexes), the order drawn last."""
        count = len(drafts)
        company_bits = max(drafts.company_indexes, default=0).bit_length()
        measure_bits = max(drafts.measure_indexes, default=0).bit_length()
        index_bits = count.bit_length()
        index_mask = (1 << index_bits) - 1
        minute_shift = index_bits + measure_bits + company_bits
        companies, measures = drafts.company_indexes, drafts.measure_indexes
        by_day: dict[int, array[int]] = {}  # receipt -> drafts (a day at a time: no list of a million keys)
        for index, receipt in enumerate(drafts.receipts):
            day = by_day.get(receipt)
            if day is None:
                day = by_day[receipt] = array("I")
            day.append(index)
        self.drawn = array("I")
        self.minutes = array("H")
        self.receipts = array("I")
        for receipt in sorted(by_day):
            keys = sorted((((minutes[i] << company_bits | companies[i]) << measure_bits | measures[i]) << index_bits
                           | i) for i in by_day.pop(receipt))
            self.drawn.extend(key & index_mask for key in keys)
            self.minutes.extend(key >> minute_shift for key in keys)
            self.receipts.extend(receipt for _ in keys)

    def __len__(self) -> int:
        return len(self.drawn)
