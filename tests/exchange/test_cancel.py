"""Cancel really stops: an import asked to stop at any moment imports nothing; a cancelled letter batch leaves
only recorded letters (no temporary or unrecorded file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bwi_vouchers.errors import BwiError
from bwi_vouchers.services.importing import RowState
from tests.conftest import World
from tests.documents.helpers import Cases, count, counts
from tests.exchange.helpers import GOOD, MEASURE, workbook

pytestmark = pytest.mark.both_engines


def _cancel_after(looks: int):  # type: ignore[no-untyped-def]
    """A cancel flag that says yes from its ``looks``-th question on."""
    asked = iter(range(1, 10_000))
    return lambda: next(asked) >= looks


def test_an_import_cancelled_at_any_moment_imports_nothing(world: World, tmp_path: Path) -> None:
    twin = {**GOOD, "Unternehmen": "Zweite GmbH", "Registernummer": "Ulm HRB 7771", "USt-IdNr.": ""}
    path = workbook(tmp_path / "a.xlsx", measures=[MEASURE], applications=[GOOD, twin])
    before = counts(world)
    questions: list[bool] = []
    world.services.importing.run("admin", path, dry_run=True, is_cancelled=lambda: questions.append(False) or False)
    assert len(questions) >= 4  # before each of the three rows and once more before writing
    for looks in range(1, len(questions) + 1):
        with pytest.raises(BwiError) as stopped:
            world.services.importing.run("admin", path, is_cancelled=_cancel_after(looks))
        assert stopped.value.code == "import_cancelled"
        assert counts(world) == before, f"cancelled at question {looks}"
    done = world.services.importing.run("admin", path, is_cancelled=lambda: False)
    assert done.count(RowState.IMPORTED) == 3  # and without a cancel it imports


def test_a_cancelled_letter_batch_leaves_only_recorded_letters(world: World, cases: Cases, out: Path) -> None:
    for looks in (1, 2, 3):
        folder = out / f"run{looks}"
        folder.mkdir()
        before = count(world, "generated_document")
        batch = world.services.letters.write_many("clerk", folder, statuses=["approved", "rejected", "paid"],
                                                  is_cancelled=_cancel_after(looks))
        files = sorted(folder.iterdir())
        assert batch.cancelled
        assert not any(p.name.startswith(".~") or p.suffix == ".part" for p in files)  # no half-written file
        assert sorted(r.path for r in batch.written) == files  # every file on disk is a recorded letter
        assert count(world, "generated_document") - before == len(files) == looks - 1
