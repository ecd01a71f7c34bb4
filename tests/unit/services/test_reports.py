"""`ReportService` over a real vault: the records a period's report reads, and the monthly
attendance return from the attendance service's own computation."""

import csv
from datetime import time

import pytest

from fieldclient.domain.attendance_rollup import Shift
from fieldclient.domain.errors import ValidationFailed
from fieldclient.domain.reports import Period, cell_text, english
from fieldclient.services.attendance import AttendanceService
from fieldclient.services.reports import ReportService
from tests.helpers.payloads import fir_payload


def test_the_attendance_return_of_this_month_and_an_unknown_report(session, records):
    today = session.now().date()
    first = today.replace(day=1)
    AttendanceService(records).set_shift("KP-7", Shift(time(9), time(17)), effective_from=first)
    report = ReportService(session).compute(
        "attendance_return", Period.month(today.year, today.month)
    )
    (row,) = report.sections[0].rows
    cells = [cell_text(cell, english) for cell in row]
    assert cells[0] == "KP-7"
    assert sum(int(cell) for cell in cells[1:2] + cells[3:]) == today.day  # every day counted once
    with pytest.raises(ValidationFailed) as refused:
        ReportService(session).compute("weather", Period.day(today))
    assert refused.value.errors[0].code == "report_unknown"


def test_a_report_reads_records_changed_in_or_after_the_period(session, records):
    fir = records.create("fir", fir_payload())
    records.transition(fir.id, "registered", "cognizable")
    today = session.now().date()
    statement = ReportService(session).compute("crime_statement", Period.day(today))
    assert statement.sections[0].rows[-1][1] == 1
    earlier = Period(today.replace(year=today.year - 1), today.replace(year=today.year - 1))
    assert ReportService(session).compute("crime_statement", earlier).sections[0].rows[-1][1] == 0
    assert session.repo.changed_since({"fir"}, today) != []
    assert session.repo.changed_since({"fir"}, today.replace(year=today.year + 1)) == []


def test_a_practice_vaults_report_says_training_on_every_file(tmp_path, session):
    from fieldclient.services.reports import write_csv
    from fieldclient.services.training import create_practice_vault, training_dir
    from fieldclient.ui.reports.printing import write_report_pdf
    from tests.helpers.documents_check import page_texts

    today = session.now().date()
    assert ReportService(session).compute("situation", Period.day(today)).training is False
    practice = create_practice_vault(
        training_dir(tmp_path / "fieldclient"),
        badge="T-1",
        name="Trainee One",
        password="practice password 1",
        station="PS-TRAIN",
        seed=3,
    )
    try:
        report = ReportService(practice).compute("situation", Period.day(today))
    finally:
        practice.close()
    assert report.training
    write_csv(report, tmp_path / "r.csv", english)
    first = next(csv.reader((tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert first == ["TRAINING — practice records, not a real report"]
    write_report_pdf(report, tmp_path / "r.pdf", english)
    assert "TRAINING — practice records" in page_texts(tmp_path / "r.pdf")[0]
