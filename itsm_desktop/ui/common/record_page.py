"""Bases of the pages in the main window's navigation.

``Page`` is what the main window knows of any page: a title and icon, a status-bar text,
which of the window's record actions it supports, and whether it may be left.
``RecordPage`` is the master/detail page every kind of record uses: a searchable, sortable,
lazily loaded table on the left and the record's editor on the right.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itsm_desktop.domain.errors import NotFoundError
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services.listing import Listing

from ..exchange import table_tools
from .accessible import name, name_field
from .changed_elsewhere import ChangedElsewhere
from .column_fit import ColumnFitter
from .conflicts import ask_reload_changed_meanwhile
from .context import AppContext
from .editor import RecordEditor
from .fields import align_labels
from .local_formats import show_whole
from .lookup import Lookup, LookupField
from .page import Page
from .page_header import PageHeader
from .record_actions import RecordActions
from .table_model import ListingModel
from .theme import set_tone
from .translate import counted_noun, tr
from .widgets import MARGIN, SPACING, EmptyState, SearchField, heading, muted

__all__ = ["RECORD_ACTIONS", "FilterCombo", "FilterSpec", "Page", "RecordPage"]

RECORD_ACTIONS = ("new", "save", "revert", "duplicate", "delete", "find")


DETAIL_ROOM = 720  # the editor's width kept when the list widens to show all its columns


@dataclass(frozen=True)
class FilterSpec:
    """A filter of a record page: listing filter key, "all" label, and its choices.

    ``depends_on`` names the kinds of record whose changes alter the choices (``()`` for fixed
    choices); None refreshes the choices after any change. A filter among very many records
    gives a ``lookup`` instead of ``choices``: a search field where an empty text means all.
    """

    key: str
    all_label: str
    choices: Callable[[AppContext], Sequence[tuple[str, Any]]] | None = None
    depends_on: tuple[str, ...] | None = None
    lookup: Callable[[AppContext], Lookup] | None = None


class FilterCombo(QComboBox):
    """A filter's combo box: as wide as its texts when there is room, narrower when not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMaximumWidth(240)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 80), hint.height())


