"""Contacts, the people of the organizations: their page and editor."""
