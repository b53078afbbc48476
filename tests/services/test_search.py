"""A service is found by every name a user would type for it, ranked, and kept current on renames."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from itsm_desktop.domain.enums import ComponentKind, OrganizationKind
from itsm_desktop.domain.forms import ComponentRow, SupplierRow
from itsm_desktop.domain.search_layout import (
    EXACT,
    OTHER,
    PREFIX,
    match_rank,
    rank_expression,
    search_document,
    search_key,
)
from itsm_desktop.services import catalog, listing, stakeholders
from itsm_desktop.store import Database, search_index

SERVICES = listing.SERVICES


def _codes(db: Database, ids: list[int]) -> list[str]:
    rows = SERVICES.rows(db, ids)
    return [rows[i][0] for i in ids]


def _find(db: Database, text: str, **kwargs: Any) -> list[str]:
    return _codes(db, SERVICES.ids(db, search=text, sort="code", **kwargs))


@pytest.fixture
def mail(db: Database, make: Any) -> dict[str, Any]:
    """A mail service tied to a provider, an owner, a manager, a supplier, a component, a family."""
    provider = make.internal("Nimbus Infrastructure")
    owner = make.contact(provider, "Olga Owner")
    manager = make.contact(provider, "Mario Manager")
    supplier = make.supplier("Stratus Cloud Ltd")
    family = make.family("Kommunikation")
    service = make.service(
        "MAIL", name="Corporate e-mail", family_id=family.id, provider_id=provider.id, owner_id=owner.id,
        manager_id=manager.id, suppliers=[SupplierRow(supplier_id=supplier.id, supplies="Hosting")],
        components=[ComponentRow(name="Exchange Online", kind=ComponentKind.APPLICATION)])
    make.service("CHAT", name="Team chat")
    return {"service": service, "provider": provider, "owner": owner, "manager": manager,
            "supplier": supplier, "family": family}


@pytest.mark.parametrize("query", ["stratus", "STRATUS cloud", "nimbus", "olga owner", "mario", "exchange",
                                   "kommunikation", "mail", "corporate e-mail"])
def test_a_service_is_found_by_every_name_tied_to_it(db: Database, mail: dict[str, Any], query: str) -> None:
    assert _find(db, query) == ["MAIL"]


def test_renaming_a_supplier_refreshes_the_services_it_supplies(db: Database, mail: dict[str, Any]) -> None:
    supplier = mail["supplier"]
    form = stakeholders.organization_form(supplier)
    form.name = "Cumulus Hosting"
    stakeholders.update_organization(db, organization_id=supplier.id, version=supplier.version, form=form)
    assert _find(db, "cumulus") == ["MAIL"]
    assert _find(db, "stratus") == []


def test_renaming_the_provider_refreshes_its_services_units_and_contacts(db: Database, make: Any,
                                                                        mail: dict[str, Any]) -> None:
    provider = mail["provider"]
    unit = make.internal("Mail team", parent_id=provider.id)
    form = stakeholders.organization_form(provider)
    form.name = "Cirrus Operations"
    stakeholders.update_organization(db, organization_id=provider.id, version=provider.version, form=form)
    assert _find(db, "cirrus") == ["MAIL"] and _find(db, "nimbus") == []
    assert listing.ORGANIZATIONS.ids(db, search="cirrus", sort="name") == [provider.id, unit.id]
    assert sorted(listing.CONTACTS.ids(db, search="cirrus")) == sorted([mail["owner"].id, mail["manager"].id])


@pytest.mark.parametrize("role", ["owner", "manager"])
def test_renaming_a_contact_refreshes_the_services_they_own_or_manage(db: Database, mail: dict[str, Any],
                                                                      role: str) -> None:
    person = mail[role]
    form = stakeholders.contact_form(person)
    form.name = "Zelda Zimmermann"
    stakeholders.update_contact(db, contact_id=person.id, version=person.version, form=form)
    assert _find(db, "zelda") == ["MAIL"]
    assert _find(db, person.name) == []


def test_renaming_a_service_refreshes_the_agreements_covering_it(db: Database, make: Any,
                                                                mail: dict[str, Any]) -> None:
    agreement = make.agreement(services=[mail["service"]], title="Messaging")
    assert listing.AGREEMENTS.ids(db, search="corporate e-mail") == [agreement.id]
    assert listing.AGREEMENTS.ids(db, search="nimbus") == []  # provider of the service, not of the SLA
    service = mail["service"]
    form = catalog.load_service(db, service.id).form
    form.code, form.name = "POST", "Courrier électronique"
    catalog.update_service(db, service_id=service.id, version=service.version, form=form)
    assert listing.AGREEMENTS.ids(db, search="courrier electronique") == [agreement.id]
    assert listing.AGREEMENTS.ids(db, search="post") == [agreement.id]
    assert listing.AGREEMENTS.ids(db, search="corporate") == []


def test_a_rename_rewrites_only_the_texts_that_name_it(db: Database, make: Any, mail: dict[str, Any]) -> None:
    other = make.service("PRINT", name="Printing", provider_id=make.internal("Print shop").id)
    before = catalog.get_service(db, other.id).search_text
    supplier = mail["supplier"]
    form = stakeholders.organization_form(supplier)
    form.name = "Cumulus Hosting"
    stakeholders.update_organization(db, organization_id=supplier.id, version=supplier.version, form=form)
    assert catalog.get_service(db, other.id).search_text == before
    assert catalog.get_service(db, mail["service"].id).version == mail["service"].version  # not an edit of it


def test_a_search_text_of_any_length_is_saved_and_found(db: Database, make: Any) -> None:
    service = make.service("LONG", name="Long description", description="word " * 20_000 + "needle")
    assert _find(db, "needle") == ["LONG"]
    assert len(catalog.get_service(db, service.id).search_text) > 100_000


# --- ranking -------------------------------------------------------------------------------


def test_exact_then_prefix_then_other_matches(db: Database, make: Any) -> None:
    make.service("CRM", name="Customer relations", summary="Syncs the company directory")
    make.service("DIRECTORY", name="Staff directory")
    make.service("ADS", name="Directory services")
    make.service("BOOKS", name="Address books", description="indirect directory lookups")
    make.service("DIR", name="Direct routing")
    # "direct": no exact match; DIR, DIRECTORY by code prefix, ADS by name prefix; then the rest by code
    assert _find(db, "direct") == ["ADS", "DIR", "DIRECTORY", "BOOKS", "CRM"]
    assert _find(db, "directory") == ["DIRECTORY", "ADS", "BOOKS", "CRM"]
    assert _find(db, "staff directory") == ["DIRECTORY"]
    assert _find(db, "dir") == ["DIR", "ADS", "DIRECTORY", "BOOKS", "CRM"]
    assert _find(db, "direct", descending=True) == ["DIRECTORY", "DIR", "ADS", "CRM", "BOOKS"]
    for limit in range(1, 7):  # a picker's first few: the names' matches first, then the others
        assert _codes(db, SERVICES.ids(db, search="direct", sort="code", limit=limit)) == \
            ["ADS", "DIR", "DIRECTORY", "BOOKS", "CRM"][:limit]
        assert _codes(db, SERVICES.ids(db, search="di", sort="code", descending=True, limit=limit)) == \
            ["DIRECTORY", "DIR", "ADS", "CRM", "BOOKS"][:limit]


@pytest.mark.parametrize(("many", "probed"), [(search_index.MANY, search_index.PROBED), (search_index.MANY, 0),
                                               (0, 0), (3, 0), (3, 5)],
                         ids=["listed", "sorted", "read-in-order", "both", "listed-then-both"])
def test_a_pickers_first_few_are_the_first_of_the_whole_ranked_list(db: Database, make: Any, many: int,
                                                                    probed: int,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # beyond ``MANY`` candidates, records are read in the list's order rather than sorted; a
    # server looks among the list's first ``PROBED`` records before either
    monkeypatch.setattr(search_index, "MANY", many)
    monkeypatch.setattr(search_index, "MANY_ON_SERVER", many)
    monkeypatch.setattr(search_index, "PROBED", probed)
    families = [make.family(name).id for name in ("Mail", "Boxes")] + [None]
    words = ["Mail", "mailbox", "Post", "Mail archive", "box", "Straße " * 30 + "mail"]
    for n in range(24):
        make.service(f"{words[n % 6][:3].upper()}{n:02d}", name=f"{words[n % 6]} {words[(n * 5) % 6]}"[:200],
                     summary=words[(n * 7) % 6], family_id=families[n % 3])
    make.service("MAIL", name="Mail")
    long_name = ("Straße " * 30 + "mail")[:200]
    for key in ["mail", "ma", "box", "post", "m", "a", "zzz", search_key(long_name), search_key(long_name)[:150]]:
        for sort in ("code", "name", "family"):
            for descending in (False, True):
                whole = SERVICES.ids(db, search=key, sort=sort, descending=descending)
                for limit in (1, 3, 7, 40):
                    assert SERVICES.ids(db, search=key, sort=sort, descending=descending, limit=limit) == \
                        whole[:limit], (key, sort, descending, limit)
    live = SERVICES.ids(db, search="mail", sort="code", filters={"statuses": ["live"]})
    assert SERVICES.ids(db, search="mail", sort="code", filters={"statuses": ["live"]}, limit=5) == live[:5]
    assert _find(db, "mail", limit=1) == ["MAIL"]  # named exactly, though other codes come first


def test_a_name_with_the_search_inside_it_is_not_a_prefix_match(db: Database, make: Any) -> None:
    make.service("AAA", name="Indirect billing")
    make.service("ZZZ", name="Direct debit")
    assert _find(db, "direct") == ["ZZZ", "AAA"]


@pytest.mark.parametrize(("names", "details", "key", "rank"), [
    (["MAIL", "Mail"], [], "mail", EXACT),
    (["MAIL", "Corporate mail"], [], "mail", EXACT),
    (["CRM", "Customer"], ["mail"], "mail", OTHER),
    (["MAILBOX", "Boxes"], [], "mail", PREFIX),
    (["X", "Mail archive"], [], "mail", PREFIX),
    (["X", "Mail archive"], [], "mail archive", EXACT),
    (["X", "Y"], ["Mail"], "mail", OTHER),
    (["X", "Y", "Mail"], [], "mail", EXACT),
    (["50%", "off_peak"], [], "50%", EXACT),
    (["50", "a_b"], [], "a%", OTHER),
    (["x\x1email", "y\x1fmail"], [], "mail", OTHER),  # separators typed into a name are dropped
    (["Почта"], ["e-mail"], "ПОЧ", PREFIX),
])
def test_sql_and_memory_rank_alike(db: Database, make: Any, names: list[str], details: list[str],
                                   key: str, rank: int) -> None:
    text = search_document(names, details)
    folded = search_key(key)
    assert folded in text or rank == OTHER
    assert match_rank(text, folded) == rank
    column = sa.literal(text)
    with db.read() as session:
        assert session.execute(sa.select(rank_expression(column, folded))).scalar_one() == rank


# --- one order ------------------------------------------------------------------------------


def test_ordered_is_the_listing_order_of_the_database(db: Database, make: Any) -> None:
    for code, name, kind in [("A1", "beta", OrganizationKind.SUPPLIER), ("B2", "Alpha", OrganizationKind.INTERNAL),
                             ("C3", "Émile", None), ("D4", "alpha", OrganizationKind.INTERNAL), ("E5", "Zulu", None)]:
        provider = make.org(f"Org {name}", kind) if kind == OrganizationKind.INTERNAL else None
        make.service(code, name=name, provider_id=provider.id if provider else None)
    for sort in ("name", "code", "provider", "status", "updated_at"):
        for descending in (False, True):
            every = SERVICES.ids(db, sort=sort, descending=descending)
            shuffled = every[::2] + every[1::2]
            assert SERVICES.ordered(db, shuffled, sort=sort, descending=descending) == \
                [i for i in every if i in shuffled]
    assert SERVICES.ordered(db, [999_999]) == []
