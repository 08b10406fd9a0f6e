"""The demo generator's pools of unique numbers never run out (issue 10: the register numbers did near 435,000
applications, and the generator then looped for ever)."""

from __future__ import annotations

import random

from bwi_vouchers.services.demo.companies import REGISTER_RANGES
from bwi_vouchers.services.demo.model import UniqueNumbers


def test_a_million_register_numbers_are_drawn_without_repeats() -> None:
    pool = UniqueNumbers(REGISTER_RANGES, random.Random(1).random)
    numbers = [pool.draw() for _ in range(1_000_000)]
    assert len(set(numbers)) == 1_000_000
    assert all(700000 <= n <= 799999 for n in numbers[:50_000])  # the classic range first
    assert all(100000 <= n <= 999999 for n in numbers[:450_000])  # six digits as long as half of them are free
    assert max(numbers) <= 9_999_999


def test_the_same_random_generator_gives_the_same_numbers() -> None:
    def drawn(seed: int) -> list[int]:
        pool = UniqueNumbers(((1, 10), (1, 100)), random.Random(seed).random)
        return [pool.draw() for _ in range(500)]

    assert drawn(3) == drawn(3)
    assert drawn(3) != drawn(4)
    assert len(set(drawn(3))) == 500  # past the last range, the upper end grows tenfold
