"""Windows fit a 1366×768 screen, keep their size and position per window, and never end up off the screen."""

from __future__ import annotations

import app_data
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QWidget

from bwi_vouchers.ui.geometry import FRAME, available_area, clamp_to_screen, fitted, keep_geometry

#: A 1366×768 screen with a 40-pixel task bar.
SMALL = QRect(0, 0, 1366, 728)


def inside(widget: QWidget, area: QRect) -> bool:
    return area.contains(widget.frameGeometry().topLeft()) and \
        widget.width() + FRAME.width() <= area.width() and widget.height() + FRAME.height() <= area.height()


def test_a_window_too_large_and_off_the_screen_is_brought_back(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(2400, 1500)
    widget.move(3000, 2000)  # where a second, now missing, screen was
    clamp_to_screen(widget, SMALL)
    assert inside(widget, SMALL)
    assert widget.size() == QSize(1366 - FRAME.width(), 728 - FRAME.height())


def test_a_remembered_geometry_is_restored_and_clamped_to_the_screen(qtbot, ui_settings) -> None:
    first = QWidget()
    qtbot.addWidget(first)
    keeper = keep_geometry(first, ui_settings, "test/geometry", QSize(500, 400))
    first.resize(520, 410)
    first.move(30, 40)
    keeper.save()
    again = QWidget()
    qtbot.addWidget(again)
    keep_geometry(again, ui_settings, "test/geometry", QSize(500, 400))
    assert again.size() == QSize(520, 410) and again.pos() == QPoint(30, 40)

    far = QWidget()
    qtbot.addWidget(far)
    far.resize(5000, 4000)
    far.move(9000, 9000)
    ui_settings.set_value("test/far", far.saveGeometry())
    restored = QWidget()
    qtbot.addWidget(restored)
    keep_geometry(restored, ui_settings, "test/far", QSize(500, 400))
    assert inside(restored, available_area(restored))


def test_a_window_remembers_its_size_when_hidden(qtbot, ui_settings) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    keep_geometry(widget, ui_settings, "test/hidden", QSize(400, 300))
    widget.show()
    widget.resize(450, 320)
    widget.hide()
    again = QWidget()
    qtbot.addWidget(again)
    keep_geometry(again, ui_settings, "test/hidden", QSize(400, 300))
    assert again.size() == QSize(450, 320)


def test_the_editor_fits_1366_by_768_with_save_in_sight(qtbot, make_window, ui_services) -> None:
    sample = app_data.sample(ui_services)
    editor = make_window("clerk").editors.open(sample["alpha"].reference)
    size = fitted(QSize(1240, 680), SMALL)  # the editor's default on that screen
    assert editor.minimumSizeHint().height() <= size.height()
    assert editor.minimumSizeHint().width() <= size.width()
    editor.resize(size)
    qtbot.waitUntil(lambda: editor.size() == size)
    for button in (editor.save_button, editor.close_button):
        assert button.isVisible()
        place = QRect(button.mapTo(editor, QPoint(0, 0)), button.size())
        assert editor.rect().contains(place), button.text()


def test_the_main_window_fits_1366_by_768_and_says_its_name_once(qtbot, make_window) -> None:
    window = make_window("admin")
    assert window.minimumSizeHint().height() + FRAME.height() <= SMALL.height()
    assert window.minimumSizeHint().width() + FRAME.width() <= SMALL.width()
    assert "bwi-vouchers" not in window.windowTitle()  # the platform adds the programme's name
    for key in window.pages:
        window.show_page(key)
        assert window.minimumSizeHint().height() + FRAME.height() <= SMALL.height(), key
        assert window.minimumSizeHint().width() + FRAME.width() <= SMALL.width(), key


def test_the_manual_remembers_its_size(qtbot, make_window) -> None:
    window = make_window()
    manual = window.help.open_manual()
    qtbot.waitUntil(manual.isVisible)
    manual.resize(QSize(700, 450))
    qtbot.waitUntil(lambda: manual.size() == QSize(700, 450))
    manual.close()  # stored as it hides
    window.help.manual = None  # as after a restart: a new window
    again = window.help.open_manual()
    assert again is not manual and again.size() == QSize(700, 450)
    again.close()
