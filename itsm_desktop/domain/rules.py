"""The rules of the domain that need no database: each returns field → message."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from enum import Enum

from .checks import (
    LINE_MAX,
    NAME_MAX,
    Problems,
    check_number,
    check_text,
    check_whole_number,
    finite,
    shape_problems,
)
from .definitions import scheme_problems
from .enums import (
    DURATION_METRICS,
    DURATION_UNITS,
    PERCENT_METRICS,
    PRIORITY_METRICS,
    AgreementKind,
    AgreementStatus,
    ChargeModel,
    Metric,
    OrganizationKind,
    ServiceStatus,
    TargetUnit,
)
from .forms import (
    AGREEMENT_SECTION_TITLES,
    AGREEMENT_TEXT_FIELDS,
    AgreementForm,
    ContactForm,
    FamilyForm,
    OrganizationForm,
    ServiceForm,
    SignatureRow,
)
from .translatable import translatable
from .values import hours_problems


class SectionState(Enum):
    """The state of one text section of an agreement."""

    FILLED = "filled"
    UNFILLED = "unfilled"
    NOT_APPLICABLE = "not_applicable"

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
SERVICE_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_.\-]*$")
CURRENCY = re.compile(r"^[A-Z]{3}$")
TARGET_MAX = 1e15
"""Bound of a target value: beyond it a number is a typing accident, and floats stay exact."""
REVIEW_MAX_MONTHS = 120

SERVICE_TRANSITIONS: Mapping[ServiceStatus, frozenset[ServiceStatus]] = {
    ServiceStatus.PROPOSED: frozenset({ServiceStatus.IN_DESIGN, ServiceStatus.RETIRED}),
    ServiceStatus.IN_DESIGN: frozenset(
        {ServiceStatus.PROPOSED, ServiceStatus.LIVE, ServiceStatus.RETIRED}
    ),
    ServiceStatus.LIVE: frozenset({ServiceStatus.RETIRING}),
    ServiceStatus.RETIRING: frozenset({ServiceStatus.LIVE, ServiceStatus.RETIRED}),
    ServiceStatus.RETIRED: frozenset(),
}

AGREEMENT_TRANSITIONS: Mapping[AgreementStatus, frozenset[AgreementStatus]] = {
    AgreementStatus.DRAFT: frozenset({AgreementStatus.IN_REVIEW}),
    AgreementStatus.IN_REVIEW: frozenset({AgreementStatus.DRAFT, AgreementStatus.ACTIVE}),
    AgreementStatus.ACTIVE: frozenset({AgreementStatus.EXPIRED, AgreementStatus.TERMINATED}),
    AgreementStatus.EXPIRED: frozenset(),
    AgreementStatus.TERMINATED: frozenset(),
    AgreementStatus.SUPERSEDED: frozenset(),
}

READ_ONLY_AGREEMENT_STATES = frozenset(
    {
        AgreementStatus.ACTIVE,
        AgreementStatus.EXPIRED,
        AgreementStatus.TERMINATED,
        AgreementStatus.SUPERSEDED,
    }
)
SERVICE_STATES_IN_ACTIVE_SLA = frozenset({ServiceStatus.LIVE, ServiceStatus.RETIRING})


def allowed_service_states(current: ServiceStatus) -> list[ServiceStatus]:
    """The current state and the states a service may move to from it, in lifecycle order."""
    nxt = SERVICE_TRANSITIONS[current]
    return [s for s in ServiceStatus if s == current or s in nxt]


def check_email(problems: Problems, key: str, value: str) -> None:
    if value and not EMAIL.match(value.strip()):
        problems.setdefault(key, translatable("“{value}” is not an e-mail address.", value=value[:60]))


def organization_problems(form: OrganizationForm) -> Problems:
    p = shape_problems(form)
    if p:  # the rules below read each field as what it should be
        return p
    check_text(p, "name", form.name, label=translatable("Name"), required=True, max_length=NAME_MAX, single_line=True)
    check_text(p, "code", form.code, label=translatable("Code"), max_length=40, single_line=True)
    check_email(p, "email", form.email)
    check_text(p, "email", form.email, label=translatable("E-mail"), max_length=254, single_line=True)
    check_text(p, "phone", form.phone, label=translatable("Phone"), max_length=60, single_line=True)
    check_text(p, "website", form.website, label=translatable("Website"), max_length=LINE_MAX, single_line=True)
    check_text(p, "address", form.address, label=translatable("Address"))
    check_text(p, "notes", form.notes, label=translatable("Notes"))
    if form.kind == OrganizationKind.INTERNAL and form.unit_type is None:
        p["unit_type"] = translatable("Choose whether the internal unit is a team, function, group or division.")
    if form.kind != OrganizationKind.INTERNAL and form.unit_type is not None:
        p["unit_type"] = translatable("Only internal units have a unit type.")
    return p


def contact_problems(form: ContactForm) -> Problems:
    p = shape_problems(form)
    if p:  # the rules below read each field as what it should be
        return p
    check_text(p, "name", form.name, label=translatable("Name"), required=True, max_length=NAME_MAX, single_line=True)
    if form.organization_id is None:
        p["organization_id"] = translatable("Choose the organization the contact belongs to.")
    check_text(p, "job_title", form.job_title, label=translatable("Job title"), max_length=NAME_MAX, single_line=True)
    check_email(p, "email", form.email)
    check_text(p, "email", form.email, label=translatable("E-mail"), max_length=254, single_line=True)
    check_text(p, "phone", form.phone, label=translatable("Phone"), max_length=60, single_line=True)
    check_text(p, "notes", form.notes, label=translatable("Notes"))
    return p


def family_problems(form: FamilyForm) -> Problems:
    p = shape_problems(form)
    if p:  # the rules below read each field as what it should be
        return p
    check_text(p, "name", form.name, label=translatable("Name"), required=True, max_length=NAME_MAX, single_line=True)
    check_text(p, "description", form.description, label=translatable("Description"))
    check_whole_number(p, "position", form.position, label=translatable("Position"))
    return p


def check_price(p: Problems, prefix: str, model: ChargeModel, price: Decimal | None, currency: str) -> None:
    """A price (with its charge model and currency) under ``prefix`` (``""`` or ``rows.0.``)."""
    key = f"{prefix}price"
    if price is not None:
        if not price.is_finite():
            p[key] = translatable("Price must be a number.")
        elif price < 0:
            p[key] = translatable("Price cannot be negative.")
        elif price >= 10**13:
            p[key] = translatable("Price is too large.")
        elif price != price.quantize(Decimal("0.01")):
            p[key] = translatable("Price can have at most two decimals.")
    if model != ChargeModel.NONE and price is None:
        p.setdefault(key, translatable("Enter the price for this charge model."))
    if not CURRENCY.fullmatch(currency or ""):
        p[f"{prefix}currency"] = translatable("Use a three-letter currency code such as EUR or USD.")


def service_problems(form: ServiceForm) -> Problems:
    p = shape_problems(form)
    if p:  # the rules below read each field as what it should be
        return p
    check_text(p, "code", form.code, label=translatable("Code"), required=True, max_length=40, single_line=True)
    if "code" not in p and not SERVICE_CODE.match(form.code):
        p["code"] = translatable("Use capital letters, digits, “-”, “_” or “.” for the code, e.g. EMAIL.")
    check_text(p, "name", form.name, label=translatable("Name"), required=True, max_length=NAME_MAX, single_line=True)
    check_text(p, "summary", form.summary, label=translatable("Summary"), max_length=LINE_MAX, single_line=True)
    for key, label in (("description", translatable("Description")), ("outcomes", translatable("Outcomes")),
                       ("hours_exceptions", translatable("Exceptions")), ("support_channels", translatable("Support channels")),
                       ("support_hours", translatable("Support hours")), ("request_process", translatable("Request process"))):
        check_text(p, key, getattr(form, key), label=label)
    found = hours_problems(form.hours)
    if found:
        p["hours"] = " ".join(found)
    check_price(p, "", form.charge_model, form.price, form.currency)
    for i, comp in enumerate(form.components):
        check_text(p, f"components.{i}.name", comp.name, label=translatable("Component name"), required=True,
                   max_length=NAME_MAX, single_line=True)
        check_text(p, f"components.{i}.notes", comp.notes, label=translatable("Component notes"))
    for i, sup in enumerate(form.suppliers):
        if sup.supplier_id is None:
            p[f"suppliers.{i}.supplier_id"] = translatable("Choose the supplier.")
        check_text(p, f"suppliers.{i}.supplies", sup.supplies, label=translatable("What it supplies"),
                   max_length=LINE_MAX, single_line=True)
        check_text(p, f"suppliers.{i}.contract_reference", sup.contract_reference,
                   label=translatable("Contract reference"), max_length=100, single_line=True)
    for i, con in enumerate(form.consumers):
        if con.organization_id is None:
            p[f"consumers.{i}.organization_id"] = translatable("Choose the consuming organization.")
        if con.users is not None and con.users < 0:
            p[f"consumers.{i}.users"] = translatable("The number of users cannot be negative.")
        check_whole_number(p, f"consumers.{i}.users", con.users, label=translatable("The number of users"), low=0)
    return p


def target_problems(form: AgreementForm) -> Problems:
    p: Problems = {}
    covered = set(form.service_ids)
    for i, t in enumerate(form.targets):
        key = f"targets.{i}"
        label = t.custom_metric or t.metric.label  # a custom name as typed, else the marked label
        if not finite(t.value):
            p[f"{key}.value"] = translatable("{label}: the target must be a number.", label=label)
        elif abs(t.value) >= TARGET_MAX:
            p[f"{key}.value"] = translatable("{label}: the target is too large.", label=label)
        elif t.metric in PERCENT_METRICS:
            if t.unit != TargetUnit.PERCENT:
                p[f"{key}.unit"] = translatable("{label} is measured in %.", label=label)
            elif not 0 <= t.value <= 100:
                p[f"{key}.value"] = translatable("{label} must be between 0 and 100 %.", label=label)
        elif t.metric in DURATION_METRICS:
            if t.unit not in DURATION_UNITS:
                p[f"{key}.unit"] = translatable("{label} is a duration: use minutes, hours or days.", label=label)
            elif t.value <= 0:
                p[f"{key}.value"] = translatable("{label} must be a positive duration.", label=label)
        elif t.unit == TargetUnit.PERCENT and not 0 <= t.value <= 100:
            p[f"{key}.value"] = translatable("{label} must be between 0 and 100 %.", label=label)
        elif t.unit in DURATION_UNITS and t.value <= 0:
            p[f"{key}.value"] = translatable("{label} must be a positive duration.", label=label)
        if t.warning_threshold is not None:
            check_number(p, f"{key}.warning_threshold", t.warning_threshold,
                         label=translatable("Warning threshold"), low=0, high=100)
        if t.priority is not None and t.metric not in PRIORITY_METRICS:
            p[f"{key}.priority"] = translatable("Priorities apply to response and resolution times only.")
        check_text(p, f"{key}.custom_metric", t.custom_metric, label=translatable("Metric name"),
                   required=t.metric == Metric.CUSTOM, max_length=NAME_MAX, single_line=True)
        if t.service_id is not None and t.service_id not in covered:
            p[f"{key}.service_id"] = translatable("The target's service is not covered by the agreement.")
        check_text(p, f"{key}.notes", t.notes, label=translatable("Notes"))
    return p


def agreement_problems(form: AgreementForm) -> Problems:
    p = shape_problems(form)
    if p:  # the rules below read each field as what it should be
        return p
    check_text(p, "title", form.title, label=translatable("Title"), required=True, max_length=LINE_MAX, single_line=True)
    check_text(p, "reference", form.reference, label=translatable("Reference"), max_length=40, single_line=True)
    if form.valid_from and form.valid_to and form.valid_to <= form.valid_from:
        p["valid_to"] = translatable("“Valid to” must be after “valid from”.")
    check_whole_number(p, "review_interval_months", form.review_interval_months,
                       label=translatable("The review interval (in months)"), low=1, high=REVIEW_MAX_MONTHS)
    for key in AGREEMENT_TEXT_FIELDS:
        check_text(p, key, getattr(form, key), label=translatable("This text"))
    p.update(section_state_problems(form))
    for i, r in enumerate(form.responsibilities):
        check_text(p, f"responsibilities.{i}.text", r.text, label=translatable("Responsibility"), required=True)
    if len(set(form.service_ids)) != len(form.service_ids):
        p["service_ids"] = translatable("A service is listed twice.")
    orgs = [c.organization_id for c in form.customers]
    if None in orgs:
        p["customers"] = translatable("Choose the organization of every customer row.")
    elif len(set(orgs)) != len(orgs):
        p["customers"] = translatable("A customer is listed twice.")
    p.update(target_problems(form))
    p.update(definition_problems(form))
    return p


def definition_problems(form: AgreementForm) -> Problems:
    """The terms an agreement defines once, and an OLA's or UC's own facts of its services."""
    p: Problems = {}
    p.update(scheme_problems(form.priorities))
    for i, level in enumerate(form.priorities):
        check_text(p, f"priorities.{i}.priority", level.priority, label=translatable("Priority"), max_length=20,
                   single_line=True)
        check_text(p, f"priorities.{i}.name", level.name, label=translatable("Name"), max_length=NAME_MAX, single_line=True)
        check_text(p, f"priorities.{i}.definition", level.definition, label=translatable("Definition"))
    check_text(p, "support_hours_name", form.support_hours_name, label=translatable("The name of the support hours"),
               max_length=100, single_line=True)
    check_text(p, "support_hours", form.support_hours, label=translatable("The support hours"))
    if form.support_hours_name.strip() and not form.support_hours.strip():
        p.setdefault("support_hours", translatable("Say when the support hours are, e.g. Monday to Friday 08:00–18:00."))
    for i, t in enumerate(form.targets):
        check_text(p, f"targets.{i}.definition", t.definition, label=translatable("Definition"))
    covered = set(form.service_ids)
    seen: set[int | None] = set()
    for i, terms in enumerate(form.service_terms):
        key = f"service_terms.{i}."
        if terms.service_id not in covered or terms.service_id in seen:
            p["service_terms"] = translatable("The facts of each service are given once, for services the agreement covers.")
        seen.add(terms.service_id)
        for name, label in (("description", translatable("The description")), ("support_channels", translatable("How to reach support")),
                            ("support_hours", translatable("The support hours"))):
            check_text(p, key + name, getattr(terms, name), label=label)
        check_text(p, key + "contract_reference", terms.contract_reference, label=translatable("The contract reference"),
                   max_length=100, single_line=True)
        check_price(p, key, terms.charge_model, terms.price, terms.currency)
    return p


def signature_problems(signatures: Iterable[SignatureRow]) -> Problems:
    """The signatories recorded when an agreement is activated: a name each, on one line."""
    p: Problems = {}
    for i, sig in enumerate(signatures):
        if not isinstance(sig, SignatureRow):
            p[f"signatures.{i}"] = translatable("A signature is not in a form the application understands.")
            continue
        shape = shape_problems(sig, f"signatures.{i}.")
        if shape:
            p.update(shape)
            continue
        check_text(p, f"signatures.{i}.signatory_name", sig.signatory_name, label=translatable("The signatory's name"),
                   required=True, max_length=NAME_MAX, single_line=True)
        check_text(p, f"signatures.{i}.signatory_title", sig.signatory_title, label=translatable("The signatory's title"),
                   max_length=NAME_MAX, single_line=True)
        check_text(p, f"signatures.{i}.place", sig.place, label=translatable("The place of signing"),
                   max_length=NAME_MAX, single_line=True)
    return p


def section_state_problems(form: AgreementForm) -> Problems:
    """The sections marked "not applicable" are known ones, each listed once."""
    marked = form.not_applicable
    if any(k not in AGREEMENT_SECTION_TITLES for k in marked) or len(set(marked)) != len(marked):
        return {"not_applicable": translatable("The sections marked not applicable must be known sections, "
                                                "each listed once.")}
    return {}


def section_state(form: AgreementForm, key: str) -> SectionState:
    """Whether a text section is written, marked not applicable, or still to be written.

    Text wins over the mark: a section someone wrote in prints what they wrote.
    """
    return text_section_state(getattr(form, key), marked=key in form.not_applicable)


def text_section_state(text: str, *, marked: bool) -> SectionState:
    """The state of a section holding ``text``, ``marked`` or not as not applicable."""
    if text.strip():
        return SectionState.FILLED
    return SectionState.NOT_APPLICABLE if marked else SectionState.UNFILLED


def unfilled_sections(form: AgreementForm) -> list[str]:
    """The text sections with nothing written in them and not marked "not applicable"."""
    return [k for k in AGREEMENT_TEXT_FIELDS if section_state(form, k) is SectionState.UNFILLED]


def readiness_problems(form: AgreementForm) -> Problems:
    """What an agreement needs before it may go to review (and before it is activated)."""
    p: Problems = {}
    if not form.reference.strip():
        p["reference"] = translatable("Give the agreement a reference before submitting it for review.")
    unfilled = unfilled_sections(form)
    if unfilled:
        names = ", ".join(f"“{AGREEMENT_SECTION_TITLES[k]}”" for k in unfilled)
        p["not_applicable"] = (translatable("Write these sections or mark them not applicable: {names}.", names=names)
                               if len(unfilled) > 1 else
                               translatable("Write this section or mark it not applicable: {names}.", names=names))
    if not form.service_ids:
        p["service_ids"] = translatable("Add at least one service before submitting for review.")
    if not form.customers:
        p["customers"] = translatable("Add at least one customer before submitting for review.")
    if form.valid_from is None:
        p["valid_from"] = translatable("Set the date from which the agreement is valid.")
    p.update(own_facts_problems(form))
    return p


def own_facts_problems(form: AgreementForm) -> Problems:
    """What an agreement must define itself before review: what an OLA's or UC's provider
    delivers for each covered service, and what each custom metric measures."""
    p: Problems = {}
    if form.kind is not AgreementKind.SLA:
        described = {t.service_id for t in form.service_terms if t.description.strip()}
        if any(sid not in described for sid in form.service_ids):
            p["service_terms"] = translatable("Describe what the provider delivers for each covered service "
                                              "(Parties & terms) before submitting for review.")
    for i, t in enumerate(form.targets):
        if t.metric is Metric.CUSTOM and not t.definition.strip():
            p[f"targets.{i}.definition"] = translatable("Say what “{metric}” measures.", metric=t.custom_metric.strip())
    return p


def find_cycle(start: int, target: int, edges: Mapping[int, Iterable[int]]) -> list[int] | None:
    """The path ``target → … → start`` if adding ``start → target`` closes a cycle, else None."""
    if start == target:
        return [start, start]
    stack: list[tuple[int, list[int]]] = [(target, [target])]
    seen = {target}
    while stack:
        node, path = stack.pop()
        for nxt in edges.get(node, ()):
            if nxt == start:
                return [start, *path, start]
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, [*path, nxt]))
    return None
