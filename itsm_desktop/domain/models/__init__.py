"""The tables of the domain model (SQLModel), one module per kind of record. See the design's
domain model section.

Defining a table costs SQLModel, pydantic and SQLAlchemy a millisecond or more of class
construction, and the thirty of them were the largest part of the application's own start-up.
So nothing is defined on importing this package: each name loads its module on first use
(``models.Service``, ``from itsm_desktop.domain.models import Service``), and a module loads
the modules whose tables its foreign keys name. Whoever needs every table — migrations,
schema comparisons, a whole-database copy — calls :func:`load_all_tables` (``SQLModel`` and
``ALL_TABLES`` taken from here do so too, so their metadata is never partial).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

GROUPS = ("stakeholders", "catalog", "agreements", "service_levels", "measured_records",
          "clause_library", "team", "history")
"""The modules of tables, each loaded on first use."""

_HOMES: dict[str, str] = {
    **dict.fromkeys(("utcnow", "enum_column", "fk", "OnDelete", "NEVER_REUSE_IDS", "TableModel",
                     "Record"), "base"),
    **dict.fromkeys(("Organization", "Contact"), "stakeholders"),
    **dict.fromkeys(("ServiceFamily", "Service", "ServiceComponent", "ServiceDependency",
                     "ServiceSupplier", "ServiceConsumer"), "catalog"),
    **dict.fromkeys(("Agreement", "AgreementCustomer", "AgreementService", "AgreementServiceTerms",
                     "Responsibility", "AgreementContact", "Signature"), "agreements"),
    **dict.fromkeys(("ServiceLevelTarget", "UnderpinningLink", "AchievedValue"), "service_levels"),
    **dict.fromkeys(("ImportBatch", "IncidentRecordRow", "OutageRow", "SatisfactionResponseRow",
                     "RecoveryTestRow"), "measured_records"),
    **dict.fromkeys(("Clause", "ClauseVersion", "AgreementClause"), "clause_library"),
    **dict.fromkeys(("ProviderProfile", "UserProfile", "TeamSetting"), "team"),
    **dict.fromkeys(("HistoryEntry",), "history"),
}

__all__ = [
    "ALL_TABLES", "AchievedValue", "Agreement", "AgreementClause", "AgreementContact",
    "AgreementCustomer", "AgreementService", "AgreementServiceTerms", "Clause", "ClauseVersion",
    "Contact", "GROUPS", "HistoryEntry", "ImportBatch", "IncidentRecordRow", "NEVER_REUSE_IDS",
    "OnDelete", "Organization", "OutageRow", "ProviderProfile", "Record", "RecoveryTestRow",
    "Responsibility", "SQLModel", "SatisfactionResponseRow", "Service", "ServiceComponent",
    "ServiceConsumer", "ServiceDependency", "ServiceFamily", "ServiceLevelTarget",
    "ServiceSupplier", "Signature", "TableModel", "TeamSetting", "UnderpinningLink", "UserProfile",
    "enum_column", "fk", "load_all_tables", "utcnow",
]


def load_all_tables() -> MetaData:
    """Define every table (once) and return the metadata that holds them all."""
    for group in GROUPS:
        importlib.import_module(f"{__name__}.{group}")
    from sqlmodel import SQLModel

    return SQLModel.metadata


if TYPE_CHECKING:
    from sqlalchemy import MetaData
    from sqlmodel import SQLModel

    from .agreements import (
        Agreement,
        AgreementContact,
        AgreementCustomer,
        AgreementService,
        AgreementServiceTerms,
        Responsibility,
        Signature,
    )
    from .base import (
        NEVER_REUSE_IDS,
        OnDelete,
        Record,
        TableModel,
        enum_column,
        fk,
        utcnow,
    )
    from .catalog import (
        Service,
        ServiceComponent,
        ServiceConsumer,
        ServiceDependency,
        ServiceFamily,
        ServiceSupplier,
    )
    from .clause_library import (
        AgreementClause,
        Clause,
        ClauseVersion,
    )
    from .history import (
        HistoryEntry,
    )
    from .measured_records import (
        ImportBatch,
        IncidentRecordRow,
        OutageRow,
        RecoveryTestRow,
        SatisfactionResponseRow,
    )
    from .service_levels import (
        AchievedValue,
        ServiceLevelTarget,
        UnderpinningLink,
    )
    from .stakeholders import (
        Contact,
        Organization,
    )
    from .team import (
        ProviderProfile,
        TeamSetting,
        UserProfile,
    )

    ALL_TABLES: MetaData
else:

    def __getattr__(name: str) -> Any:
        """Load the module that defines ``name`` (every module for the whole metadata)."""
        if name in ("SQLModel", "ALL_TABLES"):
            metadata = load_all_tables()
            from sqlmodel import SQLModel

            return SQLModel if name == "SQLModel" else metadata
        home = _HOMES.get(name)
        if home is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
        globals()[name] = value  # found directly from now on
        return value

    def __dir__() -> list[str]:
        return __all__
