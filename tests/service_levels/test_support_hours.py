"""Business time is counted in the support hours the agreement defines and prints — never in a
service's catalog hours — and what prints reads back as what is measured."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pypdf
import pytest

from itsm_desktop.documents.agreement_pdf import render_agreement
from itsm_desktop.domain.enums import Metric, Priority, TargetUnit
from itsm_desktop.domain.forms import TargetRow
from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.domain.measurement.support_hours import SupportHours, parse_support_hours
from itsm_desktop.domain.models import Agreement
from itsm_desktop.services import agreements
from itsm_desktop.services.service_levels.drill import cell_records
from itsm_desktop.services.service_levels.report import build_report
from itsm_desktop.services.service_levels.scopes import target_scopes
from itsm_desktop.services.snapshots import agreement_snapshot
from itsm_desktop.store import Database

from .helpers import add_incidents

DESK = "Monday to Friday 07:30–18:30 UK time, except bank holidays in England"
ROUND_THE_CLOCK = {"always": True, "days": {}}  # the service's own catalog hours: 24×7
NOW = datetime(2026, 12, 5, 12, tzinfo=UTC)


def _agreement(make, support_hours: str = DESK, unit: TargetUnit = TargetUnit.BUSINESS_HOURS) -> Agreement:  # type: ignore[no-untyped-def]
    service = make.service("MAIL", name="Mail", hours=ROUND_THE_CLOCK)
    return make.agreement(services=[service], support_hours_name="Service desk hours", support_hours=support_hours,
                          hours_text="Mail is available around the clock; the service desk answers as below.",
                          targets=[TargetRow(metric=Metric.RESPONSE_TIME, value=1, unit=unit, priority=Priority.P2,
                                             service_id=service.id)])


def _response(db: Database, agreement: Agreement, period: str):  # type: ignore[no-untyped-def]
    report = build_report(db, reference=agreement.reference, period=period, now=NOW)
    return next(line for line in report.lines if line.target.startswith("Response time P2"))


@pytest.mark.parametrize(("responded", "status"), [("2026-11-09 08:29", Status.MET),
                                                    ("2026-11-09 08:31", Status.BREACHED)])
def test_a_friday_evening_call_is_counted_from_monday_0730_in_the_agreements_hours(
        db: Database, make, responded: str, status: Status) -> None:  # type: ignore[no-untyped-def]
    agreement = _agreement(make)
    # opened Friday 19:00 UK time, after the desk closed: 59 (or 61) minutes of desk time by Monday
    # 08:29 (08:31); the service itself is 24×7, whose clock would count the whole weekend
    add_incidents(db, [["INC-1", "MAIL", "P2", "2026-11-06 19:00", responded, ""]], zone="Europe/London")
    line = _response(db, agreement, "2026-11")
    assert line.status is status
    assert line.evidence == (() if status is Status.MET else ("INC-1",))


@pytest.mark.parametrize(("responded", "status"), [("2026-09-01 08:29", Status.MET),
                                                    ("2026-09-01 08:31", Status.BREACHED)])
def test_a_bank_holiday_monday_is_skipped(db: Database, make, responded: str, status: Status) -> None:  # type: ignore[no-untyped-def]
    agreement = _agreement(make)
    # Friday 28 August 2026 19:00 BST; Monday 31 August is the summer bank holiday: Tuesday 07:30 on
    add_incidents(db, [["INC-1", "MAIL", "P2", "2026-08-28 19:00", responded, ""]], zone="Europe/London")
    assert _response(db, agreement, "2026-09").status is status


def test_clock_time_targets_still_count_every_minute(db: Database, make) -> None:  # type: ignore[no-untyped-def]
    agreement = _agreement(make, unit=TargetUnit.HOURS)
    add_incidents(db, [["INC-1", "MAIL", "P2", "2026-11-06 19:00", "2026-11-06 19:59", ""],
                       ["INC-2", "MAIL", "P2", "2026-11-06 19:00", "2026-11-09 08:29", ""]], zone="Europe/London")
    line = _response(db, agreement, "2026-11")
    assert line.evidence == ("INC-2",) and line.achieved == 50.0


def test_what_prints_reads_back_as_what_is_measured(db: Database, make) -> None:  # type: ignore[no-untyped-def]
    agreement = _agreement(make, support_hours="Mon–Fri 07:30-18:30 UK time, except bank holidays in England, "
                                               "2026-12-24 12:00–18:30; also open 2026-12-27 09:00–13:00")
    assert agreement.id is not None
    stored = SupportHours.from_json(agreement.support_calendar)
    assert stored is not None
    pdf = render_agreement(agreement_snapshot(db, agreement.id))
    text = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages).split())
    printed = " ".join(agreement.support_hours.split())
    assert f"Service desk hours: {printed}" in text  # the sentence the agreement prints ...
    assert parse_support_hours(printed) == stored  # ... reads back as the hours stored
    with db.read() as session:
        scope = target_scopes(session, agreement.id, zone="UTC")[0]
    assert scope.time_base == stored.calendar(zone="UTC", name="Service desk hours")
    assert scope.time_base is not None and scope.time_base.zone == "Europe/London"


def test_hours_that_do_not_read_leave_business_time_not_measurable(db: Database, make) -> None:  # type: ignore[no-untyped-def]
    agreement = _agreement(make, support_hours="Whenever the desk is staffed")
    assert agreement.support_calendar is None
    add_incidents(db, [["INC-1", "MAIL", "P2", "2026-11-06 19:00", "2026-11-09 08:29", ""]])
    line = _response(db, agreement, "2026-11")
    assert line.status is Status.NOT_MEASURED and line.achieved is None
    assert "not measurable until the agreement's support hours are defined" in line.detail
    with db.read() as session:
        target_id = target_scopes(session, agreement.id, zone="UTC")[0].target_id  # type: ignore[arg-type]
    assert "not measurable" in cell_records(db, target_id=target_id, period="2026-11", now=NOW).summary


def test_writing_the_hours_makes_them_measurable(db: Database, make) -> None:  # type: ignore[no-untyped-def]
    agreement = _agreement(make, support_hours="Whenever the desk is staffed")
    assert agreement.id is not None
    detail = agreements.load_agreement(db, agreement.id)
    form = detail.form
    form.support_hours = "Weekdays 07:30–18:30 UK time"
    saved = agreements.update_agreement(db, agreement_id=agreement.id, version=agreement.version, form=form)
    assert SupportHours.from_json(saved.support_calendar) == parse_support_hours("Monday to Friday 07:30–18:30 UK time")
