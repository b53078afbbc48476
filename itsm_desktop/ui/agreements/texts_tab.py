"""The Texts tab: the agreement's eight sections, some pre-filled from the catalog."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from itsm_desktop.domain.definitions import catalog_sections
from itsm_desktop.domain.enums import AgreementKind
from itsm_desktop.domain.forms import AGREEMENT_TEXT_FIELDS, AgreementForm
from itsm_desktop.domain.rules import SectionState, text_section_state
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services.agreement_drafting import (
    ContactChoice,
    ServiceFacts,
    charges_text,
    escalation_text,
    hours_text,
    service_facts,
    support_text,
)

from ..common.context import AppContext
from ..common.dialogs import Dialogs
from ..common.editor import FieldErrors
from ..common.widgets import hbox, heading, muted
from .common import tool_button, tr

SECTIONS: dict[str, tuple[str, str]] = {
    "scope": (translatable("Scope"), translatable("What the agreement covers and what it does not: the services, locations and users.")),
    "hours_text": (translatable("Service hours and exceptions"),
                   translatable("When the services are available, and maintenance windows, holidays and other exceptions.")),
    "support_text": (translatable("Support"), translatable("How to get help: contact points, support hours, incident handling, requests.")),
    "limitations": (translatable("Limitations and constraints"), translatable("Conditions under which the targets do not apply.")),
    "reporting": (translatable("Reporting and communication"), translatable("What is reported to whom, how often, and review meetings.")),
    "escalation": (translatable("Escalation"), translatable("Whom to contact, in which order, when a target is missed.")),
    "security": (translatable("Security and data protection"),
                 translatable("Information security and data protection commitments of both sides.")),
    "charges": (translatable("Charges"), translatable("What the customer pays for the services, and how it is invoiced.")),
}
PREFILL: dict[str, Callable[[Sequence[ServiceFacts]], str]] = {
    "hours_text": hours_text,
    "support_text": support_text,
    "charges": charges_text,
}
PREFILL_SOURCE = {
    "hours_text": translatable("the covered services' hours in the catalog"),
    "support_text": translatable("the covered services' support channels and hours"),
    "charges": translatable("the covered services' cost models"),
}


class TextsTab(QWidget):
    """A list of sections on the left, the selected section's text on the right."""

    changed = Signal()

    def __init__(self, ctx: AppContext, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loading = False
        self._read_only = False
        self._service_ids: list[int] = []
        self._auto: dict[str, str] = {}
        self._escalation: list[tuple[int, ContactChoice]] = []
        self.nav = QListWidget(self)
        self.nav.setObjectName("text_sections")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.nav.setStyleSheet("QListWidget::item { padding: 5px 6px; }")
        self.stack = QStackedWidget(self)
        self.edits: dict[str, QPlainTextEdit] = {}
        self.not_applicable: dict[str, QCheckBox] = {}
        self.fill_buttons: dict[str, QWidget] = {}
        self._note_for: dict[str, QWidget] = {}
        self._kind = AgreementKind.SLA
        self.prefill_notes: list[QWidget] = []
        for key in AGREEMENT_TEXT_FIELDS:
            title, hint = SECTIONS[key]
            self.nav.addItem(QListWidgetItem(tr(title)))
            self.stack.addWidget(self._page(key, tr(title), tr(hint), errors))
        for key in AGREEMENT_TEXT_FIELDS:
            self._mark_empty(key)  # the widest label: a title with its state
        width = max(self.nav.sizeHintForColumn(0), 150) + 2 * self.nav.frameWidth() + 16
        self.nav.setWordWrap(True)  # a long title wraps: the tab fits a small window's detail pane
        self.nav.setFixedWidth(min(width, 200))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 8, 8)
        layout.setSpacing(12)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)

    def _page(self, key: str, title: str, hint: str, errors: FieldErrors) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        title_label = heading(title, size_delta=1)
        title_label.setWordWrap(True)  # long section names (French, German) wrap, not widen the editor
        box.addWidget(title_label)
        box.addWidget(muted(hint))
        box.addWidget(self._not_applicable_box(key, page))
        edit = QPlainTextEdit(page)
        edit.setObjectName(key)
        edit.setAccessibleName(title)
        edit.setAccessibleDescription(hint)
        edit.setTabChangesFocus(True)
        edit.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 8)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        edit.textChanged.connect(lambda k=key: self._edited(k))
        self.edits[key] = edit
        box.addWidget(edit, 1)
        box.addWidget(errors.label_for(key, page))
        if key in PREFILL:
            button = tool_button(f"fill_{key}", tr("Fill from the services"), "refresh",
                                 tip=tr("Write this text from {source}").format(source=tr(PREFILL_SOURCE[key])),
                                 on_click=partial(self.fill_from_services, key))
            self.fill_buttons[key] = button
            note = muted(tr("Filled in automatically from {source} while you have not changed it.")
                         .format(source=tr(PREFILL_SOURCE[key])))
            box.addLayout(hbox(button, None))
            box.addWidget(note)
            self.prefill_notes.append(note)
            self._note_for[key] = note
        if key == "escalation":
            box.addWidget(self._escalation_panel(page))
        return page

    def _not_applicable_box(self, key: str, parent: QWidget) -> QWidget:
        box = QCheckBox(tr("Not applicable:"), parent)
        box.setObjectName(f"not_applicable_{key}")
        box.setToolTip(tr("Only an empty section can be marked; review and activation accept it as "
                          "complete. Untick it to write the section."))
        box.toggled.connect(lambda _on, k=key: self._edited(k))
        self.not_applicable[key] = box
        # what it prints, beside the box in a label that wraps: a check box's text never does,
        # and would hold the editor wider than a small window's detail pane
        prints = muted(tr("print “This section does not apply to this agreement.”"), parent)
        prints.setWordWrap(True)
        box.setAccessibleDescription(prints.text())
        row = QWidget(parent)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(box)
        line.addWidget(prints, 1)
        return row

    def _escalation_panel(self, parent: QWidget) -> QWidget:
        panel = QWidget(parent)
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 6, 0, 0)
        box.setSpacing(4)
        box.addWidget(heading(tr("Escalation contacts"), size_delta=0))
        self.escalation_list = QLabel(panel)
        self.escalation_list.setObjectName("escalation_contacts")
        self.escalation_list.setWordWrap(True)
        self.escalation_list.setTextFormat(Qt.TextFormat.PlainText)
        self.escalation_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.escalation_list)
        self.insert_escalation = tool_button("insert_escalation", tr("Write the escalation path"), "new",
                                             tip=tr("Write the escalation levels and contacts into the text"),
                                             on_click=self.write_escalation)
        self.fill_buttons["escalation"] = self.insert_escalation
        box.addLayout(hbox(self.insert_escalation, None))
        self._show_escalation()
        return panel

    # --- reactions --------------------------------------------------------------------------

    def _edited(self, key: str) -> None:
        self._mark_empty(key)
        if not self.loading:
            self.changed.emit()

    def section_state(self, key: str) -> SectionState:
        """What the section is now: written, marked not applicable, or still to be written."""
        return text_section_state(self.edits[key].toPlainText(), marked=self.not_applicable[key].isChecked())

    def _mark_empty(self, key: str) -> None:
        """Show the section's state in the list, and offer the mark only while it is empty."""
        item = self.nav.item(list(AGREEMENT_TEXT_FIELDS).index(key))
        state = self.section_state(key)
        title = tr(SECTIONS[key][0])
        box, edit = self.not_applicable[key], self.edits[key]
        box.setEnabled(not self._read_only and state is not SectionState.FILLED)
        edit.setReadOnly(self._read_only or state is SectionState.NOT_APPLICABLE)
        font = QFont(self.nav.font())
        font.setItalic(state is not SectionState.FILLED)
        item.setFont(font)
        item.setForeground(self.palette().text() if state is SectionState.FILLED
                           else self.palette().placeholderText())
        if state is SectionState.UNFILLED:
            item.setText(tr("{title} (to be written)").format(title=title))
            item.setToolTip(tr("To be written: a draft prints a “to be completed” mark, and the agreement "
                               "cannot go to review until the section is written or marked not applicable."))
        elif state is SectionState.NOT_APPLICABLE:
            item.setText(tr("{title} (not applicable)").format(title=title))
            item.setToolTip(tr("Not applicable: the section prints “This section does not apply to this "
                               "agreement.”"))
        else:
            item.setText(title)
            item.setToolTip("")
        item.setData(Qt.ItemDataRole.UserRole, state.value)

    def show_section(self, key: str) -> None:
        self.nav.setCurrentRow(list(AGREEMENT_TEXT_FIELDS).index(key))

    def _set_text(self, key: str, text: str) -> None:
        self.edits[key].setPlainText(text)

    def services_changed(self, service_ids: Sequence[int]) -> None:
        """Refresh the pre-filled texts the user has not written over."""
        self._service_ids = list(service_ids)
        facts = service_facts(self.ctx.db, self._service_ids)
        for key, make in PREFILL.items():
            if key not in catalog_sections(self._kind):
                continue  # an OLA's or UC's provider speaks for itself, not through our catalog
            if self.not_applicable[key].isChecked():
                continue  # someone decided the section does not apply: the catalog does not overrule it
            current = self.edits[key].toPlainText()
            if not current.strip() or current == self._auto.get(key):
                text = make(facts)
                self._auto[key] = text
                if text != current:
                    self._set_text(key, text)

    def fill_from_services(self, key: str) -> None:
        """Write the section from the catalog, after asking if it would replace the user's text."""
        facts = service_facts(self.ctx.db, self._service_ids)
        text = PREFILL[key](facts)
        if not facts:
            Dialogs.info(self, tr("No services"), tr("Add the covered services on the General tab first."))
            return
        current = self.edits[key].toPlainText()
        if current.strip() and current != self._auto.get(key) and current != text and not Dialogs.confirm(
                self, tr("Replace the text?"),
                tr("Replace the text of “{section}” with the one written from the catalog?")
                .format(section=tr(SECTIONS[key][0])), accept=tr("Replace")):
            return
        self._auto[key] = text
        self._set_text(key, text)

    def set_escalation(self, levels: Sequence[tuple[int, ContactChoice]]) -> None:
        self._escalation = list(levels)
        self._show_escalation()

    def _show_escalation(self) -> None:
        if not self._escalation:
            self.escalation_list.setText(tr("No escalation contacts yet: on the Contacts tab, give people "
                                            "the roles “Escalation level 1” to “Escalation level 3”."))
            self.insert_escalation.setEnabled(False)
            return
        lines = []
        for level, contact in self._escalation:
            reach = ", ".join(p for p in (contact.phone, contact.email) if p)
            lines.append(tr("Level {level}: {name} ({organization})").format(
                level=level, name=contact.name, organization=contact.organization)
                + (f" — {reach}" if reach else ""))
        self.escalation_list.setText("\n".join(lines))
        self.insert_escalation.setEnabled(not self._read_only)

    def write_escalation(self) -> None:
        """Put the escalation path at the end of the text (or replace the one written before)."""
        path = escalation_text(self._escalation)
        if not path:
            return
        edit = self.edits["escalation"]
        current = edit.toPlainText()
        previous = self._auto.get("escalation")
        if previous and previous in current:
            text = current.replace(previous, path)
        else:
            text = f"{current.rstrip()}\n\n{path}" if current.strip() else path
        self._auto["escalation"] = path
        edit.setPlainText(text)

    # --- values ------------------------------------------------------------------------------

    def apply(self, form: AgreementForm) -> None:
        self._auto = {}
        self._service_ids = list(form.service_ids)
        for key in AGREEMENT_TEXT_FIELDS:
            self.not_applicable[key].setChecked(key in form.not_applicable)
            self._set_text(key, getattr(form, key))
            self._mark_empty(key)

    def fill(self, form: AgreementForm) -> None:
        for key in AGREEMENT_TEXT_FIELDS:
            setattr(form, key, self.edits[key].toPlainText())
        form.not_applicable = [k for k in AGREEMENT_TEXT_FIELDS if self.not_applicable[k].isChecked()]

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for key in AGREEMENT_TEXT_FIELDS:
            self._mark_empty(key)
        self._show_fillers()
        self._show_escalation()

    def set_kind(self, kind: AgreementKind) -> None:
        """Offer to write from the catalog only the sections this kind takes from it."""
        self._kind = kind
        self._show_fillers()

    def _show_fillers(self) -> None:
        allowed = catalog_sections(self._kind)
        for key, button in self.fill_buttons.items():
            button.setVisible(not self._read_only and (key == "escalation" or key in allowed))
        for key, note in self._note_for.items():
            note.setVisible(not self._read_only and key in allowed)
