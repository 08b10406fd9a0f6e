"""Reference data: target fields, regions, clusters and networks, programme versions."""

from __future__ import annotations

from collections.abc import Iterable

from bwi_vouchers.domain.enums import ClusterKind, Role
from bwi_vouchers.domain.programme import Programme, in_force
from bwi_vouchers.errors import ConflictError, NotFoundError, ValidationError
from bwi_vouchers.services.base import Service, created, diff, programme_of, programmes, required_text
from bwi_vouchers.services.dto import ClusterInfo, ThemeInfo
from bwi_vouchers.services.programmes import ProgrammeChange, ProgrammeInput, carried_over, version_row
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.storage.models import Cluster, Theme


def cluster_info(c: Cluster) -> ClusterInfo:
    return ClusterInfo(c.id, c.name, c.kind, c.region_code, c.state_owned, c.active,
                       tuple(sorted(t.code for t in c.themes)), c.version)


def resolve_region(uow: UnitOfWork, text: str | None) -> str | None:
    """A region by code or name (case-insensitive); None for an empty text."""
    value = (text or "").strip().lower()
    if not value:
        return None
    for region in uow.regions():
        if value in (region.code.lower(), region.name.lower()):
            return region.code
    raise ValidationError("region", "unknown_region", region=text,
                          known=", ".join(r.name for r in uow.regions()))


def resolve_themes(uow: UnitOfWork, codes: Iterable[int]) -> list[Theme]:
    themes = {t.code: t for t in uow.themes()}
    result = []
    for code in codes:
        if code not in themes:
            raise ValidationError("themes", "unknown_theme", theme=code)
        result.append(themes[code])
    return result


def cluster_name_and_kind(name: str, kind: ClusterKind | str) -> tuple[str, ClusterKind]:
    """A cluster's name and kind checked, or a ValidationError naming the field."""
    title = required_text("name", name, max_length=200)
    try:
        return title, ClusterKind(kind)
    except ValueError:
        raise ValidationError("kind", "unknown_cluster_kind", kind=str(kind)) from None


def add_cluster(uow: UnitOfWork, *, name: str, kind: ClusterKind | str, region: str | None = None,
                state_owned: bool = False, themes: Iterable[int] = ()) -> Cluster:
    """Insert a cluster or network inside a unit of work (the form and the import both come here)."""
    title, kind_value = cluster_name_and_kind(name, kind)
    if uow.cluster_by_name(title) is not None:
        raise ConflictError("cluster_exists", cluster=title)
    return uow.add(Cluster(name=title, kind=kind_value.value, region_code=resolve_region(uow, region),
                           state_owned=bool(state_owned), active=True, themes=resolve_themes(uow, themes)))


