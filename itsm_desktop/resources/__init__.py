"""Files shipped with the application: fonts, icons and the sample portfolio."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent
FONTS = RESOURCES / "fonts"
ICONS = RESOURCES / "icons"
SAMPLE = RESOURCES / "sample"


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. ``resource_path("icons", "app.svg")``."""
    return RESOURCES.joinpath(*parts)
