"""The underpinning chain said in the language of the screens: the targets on the agreement
editor's Underpinning tab and in Home's alert, and the refusal of a closed chain."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from language_helpers import speaking
from test_underpinning_tab import open_tab, sla_over_uc  # noqa: F401 — the fixture is shared

from itsm_desktop.domain.errors import ValidationError
from itsm_desktop.services import agreements, underpinning
from itsm_desktop.ui.common.messages import say_error
from itsm_desktop.ui.main_window import MainWindow

EXPECTED = {
    "de": {"target": "P1 Lösung 4\xa0Stunden", "alert": "P1 Lösung 4\xa0Stunden: keine Reserve gegenüber {uc}"},
    "fr": {"target": "P1 résolution 4\xa0heures", "alert": "P1 résolution 4\xa0heures : aucune marge par rapport à {uc}"},
}


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    with speaking(request.param) as code:
        yield code


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_the_chain_and_the_home_alert_name_targets_in_the_language(
        language: str, make_window: Any, db: Any, sla_over_uc: tuple[Any, Any]) -> None:  # noqa: F811
    sla, uc = sla_over_uc
    beneath = agreements.load_agreement(db, uc.id).form.targets[0].id
    sla_target = agreements.load_agreement(db, sla.id).form.targets[0].id
    underpinning.link_target(db, target_id=sla_target, underpinning_target_id=beneath)
    window: MainWindow = make_window(db)
    _editor, tab = open_tab(window, sla.id)
    expected = EXPECTED[language]
    assert tab.model.index(0, 0).data() == expected["target"]
    assert tab.model.index(0, 1).data().endswith(f": {expected['target']}")

    assert window.show_page("home")
    home = window.pages["home"]
    home.refresh()
    details = [home.attention.topLevelItem(i).text(1) for i in range(home.attention.topLevelItemCount())]
    assert expected["alert"].format(uc=uc.reference) in details


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_a_link_beneath_an_ola_target_is_refused_in_the_language(
        language: str, db: Any, sla_over_uc: tuple[Any, Any]) -> None:  # noqa: F811
    sla, uc = sla_over_uc
    beneath = agreements.load_agreement(db, uc.id).form.targets[0].id
    sla_target = agreements.load_agreement(db, sla.id).form.targets[0].id
    with pytest.raises(ValidationError) as refused:
        underpinning.link_target(db, target_id=beneath, underpinning_target_id=sla_target)
    assert str(refused.value.fields["underpinning"]) == "Only the targets of an SLA rest on OLA and UC targets."
    assert say_error(refused.value) == "Nur die Ziele eines SLA stützen sich auf Ziele von OLAs und UCs."
