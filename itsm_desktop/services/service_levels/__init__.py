"""Measured service levels: importing the team's records, computing what each target achieved
per period, hand-entered values, and the tables of the service level report."""
