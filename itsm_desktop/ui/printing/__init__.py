"""Preview, print and export documents (agreements, the catalog report) from the windows.

``PrintActions`` is what a window uses: it renders in the background, then opens the
preview, the system print dialog or writes the PDF file.
"""

from __future__ import annotations

from .dialogs import PrintDialogs
from .jobs import PrintActions
from .preview import PreviewDialog

__all__ = ["PreviewDialog", "PrintActions", "PrintDialogs"]
