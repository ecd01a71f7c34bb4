"""`fieldclient attendance …`: set-up from the command line, leave, roll call and the return."""

import csv
from datetime import datetime

from fieldclient.domain.pakistan_time import PAKISTAN_TIME


def test_attendance_is_set_up_and_reported_from_the_command_line(station, monkeypatch, tmp_path):
    code, out, err = station(
        "attendance", "shift", "KP-7", "--start", "08:00", "--end", "16:00", "--rest-days", "friday"
    )
    assert code == 0, err
    assert "08:00–16:00" in out
    monkeypatch.setenv("FIELDCLIENT_ATTENDANCE_PIN", "12")
    code, _, err = station("attendance", "pin", "KP-7")
    assert code == 1 and "pin" in err and "digits" in err
    monkeypatch.setenv("FIELDCLIENT_ATTENDANCE_PIN", "4321")
    assert station("attendance", "pin", "KP-7")[0] == 0
    code, _, err = station("attendance", "enrol-finger", "KP-7")
    assert code == 1 and "--simulated-finger" in err
    assert station("attendance", "enrol-finger", "KP-7", "--simulated-finger", "KP-7")[0] == 0
    assert station("attendance", "supervisor", "KP-1")[0] == 0
    code, out, _ = station("attendance", "roster")
    lines = {line.split()[0]: line.split() for line in out.splitlines()[1:]}
    assert lines["KP-7"][1:] == ["08:00–16:00", "fri", "yes", "yes"]
    assert lines["KP-1"][-1] == "yes"  # supervisor, no shift

    today = datetime.now(PAKISTAN_TIME).date()
    code, out, err = station(
        "attendance", "leave", "KP-7", "medical", today.isoformat(), today.isoformat()
    )
    assert code == 0, err
    code, _, err = station(
        "attendance", "leave", "KP-7", "deputation", today.isoformat(), today.isoformat()
    )
    assert code == 1 and "posted_to" in err
    code, out, _ = station("attendance", "roll-call")
    assert code == 0 and "KP-7" in out and "medical" in out

    target = tmp_path / "return.csv"
    month = f"{today:%Y-%m}"
    code, out, err = station("attendance", "return", month, "--csv", str(target))
    assert code == 0, err
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [row["badge"] for row in rows] == ["KP-7"]
    assert rows[0]["leave_medical"] == "1"
    code, out, _ = station("attendance", "return", month)
    assert code == 0 and "LEAVE_MEDICAL" in out
    code, _, err = station("attendance", "return", "2026-13")
    assert code == 2 and "month" in err
