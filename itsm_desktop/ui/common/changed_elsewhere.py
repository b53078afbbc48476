"""The strip above an editor whose record someone else saved while it had unsaved changes:
the edits are kept, and the user may compare them with the stored record."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from .theme import set_toned_style


class ChangedElsewhere(QFrame):
    """Says that the record changed meanwhile; ``compare_requested`` when the user asks."""

    compare_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changed_elsewhere")
        set_toned_style(self, "#changed_elsewhere {{ background: {warning_background}; border: 1px solid "
                        "{warning}; border-radius: 6px; }} #changed_elsewhere QLabel {{ background: transparent; }}")
        self.text = QLabel(self.tr("Someone else saved this record while you were editing it. Your changes "
                                   "are kept; compare them with theirs before you save."), self)
        self.text.setObjectName("changed_elsewhere_text")
        self.text.setWordWrap(True)
        self.compare = QPushButton(self.tr("Compare…"), self)
        self.compare.setObjectName("changed_elsewhere_compare")
        self.compare.clicked.connect(self.compare_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.compare)
        self.hide()
