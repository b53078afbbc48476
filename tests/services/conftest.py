"""The tests of this folder run on a local file and on the test PostgreSQL server."""

from postgresql_server import both_backends as pytest_generate_tests  # noqa: F401
