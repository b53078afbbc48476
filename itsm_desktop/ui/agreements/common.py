"""Small widgets the agreement editor's tabs share: dates, party and contact pickers, buttons."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from itsm_desktop.domain.enums import AgreementStatus, OrganizationKind
from itsm_desktop.services.agreement_drafting import ContactChoice, PartyChoice

from ..icons import icon

CONTEXT = "Agreements"

STATUS_COLOURS = {
    AgreementStatus.DRAFT: ("#5f6368", "#eceff1"),
    AgreementStatus.IN_REVIEW: ("#8a5a00", "#fff3d6"),
    AgreementStatus.ACTIVE: ("#1e6b34", "#e3f4e6"),
    AgreementStatus.EXPIRED: ("#7a3b00", "#fbe7d9"),
    AgreementStatus.TERMINATED: ("#8c1d18", "#fbe1df"),
    AgreementStatus.SUPERSEDED: ("#4a4a8a", "#e8e8f6"),
}


def tr(text: str) -> str:
    """Translate a string of the agreement screens outside a QObject method."""
    return QCoreApplication.translate(CONTEXT, text)


def kind_group_label(kind: OrganizationKind) -> str:
    return {OrganizationKind.INTERNAL: tr("Internal units"), OrganizationKind.CUSTOMER: tr("Customers"),
            OrganizationKind.SUPPLIER: tr("Suppliers")}[kind]


def tool_button(name: str, text: str, icon_name: str = "", *, tip: str = "",
                on_click: Callable[[], None] | None = None, parent: QWidget | None = None) -> QToolButton:
    """A flat button with an icon and text beside it, named for tests."""
    button = QToolButton(parent)
    button.setObjectName(name)
    button.setText(text)
    if icon_name:
        button.setIcon(icon(icon_name))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    if tip:
        button.setToolTip(tip)
    if on_click is not None:
        button.clicked.connect(lambda _checked=False: on_click())
    return button


def status_chip_style(status: AgreementStatus | None) -> str:
    """A style sheet that shows a label as a coloured pill for ``status``."""
    fg, bg = STATUS_COLOURS.get(status, ("#5f6368", "#eceff1")) if status else ("#5f6368", "#eceff1")
    return (f"QLabel {{ color: {fg}; background: {bg}; border: 1px solid {fg}; border-radius: 9px;"
            " padding: 1px 10px; font-weight: bold; }")


class DateField(QWidget):
    """A date that may be empty: typed as YYYY-MM-DD or picked from a calendar."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(tr("YYYY-MM-DD"))
        self.edit.setMaxLength(10)
        self.edit.setClearButtonEnabled(True)
        width = self.edit.fontMetrics().horizontalAdvance("0000-00-00") + 44
        self.edit.setMinimumWidth(width)
        self.edit.setMaximumWidth(width + 30)
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._picked)
        self.menu = QMenu(self)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.menu.aboutToShow.connect(self._prepare_calendar)
        self.pick = QToolButton(self)
        self.pick.setObjectName("pick_date")
        self.pick.setText("…")
        self.pick.setToolTip(tr("Choose the date from a calendar"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pick.setMenu(self.menu)
        self.pick.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.pick)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _prepare_calendar(self) -> None:
        current = self.value() or date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _picked(self, picked: QDate) -> None:
        self.menu.close()
        self.set_value(date(picked.year(), picked.month(), picked.day()))

    def text(self) -> str:
        return self.edit.text().strip()

    def is_valid(self) -> bool:
        """True when empty or a real date."""
        return not self.text() or self._parse() is not None

    def _parse(self) -> date | None:
        try:
            return date.fromisoformat(self.text())
        except ValueError:
            return None

    def value(self) -> date | None:
        return self._parse() if self.text() else None

    def set_value(self, value: date | None) -> None:
        self.edit.setText(value.isoformat() if value else "")

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.edit.setClearButtonEnabled(not read_only)
        self.pick.setVisible(not read_only)


class PartyCombo(QComboBox):
    """An organization picker grouped by kind, the kinds that fit the agreement first."""

    def __init__(self, none_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_label = none_label
        self._parties: list[PartyChoice] = []
        self._order: tuple[OrganizationKind, ...] = tuple(OrganizationKind)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMaxVisibleItems(20)

    def set_parties(self, parties: Sequence[PartyChoice],
                    order: Iterable[OrganizationKind] | None = None) -> None:
        """Replace the choices, keeping the current value; ``order`` puts fitting kinds first."""
        self._parties = list(parties)
        if order is not None:
            self._order = tuple(order)
        self._rebuild(self.value())

    def set_order(self, order: Iterable[OrganizationKind]) -> None:
        order = tuple(order)
        if order != self._order:
            self._order = order
            self._rebuild(self.value())

    def _rebuild(self, current: int | None) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(self._none_label, None)
        header_font = QFont(self.font())
        header_font.setBold(True)
        for kind in self._order:
            members = [p for p in self._parties if p.kind == kind and (p.active or p.id == current)]
            if not members:
                continue
            self.insertSeparator(self.count())
            self.addItem(kind_group_label(kind), None)
            header = self.model().index(self.count() - 1, 0)
            self.model().setData(header, header_font, Qt.ItemDataRole.FontRole)
            self.model().setData(header, 0, Qt.ItemDataRole.UserRole - 1)  # not selectable
            for party in members:
                label = party.name if party.active else tr("{name} (inactive)").format(name=party.name)
                self.addItem("   " + label, party.id)
                self.setItemData(self.count() - 1, label, Qt.ItemDataRole.AccessibleTextRole)
        self._select(current)
        self.blockSignals(False)

    def _select(self, value: int | None) -> None:
        index = self.findData(value) if value is not None else 0
        if index < 0:
            self.addItem(tr("(no longer available)"), value)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def value(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def set_value(self, value: int | None) -> None:
        self._select(value)

    def kind_of(self, party_id: int | None) -> OrganizationKind | None:
        return next((p.kind for p in self._parties if p.id == party_id), None)

    def name_of(self, party_id: int | None) -> str:
        return next((p.name for p in self._parties if p.id == party_id), "")


class ContactCombo(QComboBox):
    """A contact picker: the contacts of one organization (or all), with a "none" entry."""

    def __init__(self, none_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_label = none_label
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_contacts(self, contacts: Sequence[ContactChoice], *, with_organization: bool = False) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._none_label, None)
        for c in contacts:
            if not c.active and c.id != current:
                continue
            label = c.label if with_organization else c.name
            if c.job_title and not with_organization:
                label += f", {c.job_title}"
            self.addItem(label, c.id)
        index = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def value(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def set_value(self, value: int | None) -> None:
        index = self.findData(value) if value is not None else 0
        if index < 0:
            self.addItem(tr("(no longer available)"), value)
            index = self.count() - 1
        self.setCurrentIndex(index)
