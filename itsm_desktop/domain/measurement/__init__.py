"""Measured service levels: calendars, periods, and what each kind of target achieved.

Plain computation, no database and no Qt: the services layer feeds it records and stores what
it returns. Times are handled as *instants* (whole seconds since the epoch, UTC) inside, and
as aware datetimes at the edges.
"""
