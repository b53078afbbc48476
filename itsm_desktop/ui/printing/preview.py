"""The print preview: rendered pages, zoom, page navigation, Print… and Export PDF…."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMargins,
    QObject,
    QPointF,
    QRegularExpression,
    QSettings,
    QSignalBlocker,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QGuiApplication,
    QHideEvent,
    QKeySequence,
    QPalette,
    QRegularExpressionValidator,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from itsm_desktop.ui.common.fields import ChoiceCombo
from itsm_desktop.ui.common.icons import icon
from itsm_desktop.ui.common.language_field import language_combo
from itsm_desktop.ui.common.local_formats import show_percent

from .pdf import PREVIEW_GEOMETRY_KEY, load_pdf, page_size_names, replace_pdf

ZOOM_LEVELS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
MIN_ZOOM, MAX_ZOOM = ZOOM_LEVELS[0], ZOOM_LEVELS[-1]
# QPdfView fits a page "in view" minus one page spacing and ignores the top and bottom
# margins: half a spacing above and below keeps a fitted page whole and centred.
PAGE_SPACING = 16
SIDE_MARGIN = 16
MIN_WIDTH, MIN_HEIGHT = 560, 420


class PreviewDialog(QDialog):
    """A window showing a rendered PDF; it does not block the rest of the application.

    Print… and Export PDF… and a change of paper size (or, for a document printed in the
    language the user chooses, of language) are requested through signals: whoever opened the
    preview knows how to print, where to save and how to render again.
    """

    print_requested = Signal()
    export_requested = Signal()
    page_size_requested = Signal(str)
    language_requested = Signal(str)  # a document language code ("de")

    def __init__(self, data: bytes, *, title: str, page_size: str, language: str | None = None,
                 settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        """``language``: the document's language when the user may choose it here (the
        catalog report; an agreement prints in its own)."""
        super().__init__(parent)
        self.setObjectName("print_preview")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setSizeGripEnabled(True)
        self._settings = settings
        self._data = data
        self._page_size = page_size
        self._language = language
        self.document_title = title
        self.setWindowTitle(self.tr("{title} – Preview").format(title=title))

        self.document: QPdfDocument = load_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocumentMargins(QMargins(SIDE_MARGIN, PAGE_SPACING // 2,
                                              SIDE_MARGIN, PAGE_SPACING // 2))
        self.view.setPageSpacing(PAGE_SPACING)
        # Pages read as sheets of paper only on a darker desk.
        self.view.setBackgroundRole(QPalette.ColorRole.Mid)
        self.view.viewport().setBackgroundRole(QPalette.ColorRole.Mid)
        self.view.setDocument(self.document)
        self.view.viewport().installEventFilter(self)

        self.toolbar = self._build_toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        # A minimum size of our own, set before the window exists: the layout would otherwise
        # impose one on the live window, which some platforms cannot pass on.
        self.setMinimumSize(self.minimumSizeHint().expandedTo(QSize(MIN_WIDTH, MIN_HEIGHT)))

        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._show_page_number)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self.view.zoomModeChanged.connect(self._show_zoom)
        self._refresh_document()
        self._restore_geometry()
        self.view.setFocus()

    # --- building --------------------------------------------------------------------

    def _action(self, name: str, text: str, icon_name: str, slot: Callable[[], object],
                shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
            keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.rstrip('…')} ({keys})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        bar.setObjectName("preview_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.print_action = self._action("preview_print", self.tr("Print…"), "print",
                                         self.print_requested.emit, QKeySequence.StandardKey.Print)
        self.export_action = self._action("preview_export", self.tr("Export PDF…"), "export-pdf",
                                          self.export_requested.emit, QKeySequence.StandardKey.Save)
        bar.addAction(self.print_action)
        bar.addAction(self.export_action)
        bar.addSeparator()

        self.previous_action = self._action("preview_previous", self.tr("Previous page"),
                                            "previous-page", self.previous_page)
        self.next_action = self._action("preview_next", self.tr("Next page"), "next-page",
                                        self.next_page)
        self.page_spin = QSpinBox(bar)
        self.page_spin.setObjectName("page_spin")
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.page_spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.page_spin.setAccessibleName(self.tr("Page number"))
        self.page_spin.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.page_count_label = QLabel(bar)
        self.page_count_label.setObjectName("page_count")
        bar.addAction(self.previous_action)
        bar.addWidget(_padded(QLabel(self.tr("Page"), bar), left=6, right=4))
        bar.addWidget(self.page_spin)
        bar.addWidget(_padded(self.page_count_label, left=4, right=6))
        bar.addAction(self.next_action)
        bar.addSeparator()

        group = QActionGroup(self)
        self.fit_width_action = self._action("preview_fit_width", self.tr("Fit width"), "fit-width",
                                             self.fit_width)
        self.fit_page_action = self._action("preview_fit_page", self.tr("Fit page"), "fit-page",
                                            self.fit_page)
        for action in (self.fit_width_action, self.fit_page_action):
            action.setCheckable(True)
            group.addAction(action)
        self.zoom_out_action = self._action("preview_zoom_out", self.tr("Zoom out"), "zoom-out",
                                            self.zoom_out, QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_action = self._action("preview_zoom_in", self.tr("Zoom in"), "zoom-in",
                                           self.zoom_in, QKeySequence.StandardKey.ZoomIn)
        self.zoom_combo = QComboBox(bar)
        self.zoom_combo.setObjectName("zoom_combo")
        self.zoom_combo.setEditable(True)
        self.zoom_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zoom_combo.setAccessibleName(self.tr("Zoom"))
        for level in ZOOM_LEVELS:
            self.zoom_combo.addItem(_percent(level), level)
        editor = self.zoom_combo.lineEdit()
        assert editor is not None  # an editable combo box has one
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(r"\s*\d{0,3}\s*%?\s*"), self))
        editor.returnPressed.connect(lambda: self._zoom_from_text(editor.text()))
        self.zoom_combo.textActivated.connect(self._zoom_from_text)
        self.zoom_combo.setMinimumContentsLength(5)
        self.zoom_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        bar.addAction(self.fit_width_action)
        bar.addAction(self.fit_page_action)
        bar.addAction(self.zoom_out_action)
        bar.addWidget(self.zoom_combo)
        bar.addAction(self.zoom_in_action)
        for action in (self.previous_action, self.next_action, self.fit_width_action,
                       self.fit_page_action, self.zoom_out_action, self.zoom_in_action):
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.page_size_combo = QComboBox(bar)
        self.page_size_combo.setObjectName("page_size_combo")
        self.page_size_combo.setAccessibleName(self.tr("Paper size"))
        self.page_size_combo.setToolTip(self.tr("The paper the document is laid out for"))
        for value, label in page_size_names():
            self.page_size_combo.addItem(label, value)
        self._select_page_size(self._page_size)
        self.page_size_combo.currentIndexChanged.connect(self._page_size_chosen)
        bar.addWidget(_padded(QLabel(self.tr("Paper"), bar), left=6, right=4))
        bar.addWidget(self.page_size_combo)
        self.language_combo: ChoiceCombo | None = None
        if self._language is not None:
            self.language_combo = language_combo(parent=bar)
            self.language_combo.setObjectName("document_language_combo")
            self.language_combo.setAccessibleName(self.tr("Document language"))
            self.language_combo.setToolTip(self.tr("The language the document is written in"))
            self.language_combo.setMinimumContentsLength(8)
            self.language_combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.language_combo.set_value(self._language)
            self.language_combo.currentIndexChanged.connect(self._language_chosen)
            bar.addWidget(_padded(QLabel(self.tr("Language"), bar), left=6, right=4))
            bar.addWidget(self.language_combo)
        return bar

    # --- document ----------------------------------------------------------------------

    @property
    def page_size(self) -> str:
        """The paper size the shown document was rendered for ("A4" or "Letter")."""
        return self._page_size

    def pdf_data(self) -> bytes:
        """The bytes of the PDF shown."""
        return self._data

    def page_count(self) -> int:
        """How many pages the document has."""
        return self.document.pageCount()

    @property
    def language(self) -> str | None:
        """The language the shown document was rendered in, when the preview offers a choice."""
        return self._language

    def set_pdf(self, data: bytes, page_size: str, language: str | None = None) -> None:
        """Show ``data`` (the same document rendered again), staying on the same page."""
        page = self.current_page()
        self._data = data
        self._page_size = page_size
        if language is not None:
            self._language = language
        replace_pdf(self.document, data)
        self._select_page_size(page_size)
        self._select_language()
        self.set_busy(False)
        self._refresh_document()
        self.go_to_page(min(page, self.page_count() - 1))

    def set_busy(self, busy: bool) -> None:
        """While the document renders again: no second paper change, no printing stale pages."""
        self.page_size_combo.setEnabled(not busy)
        if self.language_combo is not None:
            self.language_combo.setEnabled(not busy)
        self.print_action.setEnabled(not busy)
        self.export_action.setEnabled(not busy)

    def revert_choices(self) -> None:
        """Show the paper size and language of the document again (after a cancelled or
        failed render)."""
        self._select_page_size(self._page_size)
        self._select_language()
        self.set_busy(False)

    def _select_language(self) -> None:
        if self.language_combo is not None and self._language is not None:
            with QSignalBlocker(self.language_combo):
                self.language_combo.set_value(self._language)

    @Slot(int)
    def _language_chosen(self, _index: int) -> None:
        assert self.language_combo is not None
        code = self.language_combo.value()
        if code and code != self._language:
            self.set_busy(True)
            self.language_requested.emit(code)

    def _select_page_size(self, name: str) -> None:
        with QSignalBlocker(self.page_size_combo):
            index = self.page_size_combo.findData(name)
            self.page_size_combo.setCurrentIndex(max(0, index))

    @Slot(int)
    def _page_size_chosen(self, index: int) -> None:
        name = self.page_size_combo.itemData(index)
        if name and name != self._page_size:
            self.set_busy(True)
            self.page_size_requested.emit(name)

    def _refresh_document(self) -> None:
        count = max(1, self.page_count())
        with QSignalBlocker(self.page_spin):
            self.page_spin.setRange(1, count)
        self.page_spin.setFixedWidth(self.page_spin.fontMetrics().horizontalAdvance(str(count)) * 2 + 16)
        self.page_count_label.setText(self.tr("of {count}").format(count=self.page_count()))
        self._show_page_number(self.current_page())
        self._show_zoom()

    # --- navigation --------------------------------------------------------------------

    def current_page(self) -> int:
        """The page (0-based) at the top of the view."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        """Scroll so that ``page`` (0-based) is at the top."""
        page = max(0, min(page, self.page_count() - 1))
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        if page > 0:  # the view puts the page's edge at the very top; show the gap above it
            bar = self.view.verticalScrollBar()
            bar.setValue(bar.value() - PAGE_SPACING // 2)
        self._show_page_number(page)

    @Slot()
    def previous_page(self) -> None:
        """Show the page before the current one."""
        self.go_to_page(self.current_page() - 1)

    @Slot()
    def next_page(self) -> None:
        """Show the page after the current one."""
        self.go_to_page(self.current_page() + 1)

    @Slot(int)
    def _show_page_number(self, page: int) -> None:
        with QSignalBlocker(self.page_spin):
            self.page_spin.setValue(page + 1)
        self.previous_action.setEnabled(page > 0)
        self.next_action.setEnabled(page < self.page_count() - 1)

    # --- zoom ----------------------------------------------------------------------------

    def zoom(self) -> float:
        """The scale the pages are shown at (1.0 = true size), also in the fitting modes."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.view.zoomFactor()
        points = self.document.pagePointSize(max(0, self.current_page()))
        scale = self.logicalDpiX() / 72.0
        margins = self.view.documentMargins()
        viewport = self.view.viewport().size()
        width = viewport.width() - margins.left() - margins.right()
        by_width = width / (points.width() * scale)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return by_width
        height = viewport.height() - PAGE_SPACING
        return min(by_width, height / (points.height() * scale))

    def set_zoom(self, factor: float) -> None:
        """Show the pages at ``factor`` (1.0 = true size), keeping the current page in view."""
        page = self.current_page()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, factor)))
        self.go_to_page(page)
        self._show_zoom()

    @Slot()
    def zoom_in(self) -> None:
        """The next larger zoom level."""
        current = self.zoom()
        self.set_zoom(next((z for z in ZOOM_LEVELS if z > current * 1.01), MAX_ZOOM))

    @Slot()
    def zoom_out(self) -> None:
        """The next smaller zoom level."""
        current = self.zoom()
        self.set_zoom(next((z for z in reversed(ZOOM_LEVELS) if z < current * 0.99), MIN_ZOOM))

    @Slot()
    def fit_width(self) -> None:
        """Make the pages as wide as the window."""
        self._fit(QPdfView.ZoomMode.FitToWidth)

    @Slot()
    def fit_page(self) -> None:
        """Make a whole page fit in the window."""
        self._fit(QPdfView.ZoomMode.FitInView)

    def _fit(self, mode: QPdfView.ZoomMode) -> None:
        page = self.current_page()
        self.view.setZoomMode(mode)
        self.go_to_page(page)
        self._show_zoom()

    @Slot(str)
    def _zoom_from_text(self, text: str) -> None:
        digits = "".join(ch for ch in text if ch.isdigit())
        if digits:
            self.set_zoom(int(digits) / 100)
        else:
            self._show_zoom()

    @Slot()
    def _show_zoom(self) -> None:
        mode = self.view.zoomMode()
        self.fit_width_action.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_action.setChecked(mode == QPdfView.ZoomMode.FitInView)
        factor = self.zoom()
        with QSignalBlocker(self.zoom_combo):
            index = self.zoom_combo.findData(factor) if mode == QPdfView.ZoomMode.Custom else -1
            self.zoom_combo.setCurrentIndex(index)
            self.zoom_combo.setEditText(_percent(factor))
        self.zoom_in_action.setEnabled(factor < MAX_ZOOM * 0.99)
        self.zoom_out_action.setEnabled(factor > MIN_ZOOM * 1.01)

    # --- window ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # The fitted zoom follows the size of the view's viewport.
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._show_zoom()
        return super().eventFilter(watched, event)

    def _restore_geometry(self) -> None:
        saved = self._settings.value(PREVIEW_GEOMETRY_KEY) if self._settings is not None else None
        if isinstance(saved, QByteArray) and self.restoreGeometry(saved):
            return
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        self.resize(min(980, int(available.width() * 0.9)), min(1080, int(available.height() * 0.9)))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        if self._settings is not None:
            self._settings.setValue(PREVIEW_GEOMETRY_KEY, self.saveGeometry())
        super().hideEvent(event)


def _percent(factor: float) -> str:
    """The zoom as the user's locale writes a percentage ("150 %" in German and French)."""
    return show_percent(round(factor * 100))


def _padded(label: QLabel, *, left: int, right: int) -> QLabel:
    label.setContentsMargins(left, 0, right, 0)
    return label
