"""Sentences made below the screens — rule messages, conflicts, undo steps, counts — said in
the language of the screens, with numbers in its locale."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Iterator
from typing import Any

import pytest
from language_helpers import speaking
from PySide6.QtCore import Qt

from itsm_desktop.domain.errors import ConflictError, ValidationError
from itsm_desktop.domain.translatable import Message, translatable
from itsm_desktop.services import catalog
from itsm_desktop.ui.catalog.page import CatalogPage
from itsm_desktop.ui.common.messages import say, say_error
from itsm_desktop.ui.common.translate import tr
from itsm_desktop.ui.main_window import MainWindow


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    with speaking(request.param) as code:
        yield code


def test_a_marked_sentence_reads_in_english_below_the_screens() -> None:
    message = translatable("{label} is too long (at most {limit:,} characters).",
                           label=translatable("Name"), limit=12000)
    assert message == "Name is too long (at most 12,000 characters)."
    assert isinstance(message, Message) and message.template.startswith("{label}")
    for copied in (copy.deepcopy(message), pickle.loads(pickle.dumps(message))):
        assert copied == message and copied.values == message.values  # type: ignore[attr-defined]
    conflict = ConflictError("service", 4, 2, 3)
    assert str(conflict) == ("The service was changed by someone else since you opened it "
                             "(version 2 → 3); nothing was saved.")


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_rule_messages_and_conflicts_are_said_in_the_language(language: str) -> None:
    long = translatable("{label} is too long (at most {limit:,} characters).",
                        label=translatable("Name"), limit=12000)
    assert say(long) == {"de": "Name: zu lang (höchstens 12.000 Zeichen).",
                         "fr": "Nom : texte trop long (au plus 12\u202f000 caractères)."}[language]
    assert say("typed by a user") == "typed by a user"
    conflict = say_error(ConflictError("service", 4, 2, 3))
    assert conflict == {
        "de": "Dieser Datensatz (Service) wurde seit dem Öffnen von jemand anderem geändert (Version 2 → 3); "
              "es wurde nichts gespeichert.",
        "fr": "Cette fiche (service) a été modifiée par quelqu’un d’autre depuis son ouverture (version 2 → 3) ; "
              "rien n’a été enregistré."}[language]
    refused = ValidationError({"name": translatable("{label} is required.", label=translatable("Name")),
                               "notes": "plain"})
    assert say_error(refused) == {"de": "Name: Angabe erforderlich.; plain",
                                  "fr": "Nom : ce champ est obligatoire.; plain"}[language]


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_counts_take_the_plural_of_the_language(language: str) -> None:
    said = [tr("%Ln service(s) in the catalog", "", n) for n in (0, 1, 2, 12500)]
    assert said == {
        "de": ["0 Services im Katalog", "1 Service im Katalog", "2 Services im Katalog",
               "12.500 Services im Katalog"],
        "fr": ["0 service dans le catalogue", "1 service dans le catalogue", "2 services dans le catalogue",
               "12\u202f500 services dans le catalogue"],
    }[language]


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_a_page_counts_its_records_in_the_plural_of_the_language(language: str, make_window: Any, db: Any,
                                                                  make: Any) -> None:
    window: MainWindow = make_window(db)
    assert window.show_page("catalog")
    page = window.pages["catalog"]
    assert isinstance(page, CatalogPage)
    said = [page.status_text()]
    for code in ("MAIL", "WEB"):
        make.service(code, name=code)
        page.model.reload()
        said.append(page.status_text())
    assert said == {"de": ["0 Services", "1 Service", "2 Services"],  # French: 0 and 1 are singular
                    "fr": ["0 service", "1 service", "2 services"]}[language]


def test_english_counts_drop_the_optional_ending() -> None:
    assert tr("%Ln service(s) in the catalog", "", 1) == "1 service in the catalog"
    assert tr("%Ln service(s) in the catalog", "", 3) == "3 services in the catalog"


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_an_editor_says_what_is_wrong_in_the_language(language: str, make_window: Any, db: Any,
                                                      qtbot: Any, make: Any) -> None:
    window: MainWindow = make_window(db)
    assert window.show_page("catalog")
    page = window.pages["catalog"]
    assert isinstance(page, CatalogPage)
    window.window_actions.new.trigger()
    qtbot.keyClicks(page.editor.code, "MAIL")
    window.window_actions.save.trigger()
    assert page.editor.errors.text("name") == {"de": "Name: Angabe erforderlich.",
                                               "fr": "Nom : ce champ est obligatoire."}[language]
    assert catalog.find_service_by_code(db, "MAIL") is None


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_undo_steps_are_named_in_the_language(language: str, make_window: Any, db: Any,
                                              qtbot: Any, make: Any) -> None:
    service = make.service("MAIL", name="E-mail")
    window: MainWindow = make_window(db)
    assert window.show_page("catalog")
    page = window.pages["catalog"]
    assert isinstance(page, CatalogPage)
    page.model.reload()
    page.table.selectRow(page.model.row_of(service.id))
    page.editor.name.clear()
    qtbot.keyClicks(page.editor.name, "Mail")
    window.window_actions.save.trigger()
    assert catalog.get_service(db, service.id).name == "Mail"
    step = {"de": "Service „Mail“ umbenennen", "fr": "Renommer : service « Mail »"}[language]
    assert step in window.window_actions.undo.text()  # Qt words the action around it


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_the_underpinning_margins_and_reasons_are_said_in_the_language(language: str, make_window: Any, db: Any,
                                                                        make: Any) -> None:
    from itsm_desktop.domain.enums import AgreementKind, Metric, Priority, TargetUnit
    from itsm_desktop.domain.forms import TargetRow
    from itsm_desktop.services import agreements, underpinning
    from itsm_desktop.ui.agreements.page import AgreementsPage

    def resolution(value: float, unit: TargetUnit, priority: Priority) -> TargetRow:
        return TargetRow(metric=Metric.RESOLUTION_TIME, value=value, unit=unit, priority=priority)

    service = make.service()
    sla = make.active_agreement(services=[service], targets=[
        resolution(8, TargetUnit.HOURS, Priority.P1), resolution(8, TargetUnit.HOURS, Priority.P2),
        resolution(4, TargetUnit.HOURS, Priority.P3)])
    ola = make.active_agreement(kind=AgreementKind.OLA, services=[service], targets=[
        resolution(6.5, TargetUnit.HOURS, Priority.P1), resolution(1, TargetUnit.BUSINESS_HOURS, Priority.P2),
        resolution(5, TargetUnit.HOURS, Priority.P3)])
    pairs = zip(agreements.load_agreement(db, sla.id).form.targets, agreements.load_agreement(db, ola.id).form.targets,
                strict=True)
    for above, beneath in pairs:
        underpinning.link_target(db, target_id=above.id, underpinning_target_id=beneath.id)
    window: MainWindow = make_window(db)
    assert window.show_page("agreements")
    page = window.pages["agreements"]
    assert isinstance(page, AgreementsPage)
    page.model.reload()
    page.show_record(sla.id)
    model = page.editor.underpinning.model
    margins = [model.index(row, 2).data() for row in range(3)]
    reason = model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert (margins, reason) == {
        "de": (["1 h 30 min", "Keine Reserve gesichert", "Keine Reserve (1 h zu wenig)"],
               "1\u00a0Geschäftsstunde zählt nur Geschäftszeit und kann 8\u00a0Stunden in Kalenderzeit nicht sichern."),
        "fr": (["1 h 30 min", "Aucune marge assurée", "Aucune marge (1 h de moins)"],
               "1\u00a0heure ouvrée ne compte que le temps ouvré ; cela ne peut pas garantir 8\u00a0heures en "
               "temps écoulé."),
    }[language]


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_refusals_of_the_services_are_said_in_the_language(language: str, db: Any, make: Any) -> None:
    from itsm_desktop.domain.errors import InUseError, NotFoundError
    from itsm_desktop.domain.forms import ServiceForm
    from itsm_desktop.domain.models import Service
    from itsm_desktop.domain.values import hours_problems
    from itsm_desktop.services import stakeholders

    with pytest.raises(NotFoundError) as gone:
        catalog.get_service(db, 999)
    team = make.internal("Network team")
    make.internal("Cabling squad", parent_id=team.id)
    with pytest.raises(InUseError) as in_use:
        stakeholders.delete_organization(db, organization_id=team.id)
    with pytest.raises(ValidationError) as wrong_kind:  # a form filled by a program, not by the editor
        catalog.create_service(db, form=ServiceForm(code="MAIL", name="E-mail", price="12"))  # type: ignore[arg-type]
    said = [say_error(gone.value), say_error(in_use.value), say_error(wrong_kind.value),
            say(hours_problems({"days": {"mon": ["08:00"]}})[0])]
    assert Service.entity_label == "service"
    assert said == {
        "de": ["Dieser Datensatz (Service) existiert nicht mehr.",
               "„Network team“ kann nicht gelöscht werden, weil andere Datensätze darauf verweisen: "
               "untergeordnete Einheiten (1). Markieren Sie den Datensatz stattdessen als inaktiv oder entfernen "
               "Sie diese zuerst.",
               "Price: Geben Sie einen genauen Betrag ein.",
               "Montag: Geben Sie Beginn und Ende an, z. B. 08:00 und 18:00."],
        "fr": ["Cette fiche (service) n’existe plus.",
               "« Network team » ne peut pas être supprimé, car d’autres fiches y font référence : unités "
               "rattachées (1). Marquez-le plutôt comme inactif, ou supprimez-les d’abord.",
               "Price : saisissez un montant exact.",
               "Lundi : indiquez une heure de début et de fin, par ex. 08:00 et 18:00."],
    }[language]


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_the_service_hours_name_the_days_as_the_locale_does(language: str, qtbot: Any) -> None:
    from itsm_desktop.ui.catalog.service_parts import HoursEditor

    editor = HoursEditor()
    qtbot.addWidget(editor)
    days = [editor.open[day].text() for day in ("mon", "sun")]
    assert days == {"de": ["Montag", "Sonntag"], "fr": ["Lundi", "Dimanche"]}[language]


def test_a_step_named_by_a_source_is_named_again_in_the_new_language(make_window: Any, db: Any, qapp: Any) -> None:
    from itsm_desktop.ui.common.commands import CallCommand, adopt_steps, quoted

    window: MainWindow = make_window(db)
    step = CallCommand(window.ctx, lambda: tr("Revise {label}").format(label=quoted(translatable("agreement"), "SLA-1")),
                       redo=lambda: None, undo=lambda: None)
    fixed = CallCommand(window.ctx, "Imported by a script", redo=lambda: None, undo=lambda: None)
    window.ctx.undo_stack.push(step)
    window.ctx.undo_stack.push(fixed)
    assert step.text() == "Revise agreement ‘SLA-1’"
    with speaking("de"):
        adopt_steps(window.ctx.undo_stack, window.ctx)
        assert window.ctx.undo_stack.command(0).text() == "Vereinbarung „SLA-1“ überarbeiten"
        assert window.ctx.undo_stack.command(1).text() == "Imported by a script"  # a plain text stays


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_a_refused_backup_is_said_in_the_language(language: str, db: Any, tmp_path: Any) -> None:
    from itsm_desktop.domain.errors import ItsmError
    from itsm_desktop.services.maintenance import backup_database

    with pytest.raises(ItsmError) as refused:
        backup_database(db, output=tmp_path)  # a folder
    assert say_error(refused.value) == {"de": f"{tmp_path.resolve()} ist ein Ordner; geben Sie der Sicherung einen "
                                              "Dateinamen.",
                                        "fr": f"{tmp_path.resolve()} est un dossier ; donnez un nom de fichier à la "
                                              "sauvegarde."}[language]
