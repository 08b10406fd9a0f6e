"""Use cases, Qt-free: each public method is one unit of work and returns plain records."""

from __future__ import annotations

from dataclasses import dataclass

from bwi_vouchers.services.applications import ApplicationService
from bwi_vouchers.services.budget import BudgetService
from bwi_vouchers.services.catalogue import CatalogueService
from bwi_vouchers.services.clock import Clock
from bwi_vouchers.services.companies import CompanyService
from bwi_vouchers.services.lifecycle import LifecycleService
from bwi_vouchers.services.measures import MeasureService
from bwi_vouchers.services.users import UserService
from bwi_vouchers.storage.database import Database


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

    @classmethod
    def build(cls, database: Database, clock: Clock | None = None) -> Services:
        clock = clock or Clock()
        return cls(database, clock, UserService(database, clock), CatalogueService(database, clock),
                   CompanyService(database, clock), MeasureService(database, clock),
                   ApplicationService(database, clock), LifecycleService(database, clock),
                   BudgetService(database, clock))
