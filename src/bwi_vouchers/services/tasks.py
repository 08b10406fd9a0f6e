"""Meine Aufgaben: what waits for one user — applications to decide, proofs to check, payouts to release, and
the proofs of use due or overdue of the user's own cases (DESIGN §9).

Which groups a user sees follows their roles; within a group, the four-eyes principle leaves out what the
user may not do (an application they put in review or changed in review, a payout after their own proof
recording). Counts and rows come from the database (``storage.task_query``), never from all rows in Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from bwi_vouchers.domain.enums import Role
from bwi_vouchers.services.applications import facts_changed_in_review
from bwi_vouchers.services.base import Service
from bwi_vouchers.services.listing import ApplicationRow, _rows_in_order
from bwi_vouchers.storage import task_query
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.storage.models import Application

#: Counts go no further than this; beyond it the page and the sidebar say "more than".
CAP = 9999
#: Rows shown per group on the page (the rest is counted).
SHOWN = 50
#: A proof of use due within these days counts as due (as on the overview).
DUE_DAYS = 30


class TaskGroup(StrEnum):
    """The groups in the order shown."""

    DECIDE = "decide"  # in review, may be approved or rejected by the user (approver)
    CHECK_PROOFS = "check_proofs"  # approved, a proof-of-use file arrived: check and record it (clerk)
    RELEASE = "release"  # proof recorded by someone else: the payout may be released (approver)
    DUE = "due"  # the user's own approved cases whose proof of use is due or overdue (clerk)


ROLE_OF = {TaskGroup.DECIDE: Role.APPROVER, TaskGroup.CHECK_PROOFS: Role.CLERK, TaskGroup.RELEASE: Role.APPROVER,
           TaskGroup.DUE: Role.CLERK}


def groups_for(roles: Iterable[Role]) -> tuple[TaskGroup, ...]:
    """The groups a user with these roles sees (none: the user has no tasks page)."""
    held = frozenset(roles)
    return tuple(group for group in TaskGroup if ROLE_OF[group] in held)


@dataclass(frozen=True)
class TaskList:
    group: TaskGroup
    count: int  # at most CAP + 1: more than CAP when ``more``
    rows: tuple[ApplicationRow, ...]  # the first SHOWN, in the group's order

    @property
    def more(self) -> bool:
        """Whether there are more than ``CAP`` (the count stopped there)."""
        return self.count > CAP


class TaskService(Service):
    def counts(self, login: str, roles: Iterable[Role]) -> dict[TaskGroup, int]:
        """How many applications wait in each of the user's groups (each at most CAP + 1)."""
        with self.db.unit_of_work() as uow:
            return {group: self._count(uow, login, group) for group in groups_for(roles)}

    def lists(self, login: str, roles: Iterable[Role], *, limit: int = SHOWN) -> list[TaskList]:
        """Each of the user's groups with its count and first ``limit`` applications."""
        found: list[TaskList] = []
        until = self.clock.today() + timedelta(days=DUE_DAYS)
        with self.db.unit_of_work() as uow:
            for group in groups_for(roles):
                barred = self._barred(uow, login) if group is TaskGroup.DECIDE else frozenset()
                ids = task_query.first_ids(uow.session, group.value, login, until, limit=limit, excluded=barred)
                total = task_query.count(uow.session, group.value, login, until, cap=CAP, excluded=barred)
                found.append(TaskList(group, total, tuple(_rows_in_order(uow, ids))))
        return found

    def _count(self, uow: UnitOfWork, login: str, group: TaskGroup) -> int:
        barred = self._barred(uow, login) if group is TaskGroup.DECIDE else frozenset()
        until = self.clock.today() + timedelta(days=DUE_DAYS)
        return task_query.count(uow.session, group.value, login, until, cap=CAP, excluded=barred)

    def _barred(self, uow: UnitOfWork, login: str) -> frozenset[int]:
        """Applications in review whose facts ``login`` changed in this review: not theirs to decide."""
        barred: set[int] = set()
        folded = login.casefold()
        for app_id, _reference in task_query.changed_in_review_by(uow.session, login):
            app = uow.get(Application, app_id)
            if app is not None and any(who.casefold() == folded for who in facts_changed_in_review(uow, app)):
                barred.add(app_id)
        return frozenset(barred)
