"""The columns a file of incidents, outages, satisfaction responses or recovery tests can
have, with header names to guess them from.

Built from the data exchange's :class:`Kind` and :class:`Column`, so mappings are guessed and
remembered the same way as for catalog imports (``MappingStore``).
"""

from __future__ import annotations

from itsm_desktop.services.exchange.kinds import FLAG, LINE, Column, Kind

MOMENT = "moment"
DURATION = "duration"

_REFERENCE = Column("reference", "Reference", LINE, required=True,
                    synonyms=("ticket", "ticket id", "id", "number", "incident", "incident id", "key",
                              "nummer", "ticketnummer", "numero", "reference", "test", "test id", "survey id",
                              "response id"),
                    hint="unique per record, e.g. INC-1042")
_SERVICE = Column("service", "Service", LINE, required=True,
                  synonyms=("service code", "application", "dienst", "anwendung", "application metier"),
                  hint="the code or name of a service in the catalog")

INCIDENTS = Kind("incidents", "Incidents and requests", (
    _REFERENCE, _SERVICE,
    Column("priority", "Priority", LINE, required=True,
           synonyms=("prio", "severity", "urgency", "prioritat", "priorite"), hint="P1 to P4"),
    Column("opened", "Opened", MOMENT, required=True,
           synonyms=("created", "opened at", "created at", "reported", "start", "eroffnet", "erstellt",
                     "ouvert", "cree le", "date d'ouverture"),
           hint="date and time, e.g. 2026-11-03 09:15 or 03.11.2026 09:15"),
    Column("responded", "Responded", MOMENT,
           synonyms=("first response", "responded at", "acknowledged", "reaktion", "erste reaktion",
                     "premiere reponse", "pris en charge")),
    Column("resolved", "Resolved", MOMENT,
           synonyms=("resolved at", "closed", "closed at", "solved", "gelost", "geschlossen", "resolu",
                     "ferme", "date de resolution")),
    Column("paused", "Paused", LINE,
           synonyms=("pauses", "on hold", "waiting", "pausiert", "en attente"),
           hint="intervals start/end separated by ;, e.g. 2026-11-03 10:00/2026-11-03 12:00"),
), match_keys=("reference",))

OUTAGES = Kind("outages", "Outages", (
    _REFERENCE, _SERVICE,
    Column("start", "Start", MOMENT, required=True,
           synonyms=("started", "down from", "from", "beginn", "von", "debut", "du")),
    Column("end", "End", MOMENT, required=True,
           synonyms=("ended", "restored", "down until", "until", "to", "ende", "bis", "fin", "au")),
    Column("planned", "Planned", FLAG,
           synonyms=("maintenance", "planned maintenance", "geplant", "wartung", "planifie"),
           hint="yes for planned maintenance"),
    Column("announced", "Announced", MOMENT,
           synonyms=("announced at", "notified", "notice", "angekundigt", "annonce", "annonce le")),
), match_keys=("reference",))

_OPTIONAL_SERVICE = Column("service", "Service", LINE,
                           synonyms=_SERVICE.synonyms, hint="the code or name of a service; blank for all")

SATISFACTION = Kind("satisfaction", "Satisfaction responses", (
    _REFERENCE, _OPTIONAL_SERVICE,
    Column("answered", "Answered", MOMENT, required=True,
           synonyms=("answered at", "date", "submitted", "response date", "beantwortet", "datum",
                     "repondu", "date de reponse")),
    Column("score", "Score", LINE, required=True,
           synonyms=("rating", "satisfaction", "grade", "note", "bewertung", "zufriedenheit"),
           hint="on the survey's scale, 1 to 5 (4 and 5 count as satisfied)"),
), match_keys=("reference",))

RECOVERY_TESTS = Kind("recovery_tests", "Recovery tests", (
    _REFERENCE, _OPTIONAL_SERVICE,
    Column("performed", "Performed", MOMENT, required=True,
           synonyms=("performed at", "date", "tested", "test date", "durchgefuhrt", "datum", "realise le")),
    Column("recovery", "Recovery time", DURATION, required=True,
           synonyms=("recovery", "restore time", "time to recover", "rto", "wiederherstellungszeit",
                     "duree de restauration"),
           hint="how long the restore took, e.g. 45 min, 2 h or 1:30"),
    Column("data_loss", "Data loss", DURATION, required=True,
           synonyms=("data lost", "rpo", "recovery point", "datenverlust", "perte de donnees"),
           hint="the time between the last recovery point and the failure, e.g. 15 min"),
), match_keys=("reference",))
