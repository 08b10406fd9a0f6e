"""Render the pictures of the user manual (docs/handbuch/bilder) offscreen from demo data, in German.

    .venv/bin/python scripts/handbuch_bilder.py [--out docs/handbuch/bilder] [--applications 300] [--only NAME …]

Uses the stage and screens of ``scripts/screenshots.py``; pictures are at most 1100 px wide so that they
fit the manual window and keep the repository small.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import screenshots as s  # noqa: E402
from PySide6.QtCore import QSize, Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from bwi_vouchers.domain.enums import Status  # noqa: E402
from bwi_vouchers.services import Services  # noqa: E402
from bwi_vouchers.services.clock import FixedClock  # noqa: E402
from bwi_vouchers.storage.database import Database  # noqa: E402
from bwi_vouchers.ui import i18n  # noqa: E402

SIZE = QSize(1280, 800)  # the size the screens are made for; the pictures are scaled down
WIDTH = 1100


def _editor_of(stage: s.Stage, login: str, status: Status, *, not_by: str = "") -> QWidget:
    stage.ensure_demo()
    window = stage.window(login)
    rows = [r for r in stage.services.listing.rows() if r.status is status]
    for row in rows[len(rows) // 3:]:
        info = stage.services.applications.get(row.reference)
        if not_by and (info.in_review_by == not_by or info.proof_recorded_by == not_by):
            continue
        if status is Status.IN_REVIEW and not stage.services.applications.check(row.reference).assessment.eligible:
            continue
        editor = window.editors.open(row.reference)
        assert editor is not None
        stage.settle()
        return editor
    raise LookupError(status)


def approve(stage: s.Stage) -> QWidget:
    """An approver (Sabine Fischer) opens an eligible application in review: Bewilligen / Ablehnen."""
    return _editor_of(stage, s.APPROVER, Status.IN_REVIEW, not_by=s.APPROVER)


def payout(stage: s.Stage) -> QWidget:
    """An approver opens an application whose proof of use was recorded by someone else: Auszahlen."""
    return _editor_of(stage, s.APPROVER, Status.PROOF_RECEIVED, not_by=s.APPROVER)


def new_application(stage: s.Stage) -> QWidget:
    """A clerk types a new application; the checklist reacts (costs below the minimum)."""
    stage.ensure_demo()
    editor = stage.window(s.CLERK).editors.open("")
    assert editor is not None
    form = editor.form
    editing = editor.context.services.editing  # the first company by name, the next measure to come
    form.company.pick(next(c for c in editing.companies("") if c.name[:1].isalpha()))
    form.measure.pick(editing.measures("")[0])
    form.costs.model.setData(form.costs.model.index(0, 0), "Teilnahmegebühr")
    form.costs.model.setData(form.costs.model.index(0, 1), "Teilnahmepaket bw-i")
    form.costs.model.setData(form.costs.model.index(0, 2), "450")
    editor.refresh_check()
    stage.settle()
    return editor


def users(stage: s.Stage) -> QWidget:
    window = stage.page("settings", "admin")
    page = window.pages["settings"]
    from PySide6.QtWidgets import QTabWidget

    tabs = page.findChild(QTabWidget)
    assert tabs is not None
    tabs.setCurrentIndex(1)
    stage.settle()
    return window


PICTURES: list[tuple[str, Callable[[s.Stage], QWidget]]] = [
    ("uebersicht", s.dashboard),
    ("antraege", s.applications),
    ("antrag-neu", new_application),
    ("antrag-bewilligen", approve),
    ("auszahlen", payout),
    ("sammelschritt", s.batch_summary),
    ("unternehmen", s.companies),
    ("budget", s.budget),
    ("berichte", s.reports),
    ("import", s.import_report),
    ("brief", s.editor_letter),
    ("benutzer", users),
    ("protokoll", s.audit),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/handbuch/bilder"))
    parser.add_argument("--applications", type=int, default=300)
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv)
    i18n.install(app, "de")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        database = Database.open("sqlite:///" + str(Path(folder) / "handbuch.db"))
        services = Services.build(database, FixedClock(s.TODAY))
        services.users.acting("admin")
        stage = s.Stage(app, services, Path(folder), args.applications)
        for name, picture in PICTURES:
            if args.only and name not in args.only:
                continue
            widget = picture(stage)
            if widget.isWindow() and widget.width() > SIZE.width():
                widget.resize(SIZE)
            stage.settle()
            target = args.out / f"{name}.png"
            image = widget.grab().toImage()
            if image.width() > WIDTH:
                image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
            image.convertToFormat(QImage.Format.Format_Indexed8).save(str(target))  # a palette: a third of the size
            print(target, target.stat().st_size // 1024, "KB")
        for window in stage.windows.values():
            window.close()
        database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
