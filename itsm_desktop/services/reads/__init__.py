"""Reads in plain SQL (``store.rows``) for the printed documents: no ORM, so that the command
line can print an agreement without loading SQLAlchemy, and the application reads the same
way inside its own transactions."""
