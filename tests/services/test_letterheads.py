"""An organization's letterhead: saved through its use case, printed at the head and foot of
its agreements and of the catalog report; a bad logo or colour is refused and changes nothing."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

import pypdf
import pytest

from itsm_desktop.domain.errors import ConflictError, ValidationError
from itsm_desktop.domain.letterhead import PNG, SVG, LetterheadForm, LogoImage
from itsm_desktop.services import letterheads, maintenance, printing
from itsm_desktop.store import Database
from tests.images import png, png_header_only, svg

LETTER_WIDTH = 612


def letterhead(**fields: Any) -> LetterheadForm:
    fields.setdefault("legal_name", "Northwind IT Services Ltd")
    fields.setdefault("address", "12 Harbour Road\nLeeds LS1 4AB")
    fields.setdefault("registration", "Company no. 09876543 · VAT GB 123 4567 89")
    fields.setdefault("primary_colour", "#7A1F3D")
    fields.setdefault("logo", LogoImage(PNG, png(120, 40), png(120, 40)))
    return LetterheadForm(**fields)


def pdf_text(data: bytes) -> tuple[pypdf.PdfReader, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return reader, " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_an_agreement_prints_its_providers_letterhead_on_every_page(db: Database, make: Any) -> None:
    agreement = make.agreement()
    saved = letterheads.save_letterhead(db, organization_id=make.it.id, version=None, form=letterhead())
    assert saved.version == 1

    reader, _text = pdf_text(printing.agreement_pdf(db, agreement.id, page_size="A4"))
    for number, page in enumerate(reader.pages, start=1):
        text = " ".join((page.extract_text() or "").split())
        assert ("Northwind IT Services Ltd · 12 Harbour Road · Leeds LS1 4AB · Company no. 09876543 · "
                "VAT GB 123 4567 89") in text, f"page {number}"
        if number > 1:  # the running header carries the logo; the cover has it larger
            assert len(page.images) == 1, f"page {number}"
    assert len(reader.pages[0].images) == 1


def test_the_catalog_report_prints_the_letterhead_of_the_unit_providing_most_services(
        db: Database, make: Any) -> None:
    division = make.internal("IT Division")
    desk = make.internal("Service Desk", parent_id=division.id)
    other = make.internal("Facilities")
    for _ in range(2):
        make.service(provider_id=desk.id)
    make.service(provider_id=other.id)
    letterheads.save_letterhead(db, organization_id=division.id, version=None, form=letterhead())
    letterheads.save_letterhead(db, organization_id=other.id, version=None,
                                form=letterhead(legal_name="Facilities Management plc", logo=None))

    reader, text = pdf_text(printing.catalog_pdf(db, page_size="A4"))
    assert "Northwind IT Services Ltd · 12 Harbour Road" in text
    assert "Facilities Management plc" not in text
    assert len(reader.pages[0].images) == 1


def test_the_letterheads_paper_is_used_unless_another_is_asked_for(db: Database, make: Any) -> None:
    agreement = make.agreement()
    letterheads.save_letterhead(db, organization_id=make.it.id, version=None,
                                form=letterhead(paper_size="Letter"))
    on_letter = pypdf.PdfReader(io.BytesIO(printing.agreement_pdf(db, agreement.id)))
    assert round(float(on_letter.pages[0].mediabox.width)) == LETTER_WIDTH
    on_a4 = pypdf.PdfReader(io.BytesIO(printing.agreement_pdf(db, agreement.id, page_size="A4")))
    assert round(float(on_a4.pages[0].mediabox.width)) == 595


BAD_LOGOS = {
    "not an image": (b"%PDF-1.7 this is a document", "must be an SVG or PNG image"),
    "a text file": (b"Just a few words.", "must be an SVG or PNG image"),
    "too many pixels": (png_header_only(20_000, 300), "20,000 × 300 pixels"),
    "too large a file": (png(4, 4) + b"\0" * 1_200_000, "1.2 MB"),
    "a broken PNG": (png_header_only(40, 20), "could not be read"),
    "an SVG linking an image": (svg('<image href="https://example.com/logo.png" width="4" height="4"/>'),
                                "“https://example.com/logo.png” outside the file"),
    "an SVG linking a file": (svg('<image xlink:href="file:///etc/passwd" width="4" height="4"/>'),
                              "“file:///etc/passwd” outside the file"),
    "an SVG with a remote fill": (svg('<rect width="4" height="4" fill="url(http://evil.test/p#g)"/>'),
                                  "“http://evil.test/p#g” outside the file"),
    "an SVG importing styles": (svg('<style>@import url("https://fonts.test/a.css");</style>'),
                                "imports a style sheet"),
    "an SVG with entities": (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/hosts">]>'
                             + svg("<text>&x;</text>"), "declares a document type"),
    "an SVG with a script": (svg("<script>alert(1)</script>"), "contains a script"),
    "an SVG with an event handler": (svg('<rect width="4" height="4" onload="alert(1)"/>'), "contains a script"),
    "broken XML": (b"<svg xmlns='http://www.w3.org/2000/svg'><rect></svg>", "not well-formed"),
}


@pytest.mark.parametrize("name", list(BAD_LOGOS))
def test_a_bad_logo_is_refused_on_its_field_and_changes_nothing(db: Database, make: Any, name: str) -> None:
    data, message = BAD_LOGOS[name]
    first = letterheads.save_letterhead(db, organization_id=make.it.id, version=None, form=letterhead())
    kind = SVG if data.lstrip().startswith((b"<svg", b"<?xml")) else PNG
    printable = data if kind == PNG else png(4, 4)
    with pytest.raises(ValidationError) as refused:
        letterheads.save_letterhead(db, organization_id=make.it.id, version=first.version,
                                    form=letterhead(legal_name="Changed Ltd",
                                                    logo=LogoImage(kind, data, printable)))
    assert list(refused.value.fields) == ["logo"]
    assert message in refused.value.fields["logo"]
    kept = letterheads.letterhead_form(db, make.it.id)
    assert (kept.version, kept.form) == (first.version, first.form)


def test_an_svg_logo_with_its_own_references_and_embedded_images_is_kept(db: Database, make: Any) -> None:
    source = svg('<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>'
                 '<rect width="4" height="4" fill="url(#g)"/><use href="#g"/>'
                 '<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>')
    form = letterhead(logo=LogoImage(SVG, source, png(80, 40)))
    saved = letterheads.save_letterhead(db, organization_id=make.it.id, version=None, form=form)
    assert letterheads.letterhead_form(db, make.it.id).form == saved.form == form


@pytest.mark.parametrize(("field", "value", "message"), [
    ("primary_colour", "red", "like #1F4E79"),
    ("accent_colour", "#12345", "like #1F4E79"),
    ("paper_size", "A3", "A4 or Letter"),
    ("legal_name", "Northwind\nLtd", "one line"),
    ("address", "x" * 1001, "too long"),
])
def test_a_bad_field_is_refused_with_its_message(db: Database, make: Any, field: str, value: str,
                                                 message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        letterheads.save_letterhead(db, organization_id=make.it.id, version=None,
                                    form=replace(letterhead(), **{field: value}))
    assert message in refused.value.fields[field]
    assert letterheads.letterhead_form(db, make.it.id).version is None


def test_a_save_based_on_a_stale_version_is_a_conflict(db: Database, make: Any) -> None:
    letterheads.save_letterhead(db, organization_id=make.it.id, version=None, form=letterhead())
    with pytest.raises(ConflictError):
        letterheads.save_letterhead(db, organization_id=make.it.id, version=None,
                                    form=letterhead(legal_name="Someone Else Ltd"))
    assert letterheads.letterhead_form(db, make.it.id).form.legal_name == "Northwind IT Services Ltd"


def test_an_organization_without_a_letterhead_starts_from_its_name_and_address(db: Database, make: Any) -> None:
    org = make.internal("Digital Workplace", address="1 Main Street")
    loaded = letterheads.letterhead_form(db, org.id, paper_size="Letter")
    assert loaded.version is None
    assert loaded.form == LetterheadForm(legal_name="Digital Workplace", address="1 Main Street",
                                         paper_size="Letter")


def test_the_history_names_what_changed_in_the_letterhead_not_the_logos_bytes(db: Database, make: Any) -> None:
    letterheads.save_letterhead(db, organization_id=make.it.id, version=None, form=letterhead())
    entries = maintenance.history_of(db, "organization", make.it.id)
    change = entries[-1].changes
    assert change["letterhead_legal_name"] == [None, "Northwind IT Services Ltd"]
    assert change["letterhead_logo"] == [None, "PNG logo, 1 kB"]
