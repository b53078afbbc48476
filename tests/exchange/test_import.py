"""Importing services, families, organizations and contacts: preview, commit, refusal, undo."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from itsm_desktop.domain.enums import (
    ComponentKind,
    ConsumerRole,
    OrganizationKind,
    ServiceStatus,
    UnitType,
)
from itsm_desktop.domain.errors import InUseError
from itsm_desktop.services import catalog, stakeholders
from itsm_desktop.services.exchange.commit import commit_import, undo_import
from itsm_desktop.services.exchange.errors import ImportRefused
from itsm_desktop.services.exchange.importer import Action, preview_file
from itsm_desktop.services.exchange.kinds import (
    CONTACTS,
    FAMILIES,
    ORGANIZATIONS,
    SERVICES,
    guess_mapping,
)
from itsm_desktop.services.exchange.mappings import MappingStore
from itsm_desktop.services.maintenance import history_of
from itsm_desktop.store import Database

from . import files
from .conftest import dump

SERVICE_HEADERS = ["Code", "Name", "Family", "Status", "Provider", "Owner", "Price", "Charge model",
                   "Service hours", "Components", "Depends on", "Suppliers", "Consumers"]


def service_rows() -> list[list[str]]:
    return [
        SERVICE_HEADERS,
        # depends on a service defined further down the file
        ["PORTAL", "Self-service portal", "Workplace & devices", "live", "Service Desk",
         "margaret.ellison@northwind.example", "1.250,50", "fixed", "Mon-Fri 08:00-18:00; Sat 09:00-12:00",
         "Portal app | application | cloud\nReverse proxy | server", "WEBSSO; DIRECTORY",
         "Stratus Cloud Services Ltd | Hosting | SCS-1", "Finance | customer | 42; Sales | user group"],
        ["WEBSSO", "Web single sign-on", "", "in design", "ITS-IO", "Thomas Whitfield", "", "", "24x7",
         "", "DIRECTORY", "", ""],
    ]


def test_services_from_an_excel_csv_land_with_all_their_links(demo: Database, tmp_path: Path) -> None:
    path = files.excel_csv(tmp_path / "services.csv", service_rows())
    preview = preview_file(demo, SERVICES, path)
    assert preview.messages() == []
    assert [(r.line, r.action, r.key) for r in preview.rows] == [
        (2, Action.CREATE, "PORTAL"), (3, Action.CREATE, "WEBSSO")]
    result = commit_import(demo, preview)
    assert len(result.created) == 2
    portal = catalog.load_service(demo, catalog.find_service_by_code(demo, "PORTAL").id).form
    websso = catalog.find_service_by_code(demo, "WEBSSO")
    directory = catalog.find_service_by_code(demo, "DIRECTORY")
    assert portal.status == ServiceStatus.LIVE and portal.price == Decimal("1250.50")
    assert sorted(portal.depends_on) == sorted([websso.id, directory.id])
    assert portal.hours == {"always": False, "days": {
        **{d: ["08:00", "18:00"] for d in ("mon", "tue", "wed", "thu", "fri")}, "sat": ["09:00", "12:00"]}}
    assert [(c.name, c.kind, c.notes) for c in portal.components] == [
        ("Portal app", ComponentKind.APPLICATION, "cloud"), ("Reverse proxy", ComponentKind.SERVER, "")]
    assert [(c.role, c.users) for c in portal.consumers] == [(ConsumerRole.CUSTOMER, 42), (ConsumerRole.USER_GROUP, None)]
    assert portal.suppliers[0].contract_reference == "SCS-1"
    owner = stakeholders.get_contact(demo, portal.owner_id)
    assert owner.name == "Margaret Ellison"
    assert websso.status == ServiceStatus.IN_DESIGN and websso.hours == {"always": True, "days": {}}
    assert [h.action.value for h in history_of(demo, "service", websso.id)] == ["created"]


def test_an_import_matches_by_code_updates_only_filled_columns_and_sees_unchanged_rows(
        demo: Database, tmp_path: Path) -> None:
    email = catalog.find_service_by_code(demo, "EMAIL")
    rows = [["Code", "Name", "Summary", "Criticality"],
            ["EMAIL", "Corporate E-mail", "", "high"],       # criticality changes; empty summary kept
            ["BACKUP", "Backup & Restore", "", ""]]          # nothing new
    preview = preview_file(demo, SERVICES, files.xlsx(tmp_path / "s.xlsx", rows))
    assert [r.action for r in preview.rows] == [Action.UPDATE, Action.UNCHANGED]
    result = commit_import(demo, preview)
    after = catalog.get_service(demo, email.id)
    assert after.criticality.value == "high" and after.summary == email.summary
    assert after.version == email.version + 1
    assert result.created == [] and [i for i, _ in result.updated] == [email.id]


def test_a_refused_import_changes_nothing(demo: Database, tmp_path: Path) -> None:
    before = dump(demo)
    rows = service_rows()
    rows[2][5] = "nobody@example.org"       # unknown owner
    rows.append(["PORTAL", "Duplicate", "", "live", "", "", "", "", "", "", "", "", ""])  # duplicate code
    rows.append(["BAD CODE", "Bad", "", "sideways", "", "", "abc", "", "always open", "", "NOPE", "", ""])
    preview = preview_file(demo, SERVICES, files.libreoffice_csv(tmp_path / "bad.csv", rows))
    assert not preview.ready
    problems = {r.line: r.problems for r in preview.rows}
    assert "no contact “nobody@example.org”" in problems[3]["owner"]
    assert "appears again: row 2" in problems[4]["code"]
    assert "is not one of: proposed, in_design, live, retiring, retired" in problems[5]["status"]
    assert "is not an amount" in problems[5]["price"]
    assert "not understood" in problems[5]["hours"]
    assert "no service with the code NOPE" in problems[5]["dependencies"]
    assert "capital letters" in problems[5]["code"]
    with pytest.raises(ImportRefused, match="Nothing was imported: Row 3, Owner"):
        commit_import(demo, preview)
    assert dump(demo) == before


def test_a_rule_the_database_checks_refuses_the_whole_import(demo: Database, tmp_path: Path) -> None:
    """The first rows are valid and saved inside the transaction; the last one breaks a rule
    only the database can check (a retired service cannot come back): all is rolled back."""
    s = catalog.find_service_by_code(demo, "FAX")
    assert s is not None and s.status == ServiceStatus.RETIRED
    before = dump(demo)
    rows = [["Code", "Name", "Status"], ["NEW1", "New one", "proposed"], [s.code, s.name, "live"]]
    preview = preview_file(demo, SERVICES, files.xlsx(tmp_path / "s.xlsx", rows))
    assert preview.ready
    with pytest.raises(ImportRefused, match="Row 3: A service cannot go from “Retired” to “Live”"):
        commit_import(demo, preview)
    assert dump(demo) == before


def test_a_missing_required_column_is_named(demo: Database, tmp_path: Path) -> None:
    preview = preview_file(demo, SERVICES, files.xlsx(tmp_path / "s.xlsx", [["Name"], ["Something"]]))
    assert preview.missing_columns == ["Code"]
    with pytest.raises(ImportRefused, match="The required column “Code” is not mapped"):
        commit_import(demo, preview)


def test_rows_that_refer_to_each_other_in_a_circle_are_refused(demo: Database, tmp_path: Path) -> None:
    rows = [["Code", "Name", "Depends on"], ["AAA", "A", "BBB"], ["BBB", "B", "CCC"], ["CCC", "C", "AAA"]]
    preview = preview_file(demo, SERVICES, files.xlsx(tmp_path / "s.xlsx", rows))
    assert all("circle" in r.problems[""] for r in preview.rows)


def test_skipped_and_blank_rows(demo: Database, tmp_path: Path) -> None:
    rows = [["Code", "Name"], ["ONE", "One"], ["", ""], ["two", "bad code"]]
    preview = preview_file(demo, SERVICES, files.xlsx(tmp_path / "s.xlsx", rows), skip_lines={4})
    assert [r.action for r in preview.rows] == [Action.CREATE, Action.SKIP, Action.SKIP]
    assert preview.ready
    commit_import(demo, preview)
    assert catalog.find_service_by_code(demo, "ONE") is not None


def test_organizations_with_parents_in_any_order_from_ods(db: Database, tmp_path: Path) -> None:
    rows = [["Name", "Code", "Kind", "Unit type", "Part of", "Active"],
            ["Service Desk", "SD", "internal", "team", "IT Services", "ja"],   # parent defined below
            ["IT Services", "ITS", "internal", "division", "", "yes"],
            ["Acme Ltd", "", "supplier", "", "", "non"]]
    preview = preview_file(db, ORGANIZATIONS, files.ods(tmp_path / "orgs.ods", rows))
    assert preview.messages() == []
    commit_import(db, preview)
    orgs = {o.name: o for o in stakeholders.list_organizations(db)}
    assert orgs["Service Desk"].parent_id == orgs["IT Services"].id
    assert orgs["Service Desk"].unit_type == UnitType.TEAM
    assert orgs["Acme Ltd"].kind == OrganizationKind.SUPPLIER and not orgs["Acme Ltd"].active


def test_contacts_and_families_from_german_and_french_headers(db: Database, tmp_path: Path) -> None:
    stakeholders.create_organization(db, form=stakeholders.OrganizationForm(name="Finance", kind=OrganizationKind.CUSTOMER))
    contacts = [["Nom complet", "Entreprise", "Fonction", "Courriel", "Téléphone"],
                ["Émilie Durand", "Finance", "Contrôleuse", "emilie@example.org", "+33 1 23 45 67 89"]]
    preview = preview_file(db, CONTACTS, files.excel_csv(tmp_path / "contacts.csv", contacts))
    assert set(preview.mapping.values()) == {"name", "organization", "job_title", "email", "phone"}
    commit_import(db, preview)
    contact = stakeholders.list_contacts(db)[0]
    assert (contact.name, contact.job_title, contact.phone) == ("Émilie Durand", "Contrôleuse", "+33 1 23 45 67 89")
    families = [["Kategorie", "Beschreibung", "Reihenfolge"], ["Arbeitsplatz", "Geräte", "2"]]
    preview = preview_file(db, FAMILIES, files.xlsx(tmp_path / "fam.xlsx", families))
    assert preview.mapping == {0: "name", 1: "description", 2: "position"}
    commit_import(db, preview)
    assert [(f.name, f.position) for f in catalog.list_families(db)] == [("Arbeitsplatz", 2)]


def test_a_contact_needs_a_known_organization(db: Database, tmp_path: Path) -> None:
    rows = [["Name", "Organization"], ["Nobody", "Unknown Ltd"]]
    preview = preview_file(db, CONTACTS, files.xlsx(tmp_path / "c.xlsx", rows))
    assert preview.rows[0].problems == {"organization": "There is no organization “Unknown Ltd”."}


def test_a_mapping_is_remembered_per_source(tmp_path: Path) -> None:
    store = MappingStore(tmp_path / "mappings.json")
    headers = ["Kürzel", "Bezeichnung", "Spalte X"]
    assert store.mapping_for(SERVICES, headers) == guess_mapping(SERVICES, headers) == {0: "code", 1: "name"}
    store.remember(SERVICES, headers, {0: "code", 1: "name", 2: "summary"})
    assert MappingStore(tmp_path / "mappings.json").mapping_for(SERVICES, headers) == {
        0: "code", 1: "name", 2: "summary"}
    assert store.mapping_for(SERVICES, ["Code", "Name"]) == {0: "code", 1: "name"}  # another source
    assert store.mapping_for(ORGANIZATIONS, headers) == guess_mapping(ORGANIZATIONS, headers)  # another kind


def test_undo_deletes_what_was_created_and_restores_what_was_updated(demo: Database, tmp_path: Path) -> None:
    before = {t: rows for t, rows in dump(demo).items() if t != "history_entry"}
    rows = service_rows()
    rows.append(["EMAIL", "Corporate E-mail (new)", "", "", "", "", "", "", "", "", "WEBSSO", "", ""])
    result = commit_import(demo, preview_file(demo, SERVICES, files.xlsx(tmp_path / "s.xlsx", rows)))
    assert len(result.created) == 2 and len(result.updated) == 1
    undo_import(demo, result)
    after = {t: rows for t, rows in dump(demo).items() if t != "history_entry"}
    for record in (*after["service"], *before["service"]):  # an undo is a new save: version and time move on
        record.pop("version"), record.pop("updated_at")
    for table in ("service_component", "service_supplier", "service_consumer"):  # a save writes them anew
        for record in (*after[table], *before[table]):
            record.pop("id")
        after[table].sort(key=repr), before[table].sort(key=repr)
    assert after == before
    email = catalog.find_service_by_code(demo, "EMAIL")
    assert [h.action.value for h in history_of(demo, "service", email.id)][-2:] == ["updated", "updated"]


def test_a_service_created_by_an_import_is_the_one_its_editor_would_save(
        demo: Database, tmp_path: Path) -> None:
    """New services of an import are written in bulk: the record, its rows and its history
    must be exactly those that saving the same form in the editor writes."""
    rows = service_rows()
    commit_import(demo, preview_file(demo, SERVICES, files.xlsx(tmp_path / "s.xlsx", rows[:1] + rows[2:])))
    imported = catalog.find_service_by_code(demo, "WEBSSO")
    form = catalog.load_service(demo, imported.id).form
    form.code = "WEBSSO2"
    twin = catalog.create_service(demo, form=form)
    tables = dump(demo)

    def rows_of(table: str, key: str, sid: int) -> list[dict[str, object]]:
        return [{k: v for k, v in r.items() if k not in ("id", key)} for r in tables[table] if r[key] == sid]

    def service_row(sid: int) -> dict[str, object]:
        row = next(r for r in tables["service"] if r["id"] == sid)
        return {k: v for k, v in row.items() if k not in ("id", "code", "created_at", "updated_at", "search_text")}

    assert service_row(imported.id) == service_row(twin.id)
    for table in ("service_component", "service_dependency", "service_supplier", "service_consumer"):
        assert rows_of(table, "service_id", imported.id) == rows_of(table, "service_id", twin.id)
    history = {h.entity_id: h for h in map(lambda r: type("H", (), r), tables["history_entry"])
               if h.entity == "service" and h.entity_id in (imported.id, twin.id)}
    first, second = history[imported.id], history[twin.id]
    assert (first.action, first.who) == (second.action, second.who)
    assert first.summary == second.summary.replace("WEBSSO2", "WEBSSO")
    assert {k: v for k, v in first.changes.items() if k != "code"} == {
        k: v for k, v in second.changes.items() if k != "code"}


def test_undo_after_a_later_edit_deletes_through_the_use_case(demo: Database, tmp_path: Path) -> None:
    rows = service_rows()
    result = commit_import(demo, preview_file(demo, SERVICES, files.xlsx(tmp_path / "s.xlsx", rows)))
    portal = catalog.find_service_by_code(demo, "PORTAL")
    form = catalog.load_service(demo, portal.id).form
    form.summary = "Edited after the import"
    catalog.update_service(demo, service_id=portal.id, version=portal.version, form=form)
    undo_import(demo, result)
    assert catalog.find_service_by_code(demo, "PORTAL") is None
    assert catalog.find_service_by_code(demo, "WEBSSO") is None
    assert [h.action.value for h in history_of(demo, "service", portal.id)] == ["created", "updated", "deleted"]


def test_undo_is_refused_whole_when_an_imported_service_is_now_needed(demo: Database, tmp_path: Path) -> None:
    result = commit_import(demo, preview_file(demo, SERVICES, files.xlsx(tmp_path / "s.xlsx", service_rows())))
    email = catalog.find_service_by_code(demo, "EMAIL")
    form = catalog.load_service(demo, email.id).form
    form.depends_on = sorted([*form.depends_on, catalog.find_service_by_code(demo, "WEBSSO").id])
    catalog.update_service(demo, service_id=email.id, version=email.version, form=form)
    before = dump(demo)
    with pytest.raises(InUseError, match=r"cannot be undone: .*depend on it \(EMAIL\)"):
        undo_import(demo, result)
    assert dump(demo) == before


def test_a_formula_never_calculated_is_a_problem_in_its_cell(demo: Database, tmp_path: Path) -> None:
    rows = [["Code", "Name", "Price"], ["CALC1", "Priced by a formula", "=10*1.25"], ["CALC2", "Priced", "12.50"]]
    preview = preview_file(demo, SERVICES, files.xlsx(tmp_path / "script.xlsx", rows))
    assert not preview.ready
    assert [(r.line, dict(r.problems)) for r in preview.rows if r.problems] == [
        (2, {"price": "This cell holds a formula that was never calculated, so the file has no value for it: "
                      "open the file in a spreadsheet program, save it, and import it again."})]
    with pytest.raises(ImportRefused):
        commit_import(demo, preview)
    assert catalog.find_service_by_code(demo, "CALC2") is None


def test_a_refused_preview_keeps_no_forms_and_shares_its_sentences(demo: Database, tmp_path: Path) -> None:
    rows = [["Code", "Name", "Owner"], *([f"BIG{i}", f"Big {i}", "nobody@nowhere.example"] for i in range(50))]
    preview = preview_file(demo, SERVICES, files.libreoffice_csv(tmp_path / "big.csv", rows))
    assert len(preview.messages()) == 50 and not preview.ready
    assert all(row.form is None and row.before is None for row in preview.rows)
    assert len({id(row.problems["owner"]) for row in preview.rows}) == 1
    assert preview.rows[7].cell(0) == "BIG7" and preview.rows[7].cell(9) == ""
