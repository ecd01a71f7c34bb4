"""Fixtures shared by the whole suite (more live in tests/helpers)."""

import os
import tempfile

import pytest

# Vault creation runs Argon2id once per officer; the real cost (~1 s) would make the suite crawl.
# The parameters are recorded per officer, and tests/unit/vault/test_kdf.py checks the real ones.
os.environ.setdefault("FIELDCLIENT_INSECURE_FAST_KDF", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A server made in-process (or by a helper script) keeps its signing key here, not in the real
# user data dir; `run_server` gives each database its own folder.
os.environ.setdefault("FIELDSYNC_DATA_DIR", tempfile.mkdtemp(prefix="fieldsync-data-"))

pytest_plugins = ["tests.helpers.fixtures", "tests.helpers.sync_server_fixtures"]


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """No test reads or writes the real user data dir."""
    monkeypatch.setenv("FIELDCLIENT_HOME", str(tmp_path / "home"))
