"""Demo measures: trips, fairs and presentations abroad over five years, numbered per year."""

from __future__ import annotations

from datetime import date, timedelta

from bwi_vouchers.domain.enums import MeasureType
from bwi_vouchers.domain.programme import add_months
from bwi_vouchers.services.demo import names
from bwi_vouchers.services.demo.base import GeneratorBase
from bwi_vouchers.services.demo.model import MeasureDraft, Weighted, title_of


class MeasureMaker(GeneratorBase):
    """Makes the demo measures."""

    def _measures(self, count: int) -> list[MeasureDraft]:
        destinations = [(city, country, tuple(t for t in themes if t in self.themes))
                        for city, country, themes in names.DESTINATIONS]
        destinations = [d for d in destinations if d[2]] or [(c, k, self.themes) for c, k, _ in names.DESTINATIONS]
        by_city = {city: (city, country, themes) for city, country, themes in destinations}
        kinds = Weighted(((MeasureType.MARKET_RESEARCH_TRIP, 45), (MeasureType.COOPERATION_FAIR, 35),
                          (MeasureType.LOCATION_PRESENTATION, 20)))
        # The first three are the classic ones of the issue text: they always exist.
        fixed = [("Boston", MeasureType.MARKET_RESEARCH_TRIP, 1), ("Lyon", MeasureType.COOPERATION_FAIR, 1),
                 ("Singapur", MeasureType.LOCATION_PRESENTATION, 2)]
        years = list(range(self.year - 3, self.year + 2))
        drafts: list[MeasureDraft] = []
        for index in range(count):
            year = years[index % len(years)]
            if index < len(fixed) and fixed[index][0] in by_city and fixed[index][2] in self.themes:
                city, kind, theme = fixed[index]
                country, others = by_city[city][1], by_city[city][2]
            else:
                city, country, others = self._choice(destinations)
                kind = kinds.pick(self._random)
                theme = self._choice(others)
            themes: tuple[int, ...] = (theme,)
            if len(others) > 1 and self._random() < 0.35:
                themes = (theme, self._choice([t for t in others if t != theme]))
            days = self._ri(2, 6)
            if index - len(fixed) in (0, 1):
                # Two measures anchored on today, so that the dashboard always has approved vouchers whose
                # proof of use is due within the next weeks and others whose proof is overdue.
                end = add_months(self.today, -self._programme(self.today).proof_months)
                end += timedelta(days=12 if index == len(fixed) else -40)
                start = end - timedelta(days=days - 1)
            else:
                start = date(year, 1, 10) + timedelta(days=self._ri(0, 338))
                while start.weekday() > 3:  # trips start Monday to Thursday
                    start += timedelta(days=1)
                end = start + timedelta(days=days - 1)
            drafts.append(MeasureDraft(0, start, end, themes, kind, city, country, title_of(kind, theme, city)))
        drafts.sort(key=lambda m: (m.start, m.city, m.title))
        used: dict[int, set[int]] = {}
        for code in self.ref.measure_codes:
            parts = code.split("-")
            if len(parts) == 3 and parts[0] == "M" and parts[1].isdigit() and parts[2].isdigit():
                used.setdefault(int(parts[1]), set()).add(int(parts[2]))
        numbers: dict[int, int] = {}
        ids = self.ref.ids("measure", len(drafts))
        for index, measure in enumerate(drafts):
            year = measure.start.year
            number = numbers.get(year, 0) + 1
            while number in used.get(year, ()):
                number += 1
            numbers[year] = number
            measure.id = ids[index]
            measure.index = index
            measure.code = f"M-{year}-{number:03d}"
        return drafts
