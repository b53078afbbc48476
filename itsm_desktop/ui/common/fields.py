"""Field widgets and form sections the editors are built from."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextOption, QValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from itsm_desktop.domain.enums import LabelledEnum

from .accessible import name_field
from .editor import FieldErrors
from .local_formats import show_whole
from .translate import label_of
from .widgets import SPACING, heading, muted

W = TypeVar("W", bound=QWidget)  # the field's own widget type, handed back to the editor

Choices = Sequence[tuple[str, Any]]


class ChoiceCombo(QComboBox):
    """A combo box of (label, value) choices, optionally with a "none" entry first.

    Values are kept on the Python side, so enum members come back as enum members.
    """

    def __init__(self, none_label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_label = none_label
        self._values: list[Any] = []
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if none_label is not None:
            self._append(none_label, None)

    def _append(self, label: str, value: Any) -> None:
        self._values.append(value)
        self.addItem(label)
        self.setItemData(self.count() - 1, label, Qt.ItemDataRole.ToolTipRole)

    def set_choices(self, choices: Choices) -> None:
        """Replace the choices, keeping the current value selected when it still exists."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self._values = []
        if self._none_label is not None:
            self._append(self._none_label, None)
        for label, value in choices:
            self._append(label, value)
        self._select(current, keep_unknown=False)
        self.blockSignals(False)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: Any) -> None:
        self._select(value)

    def index_of(self, value: Any) -> int:
        for index, candidate in enumerate(self._values):
            if candidate is None and value is None or candidate is not None and candidate == value:
                return index
        return -1

    def _select(self, value: Any, *, keep_unknown: bool = True) -> None:
        index = self.index_of(value)
        if index < 0 and value is not None and keep_unknown:
            self._append(self.tr("(no longer available)"), value)
            index = self.count() - 1
        if index < 0 and self.count():
            index = 0
        self.setCurrentIndex(index)


def enum_choices(enum: type[LabelledEnum]) -> Callable[[], list[tuple[str, Any]]]:
    """A function giving (label, member) for every member of ``enum``."""
    return lambda: [(label_of(m), m) for m in enum]


def enum_combo(enum: type[LabelledEnum], none_label: str | None = None,
               only: Sequence[LabelledEnum] | None = None) -> ChoiceCombo:
    """A ``ChoiceCombo`` of the members of ``enum`` (or just ``only``), by their labels."""
    combo = ChoiceCombo(none_label)
    combo.set_choices([(label_of(m), m) for m in (only if only is not None else list(enum))])
    return combo


