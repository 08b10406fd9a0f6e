"""Services behind the companies, measures, clusters, budget and settings pages."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bwi_vouchers.domain.enums import MeasureType, Role, SizeClass, Status
from bwi_vouchers.errors import ConflictError, PermissionDenied, ValidationError
from bwi_vouchers.services.programmes import ProgrammeInput
from tests.conftest import World

pytestmark = pytest.mark.both_engines


def approve(world: World, reference: str) -> None:
    world.services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    world.services.lifecycle.move("approver", reference, Status.APPROVED)


def test_company_rows_count_applications_and_give_the_newest_size_class(world: World) -> None:
    world.budget()
    big = world.company("Groß AG", awu="300", turnover="60000000.00", balance="50000000.00")
    small = world.company("Klein GmbH", awu="12")
    measure = world.measure()
    world.application(small, measure)
    world.application(small, world.measure())
    rows = {r.id: r for r in world.services.companies.rows()}
    assert (rows[small].applications, rows[small].size_class, rows[small].city) == (2, SizeClass.SMALL, "Stuttgart")
    assert (rows[big].applications, rows[big].size_class) == (0, SizeClass.LARGE)
    assert [r.name for r in world.services.companies.rows()] == ["Groß AG", "Klein GmbH"]


def test_deminimis_register_counts_prior_aid_and_vouchers_in_the_window(world: World) -> None:
    world.budget()
    company = world.company("Theta GmbH")
    services = world.services
    services.companies.add_deminimis(
        "clerk", company, granting_body="L-Bank", grant_date=date(2024, 6, 1), amount="10000.00"
    )
    services.companies.add_deminimis(
        "clerk", company, granting_body="Alt", grant_date=date(2022, 6, 1), amount="99000.00"
    )
    app = world.application(company, world.measure())
    approve(world, app.reference)
    status = services.companies.deminimis(company)
    assert status.ceiling == Decimal("300000.00") and status.window_start == date(2023, 3, 2)
    assert status.total == Decimal("12000.00")  # 10,000 prior + 2,000 voucher; the 2022 aid is outside
    assert status.headroom == Decimal("288000.00")
    counted = {(e.granting_body, e.reference): e.counted for e in status.entries}
    assert counted[("Alt", None)] is False and counted[("L-Bank", None)] is True
    assert any(e.reference == app.reference and e.counted for e in status.entries)


def test_applications_of_a_company_or_a_measure(world: World) -> None:
    world.budget()
    one, two = world.company(), world.company()
    measure = world.measure()
    first = world.application(one, measure).reference
    second = world.application(two, measure).reference
    assert [r.reference for r in world.services.listing.rows_of(company_id=one)] == [first]
    assert [r.reference for r in world.services.listing.rows_of(measure_code=measure)] == [first, second]
    assert world.services.listing.rows_of(measure_code="NOPE") == []
    counts = {info.code: n for info, n in world.services.measures.rows()}
    assert counts[measure] == 2


def test_cluster_edit_is_for_admins_and_checks_the_version(world: World) -> None:
    services = world.services
    cluster = services.catalogue.cluster("Photonics BW")
    with pytest.raises(PermissionDenied):
        services.catalogue.update_cluster("clerk", cluster.id, cluster.version, name="X", kind="network")
    changed = services.catalogue.update_cluster(
        "admin",
        cluster.id,
        cluster.version,
        name="Photonics BW e.V.",
        kind="network",
        region="Stuttgart",
        themes=(6, 8),
    )
    assert (changed.name, changed.region, changed.themes) == ("Photonics BW e.V.", "stuttgart", (6, 8))
    with pytest.raises(ConflictError):
        services.catalogue.update_cluster("admin", cluster.id, cluster.version, name="Stale", kind="network")
    assert services.catalogue.cluster("Photonics BW e.V.").version == changed.version


def test_member_counts_count_todays_members(world: World) -> None:
    world.company(cluster="Photonics BW")
    world.company(cluster="Photonics BW", member_from=date(2027, 1, 1))
    assert world.services.catalogue.member_counts()[world.cluster_id("Photonics BW")] == 1


def version(valid_from: date, **changes: object) -> ProgrammeInput:
    values: dict[str, object] = dict(
        valid_from=valid_from,
        name="Neu",
        rate="0.40",
        cap="2500.00",
        min_costs="400.00",
        max_vouchers_per_year=3,
        deminimis_ceiling="300000.00",
        deminimis_years=3,
        proof_months=4,
        lead_days=1,
        funding_sources=("Landesmittel", "EFRE"),
        default_source="EFRE",
        measure_types=tuple(MeasureType),
    )
    values.update(changes)
    return ProgrammeInput(**values)  # type: ignore[arg-type]


def test_a_programme_version_is_added_from_a_day_on_with_an_audit_event(world: World) -> None:
    added = world.services.catalogue.add_programme_version("admin", version(date(2026, 7, 1)))
    assert (added.rate, added.cap, added.default_source) == (Decimal("0.40"), Decimal("2500.00"), "EFRE")
    assert [p.valid_from for p in world.services.catalogue.programmes()][-1] == date(2026, 7, 1)
    event = world.services.dashboard.recent_events(1)[0]
    assert (event.entity, event.action, event.changes["cap"]) == ("programme_version", "created", [None, "2500.00"])


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"valid_from": date(2026, 3, 1)}, "valid_from"),  # in the past
        ({"rate": "1.5"}, "rate"),
        ({"cap": "abc"}, "cap"),
        ({"deminimis_years": "0"}, "deminimis_years"),
        ({"default_source": "Bund"}, "default_source"),
        ({"funding_sources": ("A", "a")}, "funding_sources"),
    ],
)
def test_a_bad_programme_version_is_refused_at_its_field(world: World, changes: dict, field: str) -> None:
    before = world.services.catalogue.programmes()
    with pytest.raises(ValidationError) as caught:
        world.services.catalogue.add_programme_version("admin", version(**{"valid_from": date(2026, 7, 1), **changes}))
    assert caught.value.field == field
    assert world.services.catalogue.programmes() == before


def test_only_admins_add_programme_versions(world: World) -> None:
    with pytest.raises(PermissionDenied):
        world.services.catalogue.add_programme_version("clerk", version(date(2026, 7, 1)))


def test_roles_change_but_the_last_admin_stays(world: World) -> None:
    users = world.services.users
    changed = users.set_roles("admin", "clerk", frozenset({Role.CLERK, Role.APPROVER}))
    assert changed.roles == {Role.CLERK, Role.APPROVER}
    with pytest.raises(PermissionDenied) as caught:
        users.set_roles("admin", "admin", frozenset({Role.CLERK}))
    assert caught.value.code == "last_admin"
    users.set_roles("admin", "clerk2", frozenset({Role.ADMIN}))
    assert users.set_roles("admin", "admin", frozenset({Role.CLERK})).roles == {Role.CLERK}
    with pytest.raises(PermissionDenied):
        users.set_roles("clerk", "clerk2", frozenset({Role.CLERK}))


def test_the_ledger_names_each_entrys_application(world: World) -> None:
    world.budget()
    app = world.application(world.company(), world.measure())
    approve(world, app.reference)
    ledger = world.services.budget.ledger(2026, "Landesmittel")
    assert [(e.reference, e.kind, e.amount) for e in ledger] == [(app.reference, "commitment", Decimal("2000.00"))]
