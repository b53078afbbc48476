"""Upgrading a file whose history summaries are English sentences only: they stay as written,
and entries written after the upgrade keep their sentence for each reader's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from itsm_desktop.domain.translatable import Message, message_from_data
from itsm_desktop.services import agreements, lifecycle
from itsm_desktop.store import Database

from .test_id_migration import old_file


@pytest.mark.sqlite_only  # upgrades an old file
def test_old_summaries_stay_and_new_ones_keep_their_sentence(tmp_path: Path, make, db: Database) -> None:
    agreement = make.agreement()
    db.close()
    old = tmp_path / "old.db"
    old_file(db.path, old, "0012")

    with Database.open(old) as upgraded:
        [created] = agreements.load_agreement(upgraded, agreement.id).history
        assert created.summary_message is None
        assert message_from_data(created.summary_message, created.summary) == created.summary
        assert created.summary.startswith("Created agreement")
        lifecycle.submit_for_review(upgraded, agreement_id=agreement.id,
                                    version=agreements.load_agreement(upgraded, agreement.id).agreement.version)
        submitted = agreements.load_agreement(upgraded, agreement.id).history[-1]
        assert submitted.summary == "Submitted for review"
        assert submitted.summary_message == {"template": "Submitted for review", "values": {}}


def test_a_summary_is_stored_with_its_sentence_and_values(make, db: Database) -> None:
    agreement = make.agreement()
    [created] = agreements.load_agreement(db, agreement.id).history
    assert created.summary_message is not None
    said = message_from_data(created.summary_message, created.summary)
    assert isinstance(said, Message) and said == created.summary
    assert said.template == "Created {record}"
    record = said.values["record"]
    assert isinstance(record, Message) and record.template == "agreement {reference} revision {revision}"


def test_data_that_does_not_read_as_the_summary_leaves_the_summary() -> None:
    assert message_from_data({"template": "Deleted {record}", "values": {"record": "x"}}, "Deleted y") == "Deleted y"
    assert message_from_data({"template": "{missing}", "values": {"other": 1}}, "as stored") == "as stored"
    assert message_from_data("not a dict", "as stored") == "as stored"
    assert message_from_data(None, "as stored") == "as stored"
