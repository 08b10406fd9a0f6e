"""The hash of an audit event: its format is fixed forever (every stored chain depends on it)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from bwi_vouchers.storage.chain_hash import GENESIS, canonical, chain, event_hash

EVENT = {"at": datetime(2026, 3, 2, 9, 30, 0, 123), "user_login": "müller", "entity": "application",
         "entity_id": "IG-2026-0001", "action": "status:approved", "changes": {"b": [None, "2000.00"], "a": [1, 2]},
         "amount": Decimal("12.50"), "day": date(2026, 1, 2)}


def test_the_canonical_form_and_the_hash_are_pinned() -> None:
    assert canonical(GENESIS, EVENT).decode() == (
        '["' + "0" * 64 + '",{"action":"status:approved","amount":"12.50","at":"2026-03-02T09:30:00.000123",'
        '"changes":{"a":[1,2],"b":[null,"2000.00"]},"day":"2026-01-02","entity":"application",'
        '"entity_id":"IG-2026-0001","user_login":"müller"}]')
    assert event_hash(GENESIS, EVENT) == "403582d2a7d1e689969187e510a5105fdc4970fa77ce8d4bddf05275a8af1eaa"


def test_a_column_added_later_with_none_keeps_old_hashes_and_order_does_not_matter() -> None:
    reordered = dict(reversed(list(EVENT.items())))
    assert event_hash(GENESIS, {**reordered, "on_behalf_of": None, "id": 7, "hash": "x"}) == event_hash(GENESIS, EVENT)
    assert event_hash(GENESIS, {**EVENT, "on_behalf_of": "schulz"}) != event_hash(GENESIS, EVENT)


def test_every_value_and_the_predecessor_count() -> None:
    base = event_hash(GENESIS, EVENT)
    assert event_hash("1" * 64, EVENT) != base
    for name, other in (("changes", {"a": [1, 2], "b": [None, "2000.01"]}), ("user_login", "mueller"),
                        ("at", datetime(2026, 3, 2, 9, 30, 0, 124)), ("amount", Decimal("12.5"))):
        assert event_hash(GENESIS, {**EVENT, name: other}) != base, name


def test_chain_links_each_event_to_the_one_before() -> None:
    links = chain(GENESIS, [EVENT, EVENT, {**EVENT, "action": "changed"}])
    assert [prev for prev, _ in links] == [GENESIS, links[0][1], links[1][1]]
    assert links[0][1] != links[1][1]  # the same content at another place in the chain hashes differently
