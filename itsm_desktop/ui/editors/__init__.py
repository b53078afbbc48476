"""Detail editors: one per kind of record, each a form bound to the services layer."""
