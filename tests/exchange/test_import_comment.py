"""Where an imported application came from opens its comment thread (the notes field is gone)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import World
from tests.exchange.helpers import GOOD, MEASURE, workbook

pytestmark = pytest.mark.both_engines


def test_an_imported_application_starts_its_thread_with_its_source(world: World, tmp_path: Path) -> None:
    path = workbook(tmp_path / "antraege.xlsx", measures=[MEASURE], applications=[GOOD])
    report = world.services.importing.run("admin", path)
    reference = report.rows[-1].key
    assert reference is not None
    [comment] = world.services.comments.thread(reference)
    assert (comment.author, comment.at) == ("admin", world.clock.now())
    assert comment.text == "Importiert aus antraege.xlsx, Blatt Anträge, Zeile 2"
    world.services.importing.run("admin", path)  # again: nothing new, no second comment
    assert len(world.services.comments.thread(reference)) == 1
