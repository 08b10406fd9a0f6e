"""A voucher's life in a team, from two desktop processes and the command line at the same time, on PostgreSQL.

    .venv/bin/python scripts/team_trial.py URL REFERENCE PROOF_REFERENCE --out DIR

``URL``: a team database (``team setup`` run, users ``weber`` (clerk), ``fischer`` (approver) and ``klein``
(clerk and approver) added with the passwords ``<login>-pw``); each person connects with their own login.
``REFERENCE``: a received, eligible application (``demo`` prints three); ``PROOF_REFERENCE``: an approved one whose
measure is over (a proof of use cannot come in before).

Two desktop processes run offscreen, each as its own database login, driving the real windows: weber opens the
application and puts it in review; fischer's list shows that by itself (live update), fischer approves in his
editor; weber's open editor shows the approval by itself. On the command line klein's proof of use for REFERENCE is
refused (its measure is ahead); klein records the proof of PROOF_REFERENCE with cost items, his own payout is
refused (four-eyes), fischer pays; weber's open editor of PROOF_REFERENCE shows both by itself. Every window is
saved as a picture into DIR; the audit chain is checked at the end. Exit code 0 when every step came out as
expected.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

WAIT_S = 90  # a live update shows within 2 s; the machine may be loaded


def login_url(url: str, login: str) -> str:
    from sqlalchemy import make_url

    return make_url(url).set(username=login, password=f"{login}-pw").render_as_string(hide_password=False)


def cli(url: str, login: str, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "bwi_vouchers", "--db", login_url(url, login), *args]
    done = subprocess.run(command, capture_output=True, text=True)
    print(f"$ bwi-vouchers ({login}) {' '.join(args)} -> {done.returncode}\n{done.stdout}{done.stderr}".rstrip())
    return done


# --- one desktop process -------------------------------------------------------------------------------------

def _wait(app: object, condition: Callable[[], bool], what: str) -> float:
    """Seconds until ``condition`` held, events processed meanwhile; raises after WAIT_S."""
    start = time.monotonic()
    while not condition():
        app.processEvents()  # type: ignore[attr-defined]
        if time.monotonic() - start > WAIT_S:
            raise TimeoutError(f"waited {WAIT_S} s for: {what}")
        time.sleep(0.02)
    return time.monotonic() - start


def desktop(url: str, login: str, reference: str, proof_reference: str, out: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QDialog

    from bwi_vouchers.app import acting_identity, open_database
    from bwi_vouchers.domain.enums import Status
    from bwi_vouchers.ui import i18n
    from bwi_vouchers.ui.main import build_window
    from bwi_vouchers.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    QDialog.exec = lambda self: (self.accept(), QDialog.DialogCode.Accepted.value)[1]  # every confirmation: yes
    settings = Settings(QSettings(str(out / f"{login}.ini"), QSettings.Format.IniFormat))
    settings.language = "de"
    i18n.install(app, "de")
    services = open_database(login_url(url, login))
    identity = acting_identity(services, None)
    window = build_window(services, identity.login, settings=settings)
    window.resize(1366, 768)
    window.show()

    def shot(name: str, widget: object = window) -> None:
        widget.grab().save(str(out / f"{login}-{name}.png"))  # type: ignore[attr-defined]

    def signal(name: str) -> None:
        (out / f"{login}.{name}").touch()

    def status_of(editor: object) -> Status:
        return editor.info.status  # type: ignore[attr-defined, no-any-return]

    if login == "weber":
        editor = window.editors.open(reference)
        _wait(app, lambda: editor.info is not None, "the editor loaded")
        editor.take_step(Status.IN_REVIEW)
        _wait(app, lambda: status_of(editor) is Status.IN_REVIEW, "in review")
        shot("in-review", editor)
        signal("in_review")
        seen = _wait(app, lambda: editor.notice.isVisible(), "fischer's approval noticed")
        print(f"weber: the open editor noticed fischer's approval after {seen:.1f} s")
        shot("notice-approved", editor)
        editor.reload()
        _wait(app, lambda: status_of(editor) is Status.APPROVED, "approved after reload")
        shot("approved", editor)
        editor.close()
        proof = window.editors.open(proof_reference)  # an approved one whose measure is over: its proof comes in
        _wait(app, lambda: proof.info is not None, "the second editor loaded")
        signal("saw_approved")
        seen = _wait(app, lambda: proof.notice.isVisible(), "klein's proof of use noticed")
        print(f"weber: the open editor noticed klein's proof of use after {seen:.1f} s")
        proof.reload()
        _wait(app, lambda: status_of(proof) in (Status.PROOF_RECEIVED, Status.PAID), "the proof after reload")
        _wait(app, lambda: proof.notice.isVisible() or status_of(proof) is Status.PAID, "fischer's payout noticed")
        proof.reload()
        _wait(app, lambda: status_of(proof) is Status.PAID, "paid after reload")
        shot("paid", proof)
        proof.close()
    else:
        window.show_page("applications")
        page = window.pages["applications"]
        page.search.setText(reference)

        def row_status() -> str:
            model = page.model
            return str(model.row_at(0).status) if model.rowCount() == 1 else ""

        _wait(app, lambda: row_status() == Status.RECEIVED, "the list shows the application")
        shot("list-received")
        seen = _wait(app, lambda: row_status() == Status.IN_REVIEW, "weber's step in fischer's list")
        print(f"fischer: the list showed weber's step after {seen:.1f} s")
        shot("list-in-review")
        editor = window.editors.open(reference)
        _wait(app, lambda: editor.info is not None and status_of(editor) is Status.IN_REVIEW, "the editor loaded")
        editor.take_step(Status.APPROVED)
        _wait(app, lambda: editor.confirmation is not None and editor.confirmation.isVisible(), "the confirmation")
        shot("confirmation", editor.confirmation)
        editor.confirmation.confirm_button.click()  # amount and budget line seen, confirmed
        _wait(app, lambda: status_of(editor) is Status.APPROVED, "approved")
        shot("approved", editor)
        editor.close()
        _wait(app, lambda: row_status() == Status.APPROVED, "the list shows the approval")
        shot("list-approved")
    window.close()
    services.database.dispose()
    return 0


# --- the conductor -------------------------------------------------------------------------------------------

def conduct(url: str, reference: str, proof_reference: str, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*"):
        old.unlink()
    me = [sys.executable, __file__, url, reference, proof_reference, "--out", str(out), "--as"]
    weber = subprocess.Popen([*me, "weber"])
    fischer = subprocess.Popen([*me, "fischer"])

    def arrived(name: str) -> None:
        start = time.monotonic()
        while not (out / name).exists():
            if weber.poll() not in (None, 0) or fischer.poll() not in (None, 0) or time.monotonic() - start > WAIT_S:
                raise SystemExit(f"no {name}: weber {weber.poll()}, fischer {fischer.poll()}")
            time.sleep(0.1)

    arrived("weber.saw_approved")
    if fischer.wait(timeout=WAIT_S) != 0:
        return 1
    checks = [
        cli(url, "klein", "move", reference, "--to", "proof_received", "--costs", "3000").returncode == 1,  # the
        # measure has not taken place yet: a proof of use cannot have come in
        cli(url, "klein", "move", proof_reference, "--to", "proof_received", "--cost", "Reisekosten=1.800,50",
            "--cost", "Standmiete=2.400").returncode == 0,
        cli(url, "klein", "move", proof_reference, "--to", "paid").returncode == 1,  # his own proof: four-eyes
        cli(url, "fischer", "move", proof_reference, "--to", "paid").returncode == 0,
    ]
    checks.append(weber.wait(timeout=WAIT_S) == 0)
    checks.append(cli(url, "fischer", "check", reference).returncode == 0)
    checks.append(cli(url, "fischer", "audit", "verify").returncode == 0)
    print("pictures:", ", ".join(sorted(p.name for p in out.glob("*.png"))))
    print("all steps as expected" if all(checks) else f"NOT as expected: {checks}")
    return 0 if all(checks) else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("reference", help="a received, eligible application: put in review and approved")
    parser.add_argument("proof_reference", help="an approved application whose measure is over: proof and payout")
    parser.add_argument("--out", type=Path, default=Path("team-trial"))
    parser.add_argument("--as", dest="login", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.login:
        return desktop(args.url, args.login, args.reference, args.proof_reference, args.out)
    return conduct(args.url, args.reference, args.proof_reference, args.out)


if __name__ == "__main__":
    sys.exit(main())
