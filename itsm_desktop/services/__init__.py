"""Use cases: one function per user action, one short transaction each. No Qt."""