class CatalogueService(Service):
    def themes(self) -> list[ThemeInfo]:
        with self.db.unit_of_work() as uow:
            return [ThemeInfo(t.code, t.name_de, t.name_en, t.active) for t in uow.themes()]

    def regions(self) -> list[tuple[str, str]]:
        with self.db.unit_of_work() as uow:
            return [(r.code, r.name) for r in uow.regions()]

    def programmes(self) -> list[Programme]:
        with self.db.unit_of_work() as uow:
            return programmes(uow)

    def in_force(self) -> Programme:
        """The programme version in force today (what a new application would be judged by)."""
        with self.db.unit_of_work() as uow:
            return in_force(programmes(uow), self.clock.today())

    def set_theme_active(self, actor: str, code: int, active: bool) -> None:
        """Target fields are deactivated, never deleted."""
        with self.db.unit_of_work(write=True) as uow:
            self._actor(uow, actor, Role.ADMIN)
            theme = uow.get(Theme, code)
            if theme is None:
                raise NotFoundError("unknown_theme", theme=code)
            if theme.active != active:
                self._audit(uow, actor, "theme", code, "changed", diff({"active": theme.active}, {"active": active}))
                theme.active = active

    def clusters(self) -> list[ClusterInfo]:
        with self.db.unit_of_work() as uow:
            return [cluster_info(c) for c in uow.clusters()]

    def cluster(self, name: str) -> ClusterInfo:
        with self.db.unit_of_work() as uow:
            found = uow.cluster_by_name(name)
            if found is None:
                raise NotFoundError("unknown_cluster", cluster=name)
            return cluster_info(found)

    def add_cluster(self, actor: str, *, name: str, kind: ClusterKind | str, region: str | None = None,
                    state_owned: bool = False, themes: Iterable[int] = ()) -> ClusterInfo:
        title, kind_value = cluster_name_and_kind(name, kind)
        with self.db.unit_of_work(write=True) as uow:
            self._actor(uow, actor, Role.ADMIN)
            cluster = add_cluster(uow, name=title, kind=kind_value, region=region, state_owned=state_owned,
                                  themes=themes)
            uow.flush()
            self._audit(uow, actor, "cluster", cluster.id, "created",
                        created({"name": title, "kind": kind_value, "region": cluster.region_code,
                                 "state_owned": state_owned, "themes": [t.code for t in cluster.themes]}))
            return cluster_info(cluster)

    def update_cluster(self, actor: str, cluster_id: int, expected_version: int, *, name: str,
                       kind: ClusterKind | str, region: str | None = None, state_owned: bool = False,
                       themes: Iterable[int] = (), active: bool = True) -> ClusterInfo:
        """Change a cluster (admins); someone else's change in between is a conflict, nothing is overwritten."""
        title, kind_value = cluster_name_and_kind(name, kind)
        with self.db.unit_of_work(write=True) as uow:
            self._actor(uow, actor, Role.ADMIN)
            cluster = uow.get(Cluster, cluster_id)
            if cluster is None:
                raise NotFoundError("unknown_cluster", cluster=cluster_id)
            if cluster.version != expected_version:
                raise ConflictError("changed_meanwhile")
            same = uow.cluster_by_name(title)
            if same is not None and same.id != cluster.id:
                raise ConflictError("cluster_exists", cluster=title)
            new_themes = resolve_themes(uow, sorted(set(themes)))
            old = {"name": cluster.name, "kind": cluster.kind, "region": cluster.region_code,
                   "state_owned": cluster.state_owned, "active": cluster.active,
                   "themes": sorted(t.code for t in cluster.themes)}
            region_code = resolve_region(uow, region)
            new = {"name": title, "kind": kind_value.value, "region": region_code,
                   "state_owned": bool(state_owned), "active": bool(active), "themes": [t.code for t in new_themes]}
            changes = diff(old, new)
            if changes:
                cluster.name, cluster.kind, cluster.region_code = title, kind_value.value, region_code
                cluster.state_owned, cluster.active, cluster.themes = bool(state_owned), bool(active), new_themes
                uow.touch(cluster, "name")
                uow.flush()
                self._audit(uow, actor, "cluster", cluster.id, "changed", changes)
            return cluster_info(cluster)

    def member_counts(self) -> dict[int, int]:
        """Per cluster id, the companies that are members today."""
        with self.db.unit_of_work() as uow:
            return uow.member_counts(self.clock.today())

    def add_programme_version(self, actor: str, data: ProgrammeInput) -> Programme:
        """A new programme version in force from its date (admins); older applications keep their version."""
        with self.db.unit_of_work(write=True) as uow:
            self._actor(uow, actor, Role.ADMIN)
            return self._add_version(uow, actor, data, programmes(uow))

    def add_programme_change(self, actor: str, change: ProgrammeChange) -> Programme:
        """A new version from ``change.valid_from`` (after the newest version's date, not in the past) with the
        numbers given; every other number is the newest version's (admins). Refused input changes nothing."""
        with self.db.unit_of_work(write=True) as uow:
            self._actor(uow, actor, Role.ADMIN)
            versions = programmes(uow)
            newest = max(versions, key=lambda v: v.valid_from)
            return self._add_version(uow, actor, carried_over(newest, change), versions)

    def _add_version(self, uow: UnitOfWork, actor: str, data: ProgrammeInput, versions: list[Programme]) -> Programme:
        row = uow.add(version_row(data, versions, self.clock.today()))
        uow.flush()
        programme = programme_of(row)
        self._audit(uow, actor, "programme_version", row.valid_from.isoformat(), "created", created({
            "name": row.name, "rate": row.rate, "cap": row.cap, "min_costs": row.min_costs,
            "max_vouchers_per_year": row.max_vouchers_per_year, "deminimis_ceiling": row.deminimis_ceiling,
            "deminimis_years": row.deminimis_years, "deminimis_basis": row.deminimis_basis,
            "sme_staff_limit": row.sme_staff_limit, "sme_turnover_limit": row.sme_turnover_limit,
            "sme_balance_limit": row.sme_balance_limit, "proof_months": row.proof_months,
            "lead_days": row.lead_days, "measure_types": row.measure_types,
            "funding_sources": row.funding_sources, "default_source": row.default_source}))
        return programme
