"""The choice of a service level report to print: which agreement, which month, and the
language it prints in (the agreement's own until another is chosen)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget

from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.domain.measurement.periods import Period
from itsm_desktop.services import clauses
from itsm_desktop.services.service_levels.board import Choice

from ..common.language_field import language_combo


@dataclass(frozen=True)
class ReportChoice:
    """What the user chose to print."""

    agreement_id: int
    period: str  # 2026-11
    language: str  # a DocumentLanguage value


class ReportDialog(QDialog):
    """Agreement, month and language of the service level report to print."""

    def __init__(self, db: object, agreements: list[Choice], month: Period, chosen: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("levels_report_dialog")
        self.setWindowTitle(self.tr("Service level report"))
        self._db = db
        self.agreement = QComboBox(self)
        self.agreement.setObjectName("report_agreement")
        for choice in agreements:
            self.agreement.addItem(choice.label, choice.id)
        self.agreement.setCurrentIndex(max(0, self.agreement.findData(chosen)))
        self.month = QDateEdit(QDate(month.year, month.index, 1), self)
        self.month.setObjectName("report_month")
        self.month.setDisplayFormat("yyyy-MM")
        self.language = language_combo(parent=self)
        self.language.setToolTip(self.tr("The language the report prints in: the agreement's own unless you "
                                         "choose another"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Preview"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Agreement:"), self.agreement)
        form.addRow(self.tr("&Month:"), self.month)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(buttons)
        self.agreement.currentIndexChanged.connect(self._agreement_chosen)
        self._agreement_chosen()

    def _agreement_chosen(self, *_args: object) -> None:
        """Offer the agreement's own language first."""
        agreement_id = self.agreement.currentData()
        if agreement_id is None:
            return
        try:
            self.language.set_value(clauses.agreement_language(self._db, agreement_id))  # type: ignore[arg-type]
        except ItsmError:
            return  # gone meanwhile: the printing says so

    def choice(self) -> ReportChoice | None:
        agreement_id = self.agreement.currentData()
        if agreement_id is None:
            return None
        date = self.month.date()
        return ReportChoice(int(agreement_id), f"{date.year():04d}-{date.month():02d}", str(self.language.value()))

    @classmethod
    def ask(cls, db: object, agreements: list[Choice], month: Period, chosen: int | None,
            parent: QWidget | None) -> ReportChoice | None:
        """The report chosen, or None when cancelled (a blocking dialog: tests replace this)."""
        dialog = cls(db, agreements, month, chosen, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
