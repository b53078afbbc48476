"""Organizations (internal units, customers, suppliers): their page and editor."""
