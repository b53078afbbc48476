"""One definition per term, notes beside their targets, shared facts printed once."""

from __future__ import annotations

from dataclasses import replace

from itsm_desktop.documents import render_agreement
from itsm_desktop.documents.glossary import PRIORITY_TERMS
from itsm_desktop.documents.snapshot import TargetSnapshot
from itsm_desktop.domain.enums import Metric, TargetUnit

NOTE = "Failed jobs are rerun the same day"
USER_PRIORITIES = (
    "Incidents are prioritised by impact and urgency. P1 (critical): a whole site cannot work. "
    "P2 (high): a key user cannot work. P3 (medium): a workaround exists. P4 (low): questions."
)


def glossary_of(text: str) -> str:
    return text[text.rindex("Glossary Term Meaning") :]


def test_target_notes_print_beside_the_target_never_in_the_glossary(agreement, read_pdf):
    custom = TargetSnapshot(
        metric=Metric.CUSTOM,
        metric_label="Nightly backup jobs completed successfully",
        value=99,
        unit=TargetUnit.PERCENT,
        notes=NOTE,
    )
    pdf = read_pdf(render_agreement(replace(agreement, targets=(*agreement.targets, custom))))
    text = pdf.flat
    assert text.count(NOTE) == 1
    assert NOTE not in glossary_of(text)
    assert "Nightly backup jobs completed successfully" not in glossary_of(text)
    targets = text[text.rindex("6 Service level targets") : text.rindex("7 Limitations")]
    assert NOTE in targets


def test_priorities_are_defined_once_and_the_glossary_refers_to_them(agreement, read_pdf):
    text = read_pdf(render_agreement(agreement)).flat
    for definition in PRIORITY_TERMS.values():
        assert text.count(definition) <= 1
    assert text.count(PRIORITY_TERMS["P1"]) == 1
    glossary = glossary_of(text)
    assert PRIORITY_TERMS["P1"] not in glossary
    assert "as defined in section 5." in glossary


def test_priorities_the_agreement_defines_itself_are_not_defined_again(agreement, read_pdf):
    own = replace(agreement, texts=replace(agreement.texts, support_text=USER_PRIORITIES))
    text = read_pdf(render_agreement(own)).flat
    assert USER_PRIORITIES in text
    for definition in PRIORITY_TERMS.values():
        assert definition not in text
    assert "as defined in section 5.1." in glossary_of(text)


def test_support_that_is_the_same_for_every_service_prints_once(agreement, read_pdf):
    channels = "Service desk portal https://desk.example or +44 161 555 0199"
    services = tuple(
        replace(s, support_channels=channels, support_hours="Mon–Fri 08:00–18:00")
        for s in agreement.services
    )
    assert len(services) > 1
    text = read_pdf(render_agreement(replace(agreement, services=services))).flat
    assert text.count(channels) == 1
    assert f"All services {channels}" in text


def test_support_channels_the_agreement_text_already_gives_do_not_print_again(agreement, read_pdf):
    channels = "Portal https://desk.example, phone +44 161 555 0199"
    text = "Report incidents on https://desk.example or by phone on +44 161 555 0199."
    services = tuple(
        replace(s, support_channels=channels, support_hours="") for s in agreement.services
    )
    own = replace(agreement, services=services, texts=replace(agreement.texts, support_text=text))
    flat = read_pdf(render_agreement(own)).flat
    assert text in flat
    assert channels not in flat
