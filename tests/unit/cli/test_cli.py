"""The `fieldclient` command, driven the way an admin or a script would."""

import json
import os
import subprocess
import sys

from tests.helpers.payloads import fir_payload, tenant_payload
from tests.unit.cli.conftest import PASSWORD, add_record


def test_add_list_show_edit_transition_append(station, tmp_path):
    record_id = add_record(station, "fir", fir_payload(name="Sher Zaman"))
    code, out, _ = station("list", "fir", "--search", "sher")
    assert code == 0 and record_id in out and "1 record(s)" in out
    code, out, _ = station("show", record_id, "--json")
    assert json.loads(out)["data"]["informant"]["name"] == "Sher Zaman"

    assert station("edit", record_id, "-", stdin='{"place": "Bazaar"}')[0] == 0
    assert station("transition", record_id, "registered", "--reason", "verified")[0] == 0
    code, _, err = station("edit", record_id, "-", stdin='{"place": "Elsewhere"}')
    assert code == 1 and "registered FIR cannot be changed" in err
    assert station("append", record_id, "-", stdin='{"text": "A witness came forward."}')[0] == 0
    shown = json.loads(station("show", record_id, "--json")[1])
    assert shown["data"]["place"] == "Bazaar"
    assert shown["statements"][0]["text"] == "A witness came forward."
    assert station("list", "fir", "--status", "registered", "--json")[1].count(record_id) == 1


def test_bad_input_names_the_field_and_stores_nothing(station):
    bad = tenant_payload()
    bad["tenant"]["cnic"] = "1234"
    bad["landlrod"] = bad.pop("landlord")
    code, _, err = station("add", "tenant", "-", stdin=json.dumps(bad))
    assert code == 1
    assert "tenant.cnic" in err and "did you mean landlord" in err
    code, _, err = station("add", "fir", "-", stdin="{not json")
    assert code == 1 and "not valid JSON" in err
    assert "0 record(s)" in station("list", "tenant")[1]
    assert "0 record(s)" in station("list", "fir")[1]


def test_illegal_transition_is_refused(station):
    record_id = add_record(station, "fir", fir_payload())
    code, _, err = station("transition", record_id, "untraced", "--reason", "x")
    assert code == 1 and "draft" in err
    assert json.loads(station("show", record_id, "--json")[1])["status"] == "draft"


def test_officers_and_passwords(station, monkeypatch):
    monkeypatch.setenv("FIELDCLIENT_NEW_PASSWORD", "second secret")
    assert (
        station("add-officer", "--officer", "KP-1", "--new-badge", "KP-2", "--name", "Two")[0] == 0
    )
    code, _, err = station("list", "fir")
    assert code == 1 and "--officer" in err  # two officers now: say which
    monkeypatch.setenv("FIELDCLIENT_PASSWORD", "second secret")
    monkeypatch.setenv("FIELDCLIENT_NEW_PASSWORD", "brand new secret")
    assert station("--officer", "KP-2", "passwd")[0] == 0
    monkeypatch.setenv("FIELDCLIENT_PASSWORD", "brand new secret")
    assert station("list", "fir", "--officer", "KP-2")[0] == 0
    monkeypatch.setenv("FIELDCLIENT_PASSWORD", PASSWORD)
    assert station("remove-officer", "--officer", "KP-1", "--badge", "KP-2")[0] == 0
    monkeypatch.setenv("FIELDCLIENT_PASSWORD", "brand new secret")
    code, _, err = station("list", "fir", "--officer", "KP-2")
    assert code == 1 and "KP-2" in err


def test_wrong_password_and_missing_vault(cli, station, monkeypatch, tmp_path):
    monkeypatch.setenv("FIELDCLIENT_PASSWORD", "nope")
    code, _, err = station("list", "fir")
    assert code == 1 and "Wrong password" in err
    code, _, err = cli("--data-dir", str(tmp_path / "empty"), "list", "fir")
    assert code == 1 and "fieldclient init" in err
    monkeypatch.setenv("FIELDCLIENT_NEW_PASSWORD", "x")


def test_audit_verify_reports_a_tampered_entry(station, tmp_path):
    add_record(station, "fir", fir_payload())
    assert "intact" in station("audit-verify")[1]
    from fieldclient.vault.vault import Vault

    vault = Vault.unlock(tmp_path / "vault", "KP-1", PASSWORD)
    vault.conn.execute("DROP TRIGGER audit_no_update")
    vault.conn.execute("UPDATE audit SET officer = 'KP-666' WHERE seq = 2")
    vault.close()
    code, out, _ = station("audit-verify")
    assert code == 1 and "entry 2" in out and "changed" in out


def test_deleted_audit_entry_is_detected(station, tmp_path):
    add_record(station, "fir", fir_payload())
    add_record(station, "fir", fir_payload())
    from fieldclient.vault.vault import Vault

    vault = Vault.unlock(tmp_path / "vault", "KP-1", PASSWORD)
    vault.conn.execute("DROP TRIGGER audit_no_delete")
    vault.conn.execute("DELETE FROM audit WHERE seq = 2")
    vault.close()
    code, out, _ = station("audit-verify")
    assert code == 1 and "entry 2 is missing" in out


def test_python_dash_m_runs_the_same_cli(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "fieldclient", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout.startswith("fieldclient ")


def test_a_vault_whose_stored_clock_overflowed_unlocks_with_a_notice_and_no_traceback(
    station, tmp_path
):
    from fieldclient.services.session import HLC_META_KEY
    from fieldclient.vault.vault import Vault

    vault = Vault.unlock(tmp_path / "vault", "KP-1", PASSWORD)
    with vault.transaction():
        vault.set_meta(HLC_META_KEY, f"1000000000000000:00000:{vault.device_id}")
    vault.close()
    result = subprocess.run(
        [sys.executable, "-m", "fieldclient", "--data-dir", str(tmp_path / "vault"), "list", "fir"],
        capture_output=True,
        text=True,
        env={**os.environ, "FIELDCLIENT_PASSWORD": PASSWORD},
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    [notice] = [line for line in result.stderr.splitlines() if "notice" in line]
    assert "clock was unusable" in notice and "audit log" in notice
    assert "0 record(s)" in result.stdout
    assert "notice" not in station("list", "fir")[2]  # repaired once
