"""The tables are defined on first use, one module per kind of record, and work the same."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlmodel import SQLModel

from itsm_desktop.domain import models
from itsm_desktop.store import head_schema

ROOT = Path(__file__).resolve().parents[2]


def _fresh_process(script: str, *args: str) -> dict[str, object]:
    """Run ``script`` in a new interpreter (no table defined yet); the JSON it prints last."""
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(script), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_every_name_of_the_package_is_found_and_lives_in_one_of_its_modules() -> None:
    for name in models.__all__:
        assert getattr(models, name) is not None, name
    tables = {cls.__tablename__ for name in models.__all__
              if isinstance(cls := getattr(models, name), type) and issubclass(cls, SQLModel)
              and hasattr(cls, "__table__")}
    assert tables == set(head_schema.TABLES)
    for cls in (models.Service, models.AchievedValue, models.HistoryEntry):
        assert cls.__module__.rsplit(".", 1)[-1] in models.GROUPS


def test_a_name_the_package_does_not_have_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="Servcie"):
        getattr(models, "Servcie")  # noqa: B009 - a misspelt name, as a typo would ask for it


def test_a_kind_of_record_loads_with_what_its_foreign_keys_name_and_nothing_else() -> None:
    loaded = _fresh_process("""
        import json, sys
        from itsm_desktop.domain.models import GROUPS
        before = [g for g in GROUPS if f"itsm_desktop.domain.models.{g}" in sys.modules]
        from itsm_desktop.domain.models import ServiceLevelTarget
        after = [g for g in GROUPS if f"itsm_desktop.domain.models.{g}" in sys.modules]
        print(json.dumps({"before": before, "after": sorted(after)}))
    """)
    assert loaded == {"before": [], "after": ["agreements", "catalog", "service_levels", "stakeholders"]}


def test_the_whole_metadata_is_never_partial() -> None:
    counted = _fresh_process("""
        import json
        from itsm_desktop.domain.models import Service, SQLModel
        print(json.dumps({"tables": len(SQLModel.metadata.tables)}))
    """)
    assert counted == {"tables": len(head_schema.TABLES)}


def test_models_loaded_on_first_use_read_write_and_join_across_their_modules(
        migrated_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "lazy.db"
    shutil.copy2(migrated_template, path)
    result = _fresh_process("""
        import json, sys
        from sqlmodel import select
        from itsm_desktop.domain import models
        from itsm_desktop.store import Database

        def groups():
            return sorted(g for g in models.GROUPS if f"itsm_desktop.domain.models.{g}" in sys.modules)

        with Database.open(sys.argv[1]) as db:
            opened = groups()
            with db.write() as session:
                org = models.Organization(name="Acme")
                session.add(org)
                session.flush()
                contact = models.Contact(name="Ada", organization_id=org.id)
                service = models.Service(code="MAIL", name="Mail", provider_id=org.id)
                agreement = models.Agreement(reference="SLA-1", title="Mail SLA", provider_id=org.id)
                session.add_all([contact, service, agreement])
                session.flush()
                session.add(models.AgreementService(agreement_id=agreement.id, service_id=service.id))
                target = models.ServiceLevelTarget(agreement_id=agreement.id, service_id=service.id, value=99.5)
                session.add(target)
                session.flush()
                session.add(models.AchievedValue(target_id=target.id, period="2026-11", value=99.9))
            with db.read() as session:
                rows = session.exec(
                    select(models.Agreement.reference, models.Service.code, models.ServiceLevelTarget.value,
                           models.AchievedValue.value, models.Organization.name)
                    .join(models.AgreementService, models.AgreementService.agreement_id == models.Agreement.id)
                    .join(models.Service, models.Service.id == models.AgreementService.service_id)
                    .join(models.ServiceLevelTarget, models.ServiceLevelTarget.agreement_id == models.Agreement.id)
                    .join(models.AchievedValue, models.AchievedValue.target_id == models.ServiceLevelTarget.id)
                    .join(models.Organization, models.Organization.id == models.Agreement.provider_id)).all()
        print(json.dumps({"opened": opened, "rows": [list(r) for r in rows], "used": groups()}))
    """, str(path))
    assert result["opened"] == []  # opening the database defined no table
    assert result["rows"] == [["SLA-1", "MAIL", 99.5, 99.9, "Acme"]]
    assert result["used"] == ["agreements", "catalog", "service_levels", "stakeholders"]
