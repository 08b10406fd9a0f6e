"""The demo's spill (issue 10: a million applications in bounded memory): what goes in comes back by its handle,
whatever was written in between, and moments packed into ints sort as the moments do."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from bwi_vouchers.services.demo.spill import SEQ_BITS, Spill, Waiting, key_moment, key_second, moment_key, second_key


def test_records_come_back_by_their_handle_while_more_are_written() -> None:
    spill = Spill()
    rng = random.Random(4)
    kept: list[tuple[int, bytes]] = []
    try:
        for n in range(3000):
            record = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 300)))
            kept.append((spill.put(record), record))
            if n % 7 == 0:  # reads between writes, of old and of just written records
                handle, expected = kept[rng.randrange(len(kept))]
                assert spill.get(handle) == expected
                assert spill.get(kept[-1][0]) == kept[-1][1]
        rng.shuffle(kept)
        assert all(spill.get(handle) == record for handle, record in kept)
        assert spill.size == sum(len(record) for _, record in kept)
    finally:
        spill.close()


def test_moments_packed_into_ints_sort_and_come_back_as_they_were() -> None:
    rng = random.Random(9)
    start = datetime(1999, 12, 31, 23, 59, 59, 999999)
    moments = [start + timedelta(microseconds=rng.randrange(10**15)) for _ in range(2000)]
    moments += [datetime(1, 1, 1), datetime(2026, 3, 2, 8, 15), datetime(2026, 3, 2, 8, 15, 0, 1)]
    assert [key_moment(moment_key(m)) for m in moments] == moments
    assert sorted(moments, key=moment_key) == sorted(moments)


def test_waiting_items_are_taken_day_by_day_in_the_order_of_time_and_sequence() -> None:
    rng = random.Random(5)
    waiting = Waiting()
    items = []
    for seq in range(3000):
        moment = datetime(2026, 1, 1, 7) + timedelta(minutes=rng.randrange(60 * 24 * 40))
        waiting.push(moment, seq, seq * 3)
        items.append((moment, seq))
    assert len(waiting) == 3000
    first = waiting.take(datetime(2026, 1, 20))
    rest = waiting.take(None)
    assert len(waiting) == 0 and waiting.take(None) == []
    taken = [(key_second(key >> SEQ_BITS), key & ((1 << SEQ_BITS) - 1), payload) for key, payload in first + rest]
    assert taken == [(moment, seq, seq * 3) for moment, seq in sorted(items)]
    assert all(moment < datetime(2026, 1, 20) for moment, _, _ in taken[:len(first)])
    keys = [key for key, _ in first + rest]
    assert [second_key(moment) for moment, _, _ in taken] == [key >> SEQ_BITS for key in keys]
    with pytest.raises(ValueError):
        waiting.push(datetime(2026, 1, 1, 7, 0, 0, 5), 1, 1)  # whole seconds only
    with pytest.raises(ValueError):
        waiting.take(datetime(2026, 1, 20, 8))  # a midnight only
