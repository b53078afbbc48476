"""Trend charts of the service level report, drawn straight on the page's canvas (no Qt
here): the values of up to twelve periods as a line with points, the target as a dashed red
line, a light grid with the values in the report's language.

A report of 200 targets holds 200 charts. reportlab's chart widgets (``LinePlot``) validate
every attribute of every label, tick and line they make, which cost about a second per report;
a chart is a few dozen strokes, so it is drawn as such by one small flowable.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable

from itsm_desktop.domain.service_level_report import ReportLine

from . import fonts
from . import service_level_lines as words
from .language import _, decimal_text

VALUE = HexColor("#1F5F9E")
TARGET = HexColor("#B3261E")
GRID = HexColor("#D5DAE1")
MUTED = HexColor("#5F6B7A")
INK = HexColor("#1B1B1B")
LEFT, BOTTOM, RIGHT, TOP = 34.0, 22.0, 8.0, 20.0  # room for the value labels, the periods, the title


def has_trend(line: ReportLine) -> bool:
    """Whether a line has enough values for a chart (two periods at least)."""
    return sum(1 for _, value in line.history if value is not None) >= 2 and line.level is not None


def trend_chart(line: ReportLine, width: float, height: float) -> Flowable:
    """``line``'s history as a chart of ``width`` × ``height`` points, with a title."""
    return TrendChart(line, width, height)


def value_steps(low: float, high: float, most: int = 5) -> tuple[float, int]:
    """A round step between the value labels from ``low`` to ``high`` (1, 2, 2.5 or 5 times a
    power of ten, at most ``most`` steps) and the decimals its labels need."""
    span = max(high - low, 1e-9)
    magnitude = 10 ** math.floor(math.log10(span / most))
    factor = next(m for m in (1, 2, 2.5, 5, 10) if span / (m * magnitude) <= most)
    step = factor * magnitude
    decimals = max(0, -math.floor(math.log10(step) + 1e-9)) + (1 if factor == 2.5 else 0)
    return step, decimals


class TrendChart(Flowable):  # type: ignore[misc]
    """One target's trend, drawn with the canvas's own lines and strings."""

    def __init__(self, line: ReportLine, width: float, height: float) -> None:
        super().__init__()
        self.line, self.width, self.height = line, width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas, line = self.canv, self.line
        width, height = self.width, self.height
        title = f"{words.target_name(line)} — {words.service_name(line)}"
        canvas.setFillColor(INK)
        fonts.draw_string(canvas, 0, height - 10, title if len(title) <= 60 else title[:59] + "…", fonts.BOLD, 8)
        labels = [label for label, _ in line.history]
        points = [(n, value) for n, (_, value) in enumerate(line.history) if value is not None]
        level = float(line.level or 0)
        values = [v for _, v in points] + [level]
        low, high = min(values), max(values)
        percent = line.axis.startswith("%")
        pad = max((high - low) * 0.15, 0.05 if percent else 0.5)
        bottom_value = max(0.0, low - pad)
        top_value = min(high + pad, 100.0 + pad / 3) if percent else high + pad
        last = max(len(labels) - 1, 1)
        plot_width, plot_height = width - LEFT - RIGHT, height - BOTTOM - TOP

        def x_of(n: float) -> float:
            return LEFT + plot_width * n / last

        def y_of(value: float) -> float:
            return BOTTOM + plot_height * (value - bottom_value) / ((top_value - bottom_value) or 1)

        self._grid(bottom_value, top_value, y_of, plot_width)
        canvas.setFillColor(MUTED)
        for n in range(0, len(labels), 1 if len(labels) <= 6 else 2):  # twelve labels side by side would touch
            fonts.draw_string(canvas, x_of(n), BOTTOM - 9, _short(labels[n]), fonts.REGULAR, 6, align="centre")
        canvas.setStrokeColor(TARGET)
        canvas.setLineWidth(1)
        canvas.setDash(3, 2)
        canvas.line(x_of(0), y_of(level), x_of(last), y_of(level))
        canvas.setDash()
        canvas.setStrokeColor(VALUE)
        canvas.setFillColor(VALUE)
        canvas.setLineWidth(1.4)
        path = canvas.beginPath()
        for index, (n, value) in enumerate(points):
            (path.lineTo if index else path.moveTo)(x_of(n), y_of(value))
        canvas.drawPath(path, stroke=1, fill=0)
        for n, value in points:
            canvas.circle(x_of(n), y_of(value), 1.5, stroke=0, fill=1)
        canvas.setFillColor(MUTED)
        legend = _("Target: {promised} (dashed) · values in {axis}").format(promised=words.promised(line),
                                                                          axis=words.axis(line))
        wide = fonts.string_width(legend, fonts.REGULAR, 6)  # a longer language's legend: set smaller
        fonts.draw_string(canvas, 0, 4, legend, fonts.REGULAR, 6 if wide <= width else max(4.5, 6 * width / wide))

    def _grid(self, bottom_value: float, top_value: float, y_of: Callable[[float], float],
              plot_width: float) -> None:
        """The value labels, the grid lines beside them and the axes."""
        canvas: Any = self.canv
        step, decimals = value_steps(bottom_value, top_value)
        canvas.setLineWidth(0.4)
        canvas.setStrokeColor(GRID)
        canvas.setFillColor(MUTED)
        tick = math.ceil(bottom_value / step - 1e-9) * step
        while tick <= top_value + 1e-9:
            y = y_of(tick)
            canvas.line(LEFT, y, LEFT + plot_width, y)
            fonts.draw_string(canvas, LEFT - 3, y - 2, decimal_text(round(tick, decimals), decimals=decimals),
                              fonts.REGULAR, 6, align="right")
            tick += step
        canvas.setLineWidth(1)
        canvas.line(LEFT, BOTTOM, LEFT, y_of(top_value))
        canvas.line(LEFT, BOTTOM, LEFT + plot_width, BOTTOM)


def _short(label: str) -> str:
    """2026-11 → 11/26, 2026-Q4 → Q4/26: twelve labels fit under a half-page chart."""
    year, _dash, part = label.partition("-")

    return f"{part}/{year[2:]}" if part else label
