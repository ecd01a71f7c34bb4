"""The client refuses what the signed-in officer's role may not do, before anything is written
(issue 17.4): the services ask ``records.check_role`` with the keyring's role."""

import pytest

from fieldclient.domain import roles
from fieldclient.domain.roles import RoleRefused
from fieldclient.services.diary import DiaryService
from fieldclient.services.records import RecordService
from fieldclient.services.session import create_vault
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_NAME, OFFICER_PASSWORD, STATION
from tests.helpers.payloads import fir_payload


@pytest.fixture
def warden_session(data_dir):
    opened = create_vault(
        data_dir,
        badge=OFFICER_BADGE,
        name=OFFICER_NAME,
        password=OFFICER_PASSWORD,
        station=STATION,
        role=roles.TRAFFIC_WARDEN,
    )
    yield opened
    opened.close()


def _outbox(session) -> int:
    return len(session.repo.outbox_entries())


def test_a_warden_cannot_register_an_fir_and_nothing_is_written(warden_session):
    records = RecordService(warden_session)
    draft = records.create("fir", fir_payload())
    queued = _outbox(warden_session)
    with pytest.raises(RoleRefused, match="SHO or Moharrir"):
        records.transition(draft.id, "registered", "complaint verified")
    with pytest.raises(RoleRefused):
        DiaryService(records).register_fir(draft.id, "complaint verified")
    assert records.get(draft.id).status == "draft"
    assert _outbox(warden_session) == queued


def test_the_sho_registers_and_only_the_io_proposes_cancellation(session, records):
    fir = records.create("fir", fir_payload())
    records.transition(fir.id, "registered", "complaint verified")
    records.transition(fir.id, "under_investigation", "IO appointed")
    records.edit(fir.id, {"cancellation_proposal": {"category": "civil_dispute"}})
    with pytest.raises(RoleRefused, match="investigating officer"):
        records.transition(fir.id, "cancellation_proposed", "a civil dispute")
    session.vault.add_officer("IO-7", "Investigator", "io password 123", roles.SHO)
    session.vault.set_role(OFFICER_BADGE, roles.INVESTIGATING_OFFICER)
    assert records.transition(fir.id, "cancellation_proposed", "a civil dispute").status == (
        "cancellation_proposed"
    )
