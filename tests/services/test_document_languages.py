"""Documents in the agreement's language: an agreement takes its customer's language, prints
its headings, dates and amounts in it (read back from the PDF), and says which of its clauses
have no text in it; the catalog report prints in the language asked for."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pypdf
import pytest

from itsm_desktop.domain.clauses import ClauseForm, ClauseWording, CreditRow
from itsm_desktop.domain.enums import AgreementKind, ChargeModel, ClauseTopic, OrganizationKind
from itsm_desktop.domain.errors import ValidationError
from itsm_desktop.domain.forms import OrganizationForm
from itsm_desktop.services import agreements, clauses, lifecycle, printing, stakeholders
from itsm_desktop.services.catalog_report import catalog_report
from itsm_desktop.store import Database

JULY_FIRST = date(2026, 7, 1)


def pdf_text(data: bytes) -> str:
    """The document's text with lines joined. The narrow no-break spaces of French numbers
    read back as such; a no-break space reads back as a space (its glyph is the space's)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join((page.extract_text() or "").replace("\n", " ") for page in reader.pages)


def priced_agreement(make: Any, language: str) -> Any:
    """An agreement for a customer speaking ``language``, valid from 1 July 2026, for a service
    costing 1,450.00 EUR a month."""
    customer = make.customer(language=language)
    service = make.service(charge_model=ChargeModel.FIXED, price=Decimal("1450.00"), currency="EUR")
    return make.agreement(customers=[customer], services=[service], valid_from=JULY_FIRST,
                          valid_to=date(2027, 6, 30), charges="Invoiced monthly.")


@pytest.mark.parametrize(("language", "headings", "day", "amount"), [
    ("de", ["Geltungsbereich und Beschreibung der Services", "Service-Level-Ziele", "Glossar",
            "Unterschriften", "Seite 1 von"], "1. Juli 2026", "1.450,00 €"),
    ("fr", ["Périmètre et description des services", "Objectifs de niveau de service", "Glossaire",
            "Signatures", "Page 1 sur"], "1 juillet 2026", "1\u202f450,00 €"),
    ("en", ["Scope and description of the services", "Service level targets", "Glossary",
            "Signatures", "Page 1 of"], "1 July 2026", "EUR 1,450.00"),
])
def test_an_agreement_prints_in_its_customers_language(db: Database, make: Any, language: str,
                                                        headings: list[str], day: str, amount: str) -> None:
    agreement = priced_agreement(make, language)
    assert agreement.language == language  # taken from the customer
    text = pdf_text(printing.agreement_pdf(db, agreement.id, page_size="A4"))
    for heading in headings:
        assert heading in text, heading
    assert day in text
    assert amount in text
    if language != "en":
        for english in ("Scope and description", "Glossary", "Page 1 of", "July", "Responsibilities of"):
            assert english not in text, english


def test_the_language_asked_for_wins_over_the_agreements(db: Database, make: Any) -> None:
    agreement = priced_agreement(make, "de")
    text = pdf_text(printing.agreement_pdf(db, agreement.id, page_size="A4", language="fr"))
    assert "1 juillet 2026" in text and "Glossaire" in text and "Glossar " not in text


def test_a_revision_keeps_its_language_and_a_copy_for_another_customer_takes_its(db: Database,
                                                                                  make: Any) -> None:
    agreement = priced_agreement(make, "fr")
    detail = agreements.load_agreement(db, agreement.id)
    form = replace(detail.form, language="de")  # chosen in the editor, whatever the customer speaks
    agreement = agreements.update_agreement(db, agreement_id=agreement.id, version=agreement.version, form=form)
    assert agreement.language == "de"
    active = make.activate(agreement)
    revised = agreements.revise_agreement(db, agreement_id=active.id)
    assert revised.language == "de"
    english = make.customer(language="en")
    copy = agreements.duplicate_agreement(db, agreement_id=active.id, customer_id=english.id)
    assert copy.language == "en"
    assert lifecycle is not None


def test_a_language_the_documents_do_not_print_in_is_refused(db: Database, make: Any) -> None:
    with pytest.raises(ValidationError) as refused:
        stakeholders.create_organization(db, form=OrganizationForm(name="Acme", kind=OrganizationKind.CUSTOMER,
                                                                   language="xx"))
    assert "language" in refused.value.fields
    agreement = make.agreement()
    form = replace(agreements.load_agreement(db, agreement.id).form, language="es")
    with pytest.raises(ValidationError) as refused:
        agreements.update_agreement(db, agreement_id=agreement.id, version=agreement.version, form=form)
    assert "language" in refused.value.fields


def _credits(**translations: ClauseWording) -> ClauseForm:
    return ClauseForm(topic=ClauseTopic.SERVICE_CREDITS, title="Service credits for availability",
                      text="Missed availability earns a credit against the next charge.",
                      credits=[CreditRow("Below target by less than 0.5 points", Decimal("2.5"))],
                      credit_cap_percent=Decimal("25"), default_for=[AgreementKind.SLA],
                      translations=dict(translations))


def test_a_clause_prints_in_the_agreements_language_and_one_without_is_named(db: Database, make: Any) -> None:
    clauses.create_clause(db, form=_credits(de=ClauseWording(
        "Service-Gutschriften bei Verfügbarkeit",
        "Bei verfehlter Verfügbarkeit wird eine Gutschrift auf das nächste Entgelt gewährt.",
        ["Ziel um weniger als 0,5 Punkte verfehlt"])))
    clauses.create_clause(db, form=ClauseForm(topic=ClauseTopic.LIABILITY, title="Limits of liability",
                                              text="Neither party is liable for indirect loss.",
                                              default_for=[AgreementKind.SLA]))
    german = priced_agreement(make, "de")
    assert clauses.untranslated_clauses(db, german.id) == ["Limits of liability"]
    assert sorted(clauses.untranslated_clauses(db, german.id, "fr")) == ["Limits of liability",
                                                                          "Service credits for availability"]
    assert clauses.untranslated_clauses(db, german.id, "en") == []
    text = pdf_text(printing.agreement_pdf(db, german.id, page_size="A4"))
    assert "Bei verfehlter Verfügbarkeit wird eine Gutschrift" in text
    assert "Ziel um weniger als 0,5 Punkte verfehlt" in text and "2,5 %" in text
    assert "Standardklausel „Service-Gutschriften bei Verfügbarkeit“, Fassung 1." in text
    assert "Neither party is liable for indirect loss." in text  # the untranslated one, in English


def test_translating_a_clause_makes_a_new_version(db: Database) -> None:
    clause = clauses.create_clause(db, form=_credits())
    record, form = clauses.load_clause(db, clause.id)
    form.translations["fr"] = ClauseWording("", "Une disponibilité manquée donne lieu à un avoir.", [])
    clauses.update_clause(db, clause_id=clause.id, version=record.version, form=form)
    history = clauses.clause_history(db, clause.id)
    assert [v.number for v in history] == [2, 1]
    assert history[0].speaks("fr") and not history[1].speaks("fr")
    assert clauses.load_clause(db, clause.id)[1].translations["fr"].text.startswith("Une disponibilité")
    record, form = clauses.load_clause(db, clause.id)
    form.translations["de"] = ClauseWording("Gutschriften", "", [])
    with pytest.raises(ValidationError) as refused:
        clauses.update_clause(db, clause_id=clause.id, version=record.version, form=form)
    assert "translations.de.text" in refused.value.fields


def test_the_catalog_report_prints_in_german(db: Database, make: Any) -> None:
    make.service(name="Mail", charge_model=ChargeModel.PER_USER, price=Decimal("1450"), currency="EUR",
                 hours={"always": False, "days": {d: ["08:00", "18:00"] for d in ("mon", "tue", "wed", "thu", "fri")}})
    rendered = catalog_report(db, title="Service catalog", language="de", today=JULY_FIRST)
    text = pdf_text(rendered.pdf)
    for words in ("SERVICEKATALOG", "Servicekatalog", "Stand 1. Juli 2026", "Servicezeiten", "Montag – Freitag",
                  "1.450,00 € je Benutzer", "Wichtigste Ziele", "Seite 1 von"):
        assert words in text, words
    assert "Service catalog" not in text and "Monday" not in text


def test_the_service_level_report_prints_in_the_agreements_language(db: Database) -> None:
    from itsm_desktop.documents.service_level_report import render_report
    from itsm_desktop.services.demo import load_demo
    from itsm_desktop.services.service_levels.report import build_report

    load_demo(db)
    today = date.today()
    period = f"{today.year - (today.month == 1)}-{(today.month - 2) % 12 + 1:02d}"
    report = build_report(db, reference="SLA-2025-004", period=period)
    assert report.language == "en"
    german = pdf_text(render_report(replace(report, language="de")))
    for words in (f"Service-Level-Bericht {period}", "Zusammenfassung", "Ziele und erreichte Werte",
                  "Zugesagt", "Erreicht", "Verfehlt", "Berechnung der Werte", "Seite 1 von"):
        assert words in german, words
    assert "Summary" not in german and "Page 1 of" not in german
