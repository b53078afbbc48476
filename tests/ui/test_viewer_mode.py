"""A viewer's window offers no button that would change records, even in empty states."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget

from itsm_desktop.ui.common.widgets import EmptyState
from itsm_desktop.ui.viewer_mode import lock_empty_states


def _fill(state: EmptyState) -> None:
    state.set_content("find", "Nothing here", "Start somewhere.",
                      [("empty_new", "New service", lambda: None),
                       ("empty_sample", "Load sample portfolio", lambda: None),
                       ("welcome_guide", "Read the guide", lambda: None)])


def _enabled(state: EmptyState) -> dict[str, bool]:
    """Whether each button is enabled (every button of that name, the replaced ones included)."""
    buttons = state.findChildren(QPushButton)
    return {name: all(b.isEnabled() for b in buttons if b.objectName() == name)
            for name in ("empty_new", "empty_sample", "welcome_guide")}


def test_empty_states_of_a_read_only_page_disable_creating_buttons_and_keep_them_disabled(qtbot: Any) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    state = EmptyState(page)
    _fill(state)
    lock_empty_states(page, True)
    assert _enabled(state) == {"empty_new": False, "empty_sample": False, "welcome_guide": True}
    _fill(state)  # the content is set again when the list changes: the lock holds
    assert _enabled(state) == {"empty_new": False, "empty_sample": False, "welcome_guide": True}
    lock_empty_states(page, False)  # the same window on a database the user may change
    assert _enabled(state) == {"empty_new": True, "empty_sample": True, "welcome_guide": True}
