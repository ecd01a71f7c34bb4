"""How the window reads a sync report: by its error kind, never by the engine's sentence."""

import pytest

from fieldclient.services.sync import SyncErrorKind, SyncReport
from fieldclient.ui.sync_outcome import SyncOutcomeKind, classify, error_words, warning_words
from fieldclient.vault.errors import StorageFull
from sync.client.errors import (
    BadServerResponse,
    CertificateMismatch,
    DeviceRevoked,
    DeviceUnknown,
    LinkFailed,
    NotEnrolled,
    ServerRefused,
    ServerUnreachable,
    UpdateRequired,
)
from sync.client.sync_warnings import SyncWarning, SyncWarningKind


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (DeviceRevoked(), SyncOutcomeKind.STOPPED),
        (UpdateRequired(), SyncOutcomeKind.STOPPED),
        (CertificateMismatch(), SyncOutcomeKind.STOPPED),
        (DeviceUnknown("unknown device"), SyncOutcomeKind.STOPPED),
        (NotEnrolled(), SyncOutcomeKind.STOPPED),
        (
            ServerUnreachable("Cannot reach the sync server at 127.0.0.1:9 (ConnectionError)."),
            SyncOutcomeKind.OFFLINE,
        ),
        (
            LinkFailed("The sync server at sync.example did not answer in time."),
            SyncOutcomeKind.OFFLINE,
        ),
        (
            ServerUnreachable("The sync server failed (HTTP 503); try later."),
            SyncOutcomeKind.OFFLINE,
        ),
        (ServerRefused(400, "invalid_request", "bad body"), SyncOutcomeKind.REFUSED),
        (BadServerResponse("cursor went back"), SyncOutcomeKind.REFUSED),
    ],
)
def test_each_engine_error_has_its_outcome(error, kind):
    outcome = classify(SyncReport.failed(error.kind, str(error)))
    assert outcome.kind is kind
    assert outcome.message == str(error)
    assert outcome.words == error_words(error.kind) and outcome.words
    assert outcome.reached_server is (kind is not SyncOutcomeKind.OFFLINE)


def test_the_kind_decides_not_the_sentence():
    misleading = str(DeviceRevoked())
    outcome = classify(SyncReport.failed(SyncErrorKind.UNREACHABLE, misleading))
    assert outcome.kind is SyncOutcomeKind.OFFLINE
    assert "revoked" not in outcome.words
    full = classify(SyncReport.failed(SyncErrorKind.DISK_FULL, str(StorageFull("disk full"))))
    assert full.kind is SyncOutcomeKind.REFUSED and "disk is full" in full.words


def test_every_kind_has_words_and_a_report_without_error_is_synced():
    assert all(error_words(kind) for kind in SyncErrorKind)
    assert classify(SyncReport()).kind is SyncOutcomeKind.SYNCED


@pytest.mark.parametrize("kind", list(SyncWarningKind))
def test_every_sync_warning_kind_has_words_for_the_window_and_for_the_cli(qapp, kind):
    params = {"minutes": 12, "count": 3, "here": 40, "there": 41, "host": "10.0.0.5"}
    warning = SyncWarning(kind, params)
    shown = warning_words(warning)
    assert shown and "{" not in shown and "{" not in warning.english()
    needed = [str(value) for value in params.values() if str(value) in warning.english()]
    assert all(value in shown for value in needed)  # the same numbers in both
