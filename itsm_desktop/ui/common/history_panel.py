"""The History panel of every editor: who changed the record, when, and what (field: old → new).

``ChangeText`` turns the plain values history entries keep (enum values, record ids, rows as
dicts) into what the user reads in the editor: labels, names and short texts. The conflict
message after a refused save uses it too.
"""

from __future__ import annotations

import html
import types
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields, is_dataclass
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any, Union, get_args, get_origin, get_type_hints

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from itsm_desktop.domain.enums import HistoryAction
from itsm_desktop.domain.models import HistoryEntry
from itsm_desktop.domain.translatable import message_from_data
from itsm_desktop.domain.values import WeeklyHours
from itsm_desktop.services import catalog
from itsm_desktop.services.listing import CONTACTS, ORGANIZATIONS, SERVICES, Listing
from itsm_desktop.services.maintenance import history_of

from ..exchange import table_tools
from .context import AppContext
from .field_names import humanize
from .messages import say
from .table_model import display_value
from .translate import label_of, tr

VALUE_CHARS = 60  # a value longer than this is cut short in the list (whole in the tooltip)
TOOLTIP_CHARS = 400  # and longer than this in the tooltip too
MAX_LINES = 8  # changes listed per entry; the tooltip lists them all

# Fields holding the id of another record, and what kind of record that is.
ID_FIELDS = {
    "family_id": "family",
    "provider_id": "organization", "parent_id": "organization", "organization_id": "organization",
    "supplier_id": "organization",
    "owner_id": "contact", "manager_id": "contact", "contact_id": "contact", "representative_id": "contact",
    "service_id": "service", "service_ids": "service", "depends_on": "service",
}
_LISTINGS: dict[str, tuple[Listing, tuple[str, ...]]] = {
    "organization": (ORGANIZATIONS, ("name",)),
    "contact": (CONTACTS, ("name",)),
    "service": (SERVICES, ("code", "name")),
}


def event_names() -> dict[HistoryAction, str]:
    return {HistoryAction.CREATED: tr("Created"), HistoryAction.UPDATED: tr("Edited"),
            HistoryAction.DELETED: tr("Deleted"), HistoryAction.STATUS: tr("Status"),
            HistoryAction.REVISED: tr("Revised")}


def elide(text: str, limit: int = VALUE_CHARS) -> str:
    """``text`` on one line, cut to ``limit`` characters with “…” when longer."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def field_labels(root: QWidget) -> dict[str, str]:
    """Field key → the label the user sees beside it, read from the labels of an editor's fields."""
    labels: dict[str, str] = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        key = buddy.objectName() if buddy is not None else ""
        text = label.text()
        if isinstance(buddy, QCheckBox) and buddy.text():  # "Status  [x] Active": the box says it
            text = buddy.text()
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")
        if key and text and key not in labels:
            labels[key] = text
    return labels


@cache
def _hints(form_type: type) -> dict[str, Any]:
    try:
        return get_type_hints(form_type)
    except Exception:  # an annotation that cannot be resolved: no type information then
        return {}


def _unwrap(kind: Any) -> Any:
    """``X | None`` → ``X``."""
    if get_origin(kind) in (Union, types.UnionType):
        args = [a for a in get_args(kind) if a is not type(None)]
        return args[0] if len(args) == 1 else Any
    return kind


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


