"""The PySide6 user interface. The only layer that imports Qt.

Laid out by feature, the same way for every kind of record:

- ``ui/<feature>/``: one folder per kind of record (``catalog``, ``organizations``,
  ``contacts``, ``agreements``) or screen (``home``, ``printing``): its ``page.py``, its
  ``editor.py``, and the dialogs and parts only it uses;
- ``ui/common/``: what the features share (context and operation runner, undo commands, the
  record page and editor bases, fields, lookups, dialogs, icons, widgets); it knows no feature;
- ``ui/*.py``: the application and its main window, menus, files and preferences.
"""

# The layers below are loaded before Qt on purpose. Once PySide6 is imported it reads the
# source of every module imported after it (looking for its ``__feature__`` switches), which
# made SQLAlchemy, SQLModel, Alembic and the domain take about a second longer to load at start.
# (The Home page's figures and the expiry of agreements load theirs once the window has painted.)
import itsm_desktop.services.changes  # noqa: E402, F401
import itsm_desktop.store.database  # noqa: E402, F401  (the package itself loads its parts lazily)
