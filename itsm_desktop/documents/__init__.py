"""Printed documents: the agreement a customer signs and the service catalog report.

Renderers take frozen snapshots (``documents.snapshot``) and return PDF bytes; they use
reportlab only and know nothing about the database or the user interface.

The renderers are imported on first use, so that reading the snapshot types does not load
reportlab (the application starts faster)::

    from itsm_desktop.documents import render_agreement, render_catalog
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from itsm_desktop.documents.agreement_pdf import (
        SECTION_TITLES,
        render_agreement,
        render_agreement_document,
    )
    from itsm_desktop.documents.catalog_pdf import (
        render_catalog,
        render_catalog_document,
        render_catalog_stream,
    )
    from itsm_desktop.documents.layout import PageSizeName, default_page_size
    from itsm_desktop.documents.progress import RenderCancelled
    from itsm_desktop.documents.renderer import RenderedDocument
    from itsm_desktop.documents.targets import describe_target

_LAZY = {
    "SECTION_TITLES": "agreement_pdf",
    "render_agreement": "agreement_pdf",
    "render_catalog": "catalog_pdf",
    "render_agreement_document": "agreement_pdf",
    "render_catalog_document": "catalog_pdf",
    "render_catalog_stream": "catalog_pdf",
    "RenderCancelled": "progress",
    "RenderedDocument": "renderer",
    "PageSizeName": "layout",
    "default_page_size": "layout",
    "describe_target": "targets",
}

__all__ = [
    "SECTION_TITLES",
    "PageSizeName",
    "RenderCancelled",
    "RenderedDocument",
    "default_page_size",
    "describe_target",
    "render_agreement",
    "render_agreement_document",
    "render_catalog",
    "render_catalog_document",
    "render_catalog_stream",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
