"""Small pieces the agreement editor's tabs share: dates, party and contact lookups, buttons."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from itsm_desktop.domain.enums import AgreementStatus, OrganizationKind
from itsm_desktop.services.listing import CONTACTS, ORGANIZATIONS

from ..common.context import AppContext
from ..common.icons import icon
from ..common.local_formats import parse_date, show_date
from ..common.lookup import Lookup
from ..common.translate import tr

STATUS_COLOURS = {
    AgreementStatus.DRAFT: ("#5f6368", "#eceff1"),
    AgreementStatus.IN_REVIEW: ("#8a5a00", "#fff3d6"),
    AgreementStatus.ACTIVE: ("#1e6b34", "#e3f4e6"),
    AgreementStatus.EXPIRED: ("#7a3b00", "#fbe7d9"),
    AgreementStatus.TERMINATED: ("#8c1d18", "#fbe1df"),
    AgreementStatus.SUPERSEDED: ("#4a4a8a", "#e8e8f6"),
}


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
        return parse_date(self.text())

    def value(self) -> date | None:
        return self._parse() if self.text() else None

    def set_value(self, value: date | None) -> None:
        self.edit.setText(show_date(value))

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.edit.setClearButtonEnabled(not read_only)
        self.pick.setVisible(not read_only)


class PartyLookup(Lookup):
    """Organizations for an agreement's party fields: the kinds that fit the agreement first.

    Only active organizations are offered unless ``active_only`` is False (a filter of the list).
    """

    def __init__(self, ctx: AppContext, kinds: Iterable[OrganizationKind] = tuple(OrganizationKind), *,
                 active_only: bool = True) -> None:
        super().__init__(ctx, ORGANIZATIONS, ("name",), {"active": True} if active_only else None)
        self.kinds = tuple(kinds)

    def ids(self, text: str, limit: int) -> list[int]:
        found: list[int] = []
        for kind in self.kinds:
            if len(found) >= limit:
                break
            found += self.listing.ids(self.ctx.db, search=text, sort=self.sort,
                                      filters={**self.filters, "kind": kind}, limit=limit - len(found))
        return found


def people_lookup(ctx: AppContext, organization_id: int | None = None) -> Lookup:
    """Active contacts named with their job title, of one organization (or of any)."""
    filters: dict[str, object] = {"active": True}
    if organization_id is not None:
        filters["organization_id"] = organization_id
    return Lookup(ctx, CONTACTS, ("name", "job_title"), filters)


def known_label(labels: Mapping[int, str], record_id: int | None) -> str | None:
    """The label of ``record_id`` read beforehand; "(no longer available)" if it was not found."""
    if record_id is None:
        return None
    return labels.get(record_id, tr("(no longer available)"))
