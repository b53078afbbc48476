"""Domain model: tables, enumerations, value objects and rules. No Qt, no I/O."""
