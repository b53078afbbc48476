"""The letterhead dialog: legal name, address, registration details, colours, paper size and
logo of an organization, as its documents print them. Saved as one undoable step."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap, QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from itsm_desktop.domain.errors import ValidationError
from itsm_desktop.domain.letterhead import PAPER_SIZES, LetterheadForm, LogoImage
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services import letterheads
from itsm_desktop.services.letterheads import LoadedLetterhead

from ..common.commands import named
from ..common.context import AppContext
from ..common.editor import FieldErrors
from ..common.fields import ChoiceCombo, FormSection, TextArea, line_edit
from ..common.messages import say
from ..common.operations import Refusal
from ..common.translate import tr
from ..common.widgets import SPACING, muted
from .logos import LogoRefused, read_logo

LOGO_FILTER = translatable("Logos (*.svg *.png);;All files (*)")
PREVIEW_HEIGHT = 64


class LetterheadDialogs:
    """The blocking parts of editing a letterhead; tests replace these classmethods."""

    @classmethod
    def choose_logo(cls, parent: QWidget | None) -> Path | None:
        """Ask for a logo file; None when cancelled."""
        name, _ = QFileDialog.getOpenFileName(parent, parent.tr("Choose a Logo") if parent else "",
                                              "", tr(LOGO_FILTER))
        return Path(name) if name else None

    @classmethod
    def edit(cls, ctx: AppContext, parent: QWidget | None, organization_id: int) -> bool:
        """Open the letterhead dialog of an organization; True when a change was saved."""
        dialog = LetterheadDialog(ctx, organization_id, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted


class LetterheadDialog(QDialog):
    """Edit an organization's letterhead; Save applies it as one undo step."""

    def __init__(self, ctx: AppContext, organization_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterhead_dialog")
        self.ctx = ctx
        from itsm_desktop.services.printing import default_page_size

        self.loaded = letterheads.letterhead_form(ctx.db, organization_id, paper_size=default_page_size())
        self.setWindowTitle(self.tr("Letterhead of {name}").format(name=self.loaded.organization_name))
        self.errors = FieldErrors()
        self.errors.general = self.errors.label_for("", self)
        section = FormSection(self.errors, note=self.tr(
            "Printed at the head and foot of every page and on the cover of the documents this "
            "organization provides: its agreements and the service catalog."))
        self.legal_name = section.add("legal_name", self.tr("Legal name"), line_edit(200),
                                      hint=self.tr("The registered name, e.g. Northwind Logistics Ltd"))
        self.address = section.add("address", self.tr("Address"), TextArea(3))
        self.registration = section.add("registration", self.tr("Registration"), TextArea(2),
                                        hint=self.tr("Company number, VAT or tax number, registered office"))
        self.logo_field = section.add("logo", self.tr("Logo"), self._logo_row())
        self.primary_colour = section.add("primary_colour", self.tr("Main colour"), self._colour_row(),
                                          hint=self.tr("Of the name in the page headers and on the cover"))
        self.accent_colour = section.add("accent_colour", self.tr("Accent colour"), self._colour_row(),
                                         hint=self.tr("Of the rule under the cover's letterhead"))
        self.paper_size = section.add("paper_size", self.tr("Paper size"), ChoiceCombo())
        self.paper_size.set_choices([(name, name) for name in PAPER_SIZES])  # "A4", "Letter": names in every language
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("buttons")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addWidget(section)
        layout.addWidget(buttons)
        self.logo: LogoImage | None = None
        self.apply_form(self.loaded.form)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    # --- building ---------------------------------------------------------------------------

    def _logo_row(self) -> QWidget:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(SPACING)
        self.logo_preview = QLabel(row)
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setMinimumHeight(PREVIEW_HEIGHT)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.logo_caption = muted("", row)
        self.choose_button = QPushButton(self.tr("Choose…"), row)
        self.choose_button.setObjectName("choose_logo")
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button = QPushButton(self.tr("Remove"), row)
        self.remove_button.setObjectName("remove_logo")
        self.remove_button.clicked.connect(lambda: self.set_logo(None))
        texts = QVBoxLayout()
        texts.addWidget(self.logo_caption)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        texts.addLayout(buttons)
        box.addWidget(self.logo_preview)
        box.addLayout(texts, 1)
        return row

    def _colour_row(self) -> QLineEdit:
        edit = line_edit(7, self.tr("Standard, or a colour like #1F3A5F"))
        edit.textChanged.connect(lambda text, e=edit: self._show_swatch(e, text))
        return edit

    def _show_swatch(self, edit: QWidget, text: str) -> None:
        colour = QColor(text) if len(text) == 7 else QColor()
        edit.setStyleSheet(f"border-right: 14px solid {colour.name()};" if colour.isValid() else "")

    # --- the form ---------------------------------------------------------------------------

    def apply_form(self, form: LetterheadForm) -> None:
        self.legal_name.setText(form.legal_name)
        self.address.setText(form.address)
        self.registration.setText(form.registration)
        self.primary_colour.setText(form.primary_colour)
        self.accent_colour.setText(form.accent_colour)
        self.paper_size.set_value(form.paper_size)
        self.set_logo(form.logo)

    def form(self) -> LetterheadForm:
        return LetterheadForm(
            legal_name=self.legal_name.text(), address=self.address.text(),
            registration=self.registration.text(),
            primary_colour=self.primary_colour.text(),
            accent_colour=self.accent_colour.text(),
            paper_size=self.paper_size.value() or "A4", logo=self.logo)

    def set_logo(self, logo: LogoImage | None) -> None:
        self.logo = logo
        pixmap = QPixmap()
        if logo is not None:
            pixmap.loadFromData(logo.printable)
        if pixmap.isNull():
            self.logo_preview.clear()
            self.logo_preview.setText(self.tr("No logo"))
        else:
            self.logo_preview.setPixmap(pixmap.scaledToHeight(
                PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation))
        self.logo_caption.setText(say(logo.describe()) if logo is not None else
                                  self.tr("An SVG or PNG file, at most 1 MB."))
        self.remove_button.setEnabled(logo is not None)

    def choose_logo(self) -> None:
        """Ask for a file and take it as the logo; a file that cannot be one changes nothing."""
        path = LetterheadDialogs.choose_logo(self)
        if path is not None:
            self.take_logo_file(path)

    def take_logo_file(self, path: Path) -> bool:
        """Read ``path`` as the logo; on refusal, say why under the field and keep the logo."""
        try:
            logo = read_logo(path)
        except LogoRefused as refused:
            self.show_errors(ValidationError({"logo": refused.args[0] if refused.args else str(refused)}))
            return False
        self.errors.clear()
        self.set_logo(logo)
        return True

    def show_errors(self, error: ValidationError) -> None:
        self.errors.show(error)

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        """Save as one undo step and close; refused, the messages show beside the fields."""
        form, loaded, ctx = self.form(), self.loaded, self.ctx
        if form == loaded.form and loaded.version is not None:
            self.accept()
            return
        done = ctx.operations.perform(
            lambda: letterheads.save_letterhead(ctx.db, organization_id=loaded.organization_id,
                                                version=loaded.version, form=form),
            Refusal(self, self.tr("Letterhead not saved"), editor=self),
            undo=lambda saved: LetterheadCommand(ctx, loaded, saved))
        if done is not None:
            self.accept()


class LetterheadCommand(QUndoCommand):
    """Undo restores the letterhead as it was (none at all, if it had none); redo saves again."""

    def __init__(self, ctx: AppContext, before: LoadedLetterhead, after: LoadedLetterhead) -> None:
        super().__init__()
        name = after.organization_name
        named(self, lambda: tr("Edit letterhead of organization ‘{name}’").format(name=name))
        self.ctx, self.before, self.after = ctx, before, after
        self.version = after.version
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.ctx.operations.replay(self, lambda: self._save(self.after.form))

    def undo(self) -> None:
        if self.before.version is None:
            self.ctx.operations.replay(self, self._remove)
        else:
            self.ctx.operations.replay(self, lambda: self._save(self.before.form))

    def _save(self, form: LetterheadForm) -> None:
        saved = letterheads.save_letterhead(self.ctx.db, organization_id=self.after.organization_id,
                                            version=self.version, form=replace(form))
        self.version = saved.version

    def _remove(self) -> None:
        assert self.version is not None
        letterheads.remove_letterhead(self.ctx.db, organization_id=self.after.organization_id,
                                      version=self.version)
        self.version = None
