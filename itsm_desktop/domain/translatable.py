"""A translation marker for strings defined apart from where they are shown.

Below the ui layer Qt cannot be imported; in the ui layer, tables of labels (headings, steps,
page titles) are marked the same way, as Qt's own ``QT_TR_NOOP`` is typed as returning object.

``translatable("Internal unit")`` returns its argument unchanged; ``pyside6-lupdate`` is told
(``-tr-function-alias QT_TR_NOOP+=translatable``) to extract it like ``QT_TR_NOOP``, and the
screens translate the string where they show it (``ui.common.translate.tr``).
"""

from __future__ import annotations


def translatable(text: str) -> str:
    """Mark ``text`` for the translators; the text itself, untranslated."""
    return text
