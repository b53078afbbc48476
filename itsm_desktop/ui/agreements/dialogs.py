"""The agreement lifecycle's dialogs: activation with signatories, termination, duplicate.

They are opened only through the ``AgreementDialogs`` classmethods (``ask_activation``,
``ask_termination``, ``ask_duplicate_agreement``), which tests replace.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from itsm_desktop.domain.enums import OrganizationKind, Side
from itsm_desktop.domain.forms import SignatureRow

from ..common.context import AppContext
from ..common.local_formats import show_date
from ..common.lookup import LookupField
from ..common.theme import set_tone
from ..common.widgets import heading, muted
from .common import DateField, PartyLookup, people_lookup, tr


@dataclass(frozen=True)
class Activation:
    """What the user entered to activate an agreement."""

    signed_on: date
    signatures: list[SignatureRow]


@dataclass(frozen=True)
class DuplicateRequest:
    """For whom and under which title to copy an agreement; no customer keeps the original ones."""

    customer_id: int | None
    representative_id: int | None
    title: str


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("dialog_error")
    set_tone(label, "error")
    label.setWordWrap(True)
    label.hide()
    return label


class ActivationDialog(QDialog):
    """The date the agreement was signed and, for every party, who signed it."""

    def __init__(self, parent: QWidget | None, *, title: str, parties: Sequence[SignatureRow],
                 names: Mapping[int, str], valid_from: date | None, valid_to: date | None,
                 supersedes: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activation_dialog")
        self.setWindowTitle(tr("Activate agreement"))
        self._valid_to = valid_to
        self._parties = [replace(p) for p in parties]
        intro = tr("Record when the agreement was signed and who signed it for each party. It then comes "
                   "into force and can no longer be edited.")
        if supersedes is not None:
            intro += " " + tr("Revision {revision} is superseded by this one.").format(revision=supersedes)
        self.signed_on = DateField(self)
        self.signed_on.setObjectName("signed_on")
        self.signed_on.set_value(min(date.today(), valid_to) if valid_to else date.today())
        form = QFormLayout()
        form.addRow(tr("Signed on"), self.signed_on)
        if valid_from or valid_to:
            form.addRow(tr("Validity"), QLabel(tr("{start} to {end}").format(
                start=show_date(valid_from) if valid_from else "…",
                end=show_date(valid_to) if valid_to else tr("further notice"))))
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        for column, text in enumerate((tr("Party"), tr("Signed by"), tr("Title"), tr("Place"))):
            caption = QLabel(text, self)
            caption.setStyleSheet("font-weight: bold;")
            grid.addWidget(caption, 0, column)
        self.names: list[QLineEdit] = []
        self.titles: list[QLineEdit] = []
        self.places: list[QLineEdit] = []
        for row, party in enumerate(self._parties, start=1):
            side = tr("Provider") if party.side == Side.PROVIDER else tr("Customer")
            org = names.get(party.organization_id or -1, "")
            label = QLabel(f"{org}\n{side}" if org else side, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            name = QLineEdit(party.signatory_name, self)
            name.setObjectName(f"signatory_name_{row - 1}")
            name.setPlaceholderText(tr("Full name"))
            name.setMaxLength(200)
            title_edit = QLineEdit(party.signatory_title, self)
            title_edit.setObjectName(f"signatory_title_{row - 1}")
            title_edit.setPlaceholderText(tr("Job title"))
            title_edit.setMaxLength(200)
            grid.addWidget(label, row, 0)
            grid.addWidget(name, row, 1)
            place = QLineEdit(party.place, self)
            place.setObjectName(f"signatory_place_{row - 1}")
            place.setPlaceholderText(tr("Town or city"))
            place.setMaxLength(200)
            grid.addWidget(title_edit, row, 2)
            grid.addWidget(place, row, 3)
            self.names.append(name)
            self.titles.append(title_edit)
            self.places.append(place)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.error = _error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(tr("Activate"), QDialogButtonBox.ButtonRole.AcceptRole).setObjectName("accept")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, size_delta=2))
        layout.addWidget(muted(intro))
        layout.addLayout(form)
        layout.addWidget(heading(tr("Signatories"), size_delta=0))
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())

    def problems(self) -> list[str]:
        out = []
        signed = self.signed_on.value()
        if signed is None:
            out.append(tr("Enter the date the agreement was signed, as YYYY-MM-DD."))
        elif self._valid_to is not None and signed > self._valid_to:
            out.append(tr("The signing date is after the end of the validity."))
        if any(not name.text().strip() for name in self.names):
            out.append(tr("Enter the name of the person who signed for every party."))
        return out

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.error.setText("\n".join(problems))
            self.error.show()
            return
        super().accept()

    def result_value(self) -> Activation:
        signed = self.signed_on.value() or date.today()
        rows = [replace(p, signatory_name=n.text().strip(), signatory_title=t.text().strip(),
                        place=w.text().strip(), signed_on=signed)
                for p, n, t, w in zip(self._parties, self.names, self.titles, self.places, strict=True)]
        return Activation(signed_on=signed, signatures=rows)

    @classmethod
    def ask(cls, parent: QWidget | None, **details: Any) -> Activation | None:
        dialog = cls(parent, **details)
        return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class TerminationDialog(QDialog):
    """Confirm ending an agreement early, with an optional reason for the history."""

    def __init__(self, parent: QWidget | None, *, title: str) -> None:
        super().__init__(parent)
        self.setObjectName("termination_dialog")
        self.setWindowTitle(tr("Terminate agreement"))
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(tr("For example: the service was replaced by a new contract."))
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(tr("Terminate"), QDialogButtonBox.ButtonRole.AcceptRole).setObjectName("accept")
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, size_delta=2))
        layout.addWidget(muted(tr("A terminated agreement ends now, before its end date. It stays in the record, "
                                  "read-only, and cannot be reactivated.")))
        layout.addWidget(QLabel(tr("Reason (recorded in the history)"), self))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    @classmethod
    def ask(cls, parent: QWidget | None, *, title: str) -> str | None:
        dialog = cls(parent, title=title)
        return dialog.reason.toPlainText().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None


class DuplicateDialog(QDialog):
    """Copy an agreement as a new draft: for which customer, with which title."""

    def __init__(self, parent: QWidget | None, *, ctx: AppContext, source: str, title: str) -> None:
        super().__init__(parent)
        self.setObjectName("duplicate_dialog")
        self.setWindowTitle(tr("Duplicate agreement"))
        customers = PartyLookup(ctx, (OrganizationKind.CUSTOMER, OrganizationKind.INTERNAL))
        self.customer = LookupField(customers, tr("The same customers as {source}").format(source=source), self)
        self.customer.setObjectName("customer")
        self.customer.changed.connect(self._customer_changed)
        self.representative = LookupField(people_lookup(ctx), tr("No representative"), self)
        self.representative.setObjectName("representative")
        self.title = QLineEdit(title, self)
        self.title.setObjectName("title")
        self.title.setMaxLength(300)
        form = QFormLayout()
        form.addRow(tr("Customer"), self.customer)
        form.addRow(tr("Representative"), self.representative)
        form.addRow(tr("Title"), self.title)
        self.error = _error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(tr("Duplicate"), QDialogButtonBox.ButtonRole.AcceptRole).setObjectName("accept")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Duplicate {source}").format(source=source), size_delta=2))
        layout.addWidget(muted(tr("The copy is a new draft with a new reference. Services, targets, "
                                  "responsibilities, texts and contacts are copied; the dates and signatures "
                                  "are not.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._customer_changed()
        self.resize(560, self.sizeHint().height())

    def _customer_changed(self) -> None:
        org = self.customer.value()
        self.representative.lookup.filters["organization_id"] = org  # None: no representative to choose
        self.representative.reset()
        self.representative.setEnabled(org is not None)

    def accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText(tr("Enter a title for the copy."))
            self.error.show()
            return
        super().accept()

    def result_value(self) -> DuplicateRequest:
        return DuplicateRequest(customer_id=self.customer.value(), representative_id=self.representative.value(),
                                title=self.title.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, **details: Any) -> DuplicateRequest | None:
        dialog = cls(parent, **details)
        return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class AgreementDialogs:
    """The blocking dialogs of the agreement lifecycle, behind classmethods tests replace."""

    @classmethod
    def ask_activation(cls, parent: QWidget | None, **details: Any) -> Activation | None:
        """Activate an agreement: an ``Activation`` (date, signatories) or None when cancelled."""
        return ActivationDialog.ask(parent, **details)

    @classmethod
    def ask_termination(cls, parent: QWidget | None, *, title: str) -> str | None:
        """Confirm terminating an agreement: the reason given ("" for none), or None when cancelled."""
        return TerminationDialog.ask(parent, title=title)

    @classmethod
    def ask_duplicate_agreement(cls, parent: QWidget | None, **details: Any) -> DuplicateRequest | None:
        """Duplicate an agreement: a ``DuplicateRequest`` (customer, title) or None when cancelled."""
        return DuplicateDialog.ask(parent, **details)