class RecordPage(RecordActions):
    """Master/detail: a searchable table of one listing and the editor of the selected record.

    Subclasses set ``listing``, ``entity``, the nouns and the empty-state texts, optionally
    ``filter_specs`` and ``column_widths``, and implement ``create_editor``.
    """

    listing: Listing
    plural = translatable("records")
    search_placeholder = translatable("Search")
    empty_title = translatable("No records yet")
    empty_text = ""
    # Whole sentences per kind: an article composed from a noun reads "a organization".
    placeholder_title = translatable("No record selected")
    placeholder_text = translatable("Choose a record in the list to see and edit it here, or create a new one.")
    offer_sample = True
    filter_specs: tuple[FilterSpec, ...] = ()
    column_widths: dict[str, int] = {}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._syncing = False
        self.model = ListingModel(ctx.db, self.listing, self)
        self.editor = self.create_editor()
        align_labels(self.editor)
        self._build()
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(self._after_rows_appended)
        self.editor.dirty_changed.connect(self._on_dirty_changed)
        self.editor.heading_changed.connect(self._update_heading)
        self.editor.saved.connect(self.select_record)
        self.editor.open_requested.connect(ctx.hub.open_record)
        ctx.hub.changed.connect(self._on_changed)
        ctx.hub.database_changed.connect(self._on_database_changed)
        self._show_editor(False)
        self._after_reset()  # the table sorted (and so loaded) itself while being built

    def export_list(self) -> Path | None:
        """Write the list as shown (search, filters, order) to a CSV or XLSX file."""
        return table_tools.export_current_list(self.ctx, self, str(self.entity), self.model)

    # --- to be implemented ----------------------------------------------------------------

    def create_editor(self) -> RecordEditor:
        raise NotImplementedError

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading_label = heading(tr(self.title), size_delta=5)
        # the whole title, always: the filters beside it narrow instead
        self.heading_label.setMinimumWidth(self.heading_label.sizeHint().width())
        self.search = SearchField(tr(self.search_placeholder), self)
        self.search.search_changed.connect(self.model.set_search)
        self.filter_combos: dict[str, QComboBox] = {}
        self.filter_fields: dict[str, LookupField] = {}
        tools: list[QWidget] = []
        for spec in self.filter_specs:
            if spec.lookup is not None:
                field = LookupField(spec.lookup(self.ctx), tr(spec.all_label), self)
                field.setObjectName(f"filter_{spec.key}")
                name_field(field, tr(spec.all_label))
                field.setMaximumWidth(240)
                field.changed.connect(lambda key=spec.key: self._on_filter(key))
                self.filter_fields[spec.key] = field
                tools.append(field)
                continue
            combo = FilterCombo(self)
            combo.setObjectName(f"filter_{spec.key}")
            name(combo, tr(spec.all_label))
            combo.currentIndexChanged.connect(lambda _i, key=spec.key: self._on_filter(key))
            self.filter_combos[spec.key] = combo
            tools.append(combo)
        self.header = PageHeader(self.heading_label, [*tools, self.search], self)
        self._fill_filters()

        self.table = QTableView(self)
        self.table.setObjectName("table")
        name(self.table, tr(self.title))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        horizontal = self.table.horizontalHeader()
        horizontal.setHighlightSections(False)
        horizontal.setStretchLastSection(True)
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        horizontal.setSectionsMovable(True)
        self._apply_column_widths()  # until the first rows come and the columns fit them
        self.columns = ColumnFitter(self.table)
        self.columns.fitted.connect(lambda: self._fit_split())  # the list's width follows its columns'
        self.table.setSortingEnabled(True)
        default_column = next((i for i, c in enumerate(self.listing.columns)
                               if c.key == self.listing.default_sort), 0)
        self.table.sortByColumn(default_column, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        table_tools.install(self.table, self.export_list)  # Ctrl+C, context menu, export

        self.empty = EmptyState(self)
        self.left = QStackedWidget(self)
        self.left.addWidget(self.table)
        self.left.addWidget(self.empty)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self._build_detail())
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 560])
        self._split_chosen = False  # once the user moved the splitter (or it was restored), it stays
        self.splitter.splitterMoved.connect(self._remember_split)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)

    def _build_detail(self) -> QWidget:
        self.placeholder = EmptyState(self)
        self.placeholder.set_content(
            self.icon_name, tr(self.placeholder_title), tr(self.placeholder_text),
            [("placeholder_new", self.tr("New {noun}").format(noun=tr(self.noun)), self.new_record)])
        self.editor_title = heading(size_delta=3)
        self.editor_title.setObjectName("editor_title")
        self.editor_subtitle = muted()
        self.editor_subtitle.setObjectName("editor_subtitle")
        self.editor_subtitle.setWordWrap(False)
        self.dirty_label = QLabel(self.tr("Unsaved changes"))
        self.dirty_label.setObjectName("dirty_label")
        set_tone(self.dirty_label, "warning", bold=True)
        self.dirty_label.hide()
        title_row = QHBoxLayout()
        title_row.setSpacing(SPACING)
        title_row.addWidget(self.editor_title, 1)
        title_row.addWidget(self.dirty_label, 0, Qt.AlignmentFlag.AlignTop)

        scroll = QScrollArea(self)
        scroll.setObjectName("editor_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # an editor wider than the pane scrolls sideways rather than losing its right edge
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(self.editor)

        detail = QFrame(self)
        detail.setObjectName("detail")
        detail.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(detail)
        box.setContentsMargins(MARGIN, MARGIN, 4, MARGIN)
        box.setSpacing(4)
        box.addLayout(title_row)
        box.addWidget(self.editor_subtitle)
        self.changed_elsewhere = ChangedElsewhere(detail)
        self.changed_elsewhere.compare_requested.connect(self.compare_with_stored)
        self.editor.dirty_changed.connect(lambda dirty: None if dirty else self.changed_elsewhere.hide())
        box.addWidget(self.changed_elsewhere)
        box.addSpacing(4)
        box.addWidget(scroll, 1)

        self.right = QStackedWidget(self)
        self.right.addWidget(self.placeholder)
        self.right.addWidget(detail)
        self.right.setMinimumWidth(340)
        return self.right

    def _apply_column_widths(self) -> None:
        header = self.table.horizontalHeader()
        for index, column in enumerate(self.listing.columns):
            width = self.column_widths.get(column.key)
            if width:
                header.resizeSection(index, width)

    def _fill_filters(self, changed: str | None = None) -> None:
        """Fill the filter combos (only those listing ``changed`` records, when given)."""
        for spec in self.filter_specs:
            if changed is not None and spec.depends_on is not None and changed not in spec.depends_on:
                continue
            field = self.filter_fields.get(spec.key)
            if field is not None:
                field.refresh()  # the record chosen may have been renamed
                continue
            if spec.choices is None:
                continue
            combo = self.filter_combos[spec.key]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr(spec.all_label), None)
            for label, value in spec.choices(self.ctx):
                combo.addItem(label, value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    # --- status and actions --------------------------------------------------------------

    def _editor_shown(self) -> bool:
        return self.right.currentIndex() == 1

    def is_dirty(self) -> bool:
        return self._editor_shown() and self.editor.is_dirty()

    def status_text(self) -> str:
        shown = self.model.rowCount()
        total = self.model.total()  # counted once per reload, not per keystroke
        noun = counted_noun(total, self.noun, self.plural)
        if shown == total:
            return self.tr("{count} {noun}").format(count=show_whole(total), noun=noun)
        return self.tr("{shown} of {count} {noun}").format(
            shown=show_whole(shown), count=show_whole(total), noun=noun)

    def action_enabled(self, name: str) -> bool:
        shown = self._editor_shown()
        stored = shown and self.editor.record_id is not None
        return {
            "new": True,
            "find": True,
            "save": shown and (self.editor.is_dirty() or self.editor.record_id is None),
            "revert": shown and self.editor.is_dirty(),
            "duplicate": stored,
            "delete": stored,
        }.get(name, False)

    def trigger_action(self, name: str) -> None:
        handler = {
            "new": self.new_record,
            "save": self.save_record,
            "revert": self.revert_record,
            "duplicate": self.duplicate_record,
            "delete": self.delete_record,
            "find": self.focus_search,
        }.get(name)
        if handler is not None:
            handler()

    def _on_dirty_changed(self, dirty: bool) -> None:
        self.dirty_label.setVisible(dirty)
        self.dirty_changed.emit(dirty)
        self.actions_changed.emit()

    def _update_heading(self) -> None:
        title, subtitle = self.editor.heading()
        if self.editor.record_id is None and not title:
            title = self.tr("New {noun}").format(noun=tr(self.noun))
        width = max(160, self.right.width() - 150)
        for label, text in ((self.editor_title, title), (self.editor_subtitle, subtitle)):
            elided = label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
            label.setText(elided)
            label.setToolTip(text if elided != text else "")
        self.editor_subtitle.setVisible(bool(subtitle))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if not self._split_chosen:
            QTimer.singleShot(0, self._fit_split)  # once the layout has sized the splitter
        if self._editor_shown():
            self._update_heading()

    def _remember_split(self, *_args: Any) -> None:
        self._split_chosen = True

    def _fit_split(self) -> None:
        """Give the list the width of all its columns when the window has room for them and
        the editor (a wide screen), else share the width."""
        total = sum(self.splitter.sizes())
        if total <= 0 or self._split_chosen:
            return
        table = self.table
        wanted = (table.horizontalHeader().length() + table.verticalScrollBar().sizeHint().width()
                  + 2 * table.frameWidth() + 4)
        list_width = max(int(total * 0.4), min(wanted, total - DETAIL_ROOM))
        self.splitter.setSizes([list_width, total - list_width])

    # --- showing records ------------------------------------------------------------------

    def _show_editor(self, shown: bool) -> None:
        self.right.setCurrentIndex(1 if shown else 0)
        self._update_right()
        self.actions_changed.emit()

    def _update_right(self) -> None:
        """An empty list needs no "nothing selected" beside it: the detail shows only to edit."""
        nothing = self.model.rowCount() == 0 and self.left.currentIndex() == 1
        self.right.setVisible(self._editor_shown() or not nothing)

    def _open(self, record_id: int | None) -> None:
        if record_id is None:
            self.editor.load(None)
            self._show_editor(False)
            return
        try:
            self.editor.load(record_id)
        except NotFoundError:
            self.editor.load(None)
            self._show_editor(False)
            self.model.reload()
            return
        self._show_editor(True)

    def _select_row_of(self, record_id: int | None, *, complete: bool = True) -> None:
        """Select the row of ``record_id`` (or nothing) without opening it again; with
        ``complete`` False, among the rows shown only (a list being completed)."""
        self._syncing = True
        try:
            selection = self.table.selectionModel()
            row = self.model.row_of(record_id, complete=complete) if record_id is not None else -1
            if row < 0:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
                return
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        finally:
            self._syncing = False

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        record_id = self.model.id_at(current.row()) if current.isValid() else None
        if record_id is None or (record_id == self.editor.record_id and self._editor_shown()):
            return
        if not self.can_leave():
            self._select_row_of(self.editor.record_id)
            return
        self._open(record_id)

    def select_record(self, record_id: int) -> None:
        """Select the row of a record just saved, and show it."""
        self._select_row_of(record_id)
        if self.editor.record_id != record_id:
            self._open(record_id)

    def show_record(self, record_id: int) -> bool:
        """Show a record asked for from elsewhere (home page, a link in another editor)."""
        if self._editor_shown() and self.editor.record_id == record_id:
            return True
        if not self.can_leave():
            return False
        if self.model.row_of(record_id) < 0 and (self.search.text() or self._active_filters()):
            self.clear_search()
        self._open(record_id)
        self._select_row_of(self.editor.record_id)
        return self.editor.record_id == record_id

    # --- reacting to changes ----------------------------------------------------------------

    def _active_filters(self) -> dict[str, Any]:
        return {k: v for k, v in self.model.filters.items() if v is not None}

    def _after_reset(self) -> None:
        # the first rows of a search paint at once: the record open is selected among them, or
        # once the rest of the list is appended, never by completing the search now
        self._select_row_of(self.editor.record_id if self._editor_shown() else None, complete=False)
        self._update_empty_state()
        self.status_changed.emit()

    def _after_rows_appended(self) -> None:
        """The rest of a list came: select the record open if it is among them."""
        record_id = self.editor.record_id if self._editor_shown() else None
        if record_id is not None and not self.table.selectionModel().hasSelection():
            self._select_row_of(record_id, complete=False)
        self.status_changed.emit()

    def _update_empty_state(self) -> None:
        self._show_empty_state()
        self._update_right()

    def _show_empty_state(self) -> None:
        if self.model.rowCount() > 0:
            self.left.setCurrentIndex(0)
            return
        if self.search.text().strip() or self._active_filters():
            self.empty.set_content(
                "find", self.tr("No matching {plural}").format(plural=tr(self.plural)),
                self.tr("Nothing matches the search and filters. Try other words or clear them."),
                [("clear_search", self.tr("Clear search and filters"), self.clear_search)])
        else:
            buttons = [("empty_new", self.tr("New {noun}").format(noun=tr(self.noun)), self.new_record)]
            if self.offer_sample:
                buttons.append(("empty_sample", self.tr("Load sample portfolio"),
                                lambda: self.action_requested.emit("load_sample")))
            self.empty.set_content(self.icon_name, tr(self.empty_title), tr(self.empty_text), buttons)
        self.left.setCurrentIndex(1)

    def _on_changed(self, entity: str, ids: tuple[int, ...]) -> None:
        self.on_entity_changed(entity, ids)
        if entity != self.entity:
            return
        self.model.refresh(ids)  # only the records that changed, when they can be
        record_id = self.editor.record_id
        if record_id is None or (ids and record_id not in ids):
            return
        if self.editor.is_dirty():  # kept: say so (when it was this record), and let the user compare
            self.changed_elsewhere.setVisible(bool(ids) or self.changed_elsewhere.isVisible())
            return
        self._open(record_id)
        self._select_row_of(self.editor.record_id)

    def compare_with_stored(self) -> None:
        """Show what someone else saved beside the unsaved edits; reload the record if asked."""
        record_id = self.editor.record_id
        if record_id is not None and ask_reload_changed_meanwhile(self, self.editor):
            self._open(record_id)

    def on_entity_changed(self, entity: str, ids: tuple[int, ...]) -> None:
        """Another kind of record changed: refresh choices and lists that show it."""
        if entity != self.entity and self._editor_shown():
            self.editor.related_changed(entity, ids)
        if not self.editor.is_dirty():
            self.editor.refresh_choices()
        if self.filter_specs:
            self._fill_filters(entity)

    def _on_database_changed(self) -> None:
        self.editor.load(None)
        self._show_editor(False)
        self.search.clear()
        for field in self.filter_fields.values():
            field.reset()
        self._fill_filters()
        self.model.filters.clear()
        self.model.set_database(self.ctx.db)
        self.actions_changed.emit()

    # --- search and filters -----------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def clear_search(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for combo in self.filter_combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for field in self.filter_fields.values():
            field.reset()
        self.model.search = ""
        self.model.filters.clear()
        self.model.reload()

    def show_only(self, key: str, value: Any) -> None:
        """List the records of one filter value, whatever was searched or filtered before (a home
        card's "Retiring (1)" then never opens an empty list)."""
        self.clear_search()
        self.set_filter(key, value)

    def _on_filter(self, key: str) -> None:
        field = self.filter_fields.get(key)
        value = field.value() if field is not None else self.filter_combos[key].currentData()
        self.model.set_filters(**{key: value})

    def set_filter(self, key: str, value: Any) -> None:
        """Choose a filter value programmatically (the home page opens "live services")."""
        field = self.filter_fields.get(key)
        if field is not None:
            field.choose(value)
            return
        combo = self.filter_combos.get(key)
        if combo is None:
            self.model.set_filters(**{key: value})
            return
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    # --- state ------------------------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(self.settings_key("splitter"), self.splitter.saveState())
        settings.setValue(self.settings_key("columns"), self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value(self.settings_key("splitter"))
        if splitter is not None:
            self._split_chosen = self.splitter.restoreState(splitter)
        columns = settings.value(self.settings_key("columns"))
        if columns is not None and self.table.horizontalHeader().restoreState(columns):
            self.columns.restored()
