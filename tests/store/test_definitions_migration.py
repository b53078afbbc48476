"""Upgrading a file whose OLAs and UCs printed the catalog's facts: each gets its own terms,
filled as the editor would prefill them, and nothing else changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from itsm_desktop.domain.enums import AgreementKind
from itsm_desktop.domain.forms import SupplierRow
from itsm_desktop.services import agreements
from itsm_desktop.store import Database

from .test_id_migration import old_file


@pytest.mark.sqlite_only  # upgrades an old file
def test_olas_and_ucs_keep_what_they_printed_as_their_own_terms(tmp_path: Path, make, db: Database) -> None:
    carrier = make.supplier("Carrier plc")
    wan = make.service("WAN", description="Links between the sites.",
                       suppliers=[SupplierRow(supplier_id=carrier.id, supplies="MPLS circuits",
                                              contract_reference="CAR-77")])
    uc = make.active_agreement(kind=AgreementKind.UC, provider=carrier, services=[wan], customers=[make.it])
    ola = make.agreement(kind=AgreementKind.OLA, services=[wan])
    sla = make.agreement(services=[wan])
    db.close()
    old = tmp_path / "old.db"
    old_file(db.path, old, "0007")

    with Database.open(old) as upgraded:
        [uc_terms] = agreements.load_agreement(upgraded, uc.id).form.service_terms
        assert (uc_terms.service_id, uc_terms.description, uc_terms.contract_reference) == (
            wan.id, "MPLS circuits", "CAR-77")
        assert uc_terms.support_channels == "" and uc_terms.price is None
        [ola_terms] = agreements.load_agreement(upgraded, ola.id).form.service_terms
        assert ola_terms.description == "Links between the sites." and ola_terms.contract_reference == ""
        sla_form = agreements.load_agreement(upgraded, sla.id).form
        assert sla_form.service_terms == [] and sla_form.priorities == []
