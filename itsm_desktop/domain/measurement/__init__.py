"""Measured service levels: calendars, periods, and what each kind of target achieved.

Plain computation, no database and no Qt: the services layer feeds it records and stores what
it returns. Times are *instants* (whole seconds since the epoch, UTC) inside and aware
datetimes at the edges; a naive datetime is refused.

- :mod:`.calendar` — time bases: weekly shifts, zone, holidays, exceptions; clock time.
- :mod:`.clock` — business seconds between instants (less pauses), deadlines, open intervals;
  ``business_seconds(calendar, *period.span(zone))`` is the part of a period in service hours.
- :mod:`.periods` — months, quarters and years in an agreement's zone; the period so far.
- :mod:`.limits` — a target's value and unit as seconds of its time base.
- :mod:`.records` and :mod:`.compliance` — response and resolution compliance per target.
- :mod:`.outages` — availability, MTTR, MTBF, MTBSI; :mod:`.surveys` — satisfaction, RTO/RPO.
- :mod:`.status` — met / at risk / breached and margins; :mod:`.formulas` — the glossary.
"""
