"""Use cases, Qt-free: each public method is one unit of work and returns plain records.

``Services.perform`` runs one or more of them as an operation that also reports what it changed
(``services.changes``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from bwi_vouchers.services.applications import ApplicationService
from bwi_vouchers.services.audit import AuditService
from bwi_vouchers.services.budget import BudgetService
from bwi_vouchers.services.catalogue import CatalogueService
from bwi_vouchers.services.changes import OpResult, perform
from bwi_vouchers.services.clock import Clock
from bwi_vouchers.services.companies import CompanyService
from bwi_vouchers.services.dashboard import DashboardService
from bwi_vouchers.services.demo import DemoService
from bwi_vouchers.services.importing import ImportService
from bwi_vouchers.services.letters import LetterService
from bwi_vouchers.services.lifecycle import LifecycleService
from bwi_vouchers.services.listing import ListingService
from bwi_vouchers.services.measures import MeasureService
from bwi_vouchers.services.reports import ReportService
from bwi_vouchers.services.users import UserService
from bwi_vouchers.storage.database import Database

T = TypeVar("T")


@dataclass(frozen=True)
class Services:
    """Every service over one database and one clock — built by the composition root."""

    database: Database
    clock: Clock
    users: UserService
    catalogue: CatalogueService
    companies: CompanyService
    measures: MeasureService
    applications: ApplicationService
    lifecycle: LifecycleService
    budget: BudgetService
    listing: ListingService
    demo: DemoService
    dashboard: DashboardService
    audit: AuditService
    letters: LetterService
    reports: ReportService
    importing: ImportService

    @classmethod
    def build(cls, database: Database, clock: Clock | None = None, *, template_dir: Path | None = None) -> Services:
        """``template_dir``: the admins' own letter templates (default: the shipped ones)."""
        clock = clock or Clock()
        return cls(
            database=database,
            clock=clock,
            users=UserService(database, clock),
            catalogue=CatalogueService(database, clock),
            companies=CompanyService(database, clock),
            measures=MeasureService(database, clock),
            applications=ApplicationService(database, clock),
            lifecycle=LifecycleService(database, clock),
            budget=BudgetService(database, clock),
            listing=ListingService(database, clock),
            demo=DemoService(database, clock),
            dashboard=DashboardService(database, clock),
            audit=AuditService(database, clock),
            letters=LetterService(database, clock, template_dir),
            reports=ReportService(database, clock),
            importing=ImportService(database, clock),
        )

    def perform(self, operation: Callable[[], T]) -> OpResult[T]:
        """Run an operation (calls of these services) and return its result with what it changed."""
        return perform(operation)
