"""The record forms: `open_form` opens the form of one record type, new or stored."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fieldclient.ui.forms.attendance_form import AttendanceWindow
from fieldclient.ui.forms.challan_form import ChallanForm
from fieldclient.ui.forms.fir_form import FirForm
from fieldclient.ui.forms.record_form import RecordForm
from fieldclient.ui.forms.tenant_form import TenantForm
from fieldclient.ui.tasks import Tasks

FORMS: dict[str, type[RecordForm] | type[AttendanceWindow]] = {
    "fir": FirForm,
    "challan": ChallanForm,
    "tenant": TenantForm,
    "attendance": AttendanceWindow,
}


def open_form(
    parent: QWidget, tasks: Tasks, record_type: str, record_id: str | None = None
) -> QWidget:
    """Show the form for a new record (`record_id` None) or a stored one; it has `saved(str)`."""
    form = FORMS[record_type](tasks, record_id, parent)
    form.show()
    form.start()
    return form
