"""Operations report what they changed: a typed ``Changes`` beside each result, collected, never declared.

``Services.perform(fn)`` runs one operation — a call of any service method, or several — and returns an
``OpResult`` with the method's ``value`` and the ``changes`` its committed transactions made. The use cases
themselves return what they always returned (the command line and the service tests use them as they are);
what changed is not something a use case says, and so not something it can forget: the unit of work notes
every row it writes (``storage.tracking``: the ORM objects each flush inserts, updates or deletes, and any
bulk statement), and ``perform`` turns those rows into kinds of data and the ids touched.

Like Anki's ``OpChanges``, the desktop turns a ``Changes`` into refreshes in one place (``ui.events``), and a
view reloads only what it shows of it — the application list only the rows of ``ids(Kind.APPLICATIONS)``.
Ids are those of each kind's main record: applications, companies, measures, clusters, budget lines, users,
programme versions, audit events; a document counts for the application it belongs to. ``None`` as a kind's
ids means "all of them may have changed" (a bulk write, demo data, an import).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Generic, TypeVar

from bwi_vouchers.storage.tracking import RowChange, recording

T = TypeVar("T")
Key = int | str


class Kind(Enum):
    APPLICATIONS = "applications"  # an application, its cost items or its stored checks
    COMPANIES = "companies"  # a company and what belongs to it (figures, memberships, contacts, de-minimis aid)
    MEASURES = "measures"
    CLUSTERS = "clusters"
    THEMES = "themes"  # the target fields and regions (seed data, activated or deactivated)
    BUDGET = "budget"  # budget lines and their ledger entries
    USERS = "users"
    PROGRAMME = "programme"
    DOCUMENTS = "documents"  # letters made (ids: the applications they belong to)
    AUDIT = "audit"
    ATTACHMENTS = "attachments"  # files attached to an application (ids: the applications)
    COMMENTS = "comments"  # comments on an application (ids: the applications)


#: Per table: the kind it belongs to and the column naming the kind's record (None: no row of its own).
TABLES: dict[str, tuple[Kind, str] | None] = {
    "application": (Kind.APPLICATIONS, "id"),
    "cost_item": (Kind.APPLICATIONS, "application_id"),
    "proof_cost_item": (Kind.APPLICATIONS, "application_id"),
    "eligibility_check": (Kind.APPLICATIONS, "application_id"),
    "reference_counter": None,  # moves with a new application, which is noted itself
    "company": (Kind.COMPANIES, "id"),
    "sme_figures": (Kind.COMPANIES, "company_id"),
    "membership": (Kind.COMPANIES, "company_id"),
    "contact": (Kind.COMPANIES, "company_id"),
    "deminimis_record": (Kind.COMPANIES, "company_id"),
    "measure": (Kind.MEASURES, "id"),
    "measure_theme": (Kind.MEASURES, "measure_id"),
    "cluster": (Kind.CLUSTERS, "id"),
    "cluster_theme": (Kind.CLUSTERS, "cluster_id"),
    "theme": (Kind.THEMES, "code"),
    "region": (Kind.THEMES, "code"),
    "budget_line": (Kind.BUDGET, "id"),
    "ledger_entry": (Kind.BUDGET, "budget_line_id"),
    "app_user": (Kind.USERS, "id"),
    "programme_version": (Kind.PROGRAMME, "id"),
    "generated_document": (Kind.DOCUMENTS, "application_id"),
    "audit_event": (Kind.AUDIT, "id"),
    "attachment": (Kind.ATTACHMENTS, "application_id"),
    "attachment_content": None,  # stored with an attachment, which is noted itself
    "application_comment": (Kind.COMMENTS, "application_id"),
}


Touched = Mapping[Kind, frozenset[Key] | None]


@dataclass(frozen=True)
class Changes:
    """Kinds of data an operation changed, each with the ids touched (``None``: any of them); ``added`` says
    which of them are new records (a list inserts those, and counts change)."""

    touched: Touched = field(default_factory=dict)
    added: Touched = field(default_factory=dict)

    @classmethod
    def everything(cls) -> Changes:
        """All data may have changed (demo data loaded, an import, a restored backup)."""
        return cls({kind: None for kind in Kind}, {kind: None for kind in Kind})

    @classmethod
    def of(cls, rows: Iterable[RowChange]) -> Changes:
        """The kinds and ids of the rows a unit of work noted."""
        touched: dict[Kind, set[Key] | None] = {}
        added: dict[Kind, set[Key] | None] = {}
        for row in rows:
            if row.table not in TABLES:
                return cls.everything()  # a table nobody mapped: better every view reloads than one shows old data
            place = TABLES[row.table]
            if place is None:
                continue
            kind, column = place
            key = row.key(column) if row.keys is not None else None
            _note(touched, kind, key)
            if (row.new and column == "id") or row.keys is None:  # a new main record (not a new detail of one)
                _note(added, kind, key)
        return cls(_frozen(touched), _frozen(added))

    def __bool__(self) -> bool:
        return bool(self.touched)

    def __or__(self, other: Changes) -> Changes:
        return Changes(_merged(self.touched, other.touched), _merged(self.added, other.added))

    def touches(self, *kinds: Kind) -> bool:
        """Whether any of these kinds changed."""
        return any(kind in self.touched for kind in kinds)

    def ids(self, kind: Kind) -> frozenset[Key] | None:
        """The ids of a kind that changed: empty when none, ``None`` when any may have."""
        return self.touched.get(kind, frozenset())

    def added_ids(self, kind: Kind) -> frozenset[Key] | None:
        """The ids of a kind's new records: empty when none, ``None`` when there may be any."""
        return self.added.get(kind, frozenset())

    @property
    def application_ids(self) -> frozenset[int] | None:
        """The applications changed (``None``: any may have), for lists that refresh only those rows."""
        ids = self.ids(Kind.APPLICATIONS)
        return None if ids is None else frozenset(int(i) for i in ids)


def _note(touched: dict[Kind, set[Key] | None], kind: Kind, key: Key | None) -> None:
    if key is None:
        touched[kind] = None
        return
    ids = touched.setdefault(kind, set())
    if ids is not None:
        ids.add(key)


def _frozen(touched: dict[Kind, set[Key] | None]) -> dict[Kind, frozenset[Key] | None]:
    return {kind: None if ids is None else frozenset(ids) for kind, ids in touched.items()}


def _merged(mine: Touched, other: Touched) -> dict[Kind, frozenset[Key] | None]:
    merged = dict(mine)
    for kind, ids in other.items():
        if kind not in merged:
            merged[kind] = ids
        else:
            known = merged[kind]
            merged[kind] = None if known is None or ids is None else known | ids
    return merged


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """What an operation returned, and what it changed."""

    value: T
    changes: Changes


def perform(operation: Callable[[], T]) -> OpResult[T]:
    """Run an operation and collect what its committed transactions wrote.

    When it raises after some of its transactions committed (a step of a batch), the error carries what
    they changed: ``changes_of(error)``.
    """
    with recording() as recorder:
        try:
            value = operation()
        except BaseException as error:
            setattr(error, _CHANGES, Changes.of(recorder.rows))  # noqa: B010 - an attribute the error class lacks
            raise
    return OpResult(value, Changes.of(recorder.rows))


def changes_of(error: BaseException) -> Changes:
    """What an operation that failed had changed before it failed (nothing, for one transaction)."""
    changes = getattr(error, _CHANGES, None)
    return changes if isinstance(changes, Changes) else Changes()


_CHANGES = "bwi_vouchers_changes"
