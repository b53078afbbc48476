"""The agreement editor: its lifecycle strip, the read-only banner and nine tabs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget

from itsm_desktop.domain.enums import AgreementKind, AgreementStatus
from itsm_desktop.domain.errors import InUseError, NotFoundError, ValidationError
from itsm_desktop.domain.forms import AgreementForm
from itsm_desktop.domain.models import Agreement
from itsm_desktop.domain.rules import READ_ONLY_AGREEMENT_STATES
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services import agreements
from itsm_desktop.services.agreement_definitions import team_definitions
from itsm_desktop.services.agreement_drafting import (
    escalation_levels,
    party_choices,
    usual_provider,
)
from itsm_desktop.services.agreements import AgreementDetail
from itsm_desktop.store import Database

from ..common.commands import RecordOps, quoted
from ..common.context import AppContext
from ..common.editor import RecordEditor
from ..common.icons import icon
from ..common.messages import say
from ..common.translate import label_of
from .clauses_tab import ClausesTab
from .common import tr
from .contacts_tab import ContactsTab
from .general_tab import GeneralTab
from .history_tab import HistoryTab
from .lifecycle_bar import LifecycleBar, LifecycleState, ReadOnlyBanner, newer_revision
from .responsibilities_tab import ResponsibilitiesTab
from .tab_strip import TabStrip
from .targets_tab import TargetsTab
from .terms_tab import TermsTab
from .texts_tab import TextsTab
from .underpinning_tab import UnderpinningTab


def agreement_label(record: Agreement) -> str:
    """``agreement ‘SLA-2026-004 rev. 2’``: how an agreement is named in the Edit menu."""
    revision = f" rev. {record.revision}" if record.revision > 1 else ""
    return quoted(translatable("agreement"), f"{record.reference}{revision}")




def agreement_locked(db: Database, agreement_id: int) -> str:
    """Why a stored agreement can no longer be changed or deleted ("" while it is a draft or in review)."""
    try:
        current = agreements.load_agreement(db, agreement_id).agreement
    except NotFoundError:  # deleted: undoing its deletion recreates it
        return ""
    if current.status not in READ_ONLY_AGREEMENT_STATES:
        return ""
    return tr("{reference} revision {revision} is {status} now.").format(
        reference=current.reference, revision=current.revision, status=label_of(current.status).lower())


AGREEMENT_OPS = RecordOps("agreement", "agreement_id", agreements.create_agreement,
                          agreements.update_agreement, agreements.delete_agreement, agreement_label,
                          locked=agreement_locked)

READ_ONLY_STYLE = ('QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] '
                   "{ background: palette(window); }")
GENERAL, TERMS, TARGETS, UNDERPINNING, RESPONSIBILITIES, TEXTS, CONTACTS, CLAUSES, HISTORY = range(9)
_ROW_LISTS = {"service_terms": translatable("Service {number}: {message}"), "priorities": translatable("Level {number}: {message}")}
_TEXT_KEYS = {"scope", "hours_text", "support_text", "limitations", "reporting", "escalation", "security",
              "charges"}


class AgreementEditor(RecordEditor):
    """Every part of an agreement; read-only (with a banner saying why) once it is in force."""

    ops = AGREEMENT_OPS
    noun = translatable("agreement")

    lifecycle_requested = Signal(str)  # submit, return, activate, terminate, revise, duplicate, open_newer

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.detail: AgreementDetail | None = None
        self.read_only = False
        self.banner = ReadOnlyBanner(self)
        self.banner.requested.connect(self.lifecycle_requested)
        self.banner.hide()
        self.lifecycle = LifecycleBar(self)
        self.lifecycle.requested.connect(self.lifecycle_requested)
        self.errors.general = self.errors.label_for("", self)

        self.general = GeneralTab(ctx, self.errors)
        self.targets = TargetsTab(self.errors)
        self.responsibilities = ResponsibilitiesTab(self.errors)
        self.texts = TextsTab(ctx, self.errors)
        self.contacts = ContactsTab(ctx, self.errors)
        self.clauses = ClausesTab(ctx, self.errors)
        self.history = HistoryTab(self.errors, ctx=ctx, labels_from=self)
        self.terms = TermsTab(ctx, self.errors)
        self.underpinning = UnderpinningTab(ctx)
        self.underpinning.flagged_changed.connect(self._show_flagged)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("agreement_tabs")
        self.tabs.setDocumentMode(True)
        for tab, title in ((self.general, tr("General")), (self.terms, tr("Parties && terms")),
                           (self.targets, tr("Targets")), (self.underpinning, tr("Underpinning")),
                           (self.responsibilities, tr("Responsibilities")), (self.texts, tr("Texts")),
                           (self.contacts, tr("Contacts && signatures")), (self.clauses, tr("Clauses")),
                           (self.history, tr("History"))):
            self.tabs.setTabToolTip(self.tabs.addTab(tab, title), title.replace("&&", "&"))
        # nine titles do not fit a narrow pane in one row: they wrap, readable whole (History too)
        self.tab_strip = TabStrip(self.tabs, self)

        self.general.changed.connect(self._edited)
        self.general.changed.connect(self._parties_edited)
        self.terms.changed.connect(self._edited)
        self.general.heading_changed.connect(self.heading_changed)
        self.general.services_changed.connect(self._services_edited)
        self.targets.changed.connect(self._edited)
        self.responsibilities.changed.connect(self._edited)
        self.texts.changed.connect(self._edited)
        self.contacts.changed.connect(self._contacts_edited)
        self.history.open_requested.connect(self.open_requested)

        self.setStyleSheet(READ_ONLY_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addWidget(self.lifecycle)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.tab_strip)
        layout.addWidget(self.tabs, 1)

    # --- reactions ------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if not self.is_loading() and not self.read_only:
            self.mark_dirty()

    def _parties_edited(self) -> None:
        kind = self.general.kind_value()
        self.terms.set_kind(kind, self.general.provider.value())
        self.texts.set_kind(kind)

    def _services_edited(self) -> None:
        self.targets.set_services(self.general.services.labels())
        self.terms.set_services(self.general.services.labels())
        if not self.is_loading() and not self.read_only:
            self.texts.services_changed(self.general.services.ids())

    def _contacts_edited(self) -> None:
        self._show_escalation()
        self._edited()

    def _show_escalation(self) -> None:
        self.texts.set_escalation(escalation_levels(self.contacts.rows(), self.contacts.model.people))

    def _show_flagged(self, count: int) -> None:
        """The Underpinning tab carries the warning icon while a target has no margin."""
        self.tabs.setTabIcon(self.tabs.indexOf(self.underpinning), icon("warning") if count else QIcon())
        self.tab_strip.sync_icons()

    # --- choices ---------------------------------------------------------------------------

    def refresh_choices(self) -> None:
        """Read the names of the parties and people shown again (the pickers search as typed)."""
        was = self._loading
        self._loading = True
        self.general.loading = True
        try:
            self.general.refresh()
            self.contacts.refresh_people()
            self._show_escalation()
        finally:
            self.general.loading = False
            self._loading = was

    # --- the form --------------------------------------------------------------------------

    def blank_form(self) -> AgreementForm:
        self.detail = None
        team = team_definitions(self.ctx.db)
        return AgreementForm(kind=AgreementKind.SLA,
                             reference=agreements.suggest_reference(self.ctx.db, AgreementKind.SLA),
                             provider_id=usual_provider(self.ctx.db, AgreementKind.SLA),
                             support_hours_name=team.support_hours_name, support_hours=team.support_hours)

    def read_record(self, record_id: int) -> tuple[Agreement, AgreementForm]:
        self.detail = agreements.load_agreement(self.ctx.db, record_id)
        return self.detail.agreement, self.detail.form

    def apply_form(self, form: AgreementForm) -> None:
        self.general.loading = True
        try:
            self.general.apply(form, new=self.record is None)
        finally:
            self.general.loading = False
        self.targets.set_services(self.general.services.labels())
        self.targets.set_targets(form.targets)
        self.terms.apply(form, self.general.services.labels())
        self.texts.set_kind(form.kind)
        self.responsibilities.set_rows(form.responsibilities)
        self.texts.apply(form)
        self.contacts.set_rows(form.contacts)
        self._show_escalation()
        detail = self.detail if self.record is not None else None
        signatures = detail.signatures if detail else []
        names = {p.id: p.name for p in party_choices(self.ctx.db, [s.organization_id for s in signatures])}
        self.contacts.set_signatures(signatures, names, stored=detail is not None)
        self.history.set_history(current_id=self.record_id if detail else None,
                                 revisions=detail.revisions if detail else [],
                                 history=detail.history if detail else [])
        record = self.record
        self.clauses.show_agreement(record.id if record else None, record.version if record else 0,
                                    record.status if record else None, record.reference if record else "")
        self.set_read_only(bool(detail and detail.read_only))
        self.show_lifecycle()
        self.underpinning.show_agreement(self.record_id if detail else None, form.kind,
                                         self.record.status if detail and self.record else None)

    def form(self) -> AgreementForm:
        form = AgreementForm()
        self.general.fill(form)
        form.targets = self.targets.targets()
        form.responsibilities = self.responsibilities.rows()
        self.texts.fill(form)
        self.terms.fill(form)
        form.contacts = self.contacts.rows()
        return form

    def input_problems(self) -> dict[str, str]:
        return {**self.general.input_problems(), **self.terms.input_problems()}

    # --- state -----------------------------------------------------------------------------

    def status(self) -> AgreementStatus | None:
        return self.record.status if self.record is not None else None

    def lifecycle_state(self) -> LifecycleState:
        record = self.record
        if record is None or self.detail is None:
            return LifecycleState(stored=False, status=AgreementStatus.DRAFT)
        return LifecycleState(stored=True, status=record.status, reference=record.reference,
                              revision=record.revision, valid_to=record.valid_to, signed_on=record.signed_on,
                              newer=newer_revision(record.id, record.revision, self.detail.revisions))

    def show_lifecycle(self) -> None:
        state = self.lifecycle_state()
        self.banner.show_state(state)
        self.lifecycle.show_state(state, self.banner.step if not self.banner.isHidden() else "")

    def allowed_steps(self) -> list[str]:
        """The lifecycle steps offered for the agreement shown (the banner's included)."""
        return self.lifecycle_state().steps()

    def set_read_only(self, read_only: bool) -> None:
        changed = read_only != self.read_only
        self.read_only = read_only
        for tab in (self.general, self.targets, self.responsibilities, self.texts, self.contacts, self.terms):
            tab.set_read_only(read_only)
        if changed:  # the style sheet greys read-only fields once they are polished again
            for field in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
                field.style().unpolish(field)
                field.style().polish(field)

    def show_errors(self, error: ValidationError) -> None:
        """Put each message beside its field; rows of lists are named as the user sees them."""
        fields: dict[str, str] = {}
        for key, said in error.fields.items():
            message = say(said)
            parts = key.split(".")
            if parts[0] == "responsibilities" and len(parts) > 1 and parts[1].isdigit():
                label, number = self.responsibilities.error_key(int(parts[1]))
                fields[label] = (fields.get(label, "") + "\n" if label in fields else "") + tr(
                    "Item {number}: {message}").format(number=number, message=message)
            elif parts[0] == "status":
                fields[""] = message
            elif parts[0] in _ROW_LISTS and len(parts) > 1 and parts[1].isdigit():
                line = tr(_ROW_LISTS[parts[0]]).format(number=int(parts[1]) + 1, message=message)
                fields[parts[0]] = (fields[parts[0]] + "\n" if parts[0] in fields else "") + line
            else:
                fields[key] = message
        self.targets.model.show_problems(error.fields)
        text_key = next((k for k in fields if k in _TEXT_KEYS), None)
        if text_key is not None:
            self.texts.show_section(text_key)
        super().show_errors(ValidationError(fields))

    def deletion_refusal(self) -> InUseError | None:
        return None if self.record_id is None else agreements.agreement_deletion_refusal(
            self.ctx.db, agreement_id=self.record_id)

    def heading(self) -> tuple[str, str]:
        title = self.general.title.text().strip()
        kind = self.general.kind_value()
        parts = [self.general.reference.text().strip() or kind.value]
        if self.record is not None:
            parts.append(tr("revision {revision}").format(revision=self.record.revision))
            parts.append(label_of(self.record.status))
        else:
            parts.append(tr("new {kind}").format(kind=kind.value))
        return title, " · ".join(p for p in parts if p)

    def focus_first(self) -> None:
        self.tabs.setCurrentIndex(GENERAL)
        self.general.first_field().setFocus()
