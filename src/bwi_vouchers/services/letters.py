"""Letters: the approval, rejection and payout letter of an application — rendered, filed and recorded.

Every letter is accounted for (see ``letter_files``): it is rendered into a temporary file in the target
folder, recorded as a generated document with its SHA-256 (with an audit event, one unit of work), and only
after that commit renamed to its final name; the next batch into the folder settles what a kill left. A batch runs
letter by letter with ``progress(done, total)`` and ``is_cancelled()``, so the desktop can run it in the
background and a cancel stops after the current letter.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from bwi_vouchers import paths
from bwi_vouchers.atomic import finish, os_reason
from bwi_vouchers.documents import pool
from bwi_vouchers.documents.context import LetterFacts, LetterKind, kind_for, letter_context
from bwi_vouchers.documents.pdf import convert_to_pdf, soffice_path
from bwi_vouchers.documents.render import LetterEnvironment, WrittenFile, load_template, render_to_temp
from bwi_vouchers.domain.enums import LedgerKind, Outcome, Role, Status
from bwi_vouchers.domain.programme import Programme, programme_for
from bwi_vouchers.domain.rules import Check
from bwi_vouchers.errors import BwiError, PermissionDenied, ValidationError, present
from bwi_vouchers.services.amendments import latest_amendment
from bwi_vouchers.services.applications import _fetch
from bwi_vouchers.services.base import Service, programmes, roles_of
from bwi_vouchers.services.clock import Clock
from bwi_vouchers.services.eligibility import facts_of, judge
from bwi_vouchers.services.letter_files import settle_folder
from bwi_vouchers.storage.database import Database, UnitOfWork
from bwi_vouchers.storage.models import Application, BudgetLine, Cluster, Company, GeneratedDocument, Measure, Theme

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

MAX_STORED_NAME = 500
REMINDER_DAYS = 30  # reminders go out for proofs of use overdue or due within this many days
MAX_REMINDERS = 1_000_000
#: From this many letters on, a batch renders in worker processes (fewer are not worth their start-up).
PARALLEL_FROM = 20
RECORD_CHUNK = 250  # letters recorded per unit of work in a parallel batch
GATHER_CHUNK = 25  # applications gathered per unit of work in a parallel batch
IN_FLIGHT = 48  # letters handed to the workers ahead (a cancel lets these finish)


def pool_size() -> int:
    return min(2, os.cpu_count() or 1)


@dataclass(frozen=True)
class LetterResult:
    reference: str
    kind: LetterKind
    path: Path
    sha256: str
    pdf: Path | None = None


@dataclass(frozen=True)
class LetterBatch:
    written: tuple[LetterResult, ...]
    failed: tuple[tuple[str, BwiError], ...]
    total: int
    cancelled: bool = False
    pdf_skipped: bool = False  # PDFs were asked for, but LibreOffice is not installed
    pdf_error: BwiError | None = None


def file_name(reference: str, kind: LetterKind) -> str:
    return f"{reference}_{kind.word}.docx"


@dataclass
class _Run:
    actor: str
    folder: Path
    templates: Path
    environment: LetterEnvironment
    cache: dict[LetterKind, bytes] = field(default_factory=dict)

    def template(self, kind: LetterKind) -> bytes:
        if kind not in self.cache:
            self.cache[kind] = load_template(self.templates / f"{kind.value}.docx")
        return self.cache[kind]


class LetterService(Service):
    def __init__(self, database: Database, clock: Clock, template_dir: Path | None = None) -> None:
        super().__init__(database, clock)
        self.template_dir = template_dir
        # Compiled template parts, keyed by their XML source: an edited template simply compiles anew.
        self._environment = LetterEnvironment()
        self.parallel_from = PARALLEL_FROM

    def templates(self, template_dir: Path | None = None) -> Path:
        """The folder the letters come from: the given one, the configured one, else the shipped one."""
        return Path(template_dir or self.template_dir or paths.templates_dir())

    def references(self, statuses: Iterable[Status | str]) -> list[str]:
        with self.db.unit_of_work() as uow:
            return uow.references_with_status([Status(s).value for s in statuses])

    def due_kind(self, reference: str) -> LetterKind | None:
        """The letter an application's latest decision calls for (an amended approval: the amendment); None: none."""
        with self.db.unit_of_work() as uow:
            app = uow.application_by_reference(reference)
            if app is None:
                return None
            try:
                return choose_kind(uow, app, None, None)
            except BwiError:
                return None

    def reminder_references(self, days: int = REMINDER_DAYS) -> list[str]:
        """Approved applications whose proof of use is overdue or due within ``days``, earliest first."""
        if days < 0:
            raise ValidationError("days", "negative", value=days)
        with self.db.unit_of_work() as uow:
            rows, total = uow.proofs_due(status=Status.APPROVED.value, until=self.clock.today() + timedelta(days=days),
                                         limit=MAX_REMINDERS)
        return [reference for reference, _company, _due in rows]

    def write_reminders(self, actor: str, folder: Path, *, days: int = REMINDER_DAYS, **options: Any) -> LetterBatch:
        """A reminder (Erinnerung) for every proof of use overdue or due within ``days`` (options: ``write_many``)."""
        return self.write_many(actor, folder, references=self.reminder_references(days), kind=LetterKind.REMINDER,
                               **options)

    def write(self, actor: str, reference: str, folder: Path, *, kind: LetterKind | None = None,
              template_dir: Path | None = None, pdf: bool = False) -> LetterResult:
        """One letter (the one the status calls for, unless ``kind`` says which); raises when refused."""
        batch = self.write_many(actor, folder, references=[reference], kind=kind, template_dir=template_dir,
                                pdf=pdf)
        if batch.failed:
            raise batch.failed[0][1]
        if batch.pdf_error is not None:
            raise batch.pdf_error
        return batch.written[0]

    def write_many(self, actor: str, folder: Path, *, references: Iterable[str] | None = None,
                   statuses: Iterable[Status | str] | None = None, kind: LetterKind | None = None,
                   template_dir: Path | None = None, pdf: bool = False, progress: Progress | None = None,
                   is_cancelled: Cancelled | None = None) -> LetterBatch:
        """Letters for the given references, or for every application in the given statuses.

        Without either, every approved, rejected and paid application gets its letter. A reference that
        has no fitting letter is reported in ``failed``; a template that cannot be used stops the batch.
        """
        with self.db.unit_of_work() as uow:
            _writer(uow, actor)
        target = _folder(folder)
        settle_folder(self.db, target)
        wanted = {Status(s) for s in statuses} if statuses is not None else None
        if references is None:
            refs = self.references(wanted or (Status.APPROVED, Status.REJECTED, Status.PAID))
            wanted = None
        else:
            refs = [r.strip().upper() for r in references]
        run = _Run(actor, target, self.templates(template_dir), self._environment)
        if len(refs) >= self.parallel_from and pool_size() > 1:
            batch = self._parallel(run, refs, kind, wanted, progress, is_cancelled)
            if pdf and batch.written and not batch.cancelled:
                return self._pdfs(run, batch)
            return batch
        written: list[LetterResult] = []
        failed: list[tuple[str, BwiError]] = []
        cancelled = False
        for index, reference in enumerate(refs):
            if is_cancelled is not None and is_cancelled():
                cancelled = True
                break
            try:
                written.append(self._one(run, reference, kind, wanted))
            except BwiError as error:
                if error.code.startswith("template_") or error.code == "cannot_write":
                    raise
                failed.append((reference, error))
            if progress is not None:
                progress(index + 1, len(refs))
        batch = LetterBatch(tuple(written), tuple(failed), len(refs), cancelled)
        if pdf and written and not cancelled:
            return self._pdfs(run, batch)
        return batch

    def _one(self, run: _Run, reference: str, kind: LetterKind | None, wanted: set[Status] | None) -> LetterResult:
        with self.db.unit_of_work() as uow:
            app = _fetch(uow, reference)
            chosen = choose_kind(uow, app, kind, wanted)
            facts = gather(uow, app, chosen, self.clock.today())
            app_id = app.id
        path = run.folder / file_name(facts.reference, chosen)
        temp = render_to_temp(run.template(chosen), letter_context(chosen, facts), path, name=f"{chosen.value}.docx",
                              environment=run.environment)
        try:
            self._record(run.actor, app_id, facts.reference, chosen, [WrittenFile(path, temp.sha256)])
        except BaseException:
            temp.path.unlink(missing_ok=True)  # no record: the letter never gets its name
            raise
        finish(temp.path, path, recorded=True)
        return LetterResult(facts.reference, chosen, path, temp.sha256)

    def _parallel(self, run: _Run, refs: list[str], kind: LetterKind | None, wanted: set[Status] | None,
                  progress: Progress | None, is_cancelled: Cancelled | None) -> LetterBatch:
        """The batch rendered by a process pool: the facts gathered here (a chunk per unit of work, while the
        workers render), the letters rendered and filed by the workers, the records written here in chunks
        as the letters come back. A cancel stops submitting; the letters already on disk are recorded, so
        there is no file without its record and no record without its file."""
        failed: list[tuple[str, BwiError]] = []
        jobs = self._gathered(refs, kind, wanted, failed)
        total, reported = len(refs), 0
        written: list[LetterResult] = []
        pending: list[tuple[str, LetterKind, int, Path, str, Path]] = []  # ..., final path, sha256, temp file
        cancelled = False
        refused: BwiError | None = None
        exhausted = False
        workers = pool_size()
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                 initializer=pool.init_worker,
                                 initargs=(str(run.templates), str(run.folder))) as executor:
            running: dict[Future[Any], tuple[str, LetterKind, int, str]] = {}
            try:
                while True:
                    while len(running) < IN_FLIGHT and refused is None and not cancelled:
                        if is_cancelled is not None and is_cancelled():
                            cancelled = True
                            break
                        job = next(jobs, None)
                        if job is None:
                            exhausted = True
                            break
                        reference, chosen, app_id, name, context = job
                        try:
                            run.template(chosen)  # a missing or broken template stops the batch
                        except BwiError as unusable:
                            refused = unusable
                            break
                        running[executor.submit(pool.render_letter, chosen.value, context, name)] = \
                            (reference, chosen, app_id, name)
                    if running:
                        finished, _ = wait(running, return_when=FIRST_COMPLETED)
                        for future in finished:
                            reference, chosen, app_id, name = running.pop(future)
                            temp_name, sha256, problem = future.result()
                            if problem is not None:
                                refused = refused or BwiError(problem[0], **problem[1])
                            else:
                                pending.append((reference, chosen, app_id, run.folder / name, sha256,
                                                run.folder / temp_name))
                        if len(pending) >= RECORD_CHUNK:
                            # out of pending first: once recorded, their files are never deleted below
                            chunk, pending = pending, []
                            written += self._record_many(run.actor, chunk)
                    done = len(written) + len(pending) + len(failed)
                    if progress is not None and done > reported:
                        reported = done
                        progress(done, total)
                    if not running and (refused is not None or cancelled or exhausted):
                        break
            except BaseException:
                for future in running:
                    future.cancel()
                landed = [f for f in running if not f.cancelled()]
                wait(landed)
                for future in landed:  # letters that landed anyway have no record: off the disk
                    if future.exception() is None and future.result()[1] is not None:
                        (run.folder / future.result()[0]).unlink(missing_ok=True)
                for *_, temp in pending:
                    temp.unlink(missing_ok=True)
                raise
        if pending:
            written += self._record_many(run.actor, pending)
        if refused is not None:
            raise refused
        return LetterBatch(tuple(written), tuple(failed), total, cancelled)

    def _gathered(self, refs: list[str], kind: LetterKind | None, wanted: set[Status] | None,
                  failed: list[tuple[str, BwiError]]) -> Iterator[tuple[str, LetterKind, int, str, dict[str, Any]]]:
        """(reference, kind, application id, file name, context) per fitting reference, gathered a chunk per
        unit of work; the references without a fitting letter go to ``failed``."""
        today = self.clock.today()
        cache = GatherCache()
        for start in range(0, len(refs), GATHER_CHUNK):
            jobs = []
            with self.db.unit_of_work() as uow:
                for reference in refs[start:start + GATHER_CHUNK]:
                    try:
                        app = _fetch(uow, reference)
                        chosen = choose_kind(uow, app, kind, wanted)
                        facts = gather(uow, app, chosen, today, cache)
                    except BwiError as error:
                        failed.append((reference, error))
                        continue
                    jobs.append((facts.reference, chosen, app.id, file_name(facts.reference, chosen),
                                 letter_context(chosen, facts)))
            yield from jobs

    def _record_many(self, actor: str,
                     letters: list[tuple[str, LetterKind, int, Path, str, Path]]) -> list[LetterResult]:
        """Record rendered letters in one unit of work, then give them their names; should the recording fail,
        their temporary files are removed."""
        now = self.clock.now()
        try:
            with self.db.unit_of_work(write=True) as uow:
                _writer(uow, actor)
                for reference, kind, app_id, path, sha256, _temp in letters:
                    name = str(path)
                    uow.add(GeneratedDocument(application_id=app_id, kind=kind.value,
                                              file_name=name if len(name) <= MAX_STORED_NAME else path.name,
                                              sha256=sha256, created_by=actor, created_at=now))
                    uow.audit(user=actor, entity="application", entity_id=reference, action=f"document:{kind.value}",
                              changes={"file": [None, path.name], "sha256": [None, sha256]}, at=now)
        except BaseException:
            for *_, temp in letters:
                temp.unlink(missing_ok=True)
            raise
        for *_, path, _sha, temp in letters:
            finish(temp, path, recorded=True)
        return [LetterResult(reference, kind, path, sha256) for reference, kind, _, path, sha256, _t in letters]

    def _record(self, actor: str, app_id: int, reference: str, kind: LetterKind, files: list[WrittenFile]) -> None:
        now = self.clock.now()
        with self.db.unit_of_work(write=True) as uow:
            _writer(uow, actor)
            for written in files:
                name = str(written.path)
                uow.add(GeneratedDocument(application_id=app_id, kind=kind.value,
                                          file_name=name if len(name) <= MAX_STORED_NAME else written.path.name,
                                          sha256=written.sha256, created_by=actor, created_at=now))
                uow.audit(user=actor, entity="application", entity_id=reference, action=f"document:{kind.value}",
                          changes={"file": [None, written.path.name], "sha256": [None, written.sha256]}, at=now)

    def _pdfs(self, run: _Run, batch: LetterBatch) -> LetterBatch:
        if soffice_path() is None:
            return LetterBatch(batch.written, batch.failed, batch.total, batch.cancelled, pdf_skipped=True)
        try:
            pdfs = convert_to_pdf([letter.path for letter in batch.written])
        except BwiError as error:
            return LetterBatch(batch.written, batch.failed, batch.total, batch.cancelled, pdf_error=error)
        with self.db.unit_of_work() as uow:
            ids = {r.reference: _fetch(uow, r.reference).id for r in batch.written}
        by_stem = {made.path.stem: made for made in pdfs}
        results = []
        for letter in batch.written:
            made = by_stem[letter.path.stem]
            self._record(run.actor, ids[letter.reference], letter.reference, letter.kind, [made])
            results.append(LetterResult(letter.reference, letter.kind, letter.path, letter.sha256, made.path))
        return LetterBatch(tuple(results), batch.failed, batch.total, batch.cancelled)


