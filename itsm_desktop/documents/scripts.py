"""Right-to-left scripts: Arabic letter joining and the visual order of mixed-direction text.

PDF draws glyphs left to right. Arabic and Hebrew text is therefore drawn in visual order
(as every PDF writer does, and as text extraction expects: extractors put right-to-left
runs back in logical order), and Arabic letters are drawn in their joined forms.

Joining maps each Arabic letter to its contextual presentation form (isolated, initial,
medial, final) in logical order, before lines are broken, so widths are measured on the
glyphs that print; the forms are decomposed back to the plain letters in the font's
ToUnicode map (see ``fonts``), so extraction and copy-paste give the letters typed.

Reordering is a compact form of the Unicode bidirectional algorithm (UAX #9) without
explicit embeddings: paragraph level from the first strong character, levels for strong
characters and numbers, neutrals resolved from their neighbours, then runs reversed from
the highest level down (rule L2), with brackets mirrored in right-to-left runs. It is
applied per printed line, after line breaking, as the algorithm prescribes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

_RTL_RANGES = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
_RTL = re.compile(f"[{_RTL_RANGES}]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")

# Characters that join to both sides without being letters, and the joiners.
_JOIN_CAUSING = frozenset("\u0640\u200d")
_ALEFS = frozenset("\u0622\u0623\u0625\u0627")


def has_rtl(text: str) -> bool:
    """Whether the text holds a right-to-left character (Hebrew, Arabic and the like)."""
    return not text.isascii() and _RTL.search(text) is not None


@lru_cache(maxsize=1)
def _forms() -> dict[tuple[str, str], str]:
    """(letter or letter pair, form) → presentation form, from the Unicode database."""
    table: dict[tuple[str, str], str] = {}
    for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)):
        char = chr(code)
        decomposition = unicodedata.decomposition(char).split()
        if len(decomposition) < 2 or not decomposition[0].startswith("<"):
            continue
        form = decomposition[0].strip("<>")
        if form not in ("isolated", "initial", "medial", "final"):
            continue
        base = "".join(chr(int(h, 16)) for h in decomposition[1:])
        table.setdefault((base, form), char)
    return table


def _joins_left(char: str) -> bool:
    """Whether the letter connects to the letter after it (it has an initial form)."""
    return char in _JOIN_CAUSING or (char, "initial") in _forms()


def _joins_right(char: str) -> bool:
    """Whether the letter connects to the letter before it (it has a final form)."""
    return char in _JOIN_CAUSING or (char, "final") in _forms()


def _transparent(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me")


def join_arabic(text: str) -> str:
    """The text with Arabic letters in their joined presentation forms (logical order)."""
    if _ARABIC.search(text) is None:
        return text
    forms = _forms()
    out: list[str] = []
    chars = list(text)
    i = 0
    while i < len(chars):
        char = chars[i]
        if _ARABIC.match(char) is None or _transparent(char):
            out.append(char)
            i += 1
            continue
        prev = _neighbour(chars, i, -1)
        joined_before = prev is not None and _joins_left(prev) and _joins_right(char)
        # Lam followed by alef forms one ligature.
        nxt_index = _neighbour_index(chars, i, 1)
        if char == "\u0644" and nxt_index is not None and chars[nxt_index] in _ALEFS:
            pair = char + chars[nxt_index]
            form = "final" if joined_before else "isolated"
            ligature = forms.get((pair, form))
            if ligature is not None:
                out.append(ligature)
                out.extend(chars[i + 1 : nxt_index])  # marks between the two
                i = nxt_index + 1
                continue
        nxt = chars[nxt_index] if nxt_index is not None else None
        joined_after = nxt is not None and _joins_left(char) and _joins_right(nxt)
        form = {
            (False, False): "isolated",
            (False, True): "initial",
            (True, True): "medial",
            (True, False): "final",
        }[(joined_before, joined_after)]
        out.append(forms.get((char, form)) or forms.get((char, "isolated")) or char)
        i += 1
    return "".join(out)


def _neighbour_index(chars: Sequence[str], index: int, step: int) -> int | None:
    """The index of the nearest character that is not a combining mark, or None."""
    j = index + step
    while 0 <= j < len(chars) and _transparent(chars[j]):
        j += step
    return j if 0 <= j < len(chars) else None


def _neighbour(chars: Sequence[str], index: int, step: int) -> str | None:
    j = _neighbour_index(chars, index, step)
    return chars[j] if j is not None else None


# -- bidirectional order -------------------------------------------------------------------------

_STRONG_R = frozenset(("R", "AL"))
_NUMBER = frozenset(("EN", "AN"))
_NUMBER_GLUE = frozenset(("ES", "CS", "ET"))


def _bidi_class(char: str) -> str:
    kind = unicodedata.bidirectional(char)
    if not kind and 0xE000 <= ord(char) <= 0xF8FF:
        return "L"
    return kind or "ON"


def paragraph_is_rtl(text: str) -> bool:
    """Whether the first strong character of the text is right-to-left (rule P2)."""
    if not has_rtl(text):
        return False
    for char in text:
        kind = _bidi_class(char)
        if kind == "L":
            return False
        if kind in _STRONG_R:
            return True
    return False


def embedding_levels(text: str, rtl: bool) -> list[int]:
    """One level per character: even left-to-right, odd right-to-left."""
    base = 1 if rtl else 0
    classes = [_bidi_class(c) for c in text]
    # W1-W7 simplified: combining marks take their base's class; European numbers after
    # Arabic letters are Arabic numbers (both print left to right); separators between
    # digits belong to the number.
    last_strong = "R" if rtl else "L"
    for i, kind in enumerate(classes):
        if kind == "NSM":
            classes[i] = kind = classes[i - 1] if i else ("R" if rtl else "L")
        if kind in ("L", "R", "AL"):
            last_strong = kind
        elif kind == "EN" and last_strong == "AL":
            classes[i] = "AN"
    for i, kind in enumerate(classes):
        if (
            kind in _NUMBER_GLUE
            and 0 < i < len(classes) - 1
            and classes[i - 1] in _NUMBER
            and classes[i + 1] in _NUMBER
        ):
            classes[i] = classes[i - 1]
    # Resolved direction of each character: "L", "R", or a number ("N") or None (neutral).
    resolved: list[str | None] = []
    for kind in classes:
        if kind == "L":
            resolved.append("L")
        elif kind in _STRONG_R:
            resolved.append("R")
        elif kind in _NUMBER:
            resolved.append("N")
        else:
            resolved.append(None)
    # N1/N2: a run of neutrals between two characters of the same direction takes it
    # (numbers count as right-to-left here); otherwise the paragraph's direction.
    i = 0
    while i < len(resolved):
        if resolved[i] is not None:
            i += 1
            continue
        j = i
        while j < len(resolved) and resolved[j] is None:
            j += 1
        before = _as_strong(resolved[i - 1]) if i else ("R" if rtl else "L")
        after = _as_strong(resolved[j]) if j < len(resolved) else ("R" if rtl else "L")
        fill = before if before == after else ("R" if rtl else "L")
        for k in range(i, j):
            resolved[k] = fill
        i = j
    levels = []
    for direction in resolved:
        if direction == "L":
            levels.append(base + 1 if rtl else base)
        elif direction == "R":
            levels.append(base if rtl else base + 1)
        else:  # numbers: one level above a right-to-left run, two above left-to-right
            levels.append(base + 1 if rtl else base + 2)
    # L1: trailing white space goes to the paragraph level.
    k = len(text) - 1
    while k >= 0 and text[k].isspace():
        levels[k] = base
        k -= 1
    return levels


def _as_strong(direction: str | None) -> str:
    return "R" if direction in ("R", "N") else "L"


def visual_indices(levels: Sequence[int]) -> list[int]:
    """The logical indices in visual (left to right) order (rule L2)."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def visual_line(text: str, rtl: bool | None = None) -> str:
    """One printed line in visual order, brackets mirrored where they run right to left."""
    if not has_rtl(text):
        return text
    if rtl is None:
        rtl = paragraph_is_rtl(text)
    levels = embedding_levels(text, rtl)
    return "".join(
        text[i].translate(_MIRROR) if levels[i] % 2 else text[i] for i in visual_indices(levels)
    )


def for_canvas(text: str) -> str:
    """A one-line text ready to be drawn on the canvas: joined and in visual order."""
    if not has_rtl(text):
        return text
    return visual_line(join_arabic(text))
