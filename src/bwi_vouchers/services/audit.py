"""The audit trail as a clerk reads it: filtered, newest first, fetched a page at a time; and its hash chain
verified (``verify``: the first event that was changed, removed or unlinked)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from bwi_vouchers.services.base import Service
from bwi_vouchers.storage import audit_chain
from bwi_vouchers.storage.audit_chain import BROKEN, CHANGED, MISSING, ChainBreak, ChainCheck, EventRef
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.storage.models import AuditEvent, Cluster, Company

PAGE_SIZE = 200
__all__ = ["BROKEN", "CHANGED", "MISSING", "AuditFilter", "AuditPage", "AuditRow", "AuditService", "ChainBreak",
           "ChainCheck", "EventRef", "audit_rows"]


@dataclass(frozen=True)
class AuditRow:
    """One audit event with its record named (a company's name rather than its id) and its user's name."""

    id: int
    at: datetime
    user: str
    user_name: str
    entity: str
    entity_id: str
    record: str
    action: str
    changes: dict[str, list[object]]
    #: The user an admin acted for ("schulz für fischer": ``user`` is schulz), and their name.
    on_behalf_of: str | None = None
    on_behalf_name: str | None = None
    #: Words for the ids and logins in ``changes``: field → {str(id or login): name} ("company_id" → {"252":
    #: "Müller Präzisionstechnik GmbH"}; "user" for every field ending in "_by"). One mapping per page.
    names: Mapping[str, Mapping[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class AuditFilter:
    """Empty fields filter nothing; the dates are inclusive days."""

    user: str | None = None
    entity: str | None = None
    text: str = ""
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    offset: int
    has_more: bool


#: The fields of the changes that hold the id of another record.
ID_FIELDS = ("company_id", "cluster_id", "measure_id", "budget_line_id")


#: Appended to a field's key in ``AuditRow.names`` for its English names, where names differ by language.
ENGLISH = "@en"


def change_names(uow: UnitOfWork, events: list[AuditEvent], users: Mapping[str, str]) -> dict[str, dict[str, str]]:
    """Names for the ids the events' changes hold (old and new values), looked up once for the page."""
    ids: dict[str, set[int]] = {name: set() for name in ID_FIELDS}
    for event in events:
        for name, pair in (event.changes or {}).items():
            if name in ids:
                ids[name].update(v for v in pair if isinstance(v, int) and not isinstance(v, bool))
    found = {"company_id": uow.names(Company, sorted(ids["company_id"])),
             "cluster_id": uow.names(Cluster, sorted(ids["cluster_id"])),
             "measure_id": uow.measure_labels(sorted(ids["measure_id"])),
             "budget_line_id": uow.budget_line_labels(sorted(ids["budget_line_id"]))}
    names = {name: {str(i): label for i, label in labels.items()} for name, labels in found.items()}
    names["user"] = dict(users)
    if any("theme_code" in (event.changes or {}) for event in events):  # "3 Automotive", not "3"; 18 of them
        themes = uow.themes()
        names["theme_code"] = {str(t.code): f"{t.code} {t.name_de}" for t in themes}
        names["theme_code" + ENGLISH] = {str(t.code): f"{t.code} {t.name_en}" for t in themes}
    return names


def audit_rows(uow: UnitOfWork, events: list[AuditEvent]) -> list[AuditRow]:
    """Events as rows, with names looked up once per page (not per row)."""
    names = {u.login: u.display_name for u in uow.users()}
    words = change_names(uow, events, names)
    ids: dict[str, list[int]] = {"company": [], "cluster": []}
    for event in events:
        if event.entity in ids and event.entity_id.isdigit():
            ids[event.entity].append(int(event.entity_id))
    labels = {"company": uow.names(Company, ids["company"]), "cluster": uow.names(Cluster, ids["cluster"])}
    rows = []
    for e in events:
        record = e.entity_id
        if e.entity in labels and e.entity_id.isdigit():
            record = labels[e.entity].get(int(e.entity_id), e.entity_id)
        elif e.entity == "budget_line":
            record = e.entity_id.replace("/", " ")
        rows.append(
            AuditRow(
                e.id,
                e.at,
                e.user_login,
                names.get(e.user_login, e.user_login),
                e.entity,
                e.entity_id,
                record,
                e.action,
                dict(e.changes or {}),
                e.on_behalf_of,
                names.get(e.on_behalf_of, e.on_behalf_of) if e.on_behalf_of else None,
                words,
            )
        )
    return rows


class AuditService(Service):
    def page(self, where: AuditFilter | None = None, *, offset: int = 0, limit: int = PAGE_SIZE) -> AuditPage:
        """One page of events, newest first; ``has_more`` says whether another page follows."""
        where = where or AuditFilter()
        with self.db.unit_of_work() as uow:
            events = uow.audit_events(
                entity=where.entity or None,
                user=where.user or None,
                text=where.text.strip() or None,
                since=datetime.combine(where.since, time.min) if where.since else None,
                until=datetime.combine(where.until + timedelta(days=1), time.min) if where.until else None,
                limit=limit + 1,
                offset=offset,
            )
            return AuditPage(tuple(audit_rows(uow, events[:limit])), offset, len(events) > limit)

    def logins(self) -> list[str]:
        """Every user who appears in the trail (also users no longer listed)."""
        with self.db.unit_of_work() as uow:
            return uow.audit_logins()

    def verify(self, progress: Callable[[int, int], None] | None = None,
               is_cancelled: Callable[[], bool] | None = None) -> ChainCheck:
        """Walk the hash chain of the whole trail, oldest first, in batches (bounded memory); the result names the
        first broken link. ``progress(done, total)`` counts events; ``is_cancelled()`` stops the walk between
        batches (the result then says ``complete=False``)."""
        with self.db.unit_of_work() as uow:
            return audit_chain.verify(uow.session.connection(), progress=progress, is_cancelled=is_cancelled)
