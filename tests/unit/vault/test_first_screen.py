"""A list's first screen of a broad search comes from walking the list indexes in display order
(`RecordRepository._first_matches_by_time`): the same ids, in the same order, as the full query."""

from datetime import date, timedelta

import pytest

from bench.generate import PayloadGenerator
from fieldclient.vault.repository import RecordQuery
from tests.helpers.payloads import fir_payload, tenant_payload

SCREEN = 20
TODAY = date.today()


@pytest.fixture
def station_records(records):
    """Generated records of every type over three years, and 40 FIRs and 40 tenants naming
    the same man (the FIRs at one record time, so ties in time are ordered by seq)."""
    records.create_many(list(PayloadGenerator(seed=7).records(150)))
    records.create_many(
        [("fir", fir_payload(name="Gul Khan")) for _ in range(40)]
        + [("tenant", tenant_payload(tenant_name="Gul Khan")) for _ in range(40)]
    )
    return records


def _walked(records, query: RecordQuery) -> bool:
    return records.repo._first_matches_by_time(query, SCREEN) is not None


@pytest.mark.parametrize(
    "query",
    [
        RecordQuery(search="Khan"),
        RecordQuery(search="Khan", descending=False),
        RecordQuery(search="gul khan"),
        RecordQuery(search="Khan", record_type="fir"),
        RecordQuery(search="Khan", record_type="tenant", status="submitted"),
        RecordQuery(search="Khan", status="draft"),
        RecordQuery(search="Khan", date_from=TODAY - timedelta(days=800), date_to=TODAY),
    ],
)
def test_a_broad_search_walks_and_finds_what_the_full_query_finds(station_records, query):
    everything = station_records.find_ids(query)
    assert len(everything) > SCREEN
    assert _walked(station_records, query)
    assert station_records.find_ids(query, SCREEN) == everything[:SCREEN]


def test_a_narrow_search_is_joined_not_walked(station_records):
    tenant = station_records.create("tenant", tenant_payload(tenant_name="Zarghun Wazirzai"))
    query = RecordQuery(search="Zarghun")
    assert not _walked(station_records, query)
    assert station_records.find_ids(query, SCREEN) == [tenant.id]
