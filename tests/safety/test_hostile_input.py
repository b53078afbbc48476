"""Hostile input: every text, number and date field of every form, through the use cases.

Whatever a user types or pastes is either stored and read back identical or refused with a
``ValidationError`` whose messages name the field; no other exception may escape. Names, codes,
e-mail addresses, titles and references are stored trimmed of surrounding whitespace, so for
those "identical" means identical after ``strip()``.
"""

from __future__ import annotations

import io
import itertools
import math
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itsm_desktop.domain.enums import Metric, OrganizationKind, ServiceStatus, TargetUnit, UnitType
from itsm_desktop.domain.errors import ValidationError
from itsm_desktop.domain.forms import (
    AGREEMENT_TEXT_FIELDS,
    AgreementForm,
    ComponentRow,
    ConsumerRow,
    ContactForm,
    CustomerRow,
    FamilyForm,
    OrganizationForm,
    ResponsibilityRow,
    ServiceForm,
    SupplierRow,
    TargetRow,
)
from itsm_desktop.domain.models import ServiceFamily
from itsm_desktop.services import agreements, catalog, stakeholders
from itsm_desktop.services.maintenance import check_database
from itsm_desktop.store import Database

EXAMPLES = settings(max_examples=12, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# --- hostile values ------------------------------------------------------------------------

HUGE_TEXT = "x" * 100_000
HOSTILE_TEXTS = [
    "", " ", "  padded  ", "\t", HUGE_TEXT, ("word " * 20_000).strip(),
    "\x00", "nul\x00inside", "\x07bell", "\x1b[31mred\x1b[0m", "\x7f", "\x85next line",
    "line one\nline two", "carriage\rreturn", "windows\r\nline", "\u2028separator", "\u2029para",
    "\u202eright-to-left override\u202c", "\u200f\u200e marks", "مرحبا بالعالم", "שלום עולם",
    "Почта и календарь", "Ελληνικά", "Équipe naïve café", "漢字かな交じり", "🚀👩‍💻🏳️‍🌈", "\U0010ffff",
    "\ufeffbyte order mark", "\ufffe\uffff", "\ud800", "half \udfff a pair",
    "'; DROP TABLE organization; --", "\" OR 1=1 --", "Robert'); DELETE FROM service;--",
    "<b>bold</b> & <img src=x onerror=alert(1)>", "</para><para>", "&amp; &lt; &#0;",
    "%s %d %n {0} {name} ${HOME}", "\\ \\\\ \\n", "null", "None", "NaN", "0", "-1",
    "a@b.co", "  ops@example.com  ", "EMAIL", "SLA-2026-001", "E" * 41, "n" * 201, "t" * 301,
]
ANY_CHAR = st.characters(exclude_categories=())  # controls, surrogates, unassigned: everything
TEXTS = st.one_of(
    st.text(ANY_CHAR, max_size=40),
    st.sampled_from(HOSTILE_TEXTS),
    st.lists(st.one_of(st.sampled_from(HOSTILE_TEXTS[6:]), st.text(ANY_CHAR, max_size=8)),
             max_size=4).map("".join),
)
HOSTILE_INTS: list[Any] = [0, 1, -1, 2**31, 2**63 - 1, 2**63, -(2**63) - 1, 10**9, 10**9 + 1,
                           10**30, -(10**400), 3.0, 2.5, math.nan, math.inf, -math.inf]
INTS = st.one_of(st.integers(), st.sampled_from(HOSTILE_INTS))
HOSTILE_FLOATS: list[Any] = [0.0, -0.0, 5e-324, 99.5, 100.0, 100.000001, -1e-9, 1e15 - 1, 1e15,
                             1e308, math.nan, math.inf, -math.inf, 10**20, 10**400, -(10**400)]
FLOATS = st.one_of(st.floats(), st.integers(), st.sampled_from(HOSTILE_FLOATS))
HOSTILE_DECIMALS = [Decimal("0"), Decimal("-0"), Decimal("0.01"), Decimal("0.001"), Decimal("-0.01"),
                    Decimal("9999999999999.99"), Decimal("10000000000000"), Decimal("1E+100"),
                    Decimal("1E-1000"), Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"),
                    Decimal("-Infinity"), Decimal("12.50")]
DECIMALS = st.one_of(st.decimals(), st.sampled_from(HOSTILE_DECIMALS))
HOSTILE_DATES = [date.min, date.max, date(1970, 1, 1), date(2000, 2, 29), date(9999, 12, 30)]
DATES = st.one_of(st.dates(), st.sampled_from(HOSTILE_DATES))


# --- the database and the fields -----------------------------------------------------------


@dataclass
class World:
    """One database for the whole module, with the records the forms refer to."""

    db: Database
    it: int
    customer: int
    supplier: int
    contact: int
    service: int
    counter: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def unique(self, prefix: str) -> str:
        return f"{prefix}{next(self.counter)}"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    db = Database.open(tmp_path_factory.mktemp("hostile") / "itsm.db")
    it = stakeholders.create_organization(db, form=OrganizationForm(
        name="IT", kind=OrganizationKind.INTERNAL, unit_type=UnitType.TEAM))
    customer = stakeholders.create_organization(db, form=OrganizationForm(name="Customer"))
    supplier = stakeholders.create_organization(db, form=OrganizationForm(
        name="Supplier", kind=OrganizationKind.SUPPLIER))
    contact = stakeholders.create_contact(db, form=ContactForm(name="Someone", organization_id=customer.id))
    service = catalog.create_service(db, form=ServiceForm(code="BASE", name="Base", status=ServiceStatus.LIVE))
    assert it.id and customer.id and supplier.id and contact.id and service.id
    try:
        yield World(db, it.id, customer.id, supplier.id, contact.id, service.id)
    finally:
        problems, summary = check_database(db.path)
        db.close()
        assert problems == [], summary


def _get(obj: Any, path: str) -> Any:
    for part in path.split("."):
        obj = obj[int(part)] if part.isdigit() else getattr(obj, part)
    return obj


def _set(obj: Any, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for part in parents:
        obj = obj[int(part)] if part.isdigit() else getattr(obj, part)
    setattr(obj, last, value)


def _family(db: Database, family_id: int) -> FamilyForm:
    with db.read() as session:
        family = session.get(ServiceFamily, family_id)
        assert family is not None
        return catalog.family_form(family)


@dataclass
class Entity:
    name: str
    base: Callable[[World], Any]  # a valid form, unique where it must be
    create: Callable[[Database, Any], Any]
    read: Callable[[Database, int], Any]  # the form as stored


ENTITIES = {
    "organization": Entity(
        "organization",
        lambda w: OrganizationForm(name=w.unique("Org ")),
        lambda db, f: stakeholders.create_organization(db, form=f),
        lambda db, i: stakeholders.organization_form(stakeholders.get_organization(db, i))),
    "contact": Entity(
        "contact",
        lambda w: ContactForm(name="Contact", organization_id=w.customer),
        lambda db, f: stakeholders.create_contact(db, form=f),
        lambda db, i: stakeholders.contact_form(stakeholders.get_contact(db, i))),
    "family": Entity(
        "family",
        lambda w: FamilyForm(name=w.unique("Family ")),
        lambda db, f: catalog.create_family(db, form=f),
        _family),
    "service": Entity(
        "service",
        lambda w: ServiceForm(code=w.unique("S"), name="Service",
                              components=[ComponentRow(name="Part")],
                              suppliers=[SupplierRow(supplier_id=w.supplier)],
                              consumers=[ConsumerRow(organization_id=w.customer)]),
        lambda db, f: catalog.create_service(db, form=f),
        lambda db, i: catalog.load_service(db, i).form),
    "agreement": Entity(
        "agreement",
        lambda w: AgreementForm(
            title="Agreement", provider_id=w.it, customers=[CustomerRow(organization_id=w.customer)],
            not_applicable=list(AGREEMENT_TEXT_FIELDS),
            service_ids=[w.service], responsibilities=[ResponsibilityRow(text="Do it.")],
            targets=[TargetRow(metric=Metric.CUSTOM, custom_metric="Score", unit=TargetUnit.SCORE,
                               value=1.0, notes="", definition="Points out of five.")]),
        lambda db, f: agreements.create_agreement(db, form=f),
        lambda db, i: agreements.load_agreement(db, i).form),
}

STRIPPED = {("organization", "name"), ("organization", "code"), ("organization", "email"),
            ("contact", "name"), ("contact", "email"), ("family", "name"), ("service", "code"),
            ("service", "name"), ("service", "components.0.name"), ("agreement", "title"),
            ("agreement", "reference")}

TEXT_FIELDS = [
    *(("organization", f) for f in ("name", "code", "email", "phone", "website", "address", "notes")),
    *(("contact", f) for f in ("name", "job_title", "email", "phone", "notes")),
    *(("family", f) for f in ("name", "description")),
    *(("service", f) for f in ("code", "name", "summary", "description", "outcomes", "hours_exceptions",
                               "support_channels", "support_hours", "request_process", "currency",
                               "components.0.name", "components.0.notes", "suppliers.0.supplies",
                               "suppliers.0.contract_reference")),
    *(("agreement", f) for f in ("title", "reference", "scope", "hours_text", "support_text",
                                 "limitations", "reporting", "escalation", "security", "charges",
                                 "responsibilities.0.text", "targets.0.notes", "targets.0.custom_metric")),
]
NUMBER_FIELDS = [("family", "position", INTS, HOSTILE_INTS),
                 ("service", "consumers.0.users", INTS, HOSTILE_INTS),
                 ("service", "price", DECIMALS, HOSTILE_DECIMALS),
                 ("agreement", "review_interval_months", INTS, HOSTILE_INTS),
                 ("agreement", "targets.0.value", FLOATS, HOSTILE_FLOATS),
                 ("agreement", "targets.0.warning_threshold", FLOATS, HOSTILE_FLOATS)]
DATE_FIELDS = [("agreement", f) for f in ("valid_from", "valid_to", "next_review")]


def _same(stored: Any, given: Any) -> bool:
    if isinstance(given, float) and math.isnan(given):
        return isinstance(stored, float) and math.isnan(stored)
    return bool(stored == given)


def stored_or_refused(world: World, entity_name: str, path: str, value: Any) -> str:
    """Save a valid form with ``path`` set to ``value``; check the outcome. Returns which."""
    entity = ENTITIES[entity_name]
    form = entity.base(world)
    _set(form, path, value)
    try:
        record = entity.create(world.db, form)
    except ValidationError as exc:
        assert exc.fields, "a refusal names its fields"
        assert path in exc.fields, f"refused {value!r:.80} for {path}, but blamed {list(exc.fields)}"
        assert all(isinstance(m, str) and m.strip() for m in exc.fields.values())
        return "refused"
    stored = _get(entity.read(world.db, record.id), path)
    expected = value.strip() if (entity_name, path) in STRIPPED and isinstance(value, str) else value
    if entity_name == "agreement" and path == "reference" and not expected:
        assert stored.startswith("SLA-")  # a blank reference gets the next free one
    else:
        assert _same(stored, expected), f"{path}: stored {stored!r:.80}, given {value!r:.80}"
    return "stored"


def stored_or_refused_together(world: World, entity_name: str, values: dict[str, Any]) -> set[str]:
    """Save one form with several fields set at once; returns the fields that were refused.

    Fields refused are taken out and the rest saved again, until a save succeeds: so every
    field is either blamed by name or stored and read back identical.
    """
    entity = ENTITIES[entity_name]
    pending, refused = dict(values), set()
    while pending:
        form = entity.base(world)
        for path, value in pending.items():
            _set(form, path, value)
        try:
            record = entity.create(world.db, form)
        except ValidationError as exc:
            blamed = set(exc.fields) & set(pending)
            assert blamed, f"refused for {list(exc.fields)}, none of which were given: {pending!r:.200}"
            assert set(exc.fields) <= set(pending), f"blamed {list(exc.fields)} for {pending!r:.200}"
            assert all(isinstance(m, str) and m.strip() for m in exc.fields.values())
            refused |= blamed
            pending = {k: v for k, v in pending.items() if k not in blamed}
            continue
        stored = entity.read(world.db, record.id)
        for path, value in pending.items():
            got = _get(stored, path)
            expected = value.strip() if (entity_name, path) in STRIPPED else value
            if entity_name == "agreement" and path == "reference" and not expected:
                assert got.startswith("SLA-")  # a blank reference gets the next free one
            else:
                assert got == expected, f"{path}: stored {got!r:.80}, given {value!r:.80}"
        break
    return refused


# --- the tests -----------------------------------------------------------------------------

ENTITY_TEXTS = {name: [p for e, p in TEXT_FIELDS if e == name] for name in ENTITIES}


@pytest.mark.parametrize("entity", ENTITY_TEXTS)
def test_explicit_hostile_texts(world: World, entity: str) -> None:
    paths = ENTITY_TEXTS[entity]
    refused: set[str] = set()
    for value in HOSTILE_TEXTS:
        refused |= stored_or_refused_together(world, entity, dict.fromkeys(paths, value))
    assert refused == set(paths)  # every text field refuses something (NUL at least)


@pytest.mark.parametrize("entity", ENTITY_TEXTS)
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_any_texts(world: World, entity: str, data: st.DataObject) -> None:
    paths = ENTITY_TEXTS[entity]
    values = data.draw(st.fixed_dictionaries(dict.fromkeys(paths, TEXTS)))
    stored_or_refused_together(world, entity, values)


@pytest.mark.parametrize(("entity", "path", "strategy", "hostile"), NUMBER_FIELDS,
                         ids=[f"{e}.{p}" for e, p, _s, _h in NUMBER_FIELDS])
def test_explicit_hostile_numbers(world: World, entity: str, path: str, strategy: Any,
                                  hostile: list[Any]) -> None:
    outcomes = [stored_or_refused(world, entity, path, value) for value in hostile]
    assert "stored" in outcomes and "refused" in outcomes


@pytest.mark.parametrize(("entity", "path", "strategy"), [n[:3] for n in NUMBER_FIELDS],
                         ids=[f"{e}.{p}" for e, p, _s, _h in NUMBER_FIELDS])
@EXAMPLES
@given(data=st.data())
def test_any_number(world: World, entity: str, path: str, strategy: Any, data: st.DataObject) -> None:
    stored_or_refused(world, entity, path, data.draw(strategy))


@pytest.mark.parametrize(("entity", "path"), DATE_FIELDS, ids=[p for _e, p in DATE_FIELDS])
def test_explicit_extreme_dates(world: World, entity: str, path: str) -> None:
    for value in HOSTILE_DATES:
        assert stored_or_refused(world, entity, path, value) == "stored"


@EXAMPLES
@given(valid_from=st.none() | DATES, valid_to=st.none() | DATES, next_review=st.none() | DATES)
def test_any_validity(world: World, valid_from: date | None, valid_to: date | None,
                      next_review: date | None) -> None:
    form = ENTITIES["agreement"].base(world)
    form.valid_from, form.valid_to, form.next_review = valid_from, valid_to, next_review
    try:
        record = agreements.create_agreement(world.db, form=form)
    except ValidationError as exc:
        assert list(exc.fields) == ["valid_to"]
        assert valid_from is not None and valid_to is not None and valid_to <= valid_from
        return
    stored = agreements.load_agreement(world.db, record.id).form
    assert (stored.valid_from, stored.valid_to, stored.next_review) == (valid_from, valid_to, next_review)


@pytest.mark.parametrize("hours", [
    {"days": ["mon"]}, {"days": {"mon": "0"}}, {"days": {"mon": None, "tue": ["08:00"]}},
    {"days": "every day"}, {"always": "yes", "days": {}}, {"days": {"mon": ["25:00", "26:00"]}},
    {"days": {"mon": [8, 18]}}, {"days": {"xyz": ["08:00", "18:00"]}},
], ids=str)
def test_malformed_service_hours_are_refused_or_kept(world: World, hours: dict[str, Any]) -> None:
    stored_or_refused(world, "service", "hours", hours)


# --- what prints ---------------------------------------------------------------------------



def _printed(text: str) -> str:
    """Text for comparison with what a PDF shows: whitespace and invisible format marks removed."""
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")


def _pdf_text(db: Database, agreement_id: int) -> str:
    from pypdf import PdfReader

    from itsm_desktop.services.printing import agreement_pdf

    reader = PdfReader(io.BytesIO(agreement_pdf(db, agreement_id, page_size="A4")))
    return _printed("".join(page.extract_text() for page in reader.pages))


PRINTED_FIELDS = ["title", "scope", "hours_text", "support_text", "limitations", "reporting",
                  "escalation", "security", "charges", "responsibilities.0.text", "targets.0.notes",
                  "targets.0.custom_metric"]
PRINTABLE = [
    "Markup <b>bold</b> & <img src=\"x\" onerror=\"alert(1)\"/> </para> &amp; &lt;",
    "SQL '; DROP TABLE agreement; -- and \" OR 1=1 --",
    "Cyrillic Почта и календарь, Greek Ελληνικά, accents Équipe naïve",
    "Arabic مرحبا بالعالم and Hebrew שלום עולם",
    "Percent %s %d {0} {name}, backslash \\ and \\n",
    "Invisible\u200bzero width, \ufeffBOM and no\u00a0break",
]


def _printed_agreement(world: World, values: dict[str, str]) -> tuple[Any, str]:
    form = ENTITIES["agreement"].base(world)
    for path, value in values.items():
        _set(form, path, value)
    record = agreements.create_agreement(world.db, form=form)
    return agreements.load_agreement(world.db, record.id).form, _pdf_text(world.db, record.id)


@pytest.mark.parametrize("shift", [0, 3])
def test_accepted_texts_print_as_typed(world: World, shift: int) -> None:
    # pypdf's text extraction drops or moves whitespace where lines wrap, so the comparison
    # ignores whitespace and invisible format characters. Right-to-left runs are drawn in
    # visual order and extract in the order typed.
    values = {path: f"{path}: {PRINTABLE[(i + shift) % len(PRINTABLE)]}"
              for i, path in enumerate(PRINTED_FIELDS)}
    stored, printed = _printed_agreement(world, values)
    for path, value in values.items():
        assert _get(stored, path) == value
        assert _printed(value) in printed, f"{path} does not print as typed"


def test_emoji_print_as_typed(world: World) -> None:
    _stored, printed = _printed_agreement(world, {"scope": "rocket 🚀 and coder 👩‍💻"})
    assert _printed("rocket 🚀 and coder 👩‍💻") in printed


def _font_has(char: str) -> bool:
    from reportlab.pdfbase.ttfonts import TTFont

    from itsm_desktop.resources import FONTS

    global _FONT_CHARS
    if _FONT_CHARS is None:
        _FONT_CHARS = set(TTFont("probe", str(FONTS / "DejaVuSans.ttf")).face.charToGlyph)
    return ord(char) in _FONT_CHARS


_FONT_CHARS: set[int] | None = None
_PRINTABLE_CHARS = st.characters(categories=("L", "N", "P", "S", "Zs"), max_codepoint=0x52F).filter(_font_has)


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=st.text(_PRINTABLE_CHARS, min_size=1, max_size=60).filter(lambda t: t.strip()))
def test_any_printable_text_prints_as_typed(world: World, value: str) -> None:
    form = ENTITIES["agreement"].base(world)
    form.scope = f"Scope: {value}"
    try:
        record = agreements.create_agreement(world.db, form=form)
    except ValidationError as exc:
        assert list(exc.fields) == ["scope"]
        return
    assert _printed(f"Scope: {value}".replace("\n", " ")) in _pdf_text(world.db, record.id)


def test_a_100000_character_text_prints_whole(world: World, tmp_path: Path) -> None:
    text = " ".join(f"w{n:05d}" for n in range(15_000))[:100_000]
    form = ENTITIES["agreement"].base(world)
    form.scope = text
    record = agreements.create_agreement(world.db, form=form)
    assert agreements.load_agreement(world.db, record.id).form.scope == text
    printed = _pdf_text(world.db, record.id)
    words = text.split()
    # every word is there, in order (page headers and footers come between pages)
    position = 0
    for word in words[:: max(1, len(words) // 200)] + [words[-1]]:
        found = printed.find(word, position)
        assert found >= 0, f"{word} missing from the PDF"
        position = found + len(word)


@pytest.mark.parametrize("reference", ["ÂO-1", "âo-1", "Équipe-7", "Почта-1", "SLA-X"])
def test_a_taken_reference_is_refused_whatever_its_letters(world: World, reference: str) -> None:
    # references are unique regardless of case; the comparison must fold the same way on
    # both sides (SQLite's upper() folds ASCII letters only, Python's str.upper() all)
    form = ENTITIES["agreement"].base(world)
    form.reference = f"{reference}-{next(world.counter)}"
    agreements.create_agreement(world.db, form=form)
    again = ENTITIES["agreement"].base(world)
    again.reference = form.reference
    with pytest.raises(ValidationError) as caught:
        agreements.create_agreement(world.db, form=again)
    assert list(caught.value.fields) == ["reference"]


@pytest.mark.parametrize("name", ["\ud800", "nul\x00", "n" * 201, "two\nlines"])
def test_hostile_signatory_names_are_refused(world: World, name: str) -> None:
    from itsm_desktop.domain.forms import SignatureRow
    from itsm_desktop.services import lifecycle

    form = ENTITIES["agreement"].base(world)
    form.valid_from = date(2026, 1, 1)
    draft = agreements.create_agreement(world.db, form=form)
    review = lifecycle.submit_for_review(world.db, agreement_id=draft.id, version=draft.version)
    with pytest.raises(ValidationError) as caught:
        lifecycle.activate(world.db, agreement_id=review.id, version=review.version,
                           signed_on=date(2026, 1, 1), signatures=[SignatureRow(signatory_name=name)])
    assert list(caught.value.fields) == ["signatures.0.signatory_name"]
