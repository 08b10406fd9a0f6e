"""Fixtures for the spreadsheet tests: a world with decided applications, and an output folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import World
from tests.documents.helpers import Cases, decided


@pytest.fixture
def cases(world: World) -> Cases:
    return decided(world)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "ausgabe"
    folder.mkdir()
    return folder
