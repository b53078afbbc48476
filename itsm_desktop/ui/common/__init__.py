"""What every screen shares: the context and operation runner, undo commands, the record page
and editor bases, fields and lookups, dialogs, icons and small widgets. Nothing here knows a
particular kind of record."""
