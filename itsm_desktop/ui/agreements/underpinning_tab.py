"""The Underpinning tab: which OLA and UC targets each SLA target rests on, and the margin left.

Linking and unlinking take effect at once (they are not part of the form's Save): each is an
undo step. A target whose underpinning leaves no margin is marked with the warning icon, and
the tab says how many there are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itsm_desktop.domain.enums import AgreementKind, AgreementStatus
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.domain.underpinning import (
    ChainedTarget,
    MarginState,
    TargetChain,
    margin_text,
    shortfall_text,
)
from itsm_desktop.services import underpinning

from ..common.commands import CallCommand
from ..common.context import AppContext
from ..common.icons import icon
from ..common.messages import say
from ..common.operations import Refusal
from ..common.translate import label_of
from ..common.widgets import SPACING, hbox, heading, muted
from .common import tool_button, tr

Index = QModelIndex | QPersistentModelIndex
TARGET, RESTS_ON, MARGIN = range(3)


def chained_text(target: ChainedTarget) -> str:
    """``UC-2025-002 r1 (Meridian Telecom plc): P1 resolution 4 hours``."""
    provider = f" ({target.provider})" if target.provider else ""
    service = f" · {target.service}" if target.service else ""
    ended = "" if target.in_force else tr(" — {status}, not counted").format(status=label_of(target.status).lower())
    return f"{target.reference} r{target.revision}{provider}: {say(target.description)}{service}{ended}"


@dataclass(frozen=True)
class ChainRow:
    """One line of the table: a target beneath an SLA target (or none), the first of its chain
    carrying the SLA target and the margin."""

    chain: TargetChain
    beneath: ChainedTarget | None
    first: bool


class ChainModel(QAbstractTableModel):
    """The chains of one SLA, one row per target beneath (one row for a target with none)."""

    HEADERS: ClassVar[tuple[str, ...]] = (translatable("Target"), translatable("Rests on"), translatable("Margin"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ChainRow] = []

    def set_chains(self, chains: tuple[TargetChain, ...]) -> None:
        self.beginResetModel()
        self.rows = [ChainRow(c, b, i == 0) for c in chains for i, b in enumerate(c.beneath or (None,))]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 — Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        chain, column = row.chain, index.column()
        flagged = chain.margin.flagged and row.first
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TARGET:
                return (f"{say(chain.description)} · {chain.service}" if chain.service else say(chain.description)) \
                    if row.first else ""
            if column == RESTS_ON:
                return chained_text(row.beneath) if row.beneath is not None else tr("None linked")
            return _margin_label(chain) if row.first else ""
        if role == Qt.ItemDataRole.DecorationRole and column == MARGIN and flagged:
            return icon("warning")
        if role == Qt.ItemDataRole.FontRole and column == MARGIN and flagged:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row.first:
            return say(chain.margin.reason) or _margin_label(chain)
        return None


def _margin_label(chain: TargetChain) -> str:
    state = chain.margin.state
    if state is MarginState.NO_MARGIN:
        short = say(shortfall_text(chain.margin))
        return tr("No margin ({short})").format(short=short) if short else tr("No margin")
    if state is MarginState.NOT_COMPARABLE:
        return tr("No margin assured")
    if state is MarginState.NOT_UNDERPINNED:
        return tr("Not underpinned")
    return say(margin_text(chain.margin))


class LinkPicker(QDialog):
    """Choose the OLA or UC target an SLA target rests on. Opened only through ``choose``."""

    def __init__(self, target: str, candidates: list[ChainedTarget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Rests on"))
        self.setObjectName("link_picker")
        self.list = QListWidget(self)
        self.list.setObjectName("link_candidates")
        for candidate in candidates:
            item = QListWidgetItem(f"{candidate.kind.value} · {chained_text(candidate)}")
            item.setData(Qt.ItemDataRole.UserRole, candidate)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Which OLA or contract target does “{target}” rest on?").format(target=target)))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def chosen(self) -> ChainedTarget | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    @classmethod
    def choose(cls, parent: QWidget, target: str, candidates: list[ChainedTarget]) -> ChainedTarget | None:
        """Ask which candidate ``target`` rests on; None when cancelled (tests replace this)."""
        dialog = cls(target, candidates, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


class UnderpinningTab(QWidget):
    """The chain of each target of the SLA shown; links made and undone here at once."""

    flagged_changed = Signal(int)  # how many targets have no margin

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.agreement_id: int | None = None
        self.kind = AgreementKind.SLA
        self.open = True
        self.model = ChainModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("underpinning_table")
        self.table.setAccessibleName(tr("Underpinning chain"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RESTS_ON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MARGIN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TARGET, 190)
        header.resizeSection(MARGIN, 140)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

        self.link_button = tool_button("link_underpinning", tr("Rests on…"), "new",
                                       tip=tr("Link the selected target to an OLA or contract target beneath it"),
                                       on_click=self.link_selected)
        self.unlink_button = tool_button("unlink_underpinning", tr("Unlink"), "delete",
                                         tip=tr("The selected target no longer rests on that one"),
                                         on_click=self.unlink_selected)
        self.flag = QLabel(self)
        self.flag.setObjectName("underpinning_flag")
        self.flag.setWordWrap(True)
        self.note = muted("", self)
        self.note.setObjectName("underpinning_note")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING, SPACING, SPACING)
        layout.setSpacing(4)
        layout.addWidget(heading(tr("Underpinning chain"), size_delta=1))
        layout.addWidget(muted(tr(
            "For each target, the OLA and supplier contract targets it rests on and the margin they leave "
            "for your own work. The printed SLA shows this in an annex. Links take effect at once.")))
        layout.addLayout(hbox(None, self.link_button, self.unlink_button))
        layout.addWidget(self.flag)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        ctx.hub.changed.connect(self._on_changed)
        self._update_buttons()

    # --- showing ---------------------------------------------------------------------------

    def show_agreement(self, agreement_id: int | None, kind: AgreementKind,
                       status: AgreementStatus | None) -> None:
        """Show the chains of the stored agreement ``agreement_id`` (None: not saved yet). An
        active SLA's chain stays open (the contracts beneath it change); an ended one's is closed."""
        self.agreement_id, self.kind = agreement_id, kind
        self.open = status is None or status in underpinning.CURRENT_STATES
        self.reload()

    def reload(self) -> None:
        chains: tuple[TargetChain, ...] = ()
        if self.agreement_id is not None and self.kind is AgreementKind.SLA:
            chains = underpinning.agreement_chains(self.ctx.db, self.agreement_id)
        self.model.set_chains(chains)
        if self.kind is not AgreementKind.SLA:
            note = tr("The targets of an OLA or a supplier contract underpin SLAs: link them from the SLA.")
        elif self.agreement_id is None:
            note = tr("Save the agreement first: its targets can then rest on OLA and contract targets.")
        elif not chains:
            note = tr("None of the targets can rest on others: only availability, response, resolution, "
                      "RTO, RPO and maintenance notice targets can.")
        else:
            note = ""
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.table.setVisible(bool(chains))
        flagged = sum(1 for c in chains if c.margin.flagged)
        self.flag.setText(tr("⚠ {count} of {total} targets rest on promises that leave no margin for your own "
                             "work.").format(count=flagged, total=len(chains)) if flagged else "")
        self.flag.setVisible(bool(flagged))
        self.flagged_changed.emit(flagged)
        self._update_buttons()

    def _on_changed(self, entity: str, _ids: tuple[int, ...]) -> None:
        if entity in ("underpinning", "agreement") and self.agreement_id is not None:
            self.reload()

    def _selected(self) -> ChainRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        row = self._selected()
        editable = self.kind is AgreementKind.SLA and self.agreement_id is not None and self.open
        self.link_button.setVisible(editable)
        self.unlink_button.setVisible(editable)
        self.link_button.setEnabled(row is not None)
        self.unlink_button.setEnabled(row is not None and row.beneath is not None)

    # --- linking -----------------------------------------------------------------------------

    def link_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        target_id = row.chain.target_id
        candidates = underpinning.link_candidates(self.ctx.db, target_id=target_id)
        if not candidates:
            self.note.setText(tr("No OLA or contract has a {metric} target to rest on.").format(
                metric=label_of(row.chain.terms.metric).lower()))
            self.note.show()
            return
        chosen = LinkPicker.choose(self, say(row.chain.description), candidates)
        if chosen is not None:
            self._step(translatable("Link {target} to {beneath}"), target_id, chosen, link=True)

    def unlink_selected(self) -> None:
        row = self._selected()
        if row is not None and row.beneath is not None:
            self._step(translatable("Unlink {target} from {beneath}"), row.chain.target_id, row.beneath, link=False)

    def _step(self, text: str, target_id: int, beneath: ChainedTarget, *, link: bool) -> None:
        db, below = self.ctx.db, beneath.target_id

        def do_link() -> None:
            underpinning.link_target(db, target_id=target_id, underpinning_target_id=below)

        def do_unlink() -> None:
            underpinning.unlink_target(db, target_id=target_id, underpinning_target_id=below)

        forward, back = (do_link, do_unlink) if link else (do_unlink, do_link)
        described = next((r.chain.description for r in self.model.rows if r.chain.target_id == target_id), "")
        step = CallCommand(self.ctx, lambda: tr(text).format(target=say(described), beneath=beneath.reference),
                           forward, back)
        self.ctx.operations.perform(forward, Refusal(self, tr("Underpinning chain")),
                                    undo=lambda _result: step)
