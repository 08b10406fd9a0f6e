"""What waits for one user (*Meine Aufgaben*), asked of the database: counts and the first ids of each group.

Every group starts from the status index (``ix_application_list_status``: status, reference order), so a
group's first rows are read without sorting and its count stops at ``cap`` matches (a count beyond is
shown as "more than"): at a million applications no query reads a whole status.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from bwi_vouchers.storage.models import Application, Attachment, AuditEvent

IN_REVIEW, APPROVED, PROOF_RECEIVED = "in_review", "approved", "proof_received"
PROOF_KIND = "proof_of_use"  # domain.attachments.AttachmentKind.PROOF
ORDER = (Application.ref_year, Application.ref_number)


def _not_by(column: InstrumentedAttribute[str | None], login: str) -> ColumnElement[bool]:
    return or_(column.is_(None), column != login)


def to_decide(login: str) -> ColumnElement[bool]:
    """In review and not put there by ``login`` (who changed its facts in review is looked at separately)."""
    return and_(Application.status == IN_REVIEW, _not_by(Application.in_review_by, login))


def to_release(login: str) -> ColumnElement[bool]:
    """Proof of use recorded by someone else: the payout may be released."""
    return and_(Application.status == PROOF_RECEIVED, _not_by(Application.proof_recorded_by, login))


def proof_arrived() -> ColumnElement[bool]:
    """Approved, and a current proof-of-use file is attached: to check and record."""
    current_proof = (select(Attachment.id).where(Attachment.application_id == Application.id,
                                                 Attachment.kind == PROOF_KIND, Attachment.superseded_at.is_(None))
                     .exists())
    return and_(Application.status == APPROVED, current_proof)


def due_of(login: str, until: date) -> ColumnElement[bool]:
    """Approved, prepared (or recorded) by ``login``, proof of use due by ``until`` or overdue."""
    return and_(Application.status == APPROVED, Application.proof_due_date.is_not(None),
                Application.proof_due_date <= until,
                or_(Application.in_review_by == login,
                    and_(Application.in_review_by.is_(None), Application.created_by == login)))


def condition(group: str, login: str, until: date) -> ColumnElement[bool]:
    """The condition of a group (``services.tasks.TaskGroup`` values) for ``login``; ``until``: the last due date
    that counts as due."""
    if group == "decide":
        return to_decide(login)
    if group == "check_proofs":
        return proof_arrived()
    if group == "release":
        return to_release(login)
    if group == "due":
        return due_of(login, until)
    raise ValueError(f"unknown task group {group!r}")


def _matching(group: str, login: str, until: date, excluded: frozenset[int]):  # type: ignore[no-untyped-def]
    query = select(Application.id).where(condition(group, login, until))
    if excluded:
        query = query.where(Application.id.not_in(sorted(excluded)))
    return query


def count(session: Session, group: str, login: str, until: date, *, cap: int,
          excluded: frozenset[int] = frozenset()) -> int:
    """How many applications are in a group, counting no further than ``cap`` + 1."""
    query = _matching(group, login, until, excluded).limit(cap + 1).subquery()
    return int(session.scalar(select(func.count()).select_from(query)) or 0)


def first_ids(session: Session, group: str, login: str, until: date, *, limit: int,
              excluded: frozenset[int] = frozenset()) -> list[int]:
    """The ids of a group's first ``limit`` applications: in reference order, the due ones earliest due first."""
    order = (Application.proof_due_date, *ORDER) if group == "due" else ORDER
    return list(session.scalars(_matching(group, login, until, excluded).order_by(*order).limit(limit)))


def changed_in_review_by(session: Session, login: str) -> list[tuple[int, str]]:
    """(id, reference) of applications in review with a change by ``login`` (or in their name) on or after the
    day they entered the review: the candidates that four-eyes may bar from ``login`` (the caller decides
    exactly which, from their audit events). Read from the user's own events (index on user, time)."""
    found: set[tuple[int, str]] = set()
    for who in (AuditEvent.user_login, AuditEvent.on_behalf_of):
        query = (select(Application.id, Application.reference).select_from(AuditEvent)
                 .join(Application, Application.reference == AuditEvent.entity_id)
                 .where(who == login, AuditEvent.entity == "application", AuditEvent.action == "changed",
                        Application.status == IN_REVIEW,
                        or_(Application.in_review_at.is_(None), AuditEvent.at >= Application.in_review_at))
                 .distinct())
        found.update((row_id, reference) for row_id, reference in session.execute(query))
    return sorted(found)
