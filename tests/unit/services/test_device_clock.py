"""An unlock never fails because of the clock stored in the vault: it repairs it and says so."""

import pytest

from fieldclient.domain.hlc import is_plausible
from fieldclient.services.device_clock import SessionNotice
from fieldclient.services.records import RecordService
from fieldclient.services.session import HLC_META_KEY, open_session
from fieldclient.vault.audit import verify_chain
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_PASSWORD
from tests.helpers.payloads import fir_payload

# What an earlier version stored after following a year-33658 clock: 16 digits, unparseable.
OVERFLOWED = "1000000000000000:00000:{device}"
YEAR_2500 = "016725225600000:00000:{device}"


@pytest.mark.parametrize("stored", [OVERFLOWED, YEAR_2500], ids=["overflowed", "year 2500"])
def test_an_unusable_stored_clock_is_repaired_at_unlock_and_audited(session, data_dir, stored):
    with session.vault.transaction():
        session.vault.set_meta(HLC_META_KEY, stored.format(device=session.device_id))
    session.close()

    repaired = open_session(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    try:
        assert repaired.notices == [SessionNotice.CLOCK_REPAIRED]
        assert is_plausible(repaired.vault.get_meta(HLC_META_KEY))
        [action] = [
            row[0]
            for row in repaired.vault.conn.execute(
                "SELECT action FROM audit WHERE action = 'clock.repair'"
            )
        ]
        assert action == "clock.repair" and verify_chain(repaired.vault.conn).intact
        record = RecordService(repaired).create("fir", fir_payload())
        assert all(is_plausible(clock) for clock in record.clocks.values())
    finally:
        repaired.close()

    again = open_session(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    assert again.notices == []
    again.close()
