"""What an officer's screen asks of the vault, as the GUI's list model asks it."""

from fieldclient.services.records import RecordService
from fieldclient.vault.repository import RecordQuery

SCREEN_ROWS = 50
FIR_LIST = RecordQuery(record_type="fir", order_by="record_time", descending=True)


def first_screen(service: RecordService, query: RecordQuery = FIR_LIST) -> int:
    """The lazy list model: every matching id in display order, then the first screen's records.

    Returns how many records matched.
    """
    ids = service.find_ids(query)
    service.get_many(ids[:SCREEN_ROWS])
    return len(ids)


def search_screen(service: RecordService, text: str) -> int:
    """Typing into the search box of the all-records list: the same, with a full-text query."""
    return first_screen(service, RecordQuery(search=text, order_by="record_time"))
