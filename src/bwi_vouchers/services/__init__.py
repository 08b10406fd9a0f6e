"""Use cases, Qt-free: each public method is one unit of work and returns plain records.

``Services.perform`` runs one or more of them as an operation that also reports what it changed
(``services.changes``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from bwi_vouchers.services.changes import OpResult, perform
from bwi_vouchers.services.clock import Clock
from bwi_vouchers.storage.database import Database

if TYPE_CHECKING:
    from bwi_vouchers.services.amendments import AmendmentService
    from bwi_vouchers.services.applications import ApplicationService
    from bwi_vouchers.services.attachments import AttachmentService
    from bwi_vouchers.services.audit import AuditService
    from bwi_vouchers.services.budget import BudgetService
    from bwi_vouchers.services.catalogue import CatalogueService
    from bwi_vouchers.services.comments import CommentService
    from bwi_vouchers.services.companies import CompanyService
    from bwi_vouchers.services.dashboard import DashboardService
    from bwi_vouchers.services.decision_summary import DecisionSummaryService
    from bwi_vouchers.services.demo import DemoService
    from bwi_vouchers.services.editing import EditingService
    from bwi_vouchers.services.importing import ImportService
    from bwi_vouchers.services.letters import LetterService
    from bwi_vouchers.services.lifecycle import LifecycleService
    from bwi_vouchers.services.listing import ListingService
    from bwi_vouchers.services.measures import MeasureService
    from bwi_vouchers.services.proof import ProofService
    from bwi_vouchers.services.reports import ReportService
    from bwi_vouchers.services.tasks import TaskService
    from bwi_vouchers.services.users import UserService

T = TypeVar("T")


class Services:
    """Every service over one database and one clock — built by the composition root.

    Each service is built (and its module imported) on first use: a command that reads one application
    never loads the letter templates' docxtpl or the spreadsheets' openpyxl."""

    def __init__(self, database: Database, clock: Clock | None = None, *, template_dir: Path | None = None) -> None:
        self.database = database
        self.clock = clock or Clock()
        self.template_dir = template_dir
        if database.engine.dialect.name == "postgresql":  # every write tells other programs what it changed
            from bwi_vouchers.services.live import announce_commits

            announce_commits(database)

    @classmethod
    def build(cls, database: Database, clock: Clock | None = None, *, template_dir: Path | None = None) -> Services:
        """``template_dir``: the admins' own letter templates (default: the shipped ones)."""
        return cls(database, clock, template_dir=template_dir)

    @cached_property
    def users(self) -> UserService:
        from bwi_vouchers.services.users import UserService
        return UserService(self.database, self.clock)

    @cached_property
    def catalogue(self) -> CatalogueService:
        from bwi_vouchers.services.catalogue import CatalogueService
        return CatalogueService(self.database, self.clock)

    @cached_property
    def companies(self) -> CompanyService:
        from bwi_vouchers.services.companies import CompanyService
        return CompanyService(self.database, self.clock)

    @cached_property
    def measures(self) -> MeasureService:
        from bwi_vouchers.services.measures import MeasureService
        return MeasureService(self.database, self.clock)

    @cached_property
    def applications(self) -> ApplicationService:
        from bwi_vouchers.services.applications import ApplicationService
        return ApplicationService(self.database, self.clock)

    @cached_property
    def amendments(self) -> AmendmentService:
        from bwi_vouchers.services.amendments import AmendmentService
        return AmendmentService(self.database, self.clock)

    @cached_property
    def lifecycle(self) -> LifecycleService:
        from bwi_vouchers.services.lifecycle import LifecycleService
        return LifecycleService(self.database, self.clock)

    @cached_property
    def decisions(self) -> DecisionSummaryService:
        """Previews of lifecycle steps: what a decision would commit, release and pay (nothing is written)."""
        from bwi_vouchers.services.decision_summary import DecisionSummaryService
        return DecisionSummaryService(self.database, self.clock)

    @cached_property
    def budget(self) -> BudgetService:
        from bwi_vouchers.services.budget import BudgetService
        return BudgetService(self.database, self.clock)

    @cached_property
    def listing(self) -> ListingService:
        from bwi_vouchers.services.listing import ListingService
        return ListingService(self.database, self.clock)

    @cached_property
    def demo(self) -> DemoService:
        from bwi_vouchers.services.demo import DemoService
        return DemoService(self.database, self.clock)

    @cached_property
    def dashboard(self) -> DashboardService:
        from bwi_vouchers.services.dashboard import DashboardService
        return DashboardService(self.database, self.clock)

    @cached_property
    def audit(self) -> AuditService:
        from bwi_vouchers.services.audit import AuditService
        return AuditService(self.database, self.clock)

    @cached_property
    def letters(self) -> LetterService:
        from bwi_vouchers.services.letters import LetterService
        return LetterService(self.database, self.clock, self.template_dir)

    @cached_property
    def reports(self) -> ReportService:
        from bwi_vouchers.services.reports import ReportService
        return ReportService(self.database, self.clock)

    @cached_property
    def importing(self) -> ImportService:
        from bwi_vouchers.services.importing import ImportService
        return ImportService(self.database, self.clock)

    @cached_property
    def editing(self) -> EditingService:
        from bwi_vouchers.services.editing import EditingService
        return EditingService(self.database, self.clock)

    @cached_property
    def attachments(self) -> AttachmentService:
        from bwi_vouchers.services.attachments import AttachmentService
        return AttachmentService(self.database, self.clock)

    @cached_property
    def comments(self) -> CommentService:
        from bwi_vouchers.services.comments import CommentService
        return CommentService(self.database, self.clock)

    @cached_property
    def proof(self) -> ProofService:
        from bwi_vouchers.services.proof import ProofService
        return ProofService(self.database, self.clock)

    @cached_property
    def tasks(self) -> TaskService:
        from bwi_vouchers.services.tasks import TaskService
        return TaskService(self.database, self.clock)

    def perform(self, operation: Callable[[], T]) -> OpResult[T]:
        """Run an operation (calls of these services) and return its result with what it changed."""
        return perform(operation)
