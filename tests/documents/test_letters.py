"""Letters written by the letter service, read back with python-docx: content, escaping, records, batches."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import docx
import pytest

from bwi_vouchers import paths
from bwi_vouchers.documents.context import LetterKind
from bwi_vouchers.documents.pdf import soffice_path
from bwi_vouchers.errors import BwiError, PermissionDenied
from tests.conftest import World
from tests.documents.helpers import ODD_CONTACT, ODD_NAME, Cases, count

pytestmark = pytest.mark.both_engines


def text_of(path: Path) -> str:
    """Every paragraph of the body, the tables, header and footer, one per line."""
    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines += [cell.text for cell in row.cells]
    section = document.sections[0]
    lines += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
    return "\n".join(lines)


def test_approval_letter_says_what_was_granted(world: World, cases: Cases, out: Path) -> None:
    letter = world.services.letters.write("clerk", cases.approved, out)

    assert letter.kind is LetterKind.APPROVAL
    assert letter.path == out / f"{cases.approved}_Bewilligung.docx"
    text = text_of(letter.path)
    assert ODD_NAME in text  # & < > came through the XML intact
    assert "Sehr geehrte Damen und Herren" not in text  # a contact person without Anrede: greeted by name
    assert f"Guten Tag {ODD_CONTACT}," in text
    assert f"z. Hd. {ODD_CONTACT}" in text
    assert f"Aktenzeichen {cases.approved}" in text
    assert "5.400,00 €" in text and "50 %" in text and "3.000,00 €" in text
    assert "2.700,00 €" in text  # approved: 50 % of 5.400 €
    assert "Beantragt hatten Sie 3.000,00 €" in text  # more was requested than granted
    assert "02.03.2026" in text  # letter date = approval date = grant date
    assert "08.11.2026" in text  # proof of use due: measure end + 6 months
    assert "Verordnung (EU) 2023/2831" in text and "De-minimis-Bescheinigung" in text
    assert "Baden-Württemberg International GmbH" in text and "Willi-Bleicher-Straße 19" in text
    assert "Tokio, Japan" in text
    assert "EFRE" not in text  # Landesmittel: no EU note


def test_efre_letter_carries_the_eu_note(world: World, cases: Cases, out: Path) -> None:
    text = text_of(world.services.letters.write("clerk", cases.efre, out).path)
    assert "Förderung aus dem EFRE" in text
    assert "Europäischen Fonds für regionale Entwicklung" in text


def test_rejection_letter_quotes_the_failed_rules_and_the_reason(world: World, cases: Cases, out: Path) -> None:
    letter = world.services.letters.write("approver", cases.rejected, out)

    text = text_of(letter.path)
    assert letter.kind is LetterKind.REJECTION
    assert "nicht bewilligen" in text
    assert "KMU nach EU-Definition:" in text
    assert "Mit 300 Jahresarbeitseinheiten (2025) ist das Unternehmen kein KMU" in text
    assert "Unterlagen unvollständig & verspätet." in text
    assert "Hinweis zu Einwendungen" in text
    assert "De-minimis-Bescheinigung" not in text


def test_payout_notice_shows_approved_recognised_paid_and_released(world: World, cases: Cases, out: Path) -> None:
    text = text_of(world.services.letters.write("clerk", cases.paid, out).path)
    assert "Sehr geehrte Frau Dr. Weber," in text and "z. Hd. Frau Dr. Anna Weber" in text  # "frau " stored as Frau
    assert "Auszahlung" in text
    assert "2.000,00 €" in text  # approved
    assert "4.100,00 €" in text  # recognised costs
    # 50 % of 4.100 € would be 2.050 €, capped at the approved 2.000 €: nothing is released
    assert "Nicht in Anspruch genommen (freigegeben)\n0,00 €" in text


def test_each_letter_is_recorded_with_its_hash_and_an_audit_event(world: World, cases: Cases, out: Path) -> None:
    before = count(world, "audit_event")
    letter = world.services.letters.write("clerk", cases.approved, out)

    documents = world.services.applications.documents(cases.approved)
    assert [(d.kind, d.file_name, d.created_by) for d in documents] == [("approval", str(letter.path), "clerk")]
    assert documents[0].sha256 == hashlib.sha256(letter.path.read_bytes()).hexdigest() == letter.sha256
    assert count(world, "audit_event") == before + 1
    assert [p.name for p in out.iterdir()] == [letter.path.name]  # no temporary file left behind


def test_no_letter_fits_a_received_application(world: World, cases: Cases, out: Path) -> None:
    with pytest.raises(BwiError) as refused:
        world.services.letters.write("clerk", cases.received, out)
    assert refused.value.code == "no_letter_for_status"
    assert list(out.iterdir()) == []
    assert count(world, "generated_document") == 0


def test_an_unknown_user_writes_no_letter(world: World, cases: Cases, out: Path) -> None:
    with pytest.raises(PermissionDenied):
        world.services.letters.write("nobody", cases.approved, out)
    with pytest.raises(PermissionDenied):
        world.services.letters.write("budget", cases.approved, out)  # neither clerk nor approver
    assert list(out.iterdir()) == []


def test_batch_by_status_reports_progress(world: World, cases: Cases, out: Path) -> None:
    seen: list[tuple[int, int]] = []
    batch = world.services.letters.write_many("clerk", out, statuses=["approved"],
                                              progress=lambda d, t: seen.append((d, t)))

    assert sorted(r.reference for r in batch.written) == sorted([cases.approved, cases.efre, cases.formula])
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert not batch.failed and not batch.cancelled


def test_batch_without_filter_writes_every_fitting_letter_and_reports_the_rest(world: World, cases: Cases,
                                                                               out: Path) -> None:
    batch = world.services.letters.write_many("clerk", out, references=[cases.approved, cases.received, "IG-2026-9999"])
    assert [r.reference for r in batch.written] == [cases.approved]
    assert [(ref, error.code) for ref, error in batch.failed] == [
        (cases.received, "no_letter_for_status"), ("IG-2026-9999", "unknown_reference")]

    everything = world.services.letters.write_many("clerk", out)
    kinds = {r.reference: r.kind for r in everything.written}
    assert kinds[cases.rejected] is LetterKind.REJECTION and kinds[cases.paid] is LetterKind.PAYOUT
    assert cases.received not in kinds


def test_a_cancelled_batch_stops_after_the_current_letter(world: World, cases: Cases, out: Path) -> None:
    done: list[int] = []
    batch = world.services.letters.write_many(
        "clerk", out, statuses=["approved"], progress=lambda d, t: done.append(d), is_cancelled=lambda: bool(done))
    assert batch.cancelled and len(batch.written) == 1 and batch.total == 3
    assert len(list(out.iterdir())) == 1 and count(world, "generated_document") == 1


def test_own_template_folder_is_used(world: World, cases: Cases, out: Path, tmp_path: Path) -> None:
    own = tmp_path / "vorlagen"
    shutil.copytree(paths.templates_dir(), own, ignore=shutil.ignore_patterns("*.py", "*.md", "__pycache__"))
    document = docx.Document(str(own / "approval.docx"))
    document.add_paragraph("Eigene Vorlage der Abteilung, Az. {{ reference }}")
    document.save(str(own / "approval.docx"))

    letter = world.services.letters.write("clerk", cases.approved, out, template_dir=own)
    assert f"Eigene Vorlage der Abteilung, Az. {cases.approved}" in text_of(letter.path)
    assert "Eigene Vorlage" not in text_of(world.services.letters.write("clerk", cases.efre, out).path)


def test_a_template_with_an_unknown_field_is_refused_and_nothing_is_recorded(world: World, cases: Cases,
                                                                             out: Path, tmp_path: Path) -> None:
    own = tmp_path / "vorlagen"
    own.mkdir()
    document = docx.Document()
    document.add_paragraph("Sehr geehrte {{ anrede_falsch }}")
    document.save(str(own / "approval.docx"))

    with pytest.raises(BwiError) as refused:
        world.services.letters.write("clerk", cases.approved, out, template_dir=own)
    assert refused.value.code == "template_unknown_field"
    assert "anrede_falsch" in str(refused.value)
    assert list(out.iterdir()) == [] and count(world, "generated_document") == 0


def test_a_missing_folder_is_created(world: World, cases: Cases, tmp_path: Path) -> None:
    letter = world.services.letters.write("clerk", cases.approved, tmp_path / "neu" / "briefe")
    assert letter.path.parent == (tmp_path / "neu" / "briefe").resolve()
    assert letter.path.is_file()


def test_a_file_in_the_folders_place_is_refused(world: World, cases: Cases, tmp_path: Path) -> None:
    blocker = tmp_path / "briefe"
    blocker.write_text("kein Ordner")
    with pytest.raises(BwiError) as refused:
        world.services.letters.write("clerk", cases.approved, blocker / "unter")
    assert refused.value.code == "folder_unusable"
    assert count(world, "generated_document") == 0


@pytest.mark.skipif(soffice_path() is None, reason="LibreOffice (soffice) is not installed")
def test_pdf_beside_the_letter(world: World, cases: Cases, out: Path) -> None:
    letter = world.services.letters.write("clerk", cases.approved, out, pdf=True)

    assert letter.pdf == out / f"{cases.approved}_Bewilligung.pdf"
    assert letter.pdf.read_bytes().startswith(b"%PDF")
    files = sorted(d.file_name for d in world.services.applications.documents(cases.approved))
    assert files == [str(letter.path), str(letter.pdf)]
    assert sorted(p.name for p in out.iterdir()) == sorted([letter.path.name, letter.pdf.name])


def test_a_batch_rendered_by_the_pool_records_one_document_per_file_with_its_real_hash(
        world: World, cases: Cases, out: Path) -> None:
    letters = world.services.letters
    letters.parallel_from = 2  # the pool even for this small batch
    seen: list[tuple[int, int]] = []
    batch = letters.write_many("clerk", out, references=[cases.approved, cases.efre, cases.formula, cases.rejected,
                                                         cases.paid, cases.received],
                               progress=lambda d, t: seen.append((d, t)))

    assert [(ref, error.code) for ref, error in batch.failed] == [(cases.received, "no_letter_for_status")]
    assert len(batch.written) == 5 and not batch.cancelled
    assert seen[-1] == (6, 6)
    files = sorted(out.iterdir())
    assert sorted(r.path for r in batch.written) == files  # no temporary file left behind
    assert count(world, "generated_document") == len(files)
    for letter in batch.written:
        documents = world.services.applications.documents(letter.reference)
        assert [(d.kind, d.file_name) for d in documents] == [(letter.kind.value, str(letter.path))]
        assert documents[0].sha256 == hashlib.sha256(letter.path.read_bytes()).hexdigest() == letter.sha256
    assert ODD_NAME in text_of(next(r.path for r in batch.written if r.reference == cases.approved))  # escaped


def test_a_pool_batch_with_an_unusable_template_records_only_the_files_it_wrote(
        world: World, cases: Cases, out: Path, tmp_path: Path) -> None:
    own = tmp_path / "vorlagen"
    shutil.copytree(paths.templates_dir(), own, ignore=shutil.ignore_patterns("*.py", "*.md", "__pycache__"))
    document = docx.Document()
    document.add_paragraph("Sehr geehrte {{ anrede_falsch }}")
    document.save(str(own / "rejection.docx"))
    letters = world.services.letters
    letters.parallel_from = 2

    with pytest.raises(BwiError) as refused:
        letters.write_many("clerk", out, references=[cases.approved, cases.rejected, cases.paid], template_dir=own)
    assert refused.value.code == "template_unknown_field"
    files = list(out.iterdir())
    assert count(world, "generated_document") == len(files)
    assert all(not p.name.startswith(".~") for p in files)


def test_a_cancelled_pool_batch_records_every_letter_it_wrote(world: World, cases: Cases, out: Path) -> None:
    letters = world.services.letters
    letters.parallel_from = 2
    asked: list[int] = []

    def cancel_after_two() -> bool:
        asked.append(1)
        return len(asked) > 2

    batch = letters.write_many("clerk", out, references=[cases.approved, cases.efre, cases.formula, cases.paid],
                               is_cancelled=cancel_after_two)
    files = sorted(out.iterdir())
    assert batch.cancelled and batch.total == 4
    assert len(files) == len(batch.written) == count(world, "generated_document") == 2
    assert sorted(r.path for r in batch.written) == files
