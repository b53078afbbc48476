"""The Home page: the portfolio at a glance and what needs attention."""