def _writer(uow: UnitOfWork, login: str) -> None:
    """Letters are written by clerks and approvers."""
    user = uow.user(login)
    if user is None or not user.active:
        raise PermissionDenied("unknown_user", user=login)
    if not roles_of(user) & {Role.CLERK.value, Role.APPROVER.value}:
        raise PermissionDenied("role_missing_action", user=login, role=Role.CLERK.value)


def _folder(folder: Path) -> Path:
    """The letters' folder, created (with its parents) when it does not exist yet."""
    target = Path(folder).expanduser().resolve()
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BwiError("folder_unusable", path=str(target), detail=os_reason(error)) from error
    return target


def _display(uow: UnitOfWork, login: str | None) -> str:
    if not login:
        return ""
    user = uow.user(login)
    return user.display_name if user else login


def _failed_checks(uow: UnitOfWork, app: Application, today: date, programme: Programme) -> tuple[Check, ...]:
    """The failed rules as stored at the decision; a fresh assessment where none were stored."""
    stored = uow.stored_checks(app.id)
    if stored:
        return tuple(Check(c.rule, Outcome(c.outcome), c.reason, dict(c.params))
                     for c in stored if c.outcome == Outcome.FAIL.value)
    return judge(uow, facts_of(uow, app), programme, today).failed


