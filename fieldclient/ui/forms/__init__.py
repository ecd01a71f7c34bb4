"""The record forms: `open_form` opens the form of one record kind, new or stored.

A kind's form lives in `<kind>_form.py` here and registers its class with `@register_form` (the
class's `record_type` names the kind). The module is imported the first time the kind's form is
asked for, so a new kind's form is one new file and nothing else here changes. A form is built
as `FormClass(tasks, record_id, parent)`, has a `saved(str)` signal and a `start()` method.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any, ClassVar, Protocol, TypeVar

from PySide6.QtWidgets import QWidget

from fieldclient.ui.tasks import Tasks


class KindForm(Protocol):
    """What `open_form` needs of a kind's form class (a QWidget subclass)."""

    record_type: ClassVar[str]
    saved: Any  # Signal(str): the record's id once stored

    def __init__(self, tasks: Tasks, record_id: str | None, parent: QWidget) -> None: ...

    def start(self) -> None: ...


FormClass = TypeVar("FormClass", bound=type[KindForm])
_FORMS: dict[str, type[KindForm]] = {}


def register_form(form_class: FormClass) -> FormClass:
    """Class decorator: the form of the kind named by the class's `record_type`."""
    _FORMS[form_class.record_type] = form_class
    return form_class


def form_for(record_type: str) -> type[KindForm] | None:
    """The form registered for a kind, importing `<kind>_form.py` the first time; None if the
    kind has no form in this build."""
    if record_type not in _FORMS:
        module = f"{__name__}.{record_type}_form"
        if record_type.isidentifier() and importlib.util.find_spec(module) is not None:
            importlib.import_module(module)
    return _FORMS.get(record_type)


def open_form(
    parent: QWidget, tasks: Tasks, record_type: str, record_id: str | None = None
) -> QWidget:
    """Show the form for a new record (`record_id` None) or a stored one; it has `saved(str)`.
    Raises LookupError for a kind without a form (`form_for` says which have one)."""
    form_class = form_for(record_type)
    if form_class is None:
        raise LookupError(f"no form for {record_type} records")
    form = form_class(tasks, record_id, parent)
    assert isinstance(form, QWidget)  # every form is a widget
    form.show()
    form.start()
    return form
