"""The service families of the catalog, kept in a small dialog opened from the service editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from itsm_desktop.domain.errors import ValidationError
from itsm_desktop.domain.forms import FamilyForm
from itsm_desktop.domain.models import ServiceFamily
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services import catalog

from ..common.commands import DeleteCommand, RecordOps, SaveCommand, quoted
from ..common.context import AppContext
from ..common.dialogs import Dialogs
from ..common.editor import FieldErrors
from ..common.fields import FormSection, RangeSpinBox, TextArea, field_problems, line_edit
from ..common.icons import icon
from ..common.operations import Refusal
from ..common.widgets import SPACING, muted

FAMILY_OPS = RecordOps("family", "family_id", catalog.create_family, catalog.update_family,
                       catalog.delete_family, lambda family: quoted(translatable("service family"), family.name))


class FamiliesDialog(QDialog):
    """Add, rename, order and delete the families that group the catalog's services."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("families_dialog")
        self.setWindowTitle(self.tr("Service Families"))
        self._families: list[ServiceFamily] = []
        self.errors = FieldErrors()
        self.list = QListWidget(self)
        self.list.setObjectName("families")
        self.list.currentRowChanged.connect(self._show)
        form = FormSection(self.errors)
        self.errors.general = self.errors.label_for("", self)
        self.name = form.add("name", self.tr("Name"), line_edit(200))
        self.description = form.add("description", self.tr("Description"), TextArea(4))
        self.position = form.add("position", self.tr("Order"), RangeSpinBox(),
                                 hint=self.tr("Families are listed by this number, then by name."))
        self.position.setRange(0, 9999)
        self.new_button = QPushButton(icon("new"), self.tr("New Family"), self)
        self.new_button.setObjectName("new_family")
        self.new_button.clicked.connect(self.new_family)
        self.save_button = QPushButton(icon("save"), self.tr("Save"), self)
        self.save_button.setObjectName("save_family")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete"), self)
        self.delete_button.setObjectName("delete_family")
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(muted(self.tr("Families group the services of the catalog, e.g. "
                                      "“Workplace & devices”.")))
        right.addWidget(self.errors.general)
        right.addWidget(form)
        right.addStretch(1)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.setSpacing(SPACING * 2)
        body.addWidget(self.list, 2)
        body.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.resize(720, 420)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Read the families again and select ``select_id`` (or the first one)."""
        self._families = catalog.list_families(self.ctx.db)
        self.list.blockSignals(True)
        self.list.clear()
        for family in self._families:
            item = QListWidgetItem(family.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, family.id)
        self.list.blockSignals(False)
        ids = [f.id for f in self._families]
        row = ids.index(select_id) if select_id in ids else (0 if ids else -1)
        self.list.setCurrentRow(row)
        self._show(row)

    def current(self) -> ServiceFamily | None:
        row = self.list.currentRow()
        return self._families[row] if 0 <= row < len(self._families) else None

    def _show(self, _row: int = -1) -> None:
        family = self.current()
        form = catalog.family_form(family) if family is not None else FamilyForm(
            position=max((f.position for f in self._families), default=0) + 1)
        self.errors.clear()
        self.name.setText(form.name)
        self.description.setText(form.description)
        self.position.setValue(form.position)
        self.delete_button.setEnabled(family is not None)

    def new_family(self) -> None:
        self.list.setCurrentRow(-1)
        self._show()
        self.name.setFocus()

    def form(self) -> FamilyForm:
        return FamilyForm(name=self.name.text(), description=self.description.text(),
                          position=self.position.value())

    def save(self) -> bool:
        problems = field_problems(self)
        if problems:  # what was typed is shown as typed, and nothing is saved
            self.show_errors(ValidationError(problems))
            return False
        family = self.current()
        saved = SaveCommand.apply(
            self.ctx, FAMILY_OPS, record_id=family.id if family else None,
            version=family.version if family else None,
            old_form=catalog.family_form(family) if family else None, new_form=self.form(),
            refusal=Refusal(self, self.tr("Not saved"), editor=self, on_reload=self.reload))
        if saved is None:
            return False
        self.reload(saved.id)
        return True

    def show_errors(self, error: ValidationError) -> None:
        """Show what the services refused beside the fields."""
        self.errors.show(error)

    def delete(self) -> None:
        family = self.current()
        if family is None:
            return
        if not Dialogs.confirm(self, self.tr("Delete Family"),
                               self.tr("Delete the family “{name}”? Its services stay in the "
                                       "catalog without a family.").format(name=family.name),
                               accept=self.tr("Delete"), destructive=True):
            return
        if DeleteCommand.apply(self.ctx, FAMILY_OPS, record=family, form=catalog.family_form(family),
                               refusal=Refusal(self, self.tr("Not deleted"), on_reload=self.reload)):
            self.reload()


def edit_families(ctx: AppContext, parent: QWidget | None = None) -> Any:
    """Open the families dialog (modal, through ``Dialogs``)."""
    return Dialogs.run_dialog(parent, FamiliesDialog(ctx, parent))
