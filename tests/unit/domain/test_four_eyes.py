"""Four eyes, precisely (DESIGN §6): who changed the facts in review may not decide; the standing carries them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bwi_vouchers.domain.enums import Role, Status
from bwi_vouchers.domain.lifecycle import Refusal, apply, why_not
from bwi_vouchers.errors import PermissionDenied

from .test_lifecycle import ALL_ROLES, ELIGIBLE, TODAY, state, step

DECISIONS = (Status.APPROVED, Status.REJECTED)


@pytest.mark.parametrize("target", DECISIONS)
def test_who_changed_the_facts_in_review_may_neither_approve_nor_reject(target: Status) -> None:
    current = state(Status.IN_REVIEW, facts_changed_by=frozenset({"boss", "meier"}))
    refusal = why_not(current, target, actor="boss", roles=ALL_ROLES, today=TODAY, assessment=ELIGIBLE)
    assert refusal == Refusal("four_eyes_changed_facts", {"user": "boss", "reference": "IG-2026-0001"},
                              denied=True)
    with pytest.raises(PermissionDenied) as info:
        step(current, target)
    assert (info.value.code, info.value.params) == ("four_eyes_changed_facts",
                                                    {"user": "boss", "reference": "IG-2026-0001"})


@pytest.mark.parametrize("target", DECISIONS)
def test_someone_who_changed_nothing_may_decide(target: Status) -> None:
    current = state(Status.IN_REVIEW, facts_changed_by=frozenset({"meier"}))
    assert why_not(current, target, actor="boss", roles=ALL_ROLES, today=TODAY, assessment=ELIGIBLE) is None
    assert step(current, target).target is target


def test_logins_are_compared_case_insensitively() -> None:
    current = state(Status.IN_REVIEW, facts_changed_by=frozenset({"BOSS"}))
    refusal = why_not(current, Status.APPROVED, actor="boss", roles=ALL_ROLES, today=TODAY)
    assert refusal is not None and refusal.code == "four_eyes_changed_facts"


def test_who_put_it_in_review_is_named_first() -> None:
    """Both bars apply to the same person: the older, plainer reason is the one given."""
    current = state(Status.IN_REVIEW, in_review_by="boss", facts_changed_by=frozenset({"boss"}))
    refusal = why_not(current, Status.APPROVED, actor="boss", roles=ALL_ROLES, today=TODAY)
    assert refusal is not None and refusal.code == "four_eyes_decision"


def test_the_role_is_asked_before_the_four_eyes() -> None:
    current = state(Status.IN_REVIEW, facts_changed_by=frozenset({"boss"}))
    refusal = why_not(current, Status.APPROVED, actor="boss", roles=frozenset({Role.CLERK}), today=TODAY)
    assert refusal is not None and refusal.code == "role_missing"


@pytest.mark.parametrize("target", [Status.WITHDRAWN])
def test_a_fact_changer_may_still_take_the_steps_that_are_no_decision(target: Status) -> None:
    current = state(Status.IN_REVIEW, facts_changed_by=frozenset({"boss"}))
    assert why_not(current, target, actor="boss", roles=ALL_ROLES, today=TODAY) is None


def test_entering_the_review_starts_with_nobody_barred() -> None:
    before = state(Status.RECEIVED, facts_changed_by=frozenset({"boss"}))
    after = apply(before, step(before, Status.IN_REVIEW, actor="clerk"))
    assert after.facts_changed_by == frozenset()
    assert why_not(after, Status.APPROVED, actor="boss", roles=ALL_ROLES, today=TODAY) is None


def test_other_steps_keep_who_changed_the_facts() -> None:
    current = replace(state(Status.IN_REVIEW), facts_changed_by=frozenset({"meier"}))
    after = apply(current, step(current, Status.APPROVED))
    assert after.facts_changed_by == frozenset({"meier"})