class RecordNames:
    """The names of records that history and forms refer to by id, read in batches and kept."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self._known: dict[tuple[str, int], str] = {}

    def load(self, kind: str, ids: Iterable[int]) -> None:
        wanted = sorted({i for i in ids if isinstance(i, int) and (kind, i) not in self._known})
        if not wanted:
            return
        found: dict[int, str] = {}
        if kind == "family":
            found = {f.id: f.name for f in catalog.list_families(self.ctx.db) if f.id in wanted}
        elif kind in _LISTINGS:
            listing, keys = _LISTINGS[kind]
            columns = [c.key for c in listing.columns]
            for record_id, row in listing.rows(self.ctx.db, wanted).items():
                found[record_id] = " — ".join(str(row[columns.index(k)]) for k in keys
                                              if row[columns.index(k)] not in (None, ""))
        for record_id in wanted:
            self._known[(kind, record_id)] = found.get(record_id) or tr("#{id} (deleted)").format(id=record_id)

    def name(self, kind: str, record_id: int) -> str:
        self.load(kind, [record_id])
        return self._known[(kind, record_id)]


def _collect_ids(key: str, value: Any, out: dict[str, set[int]]) -> None:
    kind = ID_FIELDS.get(key)
    if kind is not None:
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, int) and not isinstance(item, bool):
                out.setdefault(kind, set()).add(item)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                for sub_key, sub_value in item.items():
                    _collect_ids(sub_key, sub_value, out)


class ChangeText:
    """Readable labels and values of one kind of form, for history lines and conflict messages."""

    def __init__(self, ctx: AppContext, form_type: type | None, labels: Mapping[str, str] | None = None) -> None:
        self.form_type = form_type
        self.labels = dict(labels or {})
        self.names = RecordNames(ctx)

    def label(self, key: str) -> str:
        return self.labels.get(key) or tr(humanize(key))

    def prefetch(self, changes: Iterable[Mapping[str, Any]]) -> None:
        """Read the names of every record the changes refer to, one query per kind."""
        wanted: dict[str, set[int]] = {}
        for change in changes:
            for key, pair in change.items():
                for value in pair if isinstance(pair, list | tuple) else [pair]:
                    _collect_ids(key, value, wanted)
        for kind, ids in wanted.items():
            self.names.load(kind, ids)

    def value(self, key: str, value: Any, kind: Any = None) -> str:
        """``value`` of field ``key`` as the user reads it (whole; see ``elide``)."""
        if kind is None and self.form_type is not None:
            kind = _hints(self.form_type).get(key)
        kind = _unwrap(kind)
        if _empty(value):
            return tr("(empty)")
        if isinstance(value, bool) or kind is bool:
            return tr("Yes") if value else tr("No")
        if isinstance(kind, type) and issubclass(kind, Enum):
            try:
                member = kind(value)
            except (ValueError, TypeError):  # a value the enum no longer has
                return str(value)
            return str(getattr(member, "label", member.value))
        id_kind = ID_FIELDS.get(key)
        if id_kind is not None and isinstance(value, int):
            return self.names.name(id_kind, value)
        if isinstance(value, list):
            args = get_args(kind) if get_origin(kind) is list else ()
            item_kind = args[0] if args else None
            if isinstance(item_kind, type) and is_dataclass(item_kind):
                return "; ".join(self._row(item_kind, item) for item in value)
            return "; ".join(self.value(key, item, item_kind) for item in value)
        if key == "hours" and isinstance(value, dict):
            try:
                return WeeklyHours.from_json(value).summary()
            except Exception:  # hours from an older or damaged record: show them plainly
                pass
        if isinstance(value, dict):
            return ", ".join(f"{k}: {v}" for k, v in value.items())
        if isinstance(value, float):
            return f"{value:g}"
        return str(value)

    def _row(self, row_type: type, row: Any) -> str:
        if not isinstance(row, dict):
            return str(row)
        hints = _hints(row_type)
        order = [f.name for f in fields(row_type)] if is_dataclass(row_type) else []
        parts = [self.value(k, row[k], hints.get(k)) for k in sorted(row, key=lambda k: (
            order.index(k) if k in order else len(order))) if not _empty(row[k])]
        return " · ".join(parts)

    def line(self, key: str, old: Any, new: Any, limit: int = VALUE_CHARS) -> str:
        """``Label: old → new``, each value cut to ``limit`` characters."""
        return tr("{field}: {old} → {new}").format(
            field=self.label(key), old=elide(self.value(key, old), limit), new=elide(self.value(key, new), limit))

    def value_line(self, key: str, value: Any, limit: int = VALUE_CHARS) -> str:
        """``Label: value`` (what a record was created with, or had when it was deleted)."""
        return tr("{field}: {value}").format(field=self.label(key), value=elide(self.value(key, value), limit))

    def ordered(self, changes: Mapping[str, Any]) -> list[str]:
        """The changed fields in the order of the form (unknown ones last)."""
        order = [f.name for f in fields(self.form_type)] if self.form_type is not None \
            and is_dataclass(self.form_type) else []
        return sorted(changes, key=lambda k: (order.index(k) if k in order else len(order), k))


def tooltip(lines: Sequence[str]) -> str:
    """Rich text, so that Qt wraps long lines in the tooltip."""
    return "<qt>" + "<br>".join(html.escape(line) for line in lines) + "</qt>"


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as high as their wrapped text needs in the column's current width.

    A tree view asks for a row's height without saying how wide the column is, so wrapped
    text would be cut off; this delegate measures it at the column's width.
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, self._view.header().sectionSize(index.column()), 1 << 16)
        return super().sizeHint(measured, index)


class HistoryPanel(QTreeWidget):
    """When, who, what: the change history of one record, newest first.

    Editors call ``show_record`` whenever they load a record; the history is read when the
    panel is (or becomes) visible. ``set_entries`` fills it with entries read elsewhere.
    """

    def __init__(self, ctx: AppContext, entity: str, form_type: type | None = None, *,
                 labels_from: QWidget | None = None, revisions: bool = False, rows: int = 10,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_panel")
        self.setAccessibleName(self.tr("History"))
        self.ctx, self.entity, self.form_type = ctx, entity, form_type
        self._labels_from = labels_from
        self._labels: dict[str, str] | None = None
        self._record_id: int | None = None
        self._stale = False
        self._rows = rows
        self._revisions = revisions
        headers = [tr("When"), tr("Who"), tr("Event"), tr("Details")]
        if revisions:
            headers.insert(1, tr("Rev."))
        self.details_column = len(headers) - 1
        self.setColumnCount(len(headers))
        self.setHeaderLabels(headers)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.setItemDelegate(_WrappingDelegate(self))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        when = self.fontMetrics().horizontalAdvance("2026-12-31 23:59") + 16
        widths = [when, 40, 72, 64] if revisions else [when, 72, 64]
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        header.setSectionResizeMode(self.details_column, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_a: self.doItemsLayout())
        self.shown_ids: list[int] = []  # the entries listed, newest first
        self.export_action = QAction(tr("&Export History…"), self)
        self.export_action.setObjectName("action_export_history")
        self.export_action.setEnabled(False)
        self.export_action.triggered.connect(self.export)
        self.addAction(self.export_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)

    def _show_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.export_action)
        menu.popup(self.viewport().mapToGlobal(position))

    def export(self) -> Path | None:
        """Ask for a file and write the entries listed to it (CSV or XLSX); the file or None."""
        return table_tools.export_history(self.ctx, self, self.shown_ids) if self.shown_ids else None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        line = self.fontMetrics().height() + 8
        return QSize(super().sizeHint().width(), line * (self._rows + 1) + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        line = self.fontMetrics().height() + 8
        return QSize(200, line * min(self._rows + 1, 6))

    # --- filling --------------------------------------------------------------------------

    def show_record(self, record_id: int | None) -> None:
        """Show the history of the stored record ``record_id`` (None: a record not saved yet)."""
        self._record_id = record_id
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the history of the record shown again."""
        self._stale = False
        if self._record_id is None:
            self.set_entries([], empty_text=tr("Not saved yet."))
            return
        self.set_entries(history_of(self.ctx.db, self.entity, self._record_id))

    def change_text(self) -> ChangeText:
        """Labels and values as the editor shows them (its field labels are read once)."""
        if self._labels is None:
            self._labels = field_labels(self._labels_from) if self._labels_from is not None else {}
        return ChangeText(self.ctx, self.form_type, self._labels)

    def set_entries(self, entries: Sequence[HistoryEntry], *, revision_of: Mapping[int, int] | None = None,
                    empty_text: str = "") -> None:
        """Fill the list with ``entries`` (any order), newest first."""
        self.clear()
        text = self.change_text()
        text.prefetch(e.changes for e in entries if e.changes)
        names = event_names()
        newest_first = sorted(entries, key=lambda e: (e.at, e.id or 0), reverse=True)
        self.shown_ids = [e.id for e in newest_first if e.id is not None]
        self.export_action.setEnabled(bool(self.shown_ids))
        for entry in newest_first:
            shown, full = self._details(entry, text)
            cells = [display_value(entry.at), entry.who, names.get(entry.action, label_of(entry.action)),
                     "\n".join(shown)]
            if self._revisions:
                cells.insert(1, str((revision_of or {}).get(entry.entity_id, "")))
            item = QTreeWidgetItem(cells)
            item.setToolTip(self.details_column, tooltip(full) if full != shown else "")
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            for column in range(1, self.columnCount()):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            if self._revisions:
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.addTopLevelItem(item)
        if not entries:
            item = QTreeWidgetItem([""] * self.columnCount())
            item.setText(self.details_column, empty_text or tr("Nothing recorded yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(item)

    def _details(self, entry: HistoryEntry, text: ChangeText) -> tuple[list[str], list[str]]:
        """The lines shown for ``entry`` and the lines of its tooltip."""
        changes = entry.changes or {}
        if entry.action == HistoryAction.UPDATED and changes:
            keys = text.ordered(changes)
            full = [text.line(k, *self._pair(changes[k]), limit=TOOLTIP_CHARS) for k in keys]
            shown = [text.line(k, *self._pair(changes[k])) for k in keys]
            if len(shown) > MAX_LINES:
                more = len(shown) - (MAX_LINES - 1)
                shown = [*shown[: MAX_LINES - 1], tr("… and {count} more").format(count=more)]
            if len(shown) > 1:  # a change that wraps onto a second line still reads as one
                shown = [line if line.startswith("…") else f"• {line}" for line in shown]
            return shown, full
        said = say(message_from_data(entry.summary_message, entry.summary))  # in the reader's language
        summary = elide(said, 200)
        if entry.action in (HistoryAction.CREATED, HistoryAction.DELETED) and changes:
            side = 1 if entry.action == HistoryAction.CREATED else 0
            values = [text.value_line(k, self._pair(changes[k])[side], limit=TOOLTIP_CHARS)
                      for k in text.ordered(changes)
                      if not _empty(self._pair(changes[k])[side])]
            return [summary], [said, *values]
        return [summary], [said] if summary != said else [summary]

    @staticmethod
    def _pair(change: Any) -> tuple[Any, Any]:
        if isinstance(change, list | tuple) and len(change) == 2:
            return change[0], change[1]
        return None, change