class GatherCache:
    """What every letter of a batch looks up alike: the programme versions and the users' display names."""

    def __init__(self) -> None:
        self.versions: list[Programme] | None = None
        self.names: dict[str | None, str] = {}

    def programmes(self, uow: UnitOfWork) -> list[Programme]:
        if self.versions is None:
            self.versions = programmes(uow)
        return self.versions

    def display(self, uow: UnitOfWork, login: str | None) -> str:
        if login not in self.names:
            self.names[login] = _display(uow, login)
        return self.names[login]


def gather(uow: UnitOfWork, app: Application, kind: LetterKind, today: date,
           cache: GatherCache | None = None) -> LetterFacts:
    """Everything a letter of this kind says about the application (pass one ``cache`` for a batch)."""
    cache = cache or GatherCache()
    company = present(uow.get(Company, app.company_id), f"das Unternehmen von {app.reference}")
    measure = present(uow.get(Measure, app.measure_id), f"die Maßnahme von {app.reference}")
    theme = uow.get(Theme, app.theme_code) if app.theme_code is not None else None
    cluster = uow.get(Cluster, app.cluster_id) if app.cluster_id is not None else None
    line = uow.get(BudgetLine, app.budget_line_id) if app.budget_line_id is not None else None
    versions = cache.programmes(uow)
    programme = programme_for(versions, app.receipt_date)
    contacts = uow.contacts(company.id)
    amended = latest_amendment(uow, app.reference) if kind is LetterKind.AMENDMENT else None
    dated = {LetterKind.APPROVAL: app.approval_date, LetterKind.REJECTION: app.decision_date,
             LetterKind.PAYOUT: app.payout_date, LetterKind.REMINDER: today,
             LetterKind.REVOCATION: app.decision_date, LetterKind.AMENDMENT: amended.day if amended else None}[kind]
    signer = app.paid_by if kind is LetterKind.PAYOUT else amended.by if amended else app.decided_by
    return LetterFacts(
        reference=app.reference, letter_date=dated or today, company_name=company.name,
        company_street=company.street, company_postcode=company.postcode, company_city=company.city,
        contact_name=contacts[0].name if contacts else None, receipt_date=app.receipt_date,
        contact_salutation=contacts[0].salutation if contacts else None,
        measure_code=measure.code, measure_title=measure.title, measure_type=measure.type,
        measure_country=measure.country, measure_city=measure.city, measure_start=measure.start_date,
        measure_end=measure.end_date, theme_code=app.theme_code, theme_name=theme.name_de if theme else None,
        cluster_name=cluster.name if cluster else None, eligible_costs=app.eligible_costs,
        requested_amount=app.requested_amount, voucher_amount=app.voucher_amount, rate=programme.rate,
        cap=programme.cap, deminimis_ceiling=programme.deminimis_ceiling, deminimis_years=programme.deminimis_years,
        deminimis_basis=programme.deminimis_basis, deminimis_basis_title=programme.deminimis_basis_title,
        funding_source=line.source if line else (app.funding_source or programme.default_source),
        budget_year=line.year if line else measure.start_date.year,
        signer_name=cache.display(uow, signer), clerk_name=cache.display(uow, app.in_review_by or app.created_by),
        approved_amount=app.approved_amount, approval_date=app.approval_date, proof_due_date=app.proof_due_date,
        decision_reason=app.decision_reason,
        failed_checks=_failed_checks(uow, app, today, programme) if kind is LetterKind.REJECTION else (),
        proof_received_date=app.proof_received_date, actual_costs=app.actual_costs,
        payout_amount=app.payout_amount, payout_date=app.payout_date,
        cost_items=tuple((i.category, i.description, i.amount) for i in uow.cost_items(app.id)),
        decision_date=app.decision_date, previous_amount=amended.previous if amended else None,
        amendment_date=amended.day if amended else None, amendment_reason=amended.reason if amended else None,
        repayment_amount=_recovered(uow, app) if kind is LetterKind.REVOCATION else None,
    )


def choose_kind(uow: UnitOfWork, app: Application, kind: LetterKind | None, wanted: set[Status] | None) -> LetterKind:
    """The letter asked for, else the latest decision's: the status's, or the amendment of an amended approval."""
    status = Status(app.status)
    chosen = kind_for(status, kind)
    if chosen is None or (wanted is not None and status not in wanted):
        raise BwiError("no_letter_for_status", reference=app.reference, status=status.value)
    amended = chosen is LetterKind.AMENDMENT or (kind is None and status is Status.APPROVED)
    if amended and latest_amendment(uow, app.reference) is None:
        if chosen is LetterKind.AMENDMENT:
            raise BwiError("no_amendment", reference=app.reference)
        return chosen
    return LetterKind.AMENDMENT if amended else chosen


def _recovered(uow: UnitOfWork, app: Application) -> Decimal:
    """What the revocation of a paid voucher recovers: its recovery bookings (the payout to be repaid)."""
    return sum((entry.amount for entry in uow.ledger_of_application(app.id)
                if entry.kind == LedgerKind.RECOVERY), Decimal("0.00"))
