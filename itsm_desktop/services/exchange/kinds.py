"""What can be imported: the kinds of record, their columns, and header names to guess from.

Each column has the English heading the templates and exports use, and synonyms in English,
German and French (the application's languages) that a team's own spreadsheet may use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from itsm_desktop.domain.enums import (
    BillingPeriod,
    ChargeModel,
    Criticality,
    OrganizationKind,
    ServiceStatus,
    ServiceType,
    UnitType,
)
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.domain.values import fold

from .errors import ExchangeError

TEXT, LINE, ENUM, AMOUNT, WHOLE, FLAG, REF, LIST, HOURS = (
    "text", "line", "enum", "amount", "whole", "flag", "ref", "list", "hours")


@dataclass(frozen=True)
class Column:
    """A field a spreadsheet column can fill."""

    key: str
    heading: str
    kind: str = LINE
    required: bool = False
    enum: type[Enum] | None = None
    synonyms: tuple[str, ...] = ()
    hint: str = ""  # how to write the value, shown in templates


@dataclass(frozen=True)
class Kind:
    """A kind of record that can be imported and exported as rows."""

    name: str  # as on the command line
    title: str
    columns: tuple[Column, ...]
    match_keys: tuple[str, ...]  # columns that identify an existing record, in order of trust

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)


_ACTIVE = Column("active", translatable("Active"), FLAG, synonyms=("aktiv", "actif", "enabled", "in use"),
                 hint="yes or no")
_NOTES = Column("notes", translatable("Notes"), TEXT, synonyms=("comment", "comments", "remarks", "notizen",
                                                  "bemerkungen", "anmerkungen", "remarques", "commentaire"))
_EMAIL = Column("email", translatable("E-mail"), synonyms=("email", "e mail", "mail", "email address", "e-mail-adresse",
                                            "courriel", "adresse e-mail", "adresse electronique"))
_PHONE = Column("phone", translatable("Phone"), synonyms=("telephone", "tel", "phone number", "telefon", "telefonnummer",
                                           "numero de telephone"))

FAMILIES = Kind("families", translatable("Service families"), (
    Column("name", translatable("Name"), required=True, synonyms=("family", "service family", "category", "familie",
                                                      "servicefamilie", "kategorie", "famille", "categorie",
                                                      "famille de services")),
    Column("description", translatable("Description"), TEXT, synonyms=("beschreibung", "description")),
    Column("position", translatable("Position"), WHOLE, synonyms=("order", "sort order", "reihenfolge", "ordre"),
           hint="a whole number; families are listed by it"),
), match_keys=("name",))

ORGANIZATIONS = Kind("organizations", translatable("Organizations"), (
    Column("name", translatable("Name"), required=True, synonyms=("organization", "organisation", "company", "party",
                                                      "firma", "unternehmen", "entreprise", "raison sociale",
                                                      "nom")),
    Column("code", translatable("Code"), synonyms=("short name", "abbreviation", "kurzname", "kurzel", "sigle")),
    Column("kind", translatable("Kind"), ENUM, enum=OrganizationKind, synonyms=("type", "organization type", "art", "typ",
                                                                   "nature"),
           hint="internal, customer or supplier"),
    Column("unit_type", translatable("Unit type"), ENUM, enum=UnitType, synonyms=("einheit", "type d'unite"),
           hint="for internal units: team, function, group or division"),
    Column("parent", translatable("Part of"), REF, synonyms=("parent", "parent organization", "division", "belongs to",
                                              "teil von", "ubergeordnet", "parent organisation",
                                              "rattache a", "entite parente"),
           hint="the name or code of the organization it belongs to"),
    _EMAIL, _PHONE,
    Column("website", translatable("Website"), synonyms=("web", "url", "webseite", "site web", "site internet")),
    Column("address", translatable("Address"), TEXT, synonyms=("adresse", "anschrift", "postal address")),
    _NOTES, _ACTIVE,
), match_keys=("name",))

CONTACTS = Kind("contacts", translatable("Contacts"), (
    Column("name", translatable("Name"), required=True, synonyms=("full name", "contact", "person", "name", "vollstandiger name",
                                                      "nom complet", "nom", "ansprechpartner")),
    Column("organization", translatable("Organization"), REF, required=True,
           synonyms=("organisation", "company", "department", "firma", "abteilung", "entreprise", "service",
                     "societe"), hint="the name or code of an existing organization"),
    Column("job_title", translatable("Job title"), synonyms=("title", "position", "role", "function", "funktion",
                                               "berufsbezeichnung", "fonction", "poste", "titre")),
    _EMAIL, _PHONE, _NOTES, _ACTIVE,
), match_keys=("email", "name"))

SERVICES = Kind("services", translatable("Services"), (
    Column("code", translatable("Code"), required=True, synonyms=("service code", "id", "service id", "kennung", "kurzel",
                                                      "servicecode", "code du service", "identifiant"),
           hint="capital letters, digits, - _ ., e.g. EMAIL"),
    Column("name", translatable("Name"), required=True, synonyms=("service", "service name", "title", "bezeichnung",
                                                      "dienst", "servicename", "nom", "nom du service", "libelle",
                                                      "intitule")),
    Column("family", translatable("Family"), REF, synonyms=("category", "service family", "service category", "kategorie",
                                              "familie", "servicefamilie", "categorie", "famille"),
           hint="the name of an existing service family"),
    Column("summary", translatable("Summary"), synonyms=("short description", "kurzbeschreibung", "zusammenfassung",
                                           "resume", "description courte")),
    Column("description", translatable("Description"), TEXT, synonyms=("beschreibung", "long description",
                                                         "description detaillee")),
    Column("outcomes", translatable("Outcomes"), TEXT, synonyms=("business outcomes", "benefits", "nutzen", "ergebnisse",
                                                   "benefices", "resultats")),
    Column("service_type", translatable("Type"), ENUM, enum=ServiceType, synonyms=("service type", "servicetyp", "typ",
                                                                      "type de service"),
           hint="business or supporting"),
    Column("status", translatable("Status"), ENUM, enum=ServiceStatus, synonyms=("lifecycle", "lifecycle status", "state",
                                                                    "zustand", "lebenszyklus", "statut", "etat"),
           hint="proposed, in_design, live, retiring or retired"),
    Column("provider", translatable("Provider"), REF, synonyms=("provided by", "responsible group", "responsible team",
                                                  "anbieter", "erbringer", "verantwortliche gruppe",
                                                  "fournisseur du service", "prestataire", "equipe responsable"),
           hint="the name or code of an internal unit"),
    Column("owner", translatable("Owner"), REF, synonyms=("service owner", "owner e-mail", "owner email", "verantwortlicher",
                                            "eigentumer", "serviceverantwortlicher", "proprietaire",
                                            "responsable du service"),
           hint="the e-mail or name of an existing contact"),
    Column("manager", translatable("Manager"), REF, synonyms=("service manager", "manager e-mail", "manager email",
                                                "servicemanager", "gestionnaire", "responsable"),
           hint="the e-mail or name of an existing contact"),
    Column("criticality", translatable("Criticality"), ENUM, enum=Criticality,
           synonyms=("business criticality", "importance", "kritikalitat", "kritikalität", "criticite"),
           hint="low, medium, high or critical"),
    Column("hours", translatable("Service hours"), HOURS, synonyms=("hours", "availability hours", "opening hours",
                                                       "servicezeiten", "betriebszeiten", "heures de service",
                                                       "horaires"),
           hint="24x7, or e.g. Mon-Fri 08:00-18:00; Sat 09:00-12:00"),
    Column("hours_exceptions", translatable("Hours exceptions"), TEXT,
           synonyms=("exceptions", "maintenance windows", "ausnahmen", "wartungsfenster", "exceptions horaires")),
    Column("support_channels", translatable("Support channels"), TEXT,
           synonyms=("support", "support contact", "how to get help", "supportkanale", "kontakt support",
                     "canaux de support", "contact support")),
    Column("support_hours", translatable("Support hours"), TEXT, synonyms=("supportzeiten", "heures de support")),
    Column("request_process", translatable("Request process"), TEXT,
           synonyms=("how to request", "ordering", "bestellung", "anforderung", "demande", "procedure de demande")),
    Column("charge_model", translatable("Charge model"), ENUM, enum=ChargeModel,
           synonyms=("charging", "charges", "verrechnungsmodell", "abrechnungsmodell", "modele de facturation"),
           hint="none, fixed, per_user or per_device"),
    Column("price", translatable("Price"), AMOUNT, synonyms=("cost", "charge", "rate", "preis", "kosten", "prix", "cout",
                                               "tarif"), hint="e.g. 12.50 (a decimal comma works too)"),
    Column("currency", translatable("Currency"), synonyms=("wahrung", "devise", "monnaie"), hint="EUR, USD, GBP …"),
    Column("billing_period", translatable("Billing period"), ENUM, enum=BillingPeriod,
           synonyms=("per", "abrechnungszeitraum", "periode de facturation"), hint="month, quarter or year"),
    Column("components", translatable("Components"), LIST, synonyms=("technical components", "komponenten", "composants"),
           hint="name | kind | notes; one per line or separated by ;"),
    Column("dependencies", translatable("Depends on"), LIST, synonyms=("dependencies", "depends on services", "abhangigkeiten",
                                                         "hangt ab von", "dependances", "depend de"),
           hint="service codes separated by ;"),
    Column("suppliers", translatable("Suppliers"), LIST, synonyms=("vendors", "lieferanten", "fournisseurs"),
           hint="supplier | what it supplies | contract reference; separated by ;"),
    Column("consumers", translatable("Consumers"), LIST, synonyms=("customers", "audience", "users", "kunden", "nutzer",
                                                     "zielgruppe", "clients", "utilisateurs", "public"),
           hint="organization | customer or user_group | number of users; separated by ;"),
), match_keys=("code", "name"))

KINDS: dict[str, Kind] = {k.name: k for k in (FAMILIES, ORGANIZATIONS, CONTACTS, SERVICES)}
ALIASES = {"service": "services", "catalog": "services", "family": "families", "organization": "organizations",
           "organisations": "organizations", "contact": "contacts", "service-families": "families"}


def kind_named(name: str) -> Kind:
    """The kind called ``name`` on the command line (singular forms accepted)."""
    key = ALIASES.get(name.lower(), name.lower())
    if key not in KINDS:
        raise ExchangeError(translatable("Unknown kind “{name}”; choose one of {items}.", name=name, items=', '.join(KINDS)))
    return KINDS[key]


def normalise(header: str) -> str:
    """A header reduced for comparison: folded, without punctuation and spacing."""
    return re.sub(r"[^0-9a-z]+", "", fold(header).replace("ß", "ss"))


Mapping = dict[int, str]
"""Spreadsheet column index → field key; unmapped columns are left out."""


def guess_mapping(kind: Kind, headers: list[str]) -> Mapping:
    """Map each header to the field it most likely means; each field is taken once.

    Exact headings win over synonyms, so “Name” goes to the name even if a synonym of
    another field is also “name”.
    """
    mapping: Mapping = {}
    taken: set[str] = set()
    for pass_synonyms in (False, True):
        for index, header in enumerate(headers):
            if index in mapping or not header.strip():
                continue
            wanted = normalise(header)
            for column in kind.columns:
                if column.key in taken:
                    continue
                names = {normalise(column.heading), normalise(column.key)}
                if pass_synonyms:
                    names |= {normalise(s) for s in column.synonyms}
                if wanted in names:
                    mapping[index] = column.key
                    taken.add(column.key)
                    break
    return mapping
