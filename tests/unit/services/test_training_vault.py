"""The practice vault: a folder of its own, marked records, starting over."""

import pytest

from fieldclient.domain.training.practice_data import is_practice_cnic
from fieldclient.services.session import create_vault
from fieldclient.services.station import StationServices
from fieldclient.services.training import (
    OTHER_TRAINEE,
    NotAPracticeVault,
    create_practice_vault,
    open_practice_session,
    reset_practice_vault,
    training_dir,
)
from fieldclient.vault.errors import WrongPassword
from fieldclient.vault.repository import RecordQuery
from fieldclient.vault.vault import vault_exists

PASSWORD = "practice-Password-1"


def _all_records(session):
    services = StationServices.for_session(session)
    return services.records.find(RecordQuery())


def test_practice_vault_is_beside_the_real_one_and_every_record_is_marked(tmp_path):
    real = tmp_path / "fieldclient"
    practice = training_dir(real)
    assert practice == tmp_path / "fieldclient-training"
    session = create_practice_vault(
        practice, badge="T-1", name="Trainee One", password=PASSWORD, station="PS-TRAIN", seed=3
    )
    try:
        records = _all_records(session)
        # the practice PIN is station data too: an attendance enrolment record
        assert {record.type for record in records} == {"fir", "challan", "tenant", "att_enrolment"}
        assert all(record.training for record in records)
        assert all(record.to_dict()["training"] is True for record in records)
        cnics = [r.data["informant"]["cnic"] for r in records if r.type == "fir"]
        assert cnics and all(is_practice_cnic(cnic) for cnic in cnics)
        (conflict,) = session.repo.conflicts()
        assert conflict.field == "tenant.phone" and conflict.theirs_officer == OTHER_TRAINEE
        assert session.training
    finally:
        session.close()
    assert not vault_exists(real)


def test_a_real_vaults_records_carry_no_training_mark(tmp_path, session, records):
    from tests.helpers.payloads import fir_payload

    record = records.create("fir", fir_payload())
    assert not session.training and not record.training
    assert "training" not in record.to_dict()


def test_training_mode_refuses_to_open_a_real_vault(tmp_path):
    real = tmp_path / "real"
    create_vault(real, badge="B-1", name="Real", password=PASSWORD, station="PS-1").close()
    with pytest.raises(NotAPracticeVault):
        open_practice_session(real, "B-1", PASSWORD)


def test_reset_starts_over_with_the_same_officer(tmp_path):
    practice = tmp_path / "fc-training"
    session = create_practice_vault(
        practice, badge="T-1", name="Trainee One", password=PASSWORD, station="PS-TRAIN"
    )
    services = StationServices.for_session(session)
    mine = services.records.create(
        "fir",
        next(r for r in _all_records(session) if r.type == "fir").data
        | {"place": "typed by the trainee"},
    )
    before = {record.id for record in _all_records(session)}
    session.close()
    with pytest.raises(WrongPassword):
        reset_practice_vault(practice, "T-1", "wrong password!")
    session = reset_practice_vault(practice, "T-1", PASSWORD)
    try:
        after = {record.id for record in _all_records(session)}
        assert mine.id not in after and not before & after
        assert session.officer_name == "Trainee One" and session.station == "PS-TRAIN"
        assert session.training and len(session.repo.conflicts()) == 1
    finally:
        session.close()
