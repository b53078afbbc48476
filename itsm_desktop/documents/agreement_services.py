"""Sections 2 to 6 of the printed agreement: what the services are, when and how they are
delivered and supported, and the service level targets."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from itsm_desktop.documents.agreement_front import AgreementFrontMatter, person_text, section_ref
from itsm_desktop.documents.completeness import defines_priorities
from itsm_desktop.documents.flowables import keep_together
from itsm_desktop.documents.language import _, colon, label, ngettext
from itsm_desktop.documents.snapshot import (
    ContactSnapshot,
    PersonSnapshot,
    ServiceSnapshot,
    TargetSnapshot,
)
from itsm_desktop.documents.targets import (
    TargetGroup,
    group_targets,
    metric_name,
    period_text,
    priority_meaning,
    used_priorities,
    value_text,
    warning_text,
)
from itsm_desktop.documents.text import (
    clean,
    clean_line,
    has_text,
    inline,
    join_names,
    multiline,
)
from itsm_desktop.domain.definitions import DEFAULT_SUPPORT_HOURS_NAME
from itsm_desktop.domain.enums import AgreementContactRole, Metric

ESCALATION_ROLES = (
    AgreementContactRole.ESCALATION_1,
    AgreementContactRole.ESCALATION_2,
    AgreementContactRole.ESCALATION_3,
)


class ServiceSections(AgreementFrontMatter):
    """The sections about the services themselves, and the contact tables they share."""

    # -- 2 ---------------------------------------------------------------------------------
    def scope(self) -> None:
        a = self.agreement
        if not self._start(2):
            return
        self.text(a.texts.scope)
        if not a.services:
            self.unfilled(_("the services this agreement covers."))
            return
        if not a.parties.uses_catalog:
            self._own_scope()
            return
        self.sentence(_("This agreement covers the following services of the provider’s catalog."))
        rows = [
            [inline(s.code), f"<b>{inline(s.name)}</b>", inline(s.summary), label(s.criticality)]
            for s in a.services
        ]
        self.table([_("Code"), _("Service"), _("Summary"), _("Criticality")], rows,
                   [0.13, 0.25, 0.47, 0.15])
        for s in a.services:
            self.subsection(f"{clean_line(s.name)} ({clean_line(s.code)})")
            if has_text(s.summary):
                self.markup(inline(s.summary), style=self.styles.body_muted)
            facts = [
                (_("Service type"), label(s.service_type)),
                (_("Status"), label(s.status)),
                (_("Criticality"), label(s.criticality)),
            ]
            if clean_line(s.provider):
                facts.append((_("Provided by"), inline(s.provider)))
            if s.owner:
                facts.append((_("Service owner"), inline(person_text(s.owner))))
            if s.manager:
                facts.append((_("Service manager"), inline(person_text(s.manager))))
            self.facts(facts)
            self.text(s.description)
            if has_text(s.outcomes):
                self.minor_heading(_("Business outcomes"))
                self.text(s.outcomes)

    def _own_scope(self) -> None:
        """An OLA's or UC's services as the agreement describes them: what the provider
        delivers and under which reference, never the customer's catalog entry."""
        a = self.agreement
        supplier = a.parties.provider_role == "Supplier"
        self.sentence(
            _("The supplier delivers the following services to the customer, each described "
              "below as the parties agreed it.") if supplier else
            _("The provider delivers the following services to the customer, each described "
              "below as the parties agreed it.")
        )
        references = [s for s in a.services if s.terms and clean_line(s.terms.contract_reference)]
        rows = [
            [f"<b>{inline(s.name)}</b>", inline(s.code)]
            + ([inline(s.terms.contract_reference) if s.terms else ""] if references else [])
            for s in a.services
        ]
        header = [_("Service"), _("Code")] + ([_("Contract reference")] if references else [])
        self.table(header, rows, [0.5, 0.2, 0.3] if references else [0.7, 0.3])
        for s in a.services:
            description = s.terms.description if s.terms else ""
            if not has_text(description) and not self.is_draft:
                continue  # no heading over nothing in an agreement in force
            self.subsection(f"{clean_line(s.name)} ({clean_line(s.code)})")
            if not self.text(description):
                self.unfilled((_("what the supplier delivers for {service}.") if supplier else
                               _("what the provider delivers for {service}.")).format(
                    service=clean_line(s.name)))

    # -- 3 ---------------------------------------------------------------------------------
    def service_hours(self) -> None:
        a = self.agreement
        if not self._start(3):
            return
        self.text(a.texts.hours_text)
        # One row per service, its day spans and hours line by line, so no service's hours
        # are torn apart at a page break; one row for all when they are all the same.
        rows = once_for_all(
            a.services,
            lambda s: (
                "<br/>".join(inline(days) for days, _hours in s.hours),
                "<br/>".join(inline(hours) for _days, hours in s.hours),
            ),
        )
        if rows:
            self.table([_("Service"), _("Days"), _("Hours")], rows, [0.4, 0.32, 0.28])
        missing = [s.name for s in a.services if not s.hours]
        if missing and rows:
            self.unfilled(_("the service hours of {services}.").format(
                services=join_names(missing)))
        exceptions = once_for_all(a.services, lambda s: (multiline(s.hours_exceptions),))
        if exceptions:
            self.minor_heading(_("Exceptions and maintenance windows"))
            self.table([_("Service"), _("Exception")], exceptions, [0.3, 0.7])
        self._support_hours_definition()

    def _support_hours_definition(self) -> None:
        """The named support hours, defined once: the time base of business hours and days."""
        a = self.agreement
        if not has_text(a.support_hours):
            return
        name = _(clean_line(a.support_hours_name) or DEFAULT_SUPPORT_HOURS_NAME)
        number = self.subsection(name) if self.services_hours_follow() else None
        self.support_hours_in = section_ref(number) if number else self.ref(3)
        self.markup(f"<b>{inline(name)}{colon()}</b> {inline(clean_line(a.support_hours))}")
        self.sentence(
            _("Targets in business hours or business days count time only within the {name}; "
              "all other times are clock time, around the clock.").format(name=name)
        )

    def services_hours_follow(self) -> bool:
        """Whether section 3 also lists the services' own hours (then the support hours get a
        subsection of their own)."""
        return any(s.hours or has_text(s.hours_exceptions) for s in self.agreement.services)

    # -- 4 ---------------------------------------------------------------------------------
    def components(self) -> None:
        a = self.agreement
        if not self._start(4):
            return
        components = [
            [inline(s.name), inline(c.name), label(c.kind), inline(c.notes)]
            for s in a.services
            for c in s.components
        ]
        dependencies = [
            [
                inline(s.name),
                "<br/>".join(f"{inline(d.name)} ({inline(d.code)})" for d in s.dependencies),
            ]
            for s in a.services
            if s.dependencies
        ]
        suppliers = [
            [inline(s.name), inline(p.name), inline(p.supplies), inline(p.contract_reference)]
            for s in a.services
            for p in s.suppliers
            if a.parties.uses_catalog  # our other suppliers and contracts are ours alone
        ]
        if components:
            self.subsection(_("Components"))
            self.table(
                [_("Service"), _("Component"), _("Type"), _("Notes")], components,
                [0.22, 0.26, 0.19, 0.33]
            )
        if dependencies:
            self.subsection(_("Dependencies"))
            self.sentence(
                _("Each service below relies on the services listed next to it; an interruption "
                  "of those may affect it.")
            )
            self.table([_("Service"), _("Depends on")], dependencies, [0.35, 0.65])
        if suppliers:
            self.subsection(_("Suppliers"))
            self.table(
                [_("Service"), _("Supplier"), _("Supplies"), _("Contract")], suppliers,
                [0.22, 0.25, 0.33, 0.2]
            )

    # -- 5 ---------------------------------------------------------------------------------
    def support(self) -> None:
        a = self.agreement
        self.priorities_in = None
        if not self._start(5):
            return
        if a.parties.uses_catalog:
            rows = once_for_all(
                a.services, lambda s: (multiline(s.support_channels), multiline(s.support_hours))
            )
        else:  # the provider's own channels: the catalog's lead our users to us, not to it
            rows = once_for_all(a.services, _own_support)
        if len(rows) == 1 and len(a.services) > 1 and says_already(a.texts.support_text, a.services):
            rows = []  # the agreement's own text already gives the same contact points
        contacts = self._contacts(AgreementContactRole.SUPPORT_CONTACT)
        reachable = has_text(a.texts.support_text) or bool(rows or contacts)
        if reachable or self.is_draft:
            number = self.subsection(_("Contact points and hours"))
            self.text(a.texts.support_text)
            if defines_priorities(a.texts.support_text):
                self.priorities_in = section_ref(number)
            if rows:
                self.table(
                    [_("Service"), _("How to reach support"), _("Support hours")], rows,
                    [0.26, 0.44, 0.3]
                )
            if contacts:
                self.minor_heading(_("Support contacts"))
                self._contact_table(contacts, with_role=False)
            if not reachable:
                self.unfilled(_("how users reach support, and when."))
        self._incident_handling(reachable)
        if not a.parties.uses_catalog:
            return  # our users' request procedures are not the provider's
        requests = once_for_all(a.services, lambda s: (multiline(s.request_process),))
        if requests or self.is_draft:
            self.subsection(_("Service requests"))
            if requests:
                self.table([_("Service"), _("How to make a request")], requests, [0.3, 0.7])
            else:
                self.unfilled(_("how users make service requests."))

    def _incident_handling(self, reachable: bool) -> None:
        """How incidents are prioritised; the priority levels are defined here unless the
        agreement's own support text defines them."""
        priorities = used_priorities(self.agreement.targets)
        if not priorities or self.priorities_in:
            return
        number = self.subsection(_("Incident handling"))
        self.priorities_in = section_ref(number)
        targets = self.ref(6)
        text = (
            _("Each incident is given a priority from its impact and urgency, as defined below; "
              "it sets the response and resolution times in {section}.").format(section=targets)
            if targets else
            _("Each incident is given a priority from its impact and urgency, as defined below; "
              "it sets the response and resolution times.")
        )
        if reachable:
            who = (_("Users report incidents through the contact points above.")
                   if self.agreement.parties.uses_catalog else
                   _("The customer reports incidents through the contact points above."))
            text = f"{who} {text}"
        self.sentence(text)
        scheme = {level.priority: level for level in self.agreement.priorities}
        rows = [
            [f"<b>{inline(p)}</b>", inline(priority_meaning(scheme[p]))]
            for p in priorities
            if p in scheme
        ]
        if rows:
            self.table([_("Priority"), _("Meaning")], rows, [0.16, 0.84])
        missing = [p for p in priorities if p not in scheme]
        if missing:
            self.unfilled(ngettext("what {names} means.", "what {names} mean.", len(missing)).format(
                names=join_names(missing)))

    # -- 6 ---------------------------------------------------------------------------------
    def targets(self) -> None:
        a = self.agreement
        if not self._start(6):
            return
        groups = group_targets(a.targets, a.services)
        text = _("Each target is measured over the period shown.")
        reporting = self.ref(8) if has_text(a.texts.reporting) else None
        if reporting:
            text += " " + _("The results are reported as described in {section}.").format(section=reporting)
        if any(g.timed for g in groups):
            text += " " + (
                _("Response and resolution times depend on the priority of the incident "
                  "({section}).").format(section=self.priorities_in) if self.priorities_in else
                _("Response and resolution times depend on the priority of the incident."))
        self.sentence(text)
        for group in groups:
            start = len(self.story)
            self.subsection(group.title)
            self._measured_table(group)
            self._priority_matrix(group)
            # A service's targets stay on one page when they fit on one.
            self.story[start:] = [keep_together(self.story[start:], self.frame_height)]
        undefined = sorted(
            {metric_name(t) for t in a.targets if t.metric is Metric.CUSTOM and not has_text(t.definition)}
        )
        if undefined:
            self.unfilled(ngettext("what {names} measures.", "what {names} measure.", len(undefined)).format(
                names=join_names(undefined)))

    def _measured_table(self, group: TargetGroup) -> None:
        if not group.measured:
            return
        rows = [
            [
                inline(metric_name(t)),
                f"<b>{inline(value_text(t.value, t.unit))}</b>",
                inline(label(t.period)) if t.period is not None else "—",
                inline(warning_text(t)) or "—",
                multiline(t.notes),
            ]
            for t in group.measured
        ]
        self.table(
            [_("Metric"), _("Target"), _("Period"), _("Warning"), _("Notes")], rows,
            [0.25, 0.19, 0.11, 0.15, 0.3]  # "5 Geschäftstage" whole on its line
        )

    def _priority_matrix(self, group: TargetGroup) -> None:
        matrix = group.matrix()
        if not matrix:
            return
        # How the times are measured: one caption when every time is measured alike,
        # otherwise next to each value.
        terms = {_measure_text(t) for t in group.timed}
        shared = terms.pop() if len(terms) == 1 else None

        def cell(targets: list[TargetSnapshot]) -> str:
            if not targets:
                return "—"
            values = []
            for t in targets:
                value = f"<b>{inline(value_text(t.value, t.unit))}</b>"
                measure = _measure_text(t)
                if shared is None and measure:
                    value += f"<br/><font size='7.5' color='#5F6B7A'>{inline(measure)}</font>"
                values.append(value)
            return "<br/>".join(values)

        notes_wanted = any(has_text(t.notes) for t in group.timed)
        rows = []
        for priority, response, resolution in matrix:
            row = [f"<b>{inline(priority)}</b>", cell(response), cell(resolution)]
            if notes_wanted:
                row.append(
                    "<br/>".join(
                        multiline(t.notes) for t in response + resolution if has_text(t.notes)
                    )
                )
            rows.append(row)
        header = [_("Priority"), _("Response time"), _("Resolution time")]
        fractions = [0.2, 0.4, 0.4]
        if notes_wanted:
            header.append(_("Notes"))
            fractions = [0.16, 0.2, 0.2, 0.44]
        self.table(header, rows, fractions, gap=3 if shared else 6)
        if shared:
            self.sentence(shared[0].upper() + shared[1:] + ".", style=self.styles.small)
            self.space(4)

    # -- helpers --------------------------------------------------------------------------------
    def _role_name(self, role: AgreementContactRole, *, level_only: bool) -> str:
        """A contact's role as the table prints it: ``Level 2`` in the escalation table, a
        UC's ``Supplier representative``."""
        if level_only and role in ESCALATION_ROLES:
            return _("Level {number}").format(number=role.value.rsplit("_", 1)[-1])
        if role is AgreementContactRole.PROVIDER_REPRESENTATIVE and \
                self.agreement.parties.provider_role == "Supplier":
            return _("Supplier representative")
        return label(role)

    def _sorted_contacts(self) -> list[ContactSnapshot]:
        order = {role: i for i, role in enumerate(AgreementContactRole)}
        return sorted(self.agreement.contacts, key=lambda c: order.get(c.role, len(order)))

    def _contacts(self, role: AgreementContactRole) -> list[ContactSnapshot]:
        return [c for c in self.agreement.contacts if c.role is role]

    def _person_markup(
        self, person: PersonSnapshot, organization: str = "", *, reach: bool = False
    ) -> str:
        """Name in bold, then title and organization (and e-mail and phone), one per line."""
        values = [person.job_title, organization]
        if reach:
            values += [person.email, person.phone]
        lines = [f"<b>{inline(person.name)}</b>"]
        lines += [inline(v) for v in values if clean_line(v)]
        return "<br/>".join(lines)

    def _contact_table(
        self, contacts: list[ContactSnapshot], *, with_role: bool, role_header: str = "Role"
    ) -> None:
        rows = []
        for c in contacts:
            reach = "<br/>".join(
                inline(v) for v in (c.person.email, c.person.phone) if clean_line(v)
            )
            row = [self._person_markup(c.person, c.organization), reach]
            if with_role:
                row.insert(0, inline(self._role_name(c.role, level_only=role_header == "Level")))
            rows.append(row)
        header = [_("Name"), _("E-mail and phone")]
        fractions = [0.55, 0.45]
        if with_role:
            header.insert(0, _("Level") if role_header == "Level" else _("Role"))
            fractions = [0.19, 0.4, 0.41] if role_header == "Role" else [0.12, 0.46, 0.42]
        self.table(header, rows, fractions)


