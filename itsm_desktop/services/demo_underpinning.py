"""The sample portfolio's underpinning chain: which OLA and UC targets its SLAs rest on.

Kept beside ``portfolio.json`` in ``underpinning.json``; a target is named by its agreement
(reference and revision), metric, priority and service code, so the file reads without ids.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from itsm_desktop.domain.models import Agreement, Service, ServiceLevelTarget, UnderpinningLink


def _target_id(session: Session, name: dict[str, Any]) -> int:
    agreement = session.exec(select(Agreement.id).where(
        Agreement.reference == name["agreement"], Agreement.revision == name.get("revision", 1))).one()
    service = (session.exec(select(Service.id).where(Service.code == name["service"])).one()
               if name.get("service") else None)
    found = session.exec(select(ServiceLevelTarget.id).where(
        ServiceLevelTarget.agreement_id == agreement, ServiceLevelTarget.metric == name["metric"],
        ServiceLevelTarget.priority == name.get("priority"), ServiceLevelTarget.service_id == service)).one()
    assert found is not None
    return found


def add_sample_links(session: Session, path: Path) -> int:
    """Add the links ``path`` lists (nothing when there is no such file); how many were added."""
    if not path.exists():
        return 0
    added = 0
    for link in json.loads(path.read_text(encoding="utf-8"))["links"]:
        target = _target_id(session, link["target"])
        for beneath in link["rests_on"]:
            session.add(UnderpinningLink(target_id=target, underpinning_target_id=_target_id(session, beneath)))
            added += 1
    session.flush()
    return added
