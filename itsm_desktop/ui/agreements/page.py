"""The Agreements page: the list of SLAs, OLAs and underpinning contracts beside the editor."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMenu, QStyledItemDelegate, QStyleOptionViewItem, QWidget
from sqlalchemy.exc import SQLAlchemyError

from itsm_desktop.domain.enums import AgreementKind, AgreementStatus, OrganizationKind
from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services import lifecycle
from itsm_desktop.services.listing import AGREEMENTS, SERVICES
from itsm_desktop.store import StoreError

from ..common.context import AppContext
from ..common.icons import icon
from ..common.lookup import Lookup
from ..common.record_page import FilterSpec, RecordPage
from ..common.translate import label_of
from .common import STATUS_COLOURS, PartyLookup, tr
from .editor import AgreementEditor
from .lifecycle_actions import LifecycleActions

Index = QModelIndex | QPersistentModelIndex


def _kind_of_label() -> dict[str, str]:
    """The kinds by the label the list shows (in the language of the screens)."""
    return {label_of(k): k.value for k in AgreementKind}


def _status_of_label() -> dict[str, AgreementStatus]:
    return {label_of(s): s for s in AgreementStatus}


def _customers(ctx: AppContext) -> Lookup:
    """Customers and internal units, inactive ones too: their agreements are still listed."""
    return PartyLookup(ctx, (OrganizationKind.CUSTOMER, OrganizationKind.INTERNAL), active_only=False)


def _services(ctx: AppContext) -> Lookup:
    return Lookup(ctx, SERVICES, ("code", "name"), sort="code")


def _expire_due(ctx: AppContext, today: date | None = None) -> list[str] | None:
    """Expire what is due; None when the database could not be written (read-only, locked)."""
    try:
        return ctx.operations.call(lambda: lifecycle.expire_due(ctx.db, today=today or date.today()))
    except (ItsmError, StoreError, SQLAlchemyError):
        return None


class _KindDelegate(QStyledItemDelegate):
    """Shows the kind as SLA, OLA or UC in the narrow column."""

    def displayText(self, value: Any, locale: Any) -> str:  # noqa: N802 - Qt override
        return _kind_of_label().get(str(value), str(value))

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.displayAlignment = Qt.AlignmentFlag.AlignCenter


class _StatusDelegate(QStyledItemDelegate):
    """Colours the status so active, in-review and ended agreements stand apart."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        status = _status_of_label().get(str(index.data() or ""))
        if status is not None:
            option.palette.setColor(option.palette.ColorRole.Text, QColor(STATUS_COLOURS[status][0]))
            option.font.setBold(status in (AgreementStatus.ACTIVE, AgreementStatus.IN_REVIEW))


class AgreementsPage(RecordPage):
    """SLAs, OLAs and underpinning contracts: search, filter, edit and move through the lifecycle."""

    title = translatable("Agreements")
    icon_name = "agreements"
    entity = "agreement"
    listing = AGREEMENTS
    noun = translatable("agreement")
    placeholder_title = translatable("No agreement selected")
    placeholder_text = translatable("Choose an agreement in the list to see and edit it here, or create a new one.")
    plural = translatable("agreements")
    search_placeholder = translatable("Search reference, title or customer")
    empty_title = translatable("No agreements yet")
    empty_text = (translatable("Agreements record what IT promises to whom: SLAs with customers, OLAs with internal "
                  "teams and underpinning contracts with suppliers. Write the first one from the standard "
                  "target matrix."))
    filter_specs = (
        FilterSpec("kind", translatable("All kinds"), lambda _ctx: [(k.value, k) for k in AgreementKind], ()),
        FilterSpec("status", translatable("All statuses"), lambda _ctx: [(label_of(s), s) for s in AgreementStatus], ()),
        FilterSpec("customer_id", translatable("All customers"), depends_on=("organization",), lookup=_customers),
        FilterSpec("service_id", translatable("All services"), depends_on=("service",), lookup=_services),
    )
    column_widths = {"reference": 118, "revision": 40, "title": 250, "kind": 48, "customers": 170,
                     "services": 150, "status": 86, "valid_to": 92, "next_review": 92}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        # agreements whose validity has ended are marked expired before anything is listed
        expired = _expire_due(ctx)
        super().__init__(ctx, parent)
        self._expired_on: date | None = date.today() if expired is not None else None
        self.setObjectName("agreements_page")
        self.editor: AgreementEditor
        self.lifecycle = LifecycleActions(self)
        self.editor.lifecycle_requested.connect(self.lifecycle.run)
        columns = [c.key for c in self.listing.columns]
        self.table.setItemDelegateForColumn(columns.index("kind"), _KindDelegate(self.table))
        self.table.setItemDelegateForColumn(columns.index("status"), _StatusDelegate(self.table))
        for combo in self.filter_combos.values():
            combo.setMaximumWidth(160)
        for field in self.filter_fields.values():
            field.setMaximumWidth(190)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([560, 760])
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_document_menu)
        if expired:
            self.message.emit(self._expired_text(expired))

    def create_editor(self) -> AgreementEditor:
        return AgreementEditor(self.ctx, self)

    # --- expiry -----------------------------------------------------------------------------

    def _expire(self, ctx: AppContext) -> list[str]:
        """Mark active agreements whose validity ended as expired (once a day)."""
        today = date.today()
        if self._expired_on == today:
            return []
        expired = _expire_due(ctx, today)
        self._expired_on = today if expired is not None else None
        return expired or []

    def _expired_text(self, expired: list[str]) -> str:
        return tr("Expired because their validity ended: {names}.").format(names=", ".join(expired))

    def expire_due(self) -> list[str]:
        """Run the expiry by date now (also done when the page opens and once a day)."""
        expired = self._expire(self.ctx)
        if expired:
            self.message.emit(self._expired_text(expired))
        return expired

    def page_shown(self) -> None:
        super().page_shown()
        self.expire_due()

    def _on_database_changed(self) -> None:
        self._expired_on = None
        self._expire(self.ctx)
        super()._on_database_changed()

    # --- hooks for the window and other pages -------------------------------------------------

    def current_agreement_id(self) -> int | None:
        """The id of the stored agreement shown in the editor (for print, preview and export)."""
        return self.editor.record_id if self._editor_shown() else None

    def document_menu(self, pos: QPoint) -> QMenu | None:
        """Preview, Print… and Export PDF… for the agreement at ``pos`` (run by the window)."""
        if not self.table.indexAt(pos).isValid() or self.current_agreement_id() is None:
            return None
        menu = QMenu(self)
        menu.setObjectName("agreement_document_menu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for name, icon_name, text in (("preview", "preview", tr("Preview…")),
                                      ("print", "print", tr("Print…")),
                                      ("export_pdf", "export-pdf", tr("Export PDF…"))):
            action = menu.addAction(icon(icon_name), text)
            action.setObjectName(f"menu_{name}")
            action.triggered.connect(lambda _c=False, n=name: self.action_requested.emit(n))
        return menu

    def _show_document_menu(self, pos: QPoint) -> None:
        menu = self.document_menu(pos)
        if menu is not None:
            menu.popup(self.table.viewport().mapToGlobal(pos))

    def action_enabled(self, name: str) -> bool:
        if name == "delete":
            status = self.editor.status()
            return self._editor_shown() and status in (AgreementStatus.DRAFT, AgreementStatus.IN_REVIEW)
        return super().action_enabled(name)

    def duplicate_record(self) -> None:
        """Duplicate through the service: a new draft with a new reference, maybe for another customer."""
        self.lifecycle.run("duplicate")
