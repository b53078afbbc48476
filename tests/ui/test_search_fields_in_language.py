"""The record pages' search fields show their whole placeholder in German and French, at the
smallest supported window and at full HD (the tools go under the title when they must)."""

from __future__ import annotations

from typing import Any

import pytest
from language_helpers import speaking

from itsm_desktop.ui.common.widgets import SearchField
from itsm_desktop.ui.main_window import MainWindow

RECORD_PAGES = ("catalog", "organizations", "contacts", "agreements")


@pytest.mark.parametrize("language", ["de", "fr"])
@pytest.mark.parametrize("size", [(1024, 700), (1920, 1080)])
def test_every_search_placeholder_shows_whole(language: str, size: tuple[int, int], make_window: Any,
                                               demo_db: Any, qtbot: Any) -> None:
    with speaking(language):
        window: MainWindow = make_window(demo_db)
        window.resize(*size)
        for key in RECORD_PAGES:
            assert window.show_page(key)
            page = window.pages[key]
            search = page.search  # type: ignore[attr-defined]
            assert isinstance(search, SearchField)
            qtbot.waitUntil(lambda s=search: s.isVisible() and s.width() >= s.sizeHint().width())
            shown = search.width() - search.height() - 16  # less the search icon and the paddings
            assert search.fontMetrics().horizontalAdvance(search.placeholderText()) <= shown, (key, size)
            assert search.toolTip() == search.placeholderText()
            if size[0] >= 1920:
                assert not page.header.stacked, key  # type: ignore[attr-defined]  # one line where there is room


def test_a_search_field_asks_for_the_room_of_its_placeholder(qtbot: Any) -> None:
    short, long = SearchField("Search"), SearchField("Rechercher par nom, fonction, e-mail, organisation…")
    for field in (short, long):
        qtbot.addWidget(field)
    assert short.sizeHint().width() < long.sizeHint().width() <= long.maximumWidth()
