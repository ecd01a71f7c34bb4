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
    """Typing into the search box of the all-records list, as the list model's first job asks:
    the first screen's matches in date order, their records, and how many match in all (every
    matching id follows in a second job, `search_all`). Returns how many records matched."""
    query = _search(text)
    service.get_many(service.find_ids(query, SCREEN_ROWS))
    return service.count(query)


def search_all(service: RecordService, text: str) -> int:
    """The list model's second job for a search: every matching id in date order."""
    return len(service.find_ids(_search(text)))


def _search(text: str) -> RecordQuery:
    return RecordQuery(search=text, order_by="record_time")
