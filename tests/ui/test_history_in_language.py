"""The history of a record said in the reader's language: entries stored as sentences with
their values are worded anew; summaries written before are shown as they were stored."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from language_helpers import speaking

from itsm_desktop.domain.models import HistoryEntry
from itsm_desktop.services import agreements, lifecycle
from itsm_desktop.store import Database
from itsm_desktop.ui.common.history_panel import HistoryPanel


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    with speaking(request.param) as code:
        yield code


def _shown(panel: HistoryPanel) -> list[str]:
    return [panel.topLevelItem(row).text(3) for row in range(panel.topLevelItemCount())]


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_the_history_reads_in_the_language_of_the_screens(language: str, make_window: Any, make: Any,
                                                          db: Database, qtbot: Any) -> None:
    agreement = make.agreement(title="Mail")
    version = agreements.load_agreement(db, agreement.id).agreement.version
    lifecycle.submit_for_review(db, agreement_id=agreement.id, version=version)
    reference = agreement.reference
    with db.write() as session:  # an entry written before sentences were kept
        session.execute(sa.update(HistoryEntry).where(HistoryEntry.entity_id == agreement.id,  # type: ignore[arg-type]
                                                      HistoryEntry.summary == "Submitted for review")
                        .values(summary_message=None, summary="Submitted for review (before)"))
    lifecycle.return_to_draft(db, agreement_id=agreement.id,
                              version=agreements.load_agreement(db, agreement.id).agreement.version)
    window = make_window(db)
    panel = HistoryPanel(window.ctx, "agreement", None)
    qtbot.addWidget(panel)
    panel.show_record(agreement.id)
    panel.refresh()  # a hidden panel reads when shown
    shown = _shown(panel)
    assert shown[0] == {"de": "Zurück in den Entwurf", "fr": "Renvoyé en brouillon"}[language]
    assert shown[1] == "Submitted for review (before)"  # as it was stored
    assert shown[2] == {"de": f"Vereinbarung {reference} Revision 1 angelegt",
                        "fr": f"Création : accord {reference} révision 1"}[language]
