"""Custom column types. Migrations import them by this module path: keep it stable."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator


class Money(TypeDecorator[Decimal]):
    """An exact amount stored as integer hundredths, portable across databases."""

    impl = sa.BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Any) -> int | None:
        if value is None:
            return None
        return int(Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) * 100)

    def process_result_value(self, value: int | None, dialect: Any) -> Decimal | None:
        return None if value is None else (Decimal(value) / 100).quantize(Decimal("0.01"))

    def __repr__(self) -> str:
        return "Money()"
