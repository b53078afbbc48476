"""The underpinning annex of a printed SLA, read back from the PDF."""

from __future__ import annotations

from typing import Any

from itsm_desktop.domain.enums import AgreementKind, Metric, Priority, TargetUnit
from itsm_desktop.domain.forms import TargetRow
from itsm_desktop.services import agreements, printing, underpinning
from itsm_desktop.store import Database


def _target(metric: Metric, value: float, unit: TargetUnit, priority: Priority | None = None,
            service_id: int | None = None) -> TargetRow:
    return TargetRow(metric=metric, value=value, unit=unit, priority=priority, service_id=service_id)


def _ids(db: Database, agreement: Any) -> list[int]:
    return [t.id for t in agreements.load_agreement(db, agreement.id).form.targets]


def test_the_annex_names_each_target_beneath_and_flags_the_one_without_margin(
        db: Database, make: Any, read_pdf: Any) -> None:
    service = make.service(name="Corporate E-mail", code="EMAIL")
    h = TargetUnit.HOURS
    sla = make.active_agreement(services=[service], targets=[
        _target(Metric.RESOLUTION_TIME, 4, h, Priority.P1),
        _target(Metric.RESOLUTION_TIME, 8, h, Priority.P2),
        _target(Metric.AVAILABILITY, 99.5, TargetUnit.PERCENT, service_id=service.id),
        _target(Metric.CUSTOMER_SATISFACTION, 90, TargetUnit.PERCENT)])
    supplier = make.supplier("Meridian Telecom plc")
    uc = make.active_agreement(kind=AgreementKind.UC, provider=supplier, services=[service], targets=[
        _target(Metric.RESOLUTION_TIME, 4, h, Priority.P1),
        _target(Metric.AVAILABILITY, 99.9, TargetUnit.PERCENT, service_id=service.id)])
    ola = make.active_agreement(kind=AgreementKind.OLA, services=[service], targets=[
        _target(Metric.RESOLUTION_TIME, 6, h, Priority.P2)])
    sla_ids, uc_ids, ola_ids = _ids(db, sla), _ids(db, uc), _ids(db, ola)
    for target, beneath in ((sla_ids[0], uc_ids[0]), (sla_ids[1], ola_ids[0]), (sla_ids[2], uc_ids[1])):
        underpinning.link_target(db, target_id=target, underpinning_target_id=beneath)

    pdf = read_pdf(printing.agreement_pdf(db, sla.id, page_size="A4"))
    # the last page naming it: the contents name it too
    start = max(i for i, page in enumerate(pdf.pages) if "Annex: Underpinning chain" in page)
    annex = " ".join(" ".join(pdf.pages[start:]).split())
    assert "Signatures" not in annex  # the annex follows the signatures, on a page of its own
    assert f"{uc.reference} r1 UC (Meridian Telecom plc): P1 resolution 4 hours" in annex
    assert "P1 resolution 4 hours" in annex and f"No margin {uc.reference} takes all of it" in annex
    assert f"{ola.reference} r1 OLA" in annex and "P2 resolution 6 hours 2 h" in annex
    assert "0.4 percentage points" in annex
    assert "Customer satisfaction" not in annex  # no chain can be made for it
    assert "no assured margin for the provider's own work: 1 of 3" in annex


def test_an_sla_with_no_chain_prints_no_annex(db: Database, make: Any, read_pdf: Any) -> None:
    sla = make.active_agreement()
    assert "Underpinning chain" not in read_pdf(printing.agreement_pdf(db, sla.id, page_size="A4")).text


def test_the_annex_says_its_margins_and_reasons_in_the_agreement_language(
        db: Database, make: Any, read_pdf: Any) -> None:
    service = make.service(name="Corporate E-mail", code="EMAIL")
    h, bh = TargetUnit.HOURS, TargetUnit.BUSINESS_HOURS
    sla = make.active_agreement(services=[service], targets=[
        _target(Metric.RESOLUTION_TIME, 8, h, Priority.P1),
        _target(Metric.RESOLUTION_TIME, 8, h, Priority.P2),
        _target(Metric.AVAILABILITY, 99.5, TargetUnit.PERCENT, service_id=service.id)])
    ola = make.active_agreement(kind=AgreementKind.OLA, services=[service], targets=[
        _target(Metric.RESOLUTION_TIME, 6, h, Priority.P1),
        _target(Metric.RESOLUTION_TIME, 1, bh, Priority.P2),
        _target(Metric.AVAILABILITY, 99.9, TargetUnit.PERCENT, service_id=service.id)])
    for target, beneath in zip(_ids(db, sla), _ids(db, ola), strict=True):
        underpinning.link_target(db, target_id=target, underpinning_target_id=beneath)

    expected = {
        "de": ("Anhang", ["P1 Lösung 8 Stunden", "P2 Lösung 1 Geschäftsstunde", "2 h", "0,4 Prozentpunkte",
                          "Keine Reserve gesichert",
                          "1 Geschäftsstunde zählt nur Geschäftszeit und kann 8 Stunden in Kalenderzeit nicht sichern."]),
        "fr": ("Annexe", ["P1 résolution 8 heures", "2 h", "0,4 point de pourcentage",  # below 2: singular
                          "Aucune marge assurée",
                          "1 heure ouvrée ne compte que le temps ouvré ; cela ne peut pas garantir 8 heures en temps "
                          "écoulé."]),
    }
    for language, (annex_word, sentences) in expected.items():
        pdf = read_pdf(printing.agreement_pdf(db, sla.id, page_size="A4", language=language))
        start = max(i for i, page in enumerate(pdf.pages) if annex_word in page)
        annex = " ".join(" ".join(pdf.pages[start:]).split()).replace("\u00a0", " ")
        for sentence in sentences:
            assert sentence in annex, (language, sentence)
        assert "percentage point" not in annex and "business time" not in annex and "margin" not in annex
