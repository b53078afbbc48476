"""The trend chart of one target across the months shown, with the target as a line."""

from __future__ import annotations

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from itsm_desktop.services.service_levels.board import Board, BoardTarget

from ..common.messages import say
from ..common.theme import relative_luminance
from ..common.translate import tr as _tr
from .heatmap import axis_words, promised_words


class TrendChart(QChartView):
    """Achieved values as a line with points, the target as a dashed line, the warning dotted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trend_chart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        self.achieved = QLineSeries()
        self.points = QScatterSeries()
        self.goal = QLineSeries()
        self.warning = QLineSeries()
        self.show_target(None, Board((), ()))

    def show_target(self, target: BoardTarget | None, board: Board) -> None:
        """Draw ``target``'s values of ``board`` (an empty chart with a hint when None)."""
        chart = QChart()
        chart.setLocalizeNumbers(True)  # the axis labels written the user's way ("99,50" in German)
        chart.setMargins(QMargins(4, 4, 4, 4))
        dark = relative_luminance(QGuiApplication.palette().color(QPalette.ColorRole.Base)) < 0.2
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
        chart.setBackgroundBrush(QGuiApplication.palette().color(QPalette.ColorRole.Base))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.achieved, self.points = QLineSeries(), QScatterSeries()
        self.goal, self.warning = QLineSeries(), QLineSeries()
        if target is None:
            chart.setTitle(_tr("Select a target to see its trend"))
            self.setChart(chart)
            return
        chart.setTitle(f"{say(target.name)} — {say(target.service)}")
        months = board.months
        values = [(n, cell.value) for n, month in enumerate(months)
                  if (cell := board.cell(target.target_id, month)) is not None and cell.value is not None]
        self.achieved.setName(_tr("Achieved ({axis})").format(axis=axis_words(target)))
        for n, value in values:
            self.achieved.append(QPointF(n, value))
            self.points.append(QPointF(n, value))
        self.points.setMarkerSize(8)
        self.points.setName("")
        self.goal.setName(_tr("Target ({promised})").format(promised=promised_words(target)))
        self.goal.append([QPointF(0, target.line), QPointF(max(len(months) - 1, 1), target.line)])
        self.goal.setPen(QPen(QColor("#c0392b" if not dark else "#ff8a80"), 2, Qt.PenStyle.DashLine))
        series = [self.achieved, self.points, self.goal]
        if target.warning is not None:
            self.warning.setName(_tr("Warning threshold"))
            self.warning.append([QPointF(0, target.warning), QPointF(max(len(months) - 1, 1), target.warning)])
            self.warning.setPen(QPen(QColor("#b26a00" if not dark else "#ffcc80"), 1.5, Qt.PenStyle.DotLine))
            series.append(self.warning)
        for item in series:
            chart.addSeries(item)
        chart.legend().markers(self.points)[0].setVisible(False)
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for n, month in enumerate(months):
            x_axis.append(month[2:] if len(months) > 12 else month, n)
        x_axis.setRange(0, max(len(months) - 1, 1))
        y_axis = QValueAxis()
        levels = [v for _, v in values] + [target.line] + ([target.warning] if target.warning is not None else [])
        low, high = min(levels), max(levels)
        pad = max((high - low) * 0.15, 0.05 if target.axis.startswith("%") else 0.5)
        top = high + pad
        if target.axis.startswith("%"):
            top = min(top, 100.0 + pad / 3)
        y_axis.setRange(max(0.0, low - pad), top)
        y_axis.setLabelFormat("%.2f" if high - low < 2 else "%.0f")
        y_axis.setTitleText(axis_words(target))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for item in series:
            item.attachAxis(x_axis)
            item.attachAxis(y_axis)
        self.setChart(chart)
