"""Small image files made in the tests: PNGs of a given size, SVGs with given content."""

from __future__ import annotations

import struct
import zlib


def png(width: int = 8, height: int = 4, rgb: tuple[int, int, int] = (31, 78, 121)) -> bytes:
    """A valid PNG of ``width`` × ``height`` pixels in one colour."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + bytes(rgb) * width
    pixels = zlib.compress(row * height)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def png_header_only(width: int, height: int) -> bytes:
    """The start of a PNG that declares a size but holds no pixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + header + b"\0\0\0\0"


def svg(body: str = '<rect width="40" height="20" fill="#1F4E79"/>', attributes: str = "") -> bytes:
    """An SVG document with ``body`` inside its root element."""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            f'viewBox="0 0 40 20" width="40" height="20" {attributes}>{body}</svg>').encode()
