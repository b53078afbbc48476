"""Words drawn as glyph outlines (vector paths) instead of text.

The status watermark (``DRAFT`` …) must not become part of the document's text: a reader
who extracts or copies the text of a draft should get the agreement, not the watermark. So
its letters are drawn as filled shapes read from the TrueType ``glyf`` table of the embedded
font: sharp at any zoom, and invisible to text extraction.
"""

from __future__ import annotations

from functools import lru_cache
from struct import unpack_from
from typing import Any

from reportlab.pdfbase import pdfmetrics

Point = tuple[float, float, bool]
"""x, y in font units, and whether the point is on the curve."""
Contour = list[Point]

# Composite glyph flags (OpenType spec, 'glyf' table).
_ARGS_ARE_WORDS = 0x0001
_ARGS_ARE_XY = 0x0002
_HAVE_SCALE = 0x0008
_MORE = 0x0020
_HAVE_XY_SCALE = 0x0040
_HAVE_2X2 = 0x0080


def _glyph_data(face: Any, glyph: int) -> bytes:
    start = face.get_table_pos("glyf")[0]
    begin, end = face.glyphPos[glyph], face.glyphPos[glyph + 1]
    return face.get_chunk(start + begin, end - begin)


def _contours(face: Any, glyph: int, depth: int = 0) -> list[Contour]:
    data = _glyph_data(face, glyph)
    if len(data) < 10 or depth > 8:
        return []
    count = unpack_from(">h", data, 0)[0]
    if count >= 0:
        return _simple(data, count)
    return _composite(face, data, depth)


def _simple(data: bytes, count: int) -> list[Contour]:
    ends = unpack_from(f">{count}H", data, 10)
    points = ends[-1] + 1 if ends else 0
    pos = 10 + 2 * count
    pos += 2 + unpack_from(">H", data, pos)[0]  # instructions
    flags: list[int] = []
    while len(flags) < points:
        flag = data[pos]
        pos += 1
        flags.append(flag)
        if flag & 0x08:
            flags.extend([flag] * data[pos])
            pos += 1
    xs, pos = _coordinates(data, pos, flags, 0x02, 0x10)
    ys, pos = _coordinates(data, pos, flags, 0x04, 0x20)
    contours: list[Contour] = []
    start = 0
    for end in ends:
        contours.append([(xs[i], ys[i], bool(flags[i] & 0x01)) for i in range(start, end + 1)])
        start = end + 1
    return contours


def _coordinates(
    data: bytes, pos: int, flags: list[int], short: int, same: int
) -> tuple[list[float], int]:
    values: list[float] = []
    value = 0
    for flag in flags:
        if flag & short:
            delta = data[pos]
            pos += 1
            value += delta if flag & same else -delta
        elif not flag & same:
            value += unpack_from(">h", data, pos)[0]
            pos += 2
        values.append(value)
    return values, pos


def _composite(face: Any, data: bytes, depth: int) -> list[Contour]:
    contours: list[Contour] = []
    pos = 10
    while True:
        flags, component = unpack_from(">HH", data, pos)
        pos += 4
        if flags & _ARGS_ARE_WORDS:
            dx, dy = unpack_from(">hh", data, pos)
            pos += 4
        else:
            dx, dy = unpack_from(">bb", data, pos)
            pos += 2
        if not flags & _ARGS_ARE_XY:
            dx = dy = 0  # point matching: rare in Latin capitals, drawn unshifted
        a, b, c, d = 1.0, 0.0, 0.0, 1.0
        if flags & _HAVE_SCALE:
            a = d = unpack_from(">h", data, pos)[0] / 16384
            pos += 2
        elif flags & _HAVE_XY_SCALE:
            a, d = (v / 16384 for v in unpack_from(">hh", data, pos))
            pos += 4
        elif flags & _HAVE_2X2:
            a, b, c, d = (v / 16384 for v in unpack_from(">hhhh", data, pos))
            pos += 8
        for contour in _contours(face, component, depth + 1):
            contours.append([(a * x + c * y + dx, b * x + d * y + dy, on) for x, y, on in contour])
        if not flags & _MORE:
            return contours


@lru_cache(maxsize=16)
def word_outline(font_name: str, word: str) -> tuple[tuple[Contour, ...], float]:
    """The contours of ``word`` set in ``font_name`` at 1 unit per em, and its advance."""
    face = pdfmetrics.getFont(font_name).face
    scale = 1 / face.unitsPerEm if hasattr(face, "unitsPerEm") else 1 / 1000
    contours: list[Contour] = []
    x = 0.0
    for char in word:
        glyph = face.charToGlyph.get(ord(char), 0)
        for contour in _contours(face, glyph):
            contours.append([(x + px * scale, py * scale, on) for px, py, on in contour])
        x += face.charWidths.get(ord(char), 0) / 1000
    return tuple(contours), x


def draw_word(canvas: Any, word: str, font_name: str, size: float, x: float, y: float) -> float:
    """Fill ``word`` as outlines with its baseline starting at (x, y); returns its width."""
    contours, advance = word_outline(font_name, word)
    path = canvas.beginPath()
    for contour in contours:
        _trace(path, [(x + px * size, y + py * size, on) for px, py, on in contour])
    canvas.drawPath(path, stroke=0, fill=1, fillMode=0)  # nonzero winding, as TrueType
    return advance * size


def _trace(path: Any, points: Contour) -> None:
    """Add one closed quadratic TrueType contour to the path as cubic curves."""
    if not points:
        return
    # Start on an on-curve point (or the midpoint of two off-curve ones).
    first = next((i for i, p in enumerate(points) if p[2]), None)
    if first is None:
        a, b = points[0], points[1 % len(points)]
        start = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, True)
        ring = [*points, points[0]]
    else:
        start = points[first]
        ring = points[first + 1 :] + points[: first + 1]
    path.moveTo(start[0], start[1])
    current = (start[0], start[1])
    control: tuple[float, float] | None = None
    for px, py, on in ring:
        if on:
            if control is None:
                path.lineTo(px, py)
            else:
                _quad(path, current, control, (px, py))
                control = None
            current = (px, py)
        else:
            if control is not None:
                middle = ((control[0] + px) / 2, (control[1] + py) / 2)
                _quad(path, current, control, middle)
                current = middle
            control = (px, py)
    if control is not None:
        _quad(path, current, control, (start[0], start[1]))
    path.close()


def _quad(
    path: Any, p0: tuple[float, float], c: tuple[float, float], p1: tuple[float, float]
) -> None:
    path.curveTo(
        p0[0] + 2 / 3 * (c[0] - p0[0]),
        p0[1] + 2 / 3 * (c[1] - p0[1]),
        p1[0] + 2 / 3 * (c[0] - p1[0]),
        p1[1] + 2 / 3 * (c[1] - p1[1]),
        p1[0],
        p1[1],
    )