class TextArea(QPlainTextEdit):
    """A multi-line text field of a given height in lines; Tab moves to the next field."""

    def __init__(self, lines: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        height = self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth() + 10
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        self.setFixedHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - mirrors QLineEdit
        self.setPlainText(text)


class LineEdit(QLineEdit):
    """A one-line text field that shows the beginning of a long text once it is filled in.

    ``limit`` is the longest text the record accepts. Unlike Qt's maximum length, which cuts
    what is typed or pasted without a word, a longer text stays as typed and ``problem`` says
    by how much it is too long.
    """

    limit: int | None = None

    def problem(self) -> str:
        """What is wrong with the typed text ("" when nothing)."""
        if self.limit is not None and len(self.text()) > self.limit:
            return self.tr("Too long: at most {limit} characters, this has {count}.").format(
                limit=show_whole(self.limit), count=show_whole(len(self.text())))
        return ""

    def setText(self, text: str | None) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self.setCursorPosition(0)


def line_edit(max_length: int | None = None, placeholder: str = "") -> QLineEdit:
    """A one-line text field."""
    edit = LineEdit()
    if max_length:
        edit.limit = max_length
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class _KeepsTypedText:
    """Return and leaving the field keep a number typed out of range (Qt would put back the
    last value in range without a word): the field shows it and ``problem`` explains."""

    def problem(self) -> str:
        raise NotImplementedError

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.problem():
            event.ignore()  # the dialog's OK or the editor's Save hears it and refuses
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        if self.problem():
            QWidget.focusOutEvent(self, event)  # type: ignore[arg-type]
            return
        super().focusOutEvent(event)  # type: ignore[misc]


class RangeSpinBox(_KeepsTypedText, QSpinBox):
    """A whole number in a range that keeps what was typed, even out of range, and says so.

    Qt's spin box refuses the keystroke that would leave the range, so "150" for a maximum of
    100 silently becomes 15; here the text stays "150" and ``problem`` explains.
    """

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:  # noqa: D102
        state, text, pos = super().validate(text, pos)
        if state == QValidator.State.Invalid and self._typed_number(text) is not None:
            return QValidator.State.Intermediate, text, pos
        return state, text, pos

    def _typed_number(self, text: str) -> int | None:
        core = text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()
        try:
            return int(core)
        except ValueError:
            return None

    def problem(self) -> str:
        """What is wrong with the typed text ("" when nothing)."""
        number = self._typed_number(self.text())
        if number is not None and not self.minimum() <= number <= self.maximum():
            return self.tr("{typed} is out of range: enter a number from {low} to {high}.").format(
                typed=number, low=self.minimum(), high=self.maximum())
        return ""


class RangeDoubleSpinBox(_KeepsTypedText, QDoubleSpinBox):
    """A decimal number in a range that keeps what was typed, even out of range, and says so."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:  # noqa: D102
        state, text, pos = super().validate(text, pos)
        if state == QValidator.State.Invalid and self._typed_number(text) is not None:
            return QValidator.State.Intermediate, text, pos
        return state, text, pos

    def _typed_number(self, text: str) -> float | None:
        core = text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()
        number, ok = self.locale().toDouble(core)
        return number if ok else None

    def problem(self) -> str:
        """What is wrong with the typed text ("" when nothing)."""
        number = self._typed_number(self.text())
        if number is not None and not self.minimum() <= number <= self.maximum():
            shown = [self.locale().toString(n, "g", 15) for n in (number, self.minimum(), self.maximum())]
            return self.tr("{typed} is out of range: enter a number from {low} to {high}.").format(
                typed=shown[0], low=shown[1], high=shown[2])
        return ""


def field_problems(root: QWidget) -> dict[str, str]:
    """Problems of what was typed in the checked fields under ``root``, by field key."""
    problems: dict[str, str] = {}
    for widget in root.findChildren(QWidget):
        if isinstance(widget, LineEdit | RangeSpinBox) and widget.isEnabled():
            problem = widget.problem()
            if problem:
                problems.setdefault(widget.objectName(), problem)
    return problems


def forget_message_on_change(widget: QWidget, label: QLabel) -> None:
    """A message given on saving ("Title is required.") is about the old value: it goes as soon
    as the field changes (a problem of the new value is said again as it is typed)."""
    def forget(*_args: object) -> None:
        if not label.isHidden():
            label.clear()
            label.hide()

    watch(widget, forget)


def say_problems_as_typed(widget: QWidget, label: QLabel) -> None:
    """Show the problem of a checked field under it while the user types, and clear it after."""
    if not isinstance(widget, LineEdit | RangeSpinBox):
        return
    shown = [""]

    def update() -> None:
        problem = widget.problem()
        if problem:
            label.setText(problem)
            label.show()
        elif shown[0] and label.text() == shown[0]:
            label.clear()
            label.hide()
        shown[0] = problem

    if isinstance(widget, LineEdit):
        widget.textChanged.connect(update)
    else:
        widget.lineEdit().textChanged.connect(update)


def watch(widget: QWidget, callback: Callable[..., None]) -> None:
    """Call ``callback`` whenever the user (or the program) changes ``widget``'s value."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.textChanged.connect(callback)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(callback)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(callback)
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(callback)
    else:
        changed = getattr(widget, "changed", None)
        if changed is not None:
            changed.connect(callback)


class FormSection(QWidget):
    """A titled group of labelled fields, each with its error label right under it."""

    def __init__(self, errors: FieldErrors, title: str = "", note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = errors
        self.title = title
        self.outer = outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(SPACING // 2)
        if title:
            outer.addWidget(heading(title, size_delta=1))
        if note:
            outer.addWidget(muted(note))
        self.form = QFormLayout()
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setHorizontalSpacing(SPACING + 4)
        self.form.setVerticalSpacing(SPACING - 2)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        outer.addLayout(self.form)

    def add(self, key: str, label: str, widget: W, *, hint: str = "",
            on_change: Callable[..., None] | None = None) -> W:
        """Add a labelled field; ``key`` names it for error messages and tests."""
        widget.setObjectName(key)
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        if hint:
            box.addWidget(muted(hint, holder))
        error = self.errors.label_for(key, holder)
        box.addWidget(error)
        forget_message_on_change(widget, error)  # before the as-typed problem, which it may show again
        say_problems_as_typed(widget, error)
        caption = QLabel(label, self)
        caption.setObjectName("caption")
        caption.setBuddy(widget)
        caption.setContentsMargins(0, 4, 0, 0)
        self.form.addRow(caption, holder)
        name_field(widget, label, hint)  # the label relation alone does not cross parents
        if on_change is not None:
            watch(widget, on_change)
        return widget

    def add_full(self, key: str, widget: W, *, label: str = "",
                 on_change: Callable[..., None] | None = None) -> W:
        """Add a field that spans the whole width (tables, lists), its label above it."""
        widget.setObjectName(key)
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if label:
            caption = QLabel(label, holder)
            caption.setBuddy(widget)
            box.addWidget(caption)
        box.addWidget(widget)
        box.addWidget(self.errors.label_for(key, holder))
        self.form.addRow(holder)
        name_field(widget, label or self.title)
        if on_change is not None:
            watch(widget, on_change)
        return widget

    def set_row_visible(self, widget: QWidget, visible: bool) -> None:
        """Show or hide the row holding ``widget`` (fields that apply to some kinds only)."""
        holder = widget.parentWidget()
        if holder is not None:
            self.form.setRowVisible(holder, visible)


def align_labels(root: QWidget) -> None:
    """Give every field label under ``root`` the same width, so fields line up across sections."""
    captions = [label for section in root.findChildren(FormSection)
                for label in section.findChildren(QLabel, "caption")]
    if captions:
        width = max(label.sizeHint().width() for label in captions)
        for label in captions:
            label.setMinimumWidth(width)


def page_layout(*sections: QWidget) -> QVBoxLayout:
    """A vertical stack of sections with the editors' spacing, stretching at the bottom."""
    layout = QVBoxLayout()
    layout.setContentsMargins(0, SPACING, SPACING, SPACING)
    layout.setSpacing(SPACING * 2)
    for section in sections:
        layout.addWidget(section)
    layout.addStretch(1)
    return layout
