"""The CLI, migrations, TLS and the rate limit (one backend suffices for most)."""

import pytest
import requests
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from sync.server.db.engine import make_engine
from sync.server.db.tables import counters, metadata
from tests.helpers.certificates import self_signed
from tests.helpers.server import BACKENDS, SignedDevice, database, run_cli, run_server


@pytest.mark.parametrize("backend", BACKENDS)
def test_migrations_create_exactly_the_declared_tables(backend, tmp_path, cli):
    with database(backend, tmp_path) as url:
        assert cli(url, "init")[0] == 0
        assert cli(url, "init")[0] == 0
        engine = make_engine(url)
        with engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), metadata) == []
        engine.dispose()


def test_serve_refuses_an_uninitialised_database(tmp_path):
    url = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    done = run_cli(url, "serve", "--port", "1")
    assert done.returncode == 1
    assert "not initialised" in done.stderr and "init" in done.stderr


def test_admin_commands_explain_their_refusals(tmp_path, cli):
    url = f"sqlite:///{tmp_path / 'admin.sqlite3'}"
    assert cli(url, "init")[0] == 0
    assert cli(url, "add-station", "PS1", "--name", "A", "--district", "B")[0] == 0
    code, _, stderr = cli(url, "add-station", "PS1", "--name", "A", "--district", "B")
    assert code == 1 and "already exists" in stderr
    code, _, stderr = cli(url, "enroll-code", "--station", "NOPE")
    assert code == 1 and "no station" in stderr
    code, _, stderr = cli(url, "revoke-device", "f" * 32)
    assert code == 1 and f"no device {'f' * 32}" in stderr
    code, _, stderr = cli(url, "serve", "--tls-cert", "c.pem")
    assert code == 1 and "--tls-key" in stderr


def test_https_with_a_given_certificate_and_a_rate_limit(tmp_path, cli):
    cert_file, key_file, _ = self_signed(tmp_path)
    url = f"sqlite:///{tmp_path / 'tls.sqlite3'}"
    limit = {"FIELDSYNC_RATE_LIMIT_PER_MINUTE": "5"}
    with run_server(url, tls=(cert_file, key_file), env=limit) as server:
        assert server.url.startswith("https://")
        assert requests.get(server.url + "/healthz", verify=str(cert_file), timeout=10).ok
        cli(url, "add-station", "PS9", "--name", "Nine", "--district", "Swat")
        code = cli(url, "enroll-code", "--station", "PS9")[1].strip()
        device = SignedDevice.enroll(server.url, code, verify=str(cert_file))
        # The officer declaration after enrolling was the first of the five signed requests.
        answers = [device.send("GET", "/v1/status").status_code for _ in range(6)]
        assert answers[:4] == [200] * 4
        assert answers[4:] == [429, 429]


def test_first_numbers_are_for_kinds_the_server_numbers(tmp_path, cli):
    url = f"sqlite:///{tmp_path / 'starts.sqlite3'}"
    assert cli(url, "init")[0] == 0
    station = ("--name", "A", "--district", "B")
    code, _, stderr = cli(url, "add-station", "PS1", *station, "--first-number", "tenant=5")
    assert code == 1 and "'tenant' is not numbered by the server (these are: fir, " in stderr
    code, _, stderr = cli(url, "add-station", "PS1", *station, "--fir-start", "0")
    assert code == 1 and "the first fir number must be 1 or more" in stderr
    assert cli(url, "add-station", "PS1", *station, "--first-number", "fir=412")[0] == 0
    engine = make_engine(url)
    with engine.connect() as connection:
        (row,) = connection.execute(counters.select())
    engine.dispose()
    assert (row.station, row.name.split("/")[0], row.next_value) == ("PS1", "fir", 412)
