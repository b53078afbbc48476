"""Helpers of the user-interface tests (imported by the conftest and the tests)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from itsm_desktop.ui.agreements.dialogs import AgreementDialogs
from itsm_desktop.ui.common.dialogs import Dialogs
from itsm_desktop.ui.contacts.editor import ContactDialogs
from itsm_desktop.ui.organizations.letterhead import LetterheadDialogs

DIALOG_CLASSES = (Dialogs, AgreementDialogs, LetterheadDialogs, ContactDialogs)  # every blocking dialog sits behind one of these


class FakeDialogs:
    """Records every dialog asked for and answers with what the test arranged.

    ``answer("confirm", True)`` makes ``Dialogs.confirm`` return True; a dialog without an
    arranged answer raises, so a test notices an unexpected question. The classmethods of every
    class of ``DIALOG_CLASSES`` are replaced.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self._answers: dict[str, Any] = {"info": None, "error": None, "show_about": None}
        for owner in DIALOG_CLASSES:
            for name, member in inspect.getmembers(owner, inspect.ismethod):
                if not name.startswith("_") and member.__self__ is owner:
                    monkeypatch.setattr(owner, name, classmethod(self._fake(name)))

    def _fake(self, name: str) -> Callable[..., Any]:
        def fake(_cls: type, *args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args[1:] + tuple(kwargs.values())))
            if name not in self._answers:
                raise AssertionError(f"unexpected dialog {name}{args[1:]}")
            answer = self._answers[name]
            return answer(*args, **kwargs) if callable(answer) else answer
        return fake

    def answer(self, name: str, value: Any) -> None:
        """Arrange the answer of ``Dialogs.<name>`` (a value, or a callable given the arguments)."""
        self._answers[name] = value

    def names(self) -> list[str]:
        return [name for name, _args in self.calls]

    def texts(self, name: str) -> list[str]:
        """Every text argument passed to the dialogs called ``name``, joined per call."""
        return [" ".join(str(a) for a in args if isinstance(a, str)) for n, args in self.calls if n == name]


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, like a keyboard of any layout would.

    ``QTest.keyClicks`` maps characters to Latin key codes only, so letters such as Cyrillic
    are sent as key events that carry their text.
    """
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
