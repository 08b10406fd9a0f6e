"""What the editor asks the database: searches for its pickers, and the application with its measure and company."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bwi_vouchers.errors import NotFoundError
from bwi_vouchers.services.companies import CompanyDetails, CompanyInput
from bwi_vouchers.services.measures import MeasureInput
from tests.conftest import World

pytestmark = pytest.mark.both_engines


def measure(world: World, code: str, title: str, *, start: date, country: str = "US", city: str = "Boston",
            themes: tuple[int, ...] = (6,)) -> None:
    world.services.measures.create("admin", MeasureInput(
        code=code, title=title, type="market_research_trip", country=country, city=city, start_date=start,
        end_date=start + timedelta(days=3), themes=themes))


def company(world: World, name: str, *, register: str | None = None, vat: str | None = None,
            postcode: str = "70173", city: str = "Stuttgart") -> int:
    details = CompanyDetails(company=CompanyInput(name=name, register_number=register, vat_id=vat,
                                                  postcode=postcode, city=city))
    return world.services.companies.create("clerk", details).id


@pytest.fixture
def measures(world: World) -> World:
    """Today is 2 March 2026: two past measures and three upcoming ones, not in the order of their start."""
    measure(world, "M-2026-010", "Kooperationsbörse Medizintechnik", start=date(2026, 9, 1), country="JP",
            city="Osaka", themes=(1, 10))
    measure(world, "M-2025-020", "Markterkundung Photonik", start=date(2025, 6, 1), city="San Francisco")
    measure(world, "M-2026-005", "Standortpräsentation Automotive", start=date(2026, 3, 2), country="FR",
            city="Lyon")
    measure(world, "M-2026-001", "Markterkundung Photonik", start=date(2026, 1, 10), country="CH", city="Zürich")
    measure(world, "M-2027-050", "Photonik 100% in Boston", start=date(2027, 3, 12))
    return world


def codes(world: World, text: str, **options: object) -> list[str]:
    return [m.code for m in world.services.editing.measures(text, **options)]  # type: ignore[arg-type]


def test_measures_come_upcoming_first_by_start_then_past_ones_newest_first(measures: World) -> None:
    assert codes(measures, "") == ["M-2026-005", "M-2026-010", "M-2027-050", "M-2026-001", "M-2025-020"]
    assert codes(measures, "", limit=2) == ["M-2026-005", "M-2026-010"]


def test_measures_are_found_by_code_title_city_and_country(measures: World) -> None:
    assert codes(measures, "m-2026-0") == ["M-2026-005", "M-2026-010", "M-2026-001"]
    assert codes(measures, "photonik") == ["M-2027-050", "M-2026-001", "M-2025-020"]
    assert codes(measures, "  LYON ") == ["M-2026-005"]
    assert codes(measures, "osa") == ["M-2026-010"]
    assert codes(measures, "jp") == ["M-2026-010"]  # an ISO code
    assert codes(measures, "Japan") == ["M-2026-010"]  # a German country name
    assert codes(measures, "schweiz") == ["M-2026-001"]
    assert codes(measures, "Lyo", countries={"CH"}) == ["M-2026-005", "M-2026-001"]  # names in another language
    assert codes(measures, "100%") == ["M-2027-050"]  # % and _ are letters, not wildcards
    assert codes(measures, "_") == []
    assert codes(measures, "Tokio") == []


def test_a_found_measure_brings_what_the_form_needs(measures: World) -> None:
    (found,) = measures.services.editing.measures("Osaka")
    assert (found.title, found.country, found.city, found.start_date, found.themes) == (
        "Kooperationsbörse Medizintechnik", "JP", "Osaka", date(2026, 9, 1), (1, 10))
    assert measures.services.editing.measure("m-2026-010") == found
    with pytest.raises(NotFoundError):
        measures.services.editing.measure("M-1999-001")


def test_companies_are_found_by_name_register_number_vat_id_and_postcode(world: World) -> None:
    optik = company(world, "Optik Müller GmbH", register="Stuttgart HRB 1234", vat="DE136695976", postcode="70173")
    laser = company(world, "laser & co KG", register="Freiburg HRA 55", vat="DE987654328", postcode="79098",
                    city="Freiburg")
    zeta = company(world, "Zeta Optik AG", postcode="89073", city="Ulm")
    names = {optik: "Optik Müller GmbH", laser: "laser & co KG", zeta: "Zeta Optik AG"}

    def found(text: str, **options: int) -> list[str]:
        return [names[c.id] for c in world.services.editing.companies(text, **options)]

    assert found("OPTIK") == ["Optik Müller GmbH", "Zeta Optik AG"]
    assert found("") == ["laser & co KG", "Optik Müller GmbH", "Zeta Optik AG"]  # by name, ignoring case
    assert found("", limit=1) == ["laser & co KG"]
    assert found("hrb 1234") == ["Optik Müller GmbH"]
    assert found("HRA") == ["laser & co KG"]
    assert found("DE98765") == ["laser & co KG"]
    assert found("de 136 695") == ["Optik Müller GmbH"]  # a VAT ID typed with spaces
    assert found("790") == ["laser & co KG"]  # a postcode starts with what is typed …
    assert found("098") == []  # … and is not found by its middle
    assert found("&") == ["laser & co KG"]
    (choice,) = world.services.editing.companies("Zeta")
    assert (choice.id, choice.register_number, choice.vat_id, choice.postcode, choice.city) == (
        zeta, None, None, "89073", "Ulm")
    assert world.services.editing.company(zeta) == choice
    with pytest.raises(NotFoundError):
        world.services.editing.company(99999)


def test_open_gives_the_application_with_its_measure_and_company(measures: World) -> None:
    measures.budget()
    company_id = measures.company("Alpha Optik GmbH")
    app = measures.application(company_id, "M-2026-010")
    opened = measures.services.editing.open(app.reference)
    assert opened.info == measures.services.applications.get(app.reference)
    assert opened.measure == measures.services.editing.measure("M-2026-010")
    assert opened.company == measures.services.companies.get(company_id)
    assert [m.cluster_name for m in opened.company.memberships] == ["Photonics BW"]
    with pytest.raises(NotFoundError):
        measures.services.editing.open("IG-2026-9999")
