"""The document layouts, keyed by record kind; each kind's document is its own module."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fieldclient.domain.documents import NotPrintable
from fieldclient.services.documents import Printout


@dataclass(frozen=True)
class DocumentLayout:
    kind: str
    title: str  # the PDF's title
    html: Callable[[Printout, str], str]  # (printout, URL of the QR image) -> the document
    footer_label: Callable[[Printout], str]  # what every page's footer names (A4)
    layouts: tuple[str, ...] = ("a4",)  # page layouts it has: "a4", "receipt"


def layout_for(kind: str) -> DocumentLayout:
    from fieldclient.ui.documents import LAYOUTS

    layout = LAYOUTS.get(kind)
    if layout is None:
        raise NotPrintable(f"a {kind} record has no printed document")
    return layout
