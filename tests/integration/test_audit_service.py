"""The audit log service: filters by user, record and day; pages of events, newest first."""

from __future__ import annotations

from datetime import date

import pytest

from bwi_vouchers.services.audit import AuditFilter
from tests.conftest import World

pytestmark = pytest.mark.both_engines


def test_filter_by_user_narrows_the_events(world: World) -> None:
    world.company("Delta GmbH")
    everyone = world.services.audit.page()
    clerks = world.services.audit.page(AuditFilter(user="clerk"))
    assert {r.user for r in everyone.rows} >= {"admin", "clerk"}
    assert clerks.rows and {r.user for r in clerks.rows} == {"clerk"}
    assert world.services.audit.logins() == ["admin", "clerk"]


def test_filter_by_record_matches_reference_or_company_name(world: World) -> None:
    world.budget()
    app = world.application(world.company("Epsilon AG"), world.measure())
    by_reference = world.services.audit.page(AuditFilter(text=app.reference.lower()))
    assert [(r.entity, r.action) for r in by_reference.rows] == [("application", "created")]
    by_name = world.services.audit.page(AuditFilter(entity="company", text="epsilon"))
    assert [r.record for r in by_name.rows] == ["Epsilon AG"]
    assert world.services.audit.page(AuditFilter(text="100%_")).rows == ()


def test_filter_by_days_is_inclusive(world: World) -> None:
    world.company("Zeta GmbH")
    world.clock.advance(2)
    world.company("Eta GmbH")
    today = world.clock.today()
    only_today = world.services.audit.page(AuditFilter(entity="company", since=today, until=today))
    assert [r.record for r in only_today.rows] == ["Eta GmbH"]
    before = world.services.audit.page(AuditFilter(entity="company", until=date(2026, 3, 2)))
    assert [r.record for r in before.rows] == ["Zeta GmbH"]


def test_pages_follow_each_other_without_gaps(world: World) -> None:
    for number in range(5):
        world.company(f"Firma {number}")
    first = world.services.audit.page(AuditFilter(entity="company"), limit=2)
    second = world.services.audit.page(AuditFilter(entity="company"), offset=2, limit=2)
    third = world.services.audit.page(AuditFilter(entity="company"), offset=4, limit=2)
    assert first.has_more and second.has_more and not third.has_more
    names = [r.record for page in (first, second, third) for r in page.rows]
    assert names == [f"Firma {n}" for n in (4, 3, 2, 1, 0)]


def test_a_users_events_page_by_page_merge_what_they_did_and_what_was_done_in_their_name(world: World) -> None:
    for n in range(3):
        world.company(f"Selbst {n} GmbH")  # the clerk acting
        world.database.operator = "admin"  # an admin acting for the clerk
        world.company(f"Vertreten {n} GmbH")
        world.database.operator = None
    audit = world.services.audit
    whole = [(r.id, r.user, r.on_behalf_of) for r in audit.page(AuditFilter(user="clerk", entity="company")).rows]
    assert {(user, behalf) for _, user, behalf in whole} == {("clerk", None), ("admin", "clerk")}
    assert [i for i, _, _ in whole] == sorted((i for i, _, _ in whole), reverse=True)  # newest first
    pages = [audit.page(AuditFilter(user="clerk", entity="company"), offset=o, limit=2) for o in (0, 2, 4)]
    assert [(r.id, r.user, r.on_behalf_of) for p in pages for r in p.rows] == whole
    assert [p.has_more for p in pages] == [True, True, len(whole) > 6]


def test_a_search_finds_the_same_events_looked_up_by_id_or_walked_newest_first(world: World, monkeypatch) -> None:
    from bwi_vouchers.storage import repositories

    world.budget()
    code = world.measure()
    müller = world.company("Müller Optik GmbH")
    references = [world.application(müller, code).reference for _ in range(2)]
    world.application(world.company("Andere AG"), code)
    searches = [AuditFilter(text=t) for t in ("MÜLLER", "müller optik", references[0].lower(), "IG-", "nichts")]
    few = [[r.id for r in world.services.audit.page(s).rows] for s in searches]
    monkeypatch.setattr(repositories, "FEW_RECORDS", 0)  # every search walks the events newest first
    walked = [[r.id for r in world.services.audit.page(s).rows] for s in searches]
    assert few == walked
    assert few[0] and few[0] == few[1]  # the company's events, its name in any case, also Ü for ü
    assert few[2] and not few[4]
