"""How the status bar reads a sync report's error sentence (until reports carry a kind)."""

import pytest

from fieldclient.services.sync import SyncReport
from fieldclient.ui.sync_outcome import SyncOutcomeKind, classify
from sync.client.errors import (
    BadServerResponse,
    CertificateMismatch,
    DeviceRevoked,
    DeviceUnknown,
    ServerRefused,
    UpdateRequired,
)


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (None, SyncOutcomeKind.SYNCED),
        (str(DeviceRevoked()), SyncOutcomeKind.STOPPED),
        (str(UpdateRequired()), SyncOutcomeKind.STOPPED),
        (str(CertificateMismatch()), SyncOutcomeKind.STOPPED),
        (str(DeviceUnknown("unknown device")), SyncOutcomeKind.STOPPED),
        (
            "Cannot reach the sync server at 127.0.0.1:9 (ConnectionError).",
            SyncOutcomeKind.OFFLINE,
        ),
        ("The sync server at sync.example did not answer in time.", SyncOutcomeKind.OFFLINE),
        ("The sync server failed (HTTP 503); try later.", SyncOutcomeKind.OFFLINE),
        (str(ServerRefused(400, "invalid_request", "bad body")), SyncOutcomeKind.REFUSED),
        (str(BadServerResponse("cursor went back")), SyncOutcomeKind.REFUSED),
    ],
)
def test_each_engine_sentence_has_its_kind(error, kind):
    outcome = classify(SyncReport(error=error))
    assert outcome.kind is kind
    assert outcome.message == error
    assert outcome.reached_server is (kind is not SyncOutcomeKind.OFFLINE)
