"""Demo data (DESIGN §10 ``demo``): a realistic database, deterministic by seed and today's date.

German companies in real Baden-Württemberg towns, measures to real destinations abroad, and applications
over every status and several years — each one consistent with the rules and the services: amounts from
the programme version in force, references consecutive per year, approved ones eligible, rejected ones
(mostly) with a failing rule, and every step planned and written by the lifecycle engine
(``domain.lifecycle.plan_step`` → ``services.step_writer.record_step``), as the lifecycle service does.

The parts: ``names`` (word lists), ``model`` (the vocabulary and the drafts), ``base`` and the makers
``companies``, ``measures``, ``applications``, ``rows`` (generation), ``spill`` and ``drafts`` (what waits
for its turn, in a temporary file), ``generator`` (the whole run, pure: reference data in, rows out) and
``loading`` (``DemoService``: reads the reference data, generates and writes
everything with ``storage.bulk`` in one transaction).
"""

from __future__ import annotations

from bwi_vouchers.services.demo.generator import generate
from bwi_vouchers.services.demo.loading import DemoService, read_reference
from bwi_vouchers.services.demo.model import (
    MAX_APPLICATIONS,
    ClusterRef,
    DemoCancelled,
    DemoReference,
    DemoRows,
    DemoSummary,
)

__all__ = ["MAX_APPLICATIONS", "ClusterRef", "DemoCancelled", "DemoReference", "DemoRows", "DemoService",
           "DemoSummary", "generate", "read_reference"]
