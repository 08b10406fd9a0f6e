"""Use cases, Qt-free: each public method is one unit of work and returns plain records."""

from __future__ import annotations

from dataclasses import dataclass

from bwi_vouchers.services.applications import ApplicationService
from bwi_vouchers.services.budget import BudgetService
from bwi_vouchers.services.catalogue import CatalogueService
from bwi_vouchers.services.clock import Clock
from bwi_vouchers.services.companies import CompanyService
from bwi_vouchers.services.lifecycle import LifecycleService
from bwi_vouchers.services.listing import ListingService
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
    listing: ListingService

    @classmethod
    def build(cls, database: Database, clock: Clock | None = None) -> Services:
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
        )
