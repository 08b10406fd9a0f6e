"""Who acts (DESIGN §10): the OS login on SQLite; an admin may act for another user there, recorded in the audit
as "admin für clerk" (``user_login`` = who acted, ``on_behalf_of`` = for whom); anyone else is refused."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from bwi_vouchers.cli import main
from bwi_vouchers.domain.enums import Role, Status
from bwi_vouchers.errors import ConflictError, PermissionDenied
from bwi_vouchers.services import Services
from bwi_vouchers.services.applications import ApplicationInput
from bwi_vouchers.services.audit import AuditFilter
from bwi_vouchers.services.identity import Identity, acting_text, identify
from bwi_vouchers.storage.database import Database
from tests.conftest import World


def act(world: World, system_login: str, requested: str | None) -> Identity:
    return identify(world.database, world.services.users, system_login=system_login, requested=requested)


@pytest.mark.both_engines
def test_an_admin_acting_for_a_clerk_is_recorded_as_both(world: World) -> None:
    reference = world.application(world.company(), world.measure()).reference
    if not world.database.is_sqlite:  # on PostgreSQL the database login acts; the record is the same shape
        world.database.operator = "admin"
        identity = Identity("clerk", "admin")
    else:
        identity = act(world, "admin", "clerk")
    assert identity == Identity("clerk", "admin") and identity.shown() == "admin für clerk"
    assert world.database.operator == "admin"
    world.services.lifecycle.move(identity.login, reference, Status.IN_REVIEW)
    assert world.services.applications.get(reference).in_review_by == "clerk"  # the clerk's step
    rows = world.services.audit.page(AuditFilter(entity="application", text=reference)).rows
    step = next(r for r in rows if r.action == "status:in_review")
    assert (step.user, step.on_behalf_of) == ("admin", "clerk")
    assert acting_text(step.user, step.on_behalf_of) == "admin für clerk"
    for who in ("admin", "clerk"):  # found under either name
        assert step.id in {r.id for r in world.services.audit.page(AuditFilter(user=who)).rows}
    assert step.id not in {r.id for r in world.services.audit.page(AuditFilter(user="approver")).rows}
    assert {"admin", "clerk"} <= set(world.services.audit.logins())
    with world.raw() as raw:
        stored = raw.execute("SELECT user_login, on_behalf_of FROM audit_event WHERE action = 'status:in_review'")
        assert stored.fetchall() == [("admin", "clerk")]


def test_without_user_the_os_login_acts_and_nothing_names_another(world: World) -> None:
    assert act(world, "clerk", None) == Identity("clerk")
    assert act(world, "clerk", "CLERK") == Identity("clerk")  # the same login, in other letters
    assert world.database.operator is None


@pytest.mark.parametrize("system_login", ["clerk", "approver", "mallory"])
def test_only_an_admin_may_act_for_another_user(world: World, system_login: str) -> None:
    with pytest.raises(PermissionDenied) as refused:
        act(world, system_login, "approver2")
    assert refused.value.code == "act_as_admin_only" and "Nur ein Administrator" in str(refused.value)
    assert world.database.operator is None


def test_an_admin_cannot_act_for_an_unknown_user(world: World) -> None:
    with pytest.raises(PermissionDenied) as refused:
        act(world, "admin", "mallory")
    assert refused.value.code == "unknown_user"


def test_logins_are_compared_case_insensitively(world: World) -> None:
    assert act(world, "ADMIN", "Clerk") == Identity("clerk", "admin")
    with pytest.raises(ConflictError):
        world.services.users.add("admin", "WEBER", roles=frozenset({Role.CLERK}))
        world.services.users.add("admin", "weber", roles=frozenset({Role.CLERK}))
    assert world.services.users.get("Weber") is not None


def test_the_first_commands_user_is_the_first_user_with_every_role() -> None:
    database = Database.open("sqlite://")
    try:
        services = Services.build(database)
        identity = identify(database, services.users, system_login="root", requested="Chefin")
        assert identity == Identity("Chefin")
        assert services.users.acting(identity.login).roles == frozenset(Role)
        assert services.users.get("chefin") is not None
        with pytest.raises(PermissionDenied):  # root is no user, let alone an admin
            identify(database, services.users, system_login="root", requested="chefin")
    finally:
        database.dispose()


def test_facts_changed_by_an_admin_for_a_clerk_bar_both_from_deciding(world: World) -> None:
    services = world.services
    world.budget()
    info = world.application(world.company(), world.measure(), costs="7000.00")
    services.lifecycle.move("clerk2", info.reference, Status.IN_REVIEW)
    current = services.applications.get(info.reference)
    data = ApplicationInput(company_id=current.company_id, measure_code=current.measure_code,
                            theme_code=current.theme_code, receipt_date=current.receipt_date,
                            cost_items=current.cost_items, cluster_id=current.cluster_id)
    assert act(world, "admin", "clerk") == Identity("clerk", "admin")
    services.applications.update("clerk", info.reference, current.version, replace(data, requested_amount="2500"))
    assert services.applications.get(info.reference).facts_changed_by == {"admin", "clerk"}
    world.database.operator = None
    with pytest.raises(PermissionDenied):
        services.lifecycle.move("admin", info.reference, Status.APPROVED)
    assert services.lifecycle.move("approver", info.reference, Status.APPROVED).status is Status.APPROVED


def test_the_command_line_says_for_whom_it_acted(world: World) -> None:
    reference = world.application(world.company(), world.measure()).reference
    world.database.dispose()
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", str(world.database.sqlite_path()), "--user", "clerk", "move", reference, "--to",
                 "in_review"], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    assert err.getvalue() == "Im Protokoll: admin für clerk\n"  # the OS login is admin (conftest)
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", str(world.database.sqlite_path()), "--user", "approver", "user", "add", "x", "--roles",
                 "clerk", "--password-stdin"], stdout=out, stderr=err)
    assert code == 1 and "nur auf PostgreSQL" in err.getvalue()


def test_a_login_in_other_letters_is_the_same_person_for_four_eyes(world: World) -> None:
    world.budget()
    reference = world.application(world.company(), world.measure()).reference
    world.services.users.add("admin", "klein", roles=frozenset({Role.CLERK, Role.APPROVER}))
    world.services.lifecycle.move("KLEIN", reference, Status.IN_REVIEW)
    assert world.services.applications.get(reference).in_review_by == "klein"
    with pytest.raises(PermissionDenied):
        world.services.lifecycle.move("Klein", reference, Status.APPROVED)
