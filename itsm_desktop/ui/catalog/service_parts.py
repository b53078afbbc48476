"""Composite fields of the service editor: weekly hours and the dependency picker."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from itsm_desktop.domain.values import WEEKDAYS, DayHours, WeeklyHours
from itsm_desktop.services.listing import SERVICES

from ..common.context import AppContext
from ..common.icons import icon
from ..common.local_formats import day_name
from ..common.widgets import SEARCH_DELAY_MS, hbox, muted

_LOOSE_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.h]?(\d{2}))?\s*$")
PICKER_RESULTS = 30


def normalise_time(text: str) -> str:
    """``8`` → ``08:00``, ``8.30`` → ``08:30``; anything else is left for validation."""
    match = _LOOSE_TIME.match(text)
    if not match:
        return text.strip()
    return f"{int(match.group(1)):02d}:{match.group(2) or '00'}"


class HoursEditor(QWidget):
    """A row per weekday (open, from, to) and a 24×7 switch; value is ``WeeklyHours`` JSON."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.always = QCheckBox(self.tr("Available 24 hours a day, 7 days a week (24×7)"), self)
        self.always.setObjectName("hours_always")
        self.always.toggled.connect(self._always_toggled)
        self.office = QToolButton(self)
        self.office.setObjectName("hours_office")
        self.office.setText(self.tr("Office hours"))
        self.office.setToolTip(self.tr("Monday to Friday, 08:00 – 18:00"))
        self.office.clicked.connect(self.set_office_hours)
        self.open: dict[str, QCheckBox] = {}
        self.start: dict[str, QLineEdit] = {}
        self.end: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        for column, title in enumerate((self.tr("Day"), self.tr("From"), "", self.tr("To"))):
            if title:
                grid.addWidget(muted(title, self), 0, column)
        for row, day in enumerate(WEEKDAYS, start=1):
            box = QCheckBox(day_name(row - 1), self)
            box.setObjectName(f"hours_{day}_open")
            start, end = self._time_edit(f"hours_{day}_from"), self._time_edit(f"hours_{day}_to")
            box.toggled.connect(lambda on, s=start, e=end: self._day_toggled(on, s, e))
            self.open[day], self.start[day], self.end[day] = box, start, end
            grid.addWidget(box, row, 0)
            grid.addWidget(start, row, 1)
            grid.addWidget(QLabel("–", self), row, 2)
            grid.addWidget(end, row, 3)
        grid.setColumnStretch(4, 1)
        self._grid = QWidget(self)
        self._grid.setLayout(grid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(hbox(self.always, None, self.office))
        layout.addWidget(self._grid)

    def _time_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText("HH:MM")
        edit.setMaxLength(5)
        edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("00:00") + 28)
        edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        edit.textChanged.connect(self.changed)
        edit.editingFinished.connect(lambda e=edit: e.setText(normalise_time(e.text())))
        edit.setEnabled(False)
        return edit

    def _always_toggled(self, on: bool) -> None:
        self._grid.setEnabled(not on)
        self.office.setEnabled(not on)
        self.changed.emit()

    def _day_toggled(self, on: bool, start: QLineEdit, end: QLineEdit) -> None:
        start.setEnabled(on)
        end.setEnabled(on)
        if on and not start.text() and not end.text():
            start.setText("08:00")
            end.setText("18:00")
        self.changed.emit()

    def set_office_hours(self) -> None:
        self.set_value(WeeklyHours.office().to_json())
        self.changed.emit()

    def set_value(self, data: dict[str, Any] | None) -> None:
        hours = WeeklyHours.from_json(data)
        self.blockSignals(True)
        self.always.setChecked(hours.always)
        for day in WEEKDAYS:
            span = hours.days.get(day)
            self.open[day].setChecked(span is not None)
            self.start[day].setText(span.start if span else "")
            self.end[day].setText(span.end if span else "")
            self.start[day].setEnabled(span is not None)
            self.end[day].setEnabled(span is not None)
        self._grid.setEnabled(not hours.always)
        self.office.setEnabled(not hours.always)
        self.blockSignals(False)

    def value(self) -> dict[str, Any] | None:
        days = {d: DayHours(normalise_time(self.start[d].text()), normalise_time(self.end[d].text()))
                for d in WEEKDAYS if self.open[d].isChecked()}
        if not self.always.isChecked() and not days:
            return None
        return WeeklyHours(always=self.always.isChecked(), days=days).to_json()


