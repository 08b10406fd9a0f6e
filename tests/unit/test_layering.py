"""Imports point downward: the domain is standard library only, and nothing below the UI loads Qt."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import bwi_vouchers.domain

DOMAIN = Path(bwi_vouchers.domain.__file__).parent
DOMAIN_MODULES = sorted(DOMAIN.glob("*.py"))
# What the domain may use of the project itself: its own modules and the typed errors.
PROJECT_ALLOWED = ("bwi_vouchers.domain", "bwi_vouchers.errors")


def loaded_after(*modules: str) -> set[str]:
    """The module names loaded in a fresh interpreter after importing ``modules``."""
    code = ("import sys, json\n" + "".join(f"import {m}\n" for m in modules)
            + "print(json.dumps(sorted(sys.modules)))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def test_services_and_storage_do_not_load_qt() -> None:
    loaded = loaded_after("bwi_vouchers.services", "bwi_vouchers.domain.rules", "bwi_vouchers.storage.database")
    assert "bwi_vouchers.services" in loaded  # the import really happened
    assert not {m for m in loaded if m == "PySide6" or m.startswith("PySide6.")}


def test_the_domain_loads_neither_storage_nor_qt() -> None:
    names = [f"bwi_vouchers.domain.{p.stem}" for p in DOMAIN_MODULES if p.stem != "__init__"]
    loaded = loaded_after(*names)
    assert set(names) <= loaded
    for forbidden in ("PySide6", "sqlalchemy", "alembic", "openpyxl", "docxtpl", "bwi_vouchers.storage",
                      "bwi_vouchers.services", "bwi_vouchers.ui"):
        assert not {m for m in loaded if m == forbidden or m.startswith(forbidden + ".")}, forbidden


def imported_modules(path: Path) -> list[str]:
    """Every module a source file imports (absolute names; relative imports resolved within the domain)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = "bwi_vouchers.domain" if node.level == 1 else "bwi_vouchers"
                names.append(f"{base}.{node.module}" if node.module else base)
            elif node.module:
                names.append(node.module)
    return names


def allowed(module: str) -> bool:
    top = module.split(".")[0]
    if top == "__future__" or top in sys.stdlib_module_names:
        return True
    return any(module == p or module.startswith(p + ".") for p in PROJECT_ALLOWED)


def test_there_are_domain_modules_to_check() -> None:
    assert {"rules", "lifecycle", "money", "programme"} <= {p.stem for p in DOMAIN_MODULES}


@pytest.mark.parametrize("path", DOMAIN_MODULES, ids=lambda p: p.name)
def test_domain_modules_import_only_the_standard_library_and_the_domain(path: Path) -> None:
    outside = [m for m in imported_modules(path) if not allowed(m)]
    assert outside == [], f"{path.name} imports {outside}"


def test_the_import_scan_would_catch_a_third_party_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import decimal\nfrom sqlalchemy import select\nfrom bwi_vouchers.storage import models\n"
                      "def f():\n    import PySide6\n", encoding="utf-8")
    assert [m for m in imported_modules(sample) if not allowed(m)] == ["sqlalchemy", "bwi_vouchers.storage",
                                                                        "PySide6"]
