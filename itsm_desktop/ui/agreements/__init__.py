"""The agreements screens: the Agreements page, its editor and tabs, and the Home page items."""

from .page import AgreementsPage

__all__ = ["AgreementsPage"]