class DependencyPicker(QWidget):
    """The services a service depends on: a list, a search box to add one, and Remove.

    The search runs in SQL as the user types, so it stays quick with a very large catalog.
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.own_id: int | None = None
        self._found: dict[str, int] = {}
        self.list = QListWidget(self)
        self.list.setObjectName("dependency_list")
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.setFixedHeight(self.fontMetrics().height() * 4 + 24)
        self.search = QLineEdit(self)
        self.search.setObjectName("dependency_search")
        self.search.setPlaceholderText(self.tr("Add a dependency: type a code or name…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("find"), QLineEdit.ActionPosition.LeadingPosition)
        self._results = QStringListModel(self)
        self.completer = QCompleter(self._results, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.completer.activated.connect(self._chosen)  # the text chosen
        self.search.setCompleter(self.completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._add_typed)
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("remove_dependency")
        self.remove_button.setIcon(icon("delete"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.remove_button.clicked.connect(self.remove_selected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list)
        layout.addLayout(hbox(self.search, self.remove_button))
        self._update_buttons()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(360, super().sizeHint().height())

    def _labels(self, ids: Sequence[int]) -> dict[int, str]:
        code_col = next(i for i, c in enumerate(SERVICES.columns) if c.key == "code")
        name_col = next(i for i, c in enumerate(SERVICES.columns) if c.key == "name")
        rows = SERVICES.rows(self.ctx.db, list(ids))
        return {i: f"{row[code_col]} — {row[name_col]}" for i, row in rows.items()}

    def run_search(self) -> None:
        """Offer the services matching the typed text (not this one, not those chosen)."""
        self._timer.stop()
        text = self.search.text().strip()
        if not text:
            self._results.setStringList([])
            return
        taken = set(self.ids()) | ({self.own_id} if self.own_id is not None else set())
        ids = [i for i in SERVICES.ids(self.ctx.db, search=text, sort="code",
                                       limit=PICKER_RESULTS + len(taken))
               if i not in taken][:PICKER_RESULTS]
        labels = self._labels(ids)
        self._found = {labels[i]: i for i in ids if i in labels}
        self._results.setStringList(list(self._found))
        if self._found and self.search.hasFocus():
            self.completer.complete()

    def _chosen(self, label: str) -> None:
        record_id = self._found.get(label)
        if record_id is not None:
            self.add(record_id)
        QTimer.singleShot(0, self.search.clear)

    def _add_typed(self) -> None:
        # Down in the list of matches puts the chosen label in the field, and the field sees
        # Enter before the list does: the label itself is a choice, not a new search
        if self.search.text() in self._found:
            self._chosen(self.search.text())
            return
        self.run_search()
        if len(self._found) == 1:
            self._chosen(next(iter(self._found)))

    def add(self, service_id: int) -> None:
        """Add a dependency on ``service_id`` (the save checks it for cycles)."""
        if service_id in self.ids():
            return
        label = self._labels([service_id]).get(service_id, f"#{service_id}")
        self._add_item(service_id, label)
        self.changed.emit()

    def _add_item(self, service_id: int, label: str) -> None:
        item = QListWidgetItem(icon("catalog"), label, self.list)
        item.setData(Qt.ItemDataRole.UserRole, service_id)
        item.setToolTip(label)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def ids(self) -> list[int]:
        return [int(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())]

    def set_ids(self, ids: Sequence[int]) -> None:
        self.list.clear()
        labels = self._labels(ids)
        for service_id in ids:
            self._add_item(service_id, labels.get(service_id, f"#{service_id}"))
        self.search.clear()
        self._update_buttons()
