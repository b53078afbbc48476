"""Trend charts of the service level report, drawn with reportlab's graphics (no Qt here):
the values of up to twelve periods as a line with points, the target as a dashed red line."""

from __future__ import annotations

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import HexColor

from itsm_desktop.domain.service_level_report import ReportLine

from . import fonts
from . import service_level_lines as words
from .language import _

VALUE = HexColor("#1F5F9E")
TARGET = HexColor("#B3261E")
GRID = HexColor("#D5DAE1")
MUTED = HexColor("#5F6B7A")


def has_trend(line: ReportLine) -> bool:
    """Whether a line has enough values for a chart (two periods at least)."""
    return sum(1 for _, value in line.history if value is not None) >= 2 and line.level is not None


def trend_chart(line: ReportLine, width: float, height: float) -> Drawing:
    """``line``'s history as a chart of ``width`` × ``height`` points, with a title."""
    drawing = Drawing(width, height)
    title = f"{words.target_name(line)} — {words.service_name(line)}"
    drawing.add(String(0, height - 10, title if len(title) <= 60 else title[:59] + "…",
                       fontName=fonts.BOLD, fontSize=8, fillColor=HexColor("#1B1B1B")))
    labels = [label for label, _ in line.history]
    points = [(n, value) for n, (_, value) in enumerate(line.history) if value is not None]
    level = float(line.level or 0)
    values = [v for _, v in points] + [level]
    low, high = min(values), max(values)
    pad = max((high - low) * 0.15, 0.05 if line.axis.startswith("%") else 0.5)
    plot = LinePlot()
    plot.x, plot.y = 34, 22
    plot.width, plot.height = width - 42, height - 42
    last = max(len(labels) - 1, 1)
    plot.data = [points, [(0, level), (last, level)]]
    plot.lines[0].strokeColor, plot.lines[0].strokeWidth = VALUE, 1.4
    plot.lines[0].symbol = makeMarker("FilledCircle", size=3, fillColor=VALUE, strokeColor=VALUE)
    plot.lines[1].strokeColor, plot.lines[1].strokeWidth = TARGET, 1
    plot.lines[1].strokeDashArray = (3, 2)
    x_axis, y_axis = plot.xValueAxis, plot.yValueAxis
    x_axis.valueMin, x_axis.valueMax = 0, last
    x_axis.valueStep = 1 if len(labels) <= 6 else 2  # twelve labels side by side would touch
    x_axis.labelTextFormat = lambda n: _short(labels[int(n)]) if 0 <= int(n) < len(labels) else ""
    y_axis.valueMin = max(0.0, low - pad)
    y_axis.valueMax = min(high + pad, 100.0 + pad / 3) if line.axis.startswith("%") else high + pad
    y_axis.labelTextFormat = "%.2f" if high - low < 2 else "%.0f"
    for axis in (x_axis, y_axis):
        axis.labels.fontName, axis.labels.fontSize, axis.labels.fillColor = fonts.REGULAR, 6, MUTED
        axis.strokeColor = GRID
    y_axis.visibleGrid, y_axis.gridStrokeColor, y_axis.gridStrokeWidth = True, GRID, 0.4
    drawing.add(plot)
    drawing.add(String(0, 4, _("Target: {promised} (dashed) · values in {axis}").format(
                           promised=words.promised(line), axis=words.axis(line)),
                       fontName=fonts.REGULAR, fontSize=6, fillColor=MUTED))
    return drawing


def _short(label: str) -> str:
    """2026-11 → 11/26, 2026-Q4 → Q4/26: twelve labels fit under a half-page chart."""
    year, _dash, part = label.partition("-")

    return f"{part}/{year[2:]}" if part else label
