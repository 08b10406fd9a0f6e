"""Budget lines as a grouped bar chart: budget, committed, paid and available side by side per line."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt, Slot
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from bwi_vouchers.domain.ledger import BudgetTotals
from bwi_vouchers.ui.formatting import Formats

MAX_LABELLED = 10  # budget lines whose bars carry their amounts
COLOURS = ("#1f3a5f", "#f2b134", "#7b4fb0", "#2e8b57")  # budget, committed, paid, available

translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal")


def axis_step(top: float) -> tuple[float, int]:
    """A round step (1, 2, 2.5 or 5 times a power of ten) and how many of them reach ``top`` (at most 5)."""
    magnitude = 10 ** max(len(str(int(top))) - 1, 0)
    for factor in (0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10):
        step = factor * magnitude
        if top / step <= 5:
            return step, max(int(-(-top // step)), 1)
    return float(top), 1


class BudgetChart(QChartView):
    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formats = formats
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.lines: list[BudgetTotals] = []
        self.set_lines([])

    def set_lines(self, lines: Sequence[BudgetTotals]) -> None:
        """Show the lines (each a group of four bars); the exact amounts appear when hovering a bar."""
        self.lines = list(lines)
        chart = QChart()
        chart.setLocale(self.formats.locale)
        chart.setLocalizeNumbers(True)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        series = QBarSeries()
        names = (
            translate("BudgetChart", "Budget"),
            translate("BudgetChart", "Committed"),
            translate("BudgetChart", "Paid"),
            translate("BudgetChart", "Available"),
        )
        for position, (name, colour) in enumerate(zip(names, COLOURS, strict=True)):
            bars = QBarSet(name)
            bars.setColor(QColor(colour))
            bars.setBorderColor(QColor(colour))
            bars.setLabelColor(QColor("#333333"))
            for line in self.lines:
                bars.append(float((line.budget, line.committed, line.paid, line.available)[position]))
            series.append(bars)
        series.setLabelsVisible(len(self.lines) <= MAX_LABELLED)  # more would overlap; hovering still tells
        series.setLabelsFormat("@value €" if self.formats.language == "de" else "€@value")
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsAngle(-90)
        series.setLabelsPrecision(9)
        series.hovered.connect(self._on_series_hovered)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([f"{line.year}<br>{line.source}" for line in self.lines] or [" "])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        values = QValueAxis()
        highest = max([line.budget for line in self.lines] + [line.available for line in self.lines] + [Decimal(1)])
        lowest = min([line.available for line in self.lines] + [Decimal(0)])
        step, ticks = axis_step(float(highest) * 1.6)  # room above the bars for their vertical labels
        values.setRange(min(0.0, float(lowest)), step * ticks)
        values.setTickCount(ticks + 1)
        values.setLabelFormat("%.0f")
        values.setTitleText("€")
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        if not self.lines:
            chart.setTitle(translate("BudgetChart", "No budget lines yet"))
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def describe(self, line: int, bar: int) -> str:
        """'2026 Landesmittel – Committed: 12.000,00 €' for the bar under the mouse."""
        item = self.lines[line]
        name = (
            translate("BudgetChart", "Budget"),
            translate("BudgetChart", "Committed"),
            translate("BudgetChart", "Paid"),
            translate("BudgetChart", "Available"),
        )[bar]
        amount = (item.budget, item.committed, item.paid, item.available)[bar]
        return f"{item.year} {item.source} – {name}: {self.formats.money(amount)}"

    @Slot(bool, int, QBarSet)
    def _on_series_hovered(self, status: bool, index: int, bars: QBarSet) -> None:
        series = self.chart().series()[0] if self.chart().series() else None
        if not status or not isinstance(series, QBarSeries) or not 0 <= index < len(self.lines):
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), self.describe(index, series.barSets().index(bars)), self)
