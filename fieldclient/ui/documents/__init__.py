"""Printed documents: one layout module per record kind, registered in `LAYOUTS`.

A kind's document has its payload in `fieldclient/domain/documents/<kind>` and its layout here;
`render.write_pdf` and `render.paint` draw either on a PDF or on a printer.
"""

from fieldclient.ui.documents import challan_ticket, complaint_slip, fir_copy, tenant_receipt
from fieldclient.ui.documents.registry import DocumentLayout

LAYOUTS: dict[str, DocumentLayout] = {
    layout.kind: layout
    for layout in (
        fir_copy.LAYOUT,
        challan_ticket.LAYOUT,
        tenant_receipt.LAYOUT,
        complaint_slip.LAYOUT,
    )
}
