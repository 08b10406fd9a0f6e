"""Seed data from ``data/``: added where missing, never overwriting what clerks have edited.

``Database.open`` adds it to a new database, after every migration and whenever a seed table is empty; an
up-to-date SQLite file that holds seed data opens without reading ``data/`` (a start-up saving). So a release
that changes the seed files reaches existing databases together with a migration."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from bwi_vouchers.paths import data_dir
from bwi_vouchers.storage.models import Cluster, ProgrammeVersion, Region, Theme

SEED_TABLES = ("theme", "region", "cluster", "programme_version")
_YES = {"yes", "ja", "true", "1"}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def is_seeded(engine: Engine) -> bool:
    """Whether every seed table holds a row (plain SQL: no ORM query is compiled for it)."""
    query = " AND ".join(f"EXISTS (SELECT 1 FROM {table})" for table in SEED_TABLES)
    with engine.connect() as connection:
        return bool(connection.execute(text(f"SELECT {query}")).scalar())


def ensure_seed(session: Session, folder: Path | None = None) -> None:
    folder = folder or data_dir()
    themes = {t.code: t for t in session.scalars(select(Theme))}
    for row in _rows(folder / "themes.csv"):
        code = int(row["code"])
        if code not in themes:
            themes[code] = Theme(code=code, name_de=row["name_de"], name_en=row["name_en"], active=True)
            session.add(themes[code])
    regions = set(session.scalars(select(Region.code)))
    for row in _rows(folder / "regions.csv"):
        if row["code"] not in regions:
            session.add(Region(code=row["code"], name=row["name"]))
    session.flush()
    clusters = set(session.scalars(select(Cluster.name)))
    for row in _rows(folder / "clusters.csv"):
        if row["name"] in clusters:
            continue
        session.add(Cluster(
            name=row["name"], kind=row["kind"], region_code=row["region"] or None,
            state_owned=row["state_owned"].strip().lower() in _YES, active=True,
            themes=[themes[int(code)] for code in row["themes"].split(",") if code.strip()],
        ))
    if session.scalar(select(ProgrammeVersion.id).limit(1)) is None:
        import tomllib  # only a new database reads the programme file

        with (folder / "programme.toml").open("rb") as handle:
            p = tomllib.load(handle)
        session.add(ProgrammeVersion(
            valid_from=p["valid_from"], name=p["name"], rate=Decimal(p["rate"]), cap=Decimal(p["cap"]),
            min_costs=Decimal(p["min_costs"]), max_vouchers_per_year=int(p["max_vouchers_per_year"]),
            deminimis_ceiling=Decimal(p["deminimis_ceiling"]), deminimis_years=int(p["deminimis_years"]),
            deminimis_basis=p["deminimis_basis"], deminimis_basis_title=p["deminimis_basis_title"],
            sme_staff_limit=Decimal(p["sme_staff_limit"]), sme_turnover_limit=Decimal(p["sme_turnover_limit"]),
            sme_balance_limit=Decimal(p["sme_balance_limit"]),
            proof_months=int(p["proof_months"]), lead_days=int(p["lead_days"]),
            measure_types=",".join(p["measure_types"]), funding_sources=",".join(p["funding_sources"]),
            default_source=p["default_source"],
        ))
    session.flush()
