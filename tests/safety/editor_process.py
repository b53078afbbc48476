"""A second instance of the application for the concurrency tests, editing one organization.

``python editor_process.py once DATABASE ORG_ID VERSION NOTES GO_FILE``
    wait until GO_FILE exists, save NOTES over the organization at VERSION, print
    ``saved <version>``, ``conflict`` or ``error <message>``.
``python editor_process.py increment DATABASE ORG_ID TIMES``
    TIMES read-modify-write cycles adding one to the number in the notes, reloading and
    retrying on a conflict; print ``done <conflicts>``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from itsm_desktop.domain.errors import ConflictError, ItsmError
from itsm_desktop.services import stakeholders
from itsm_desktop.store import Database


def once(db: Database, org_id: int, version: int, notes: str, go: Path) -> str:
    org = stakeholders.get_organization(db, org_id)
    form = stakeholders.organization_form(org)
    form.notes = notes
    print("ready", flush=True)
    deadline = time.monotonic() + 30
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.001)
    try:
        saved = stakeholders.update_organization(db, organization_id=org_id, version=version, form=form)
    except ConflictError:
        return "conflict"
    except ItsmError as exc:
        return f"error {exc}"
    return f"saved {saved.version}"


def increment(db: Database, org_id: int, times: int) -> str:
    conflicts = 0
    done = 0
    while done < times:
        org = stakeholders.get_organization(db, org_id)
        form = stakeholders.organization_form(org)
        form.notes = str(int(form.notes or "0") + 1)
        try:
            stakeholders.update_organization(db, organization_id=org_id, version=org.version, form=form)
        except ConflictError:
            conflicts += 1
            continue
        done += 1
    return f"done {conflicts}"


def main(argv: list[str]) -> int:
    mode, db_path, org_id = argv[0], Path(argv[1]), int(argv[2])
    with Database.open(db_path) as db:
        if mode == "once":
            print(once(db, org_id, int(argv[3]), argv[4], Path(argv[5])), flush=True)
        else:
            print(increment(db, org_id, int(argv[3])), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
