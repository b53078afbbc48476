"""Breaking words that are too long for their line: identifiers only at their separators.

reportlab breaks a word wider than the line after whichever character happens to fill it,
so a contract reference prints as ``SCS-ENT-2024-118`` / ``7`` and an e-mail address as
``…@meridian.exampl`` / ``e``. Its two splitting functions are replaced here (once per
process, see :func:`install`) by ones that cut a long word only after a separator
(``-``, ``/``, ``.``, ``@``, ``_`` …); only a part between separators that is itself wider
than a whole line is cut inside, as before (a 300-letter word still wraps).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from reportlab.platypus import paragraph as rl_paragraph

SEPARATORS = "-/._@:\\+#?&=,;|\u2010\u2011\u2013\u00b7"
_ATOM = re.compile(
    f"[^{re.escape(SEPARATORS)}]*[{re.escape(SEPARATORS)}]+|[^{re.escape(SEPARATORS)}]+"
)
_lock = threading.Lock()
_installed = False


def break_points(word: str) -> list[str]:
    """The word cut after each run of separators: ``SCS-`` ``ENT-`` ``2024-`` ``118/`` ``7``."""
    return _ATOM.findall(word) or [word]


def _atoms(
    items: Sequence[Any],
    text_of: Callable[[Any], str],
    width_of: Callable[[Any], float],
    line: float,
) -> Iterator[tuple[list[Any], float]]:
    """Group per-character items into unbreakable pieces (with their widths); a piece wider
    than ``line`` is given back character by character."""
    text = "".join(text_of(i) for i in items)
    start = 0
    for piece in break_points(text):
        group = list(items[start : start + len(piece)])
        start += len(piece)
        width = sum(width_of(i) for i in group)
        if width <= line:
            yield group, width
        else:
            for item in group:
                yield [item], width_of(item)


def split_word(
    w: str,
    lineWidth: float,
    maxWidths: Sequence[float],
    lineno: int,  # noqa: N803
    fontName: str,
    fontSize: float,
    encoding: str = "utf8",  # noqa: N803
) -> list[str]:
    """reportlab's ``_splitWord``, cutting only between separator-delimited pieces."""
    if isinstance(w, bytes):
        w = w.decode(encoding)
    last = len(maxWidths) - 1
    max_width = maxWidths[min(last, lineno)]
    next_width = maxWidths[min(last, lineno + 1)]
    widths = {c: rl_paragraph.stringWidth(c, fontName, fontSize, encoding) for c in set(w)}
    out: list[str] = []
    text = ""
    for group, width in _atoms(list(w), str, widths.__getitem__, min(max_width, next_width)):
        new_width = lineWidth + width
        if new_width > max_width and (text or width <= next_width):
            out.append(rl_paragraph._SplitWord(text))
            lineno += 1
            max_width = maxWidths[min(last, lineno)]
            next_width = maxWidths[min(last, lineno + 1)]
            new_width = width
            text = ""
        text += "".join(group)
        lineWidth = new_width  # noqa: N806
    out.append(rl_paragraph._SplitWordEnd(text))
    return out


def split_frag_word(
    w: Any,
    maxWidth: float,
    maxWidths: Sequence[float],
    lineno: int,  # noqa: N803
) -> list[Any]:
    """reportlab's ``_splitFragWord`` (a word of several styles), cutting the same way."""
    out: list[Any] = []
    last = len(maxWidths) - 1
    next_width = maxWidths[min(last, lineno + 1)]
    pieces: list[Any] = []
    line_width = 0.0
    frag_text = ""
    word_width = 0.0
    frag = w[1][0]
    chars = list(rl_paragraph._fragWordIter(w))
    for group, width in _atoms(chars, lambda i: i[2], lambda i: i[1], min(maxWidth, next_width)):
        too_long = line_width + width > maxWidth and bool(word_width or width <= next_width)
        if too_long:
            piece = frag.clone()
            if hasattr(piece, "text"):
                piece.text = frag_text
            pieces.append((piece, frag_text))
            out.append(rl_paragraph._SplitFrag([word_width, *pieces]))
            lineno += 1
            maxWidth = next_width  # noqa: N806
            next_width = maxWidths[min(last, lineno + 1)]
            pieces = []
            line_width = 0.0
            word_width = 0.0
            frag_text = ""
        for style, char_width, char in group:
            if style is not frag:
                piece = frag.clone()
                if hasattr(piece, "text"):
                    piece.text = frag_text
                pieces.append((piece, frag_text))
                frag_text = ""
                frag = style
            word_width += char_width
            line_width += char_width
            frag_text += char
    pieces.append((frag, frag_text))
    kind = (
        rl_paragraph._SplitFragHS
        if isinstance(w, rl_paragraph._HSFrag)
        else rl_paragraph._SplitFragH
    )
    out.append(kind([word_width, *pieces]))
    return out


def install() -> None:
    """Make reportlab's paragraphs break long words at separators (idempotent)."""
    global _installed
    if _installed:
        return
    with _lock:
        if not _installed:
            rl_paragraph._splitWord = split_word
            rl_paragraph._splitFragWord = split_frag_word
            _installed = True
