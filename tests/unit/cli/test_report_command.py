"""`fieldclient report KIND --from D --to D [--csv OUT]`: computed from the vault, printed, and
written as CSV read back (UTF-8 with a byte-order mark; headings in the language chosen)."""

import csv
from datetime import datetime

from fieldclient.domain.pakistan_time import PAKISTAN_TIME
from tests.helpers.documents_check import page_texts
from tests.helpers.payloads import challan_payload, fir_payload, hours_ago
from tests.unit.cli.conftest import add_record


def _station_with_a_day(station) -> str:
    issued = hours_ago(0.02)
    fir_id = add_record(station, "fir", fir_payload())
    code, _, err = station("transition", fir_id, "registered", "--reason", "cognizable")
    assert code == 0, err
    add_record(station, "challan", {**challan_payload(), "issued_at": issued})
    return issued[:10]


def test_the_report_is_printed_and_written_as_csv_in_urdu(station, tmp_path):
    first = _station_with_a_day(station)
    today = datetime.now(PAKISTAN_TIME).date().isoformat()

    code, out, err = station("report", "situation", "--from", first, "--to", today)
    assert code == 0, err
    assert "Daily situation report: PSH-1" in out
    assert "PPC: offences against property  1" in out

    target = tmp_path / "report.csv"
    code, out, err = station(
        "report",
        "challan_return",
        "--from",
        first,
        "--to",
        today,
        "--csv",
        str(target),
        "--lang",
        "ur",
    )
    assert code == 0, err
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["چالان کا گوشوارہ"]
    assert rows[1] == ["تھانہ", "PSH-1"]
    issued = rows.index(["جاری کردہ"])
    assert rows[issued + 2] == ["1", "5750"]  # PB25-SIGNAL and PB21-SEATBELT: Rs 5,000 + 750


def test_the_report_refuses_a_reversed_period_and_an_unknown_kind(station, tmp_path):
    code, _, err = station("report", "situation", "--from", "2026-11-20", "--to", "2026-11-19")
    assert code == 1 and "--to" in err
    code, _, err = station("report", "weather", "--from", "2026-11-20")
    assert code == 2 and "invalid choice" in err
    code, _, err = station(
        "report", "situation", "--from", "2026-11-20", "--csv", str(tmp_path / "no" / "r.csv")
    )
    assert code == 1 and "is not a folder" in err


def test_the_report_is_written_as_a_pdf_read_back(station, tmp_path):
    first = _station_with_a_day(station)
    today = datetime.now(PAKISTAN_TIME).date().isoformat()
    target = tmp_path / "situation.pdf"
    code, out, err = station(
        "report", "situation", "--from", first, "--to", today, "--pdf", str(target)
    )
    assert code == 0, err
    assert out.startswith(f"{target}: ") and out.strip().endswith("page(s)")
    text = " ".join(page_texts(target))
    for expected in ("Daily situation report", "PSH-1", "PPC: offences against property"):
        assert expected in text
    code, _, err = station(
        "report", "situation", "--from", first, "--csv", "a.csv", "--pdf", "b.pdf"
    )
    assert code == 2 and "not allowed with" in err
