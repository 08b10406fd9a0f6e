"""Meine Aufgaben in the real window: first page of clerks and approvers, their groups, counts in the sidebar."""

from __future__ import annotations

import app_data
from PySide6.QtCore import Qt

from bwi_vouchers.domain.enums import Role, Status
from bwi_vouchers.services import Services
from bwi_vouchers.services.tasks import TaskGroup


def in_review(services: Services) -> dict[str, str]:
    """Alpha and Beta put in review by the clerk, Gamma by the admin; Delta stays received."""
    made = app_data.sample(services)
    for key, actor in (("alpha", "clerk"), ("beta", "clerk"), ("gamma", "admin")):
        services.lifecycle.move(actor, made[key].reference, Status.IN_REVIEW)
    return {key: info.reference for key, info in made.items()}


def sidebar_keys(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [window.sidebar.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.sidebar.count())]


def test_an_approver_starts_on_the_applications_to_decide(make_window, ui_services: Services) -> None:
    refs = in_review(ui_services)
    window = make_window("approver")
    page = window.current_page()
    assert page is not None and page.key == "tasks" and sidebar_keys(window)[0] == "tasks"
    assert page.references(TaskGroup.DECIDE) == [refs["alpha"], refs["beta"], refs["gamma"]]
    assert page.references(TaskGroup.RELEASE) == []
    assert page.references(TaskGroup.DUE) == []  # not an approver's group
    assert window.sidebar.item(0).text() == "My tasks  (3)"


def test_a_clerk_sees_no_decisions_but_their_due_proofs(make_window, ui_services: Services) -> None:
    in_review(ui_services)
    window = make_window("clerk")
    page = window.current_page()
    assert page.key == "tasks"
    groups = [page.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1)
              for i in range(page.tree.topLevelItemCount())]
    assert groups == ["check_proofs", "due"]
    assert window.sidebar.item(0).text() == "My tasks"  # nothing waits: no count


def test_enter_opens_the_application_in_the_editor(make_window, ui_services: Services, qtbot) -> None:
    refs = in_review(ui_services)
    window = make_window("approver")
    page = window.current_page()
    opened: list[str] = []
    window.context.events.application_open_requested.disconnect()  # the editor itself is tested elsewhere
    window.context.events.application_open_requested.connect(opened.append)
    assert page.select(refs["beta"])
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert opened == [refs["beta"]]


def test_counts_follow_changes_and_f5(make_window, ui_services: Services) -> None:
    refs = in_review(ui_services)
    window = make_window("approver")
    assert window.task_counts.counts == {TaskGroup.DECIDE: 3, TaskGroup.RELEASE: 0}
    ui_services.lifecycle.move("admin", refs["delta"], Status.IN_REVIEW)  # behind the window's back
    window.refresh_action.trigger()  # F5
    assert window.task_counts.total == 4 and window.sidebar.item(0).text() == "My tasks  (4)"
    window.context.events.data_loaded()  # what an operation or a colleague's change announces
    assert window.task_counts.total == 4
    page = window.current_page()
    assert refs["delta"] in page.references(TaskGroup.DECIDE)


def test_budget_users_and_admins_keep_their_first_page(make_window, ui_services: Services) -> None:
    ui_services.users.add("admin", "becker", roles=frozenset({Role.BUDGET}))
    in_review(ui_services)
    budget = make_window("becker")
    assert "tasks" not in sidebar_keys(budget) and budget.current_page().key == "dashboard"
    assert budget.task_counts is None
    admin = make_window("admin")  # every role: has the page, but starts where admins start
    assert sidebar_keys(admin)[0] == "tasks" and admin.current_page().key == "dashboard"
