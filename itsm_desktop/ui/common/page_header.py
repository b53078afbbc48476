"""A page's title with its filters and search field beside it, or under it when the window is
too narrow for both on one line (German and French titles, filters and search texts are long)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .widgets import SPACING


class PageHeader(QWidget):
    """``title`` followed by ``tools`` (filters, then the search field, which takes the room
    left over); the tools move to a line of their own when the line cannot hold them whole."""

    def __init__(self, title: QLabel, tools: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_header")
        self.title, self.tools = title, tools
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.setSpacing(SPACING)
        self._line = QHBoxLayout()
        self._line.setSpacing(SPACING)
        self._tool_line = QHBoxLayout()
        self._tool_line.setSpacing(SPACING)
        self._outer.addLayout(self._line)
        self._outer.addLayout(self._tool_line)
        self._line.addWidget(title, 1)
        for tool in tools:
            self._line.addWidget(tool)
        self.stacked = False
        self._last_minimum = tools[-1].minimumWidth() if tools else 0

    def _one_line_width(self) -> int:
        """What the title and every tool need side by side, each shown whole."""
        widths = [self.title.sizeHint().width(), *(tool.sizeHint().width() for tool in self.tools)]
        return sum(widths) + SPACING * (len(widths) - 1)

    def _arrange(self, stacked: bool) -> None:
        if stacked == self.stacked:
            return
        self.stacked = stacked
        into, out_of = (self._tool_line, self._line) if stacked else (self._line, self._tool_line)
        for tool in self.tools:
            out_of.removeWidget(tool)
            into.addWidget(tool)
        if stacked and self.tools:
            into.setStretchFactor(self.tools[-1], 1)  # the search field takes the rest of the line

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._arrange(event.size().width() < self._one_line_width())
        if self.tools:
            # on a line of their own, the filters narrow before the search field hides its text
            last = self.tools[-1]
            wanted = min(last.sizeHint().width(), event.size().width() * 2 // 5) if self.stacked else 0
            last.setMinimumWidth(max(self._last_minimum, wanted))
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the title (the tools can go under it), as tall as the layout now is."""
        hint = super().minimumSizeHint()
        return QSize(self.title.minimumSizeHint().width(), hint.height())
