"""The Clauses tab: the standard clauses from the library that the agreement carries, each in
the version it carries; ticking one adds its newest version, and a carried clause moves to a
newer version only when asked. Each change is saved at once, as one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from itsm_desktop.domain.enums import AgreementStatus
from itsm_desktop.domain.errors import ValidationError
from itsm_desktop.domain.languages import DocumentLanguage
from itsm_desktop.services import clauses

from ..common.commands import CallCommand
from ..common.context import AppContext
from ..common.editor import FieldErrors
from ..common.fields import FormSection, page_layout
from ..common.operations import Refusal
from ..common.translate import label_of
from ..common.widgets import muted
from .clause_library import ClauseLibraryDialog
from .common import tr

EDITABLE = (AgreementStatus.DRAFT, AgreementStatus.IN_REVIEW)


class ClausesTab(QWidget):
    """Which clauses of the library the agreement carries, and in which version."""

    def __init__(self, ctx: AppContext, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.errors = ctx, errors
        self.agreement_id: int | None = None
        self.version = 0
        self.reference = ""
        self.status: AgreementStatus | None = None
        self.carried: dict[int, clauses.VersionSummary] = {}  # clause id → the version carried
        section = FormSection(errors, tr("Standard clauses"))
        about = muted(tr("Texts from the team's clause library that print as the agreement's standard "
                         "terms, each with the version it carries. A new agreement starts with its kind's "
                         "defaults."), self)
        about.setWordWrap(True)
        section.outer.insertWidget(1, about)
        self.note = muted("", self)
        self.note.setObjectName("clauses_note")
        self.note.setWordWrap(True)
        section.add_full("clauses_note", self.note)
        self.untranslated = QLabel(self)
        self.untranslated.setObjectName("untranslated_clauses")
        self.untranslated.setWordWrap(True)
        self.untranslated.setVisible(False)
        section.add_full("untranslated_clauses", self.untranslated)
        self.list = QListWidget(self)
        self.list.setMinimumHeight(220)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemChanged.connect(self._ticked)
        section.add_full("clauses", self.list)
        self.update_button = QPushButton(tr("Use Newest Versions"), self)
        self.update_button.setObjectName("newest_clauses")
        self.update_button.clicked.connect(self.use_newest)
        self.library_button = QPushButton(tr("Clause Library…"), self)
        self.library_button.setObjectName("open_clause_library")
        self.library_button.clicked.connect(self.open_library)
        buttons = QHBoxLayout()
        buttons.addWidget(self.update_button)
        buttons.addStretch(1)
        buttons.addWidget(self.library_button)
        section.outer.addLayout(buttons)
        self.setLayout(page_layout(section))

    # --- showing ----------------------------------------------------------------------------

    def show_agreement(self, agreement_id: int | None, version: int, status: AgreementStatus | None,
                       reference: str = "") -> None:
        """Show the clauses of a stored agreement (none for a new one)."""
        self.agreement_id, self.version, self.reference, self.status = agreement_id, version, reference, status
        editable = agreement_id is not None and status in EDITABLE
        self.carried = {v.clause_id: v for v in clauses.agreement_clauses(self.ctx.db, agreement_id)} \
            if agreement_id is not None else {}
        self.list.blockSignals(True)
        self.list.clear()
        for summary in clauses.list_clauses(self.ctx.db) if agreement_id is not None else []:
            carried = self.carried.get(summary.id)
            text = tr("{topic}: {title}").format(topic=label_of(summary.topic), title=summary.title)
            if carried is None:
                text += tr(" · not carried (newest: version {n})").format(n=summary.latest)
            elif carried.number < summary.latest:
                text += tr(" · version {n} (version {latest} is newer)").format(n=carried.number,
                                                                                 latest=summary.latest)
            else:
                text += tr(" · version {n}").format(n=carried.number)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            flags = Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.ItemIsUserCheckable if editable else Qt.ItemFlag.NoItemFlags)
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if carried else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        outdated = any(v.number < v.latest for v in self.carried.values())
        self.update_button.setEnabled(editable and outdated)
        if agreement_id is None:
            self.note.setText(tr("Save the agreement first: it then carries its kind's default clauses."))
        elif not editable:
            self.note.setText(tr("This agreement is no longer a draft: it keeps the clauses it was signed with."))
        elif not self.list.count():
            self.note.setText(tr("The clause library is empty: add clauses with Clause Library…"))
        else:
            self.note.setText(tr("Tick a clause to add its newest version; untick it to leave it out."))
        self._show_untranslated()

    def _show_untranslated(self) -> None:
        """Name the carried clauses that have no text in the agreement's language: they would
        print in English."""
        missing = clauses.untranslated_clauses(self.ctx.db, self.agreement_id) \
            if self.agreement_id is not None else []
        if missing:
            language = DocumentLanguage.parse(clauses.agreement_language(self.ctx.db, self.agreement_id or 0))
            self.untranslated.setText(tr("⚠ Not yet translated into {language}, so printed in English: "
                                         "{clauses}. Add their {language} text in the clause library.").format(
                language=language.label, clauses=", ".join(f"“{name}”" for name in missing)))
        self.untranslated.setVisible(bool(missing))

    # --- changing ---------------------------------------------------------------------------

    def _ticked(self, item: QListWidgetItem) -> None:
        clause_id = int(item.data(Qt.ItemDataRole.UserRole))
        chosen = {cid: v.id for cid, v in self.carried.items()}
        if item.checkState() == Qt.CheckState.Checked:
            newest = clauses.clause_history(self.ctx.db, clause_id)[0]
            chosen[clause_id] = newest.id
        else:
            chosen.pop(clause_id, None)
        self.choose(self._in_order(chosen))

    def use_newest(self) -> None:
        """Move every carried clause to its newest version."""
        chosen = {cid: clauses.clause_history(self.ctx.db, cid)[0].id for cid in self.carried}
        self.choose(self._in_order(chosen))

    def _in_order(self, chosen: dict[int, int]) -> list[int]:
        """The chosen versions in the library's order (as the list shows them)."""
        order = [int(self.list.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.list.count())]
        return [chosen[cid] for cid in order if cid in chosen]

    def choose(self, version_ids: list[int]) -> bool:
        """Carry these clause versions; one undo step. A refusal shows under the list."""
        agreement_id, version, ctx = self.agreement_id, self.version, self.ctx
        if agreement_id is None:
            return False
        before, reference = [v.id for v in self.carried.values()], self.reference

        def apply(ids: list[int]) -> object:
            return clauses.set_agreement_clauses(ctx.db, agreement_id=agreement_id, version=version,
                                                 clause_version_ids=ids)

        done = ctx.operations.perform(
            lambda: apply(version_ids), Refusal(self, tr("Clauses not changed"), editor=self),
            undo=lambda _agreement: CallCommand(
                ctx, lambda: tr("Change clauses of agreement {reference}").format(reference=reference),
                lambda: apply(version_ids), lambda: apply(before)))
        self.show_agreement(agreement_id, version, self.status, self.reference)  # as saved, or as it was
        return done is not None

    def show_errors(self, error: ValidationError) -> None:
        self.errors.show(error)

    def open_library(self) -> None:
        """Show the clause library beside the editor."""
        window = self.window()  # one library window, however it was opened
        library = window.findChild(ClauseLibraryDialog) or ClauseLibraryDialog(self.ctx, window)
        library.reload()
        library.show()
        library.raise_()