def once_for_all(
    services: Sequence[ServiceSnapshot], cells: Callable[[ServiceSnapshot], tuple[str, ...]]
) -> list[list[str]]:
    """Table rows of (service name, *cells) for the services with something to show; one
    row for "All services" when every service shows the same."""
    values = [(s, cells(s)) for s in services]
    shown = [(s, v) for s, v in values if any(v)]
    if not shown:
        return []
    if len(values) > 1 and len(shown) == len(values) and len({v for _service, v in shown}) == 1:
        return [["<b>{}</b>".format(_("All services")), *shown[0][1]]]
    return [[f"<b>{inline(s.name)}</b>", *v] for s, v in shown]


_REACH = re.compile(
    r"https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d ()-]{6,}\d|\d{1,2}[:.]\d{2}"
)


def says_already(text: str, services: Sequence[ServiceSnapshot]) -> bool:
    """Whether ``text`` names every address, number and time of the services' support
    channels and hours (then a table of them would only repeat it)."""
    wanted = {
        m.group().rstrip(".,;").replace(" ", "")
        for s in services
        for m in _REACH.finditer(f"{s.support_channels}\n{s.support_hours}")
    }
    said = clean(text).replace(" ", "")
    return bool(wanted) and all(w in said for w in wanted)


def _measure_text(target: TargetSnapshot) -> str:
    """``measured per month, warning at 80 %`` (plain text; empty when neither is set)."""
    parts = []
    if target.period is not None:
        parts.append(_("measured {period}").format(period=period_text(target.period)))
    warning = warning_text(target)
    if warning:
        parts.append(_("warning {threshold}").format(threshold=warning))
    return ", ".join(parts)



def _own_support(s: ServiceSnapshot) -> tuple[str, ...]:
    terms = s.terms
    if terms is None:
        return ("", "")
    return (multiline(terms.support_channels), multiline(terms.support_hours))
