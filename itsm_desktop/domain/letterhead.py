"""The letterhead of a providing organization: what its documents print at the head and foot
of their pages, and the checks a logo passes before it is kept.

A logo is kept twice: as the file the user chose (SVG or PNG, to show and to export again)
and as the PNG the documents print. Rendering an SVG into that PNG happens in the desktop
interface (Qt's SVG renderer); nothing below it parses SVG for drawing, only for the checks
here, which refuse what a renderer could be led astray by: references to other files or
addresses, scripts, and document type declarations (entities).
"""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field

from .checks import NAME_MAX, Problems, check_text
from .translatable import translatable

PNG = "image/png"
SVG = "image/svg+xml"
LOGO_MAX_BYTES = 1_000_000
"""A logo file larger than this is refused: a letterhead logo needs a few dozen kilobytes."""
LOGO_MAX_PIXELS = 4096
"""Neither side of a PNG logo may exceed this many pixels."""
PAPER_SIZES = ("A4", "Letter")

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_XLINK = "{http://www.w3.org/1999/xlink}href"
_URL = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)", re.IGNORECASE)


@dataclass(frozen=True)
class LogoImage:
    """A logo as chosen (``source``, SVG or PNG) and as printed (``printable``, always PNG)."""

    media_type: str
    source: bytes = field(repr=False)
    printable: bytes = field(repr=False)

    def describe(self) -> str:
        """``SVG logo, 12 kB``: how the history and the editor name a logo."""
        kind = "SVG" if self.media_type == SVG else "PNG"
        return translatable("{kind} logo, {size} kB", kind=kind, size=max(1, round(len(self.source) / 1000)))


@dataclass
class LetterheadForm:
    """The editable letterhead of an organization."""

    legal_name: str = ""
    address: str = ""
    registration: str = ""
    """Registration details: company number, VAT or tax number, registered office …"""
    primary_colour: str = ""
    """``#RRGGBB`` of the running header and the cover's name; empty for the product's own."""
    accent_colour: str = ""
    """``#RRGGBB`` of the rule under the cover's letterhead; empty for the product's own."""
    paper_size: str = "A4"
    logo: LogoImage | None = None


def logo_kind(data: bytes) -> str:
    """``image/png`` or ``image/svg+xml`` by the file's content (not its name), else ``""``."""
    if data.startswith(_PNG_SIGNATURE):
        return PNG
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<?xml", b"<svg", b"<!--")) and b"<svg" in data[:65536].lower():
        return SVG
    return ""


def png_size(data: bytes) -> tuple[int, int] | None:
    """The (width, height) a PNG declares in its header, or None when it has none."""
    if len(data) < 24 or not data.startswith(_PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def logo_problem(data: bytes) -> str:
    """Why ``data`` cannot be a letterhead logo, in one sentence; ``""`` when it can."""
    if not data:
        return translatable("The logo file is empty.")
    too_large = logo_size_problem(len(data))
    if too_large:
        return too_large
    kind = logo_kind(data)
    if kind == PNG:
        return _png_problem(data)
    if kind == SVG:
        return _svg_problem(data)
    return translatable("The logo must be an SVG or PNG image; this file is neither.")


def logo_size_problem(size: int) -> str:
    """Why a logo file of ``size`` bytes is refused (too large); ``""`` when it is not."""
    if size <= LOGO_MAX_BYTES:
        return ""
    return f"The logo file is {size / 1_000_000:.1f} MB; use one of at most {LOGO_MAX_BYTES // 1_000_000} MB."


def _png_problem(data: bytes) -> str:
    size = png_size(data)
    if size is None or 0 in size:
        return translatable("The logo is not a readable PNG image.")
    if max(size) > LOGO_MAX_PIXELS:
        return (f"The logo is {size[0]:,} × {size[1]:,} pixels; use an image at most "
                f"{LOGO_MAX_PIXELS:,} pixels wide and high.")
    return ""


def _svg_problem(data: bytes) -> str:
    lowered = data.lower()
    if b"<!doctype" in lowered or b"<!entity" in lowered:
        return translatable("The SVG logo declares a document type or entities; save it as plain SVG.")
    try:
        root = ElementTree.fromstring(data)
    except (ElementTree.ParseError, ValueError):
        return translatable("The SVG logo is not well-formed XML.")
    if _local(root.tag) != "svg":
        return translatable("The logo must be an SVG or PNG image; this file is neither.")
    for element in root.iter():
        name = _local(element.tag)
        if name == "script":
            return translatable("The SVG logo contains a script; use a logo without one.")
        if name == "foreignObject":
            return translatable("The SVG logo embeds foreign content; use a logo without it.")
        for attribute, value in element.attrib.items():
            if _local(attribute) == "href" or attribute == _XLINK:
                if _external(value):
                    return _external_message(value)
            elif _local(attribute).startswith("on"):
                return translatable("The SVG logo contains a script; use a logo without one.")
            reference = _url_reference(value)
            if reference:
                return _external_message(reference)
        if name == "style":
            text = element.text or ""
            if "@import" in text.lower():
                return translatable("The SVG logo imports a style sheet from elsewhere; embed everything it needs.")
            reference = _url_reference(text)
            if reference:
                return _external_message(reference)
    return ""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _external(reference: str) -> bool:
    """A reference to something outside the file: anything but ``#id`` and embedded images."""
    value = reference.strip()
    return not (value.startswith("#") or value.lower().startswith("data:image/"))


def _url_reference(text: str) -> str:
    for match in _URL.finditer(text):
        if _external(match.group(1)):
            return match.group(1)
    return ""


def _external_message(reference: str) -> str:
    shown = reference if len(reference) <= 60 else reference[:57] + "…"
    return (f"The SVG logo refers to “{shown}” outside the file; embed everything it needs "
            "so that it prints the same everywhere.")


def letterhead_problems(form: LetterheadForm) -> Problems:
    """Field messages for a letterhead; empty when it can be saved."""
    problems: Problems = {}
    check_text(problems, "legal_name", form.legal_name, label=translatable("The legal name"), max_length=NAME_MAX,
               single_line=True)
    check_text(problems, "address", form.address, label=translatable("The address"), max_length=1000)
    check_text(problems, "registration", form.registration, label=translatable("The registration details"),
               max_length=1000)
    for key, label in (("primary_colour", translatable("The main colour")),
                       ("accent_colour", translatable("The accent colour"))):
        value = getattr(form, key)
        if not isinstance(value, str) or (value and not _COLOUR.fullmatch(value)):
            problems[key] = translatable("{label} must be written like #1F4E79 (or left empty).", label=label)
    if form.paper_size not in PAPER_SIZES:
        problems["paper_size"] = translatable("The paper size must be A4 or Letter.")
    logo = form.logo
    if logo is not None:
        problem = logo_problem(logo.source)
        if not problem and logo_kind(logo.source) != logo.media_type:
            problem = translatable("The logo's file type does not match its content.")
        if not problem and (logo_kind(logo.printable) != PNG or _png_problem(logo.printable)):
            problem = translatable("The logo could not be prepared for printing.")
        if problem:
            problems["logo"] = problem
    return problems
