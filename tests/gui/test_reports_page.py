"""The Reports page, driven as a Moharrir would: choose a report and its period, see the table,
save it as CSV (read back), and a reversed period refused naming the field."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from fieldclient.domain.reports import Period
from fieldclient.ui.reports.reports_page import ReportsPage
from tests.gui import test_forms
from tests.gui.test_forms import WAIT_MS
from tests.helpers.documents_check import page_texts
from tests.helpers.payloads import challan_payload, fir_payload, hours_ago

unexpected_failures = test_forms.unexpected_failures
tasks = test_forms.tasks
services = test_forms.services


def _table(page: ReportsPage) -> list[list[str]]:
    return [
        [
            page.table.item(row, column).text() if page.table.item(row, column) else ""
            for column in range(page.table.columnCount())
        ]
        for row in range(page.table.rowCount())
    ]


def test_choose_a_report_and_a_period_see_it_and_save_it_as_csv(qtbot, tasks, services, tmp_path):
    fir = services.records.create("fir", fir_payload())
    services.records.transition(fir.id, "registered", "cognizable")
    challan = services.records.create(
        "challan", {**challan_payload(), "issued_at": hours_ago(0.02)}
    )
    today = services.session.now().date()

    page = ReportsPage(tasks)
    qtbot.addWidget(page)
    page.show()
    page.choose("crime_statement", Period.month(today.year, today.month))
    assert page.period() == Period.month(today.year, today.month)
    assert page.end.isHidden()  # a month needs no last day
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report is not None, timeout=WAIT_MS)
    rows = _table(page)
    assert ["Head", "Registered", "Traced", "Untraced", "Cancelled", "Challaned"] in rows
    assert ["PPC: offences against property", "1", "0", "0", "0", "0"] in rows
    assert "Crime statement by head" in page.heading.text()

    pdf = tmp_path / "statement.pdf"
    page.save_pdf(pdf)
    assert "Report saved" in page.notice.text()
    text = " ".join(page_texts(pdf))
    assert "Crime statement by head" in text and "PPC: offences against property" in text
    assert "Challaned" in text and services.session.station in text

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # what the print dialog hands over
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    page.print_to(printer)
    assert "PPC: offences against property" in " ".join(page_texts(tmp_path / "printed.pdf"))

    page.choose("challan_return", Period.day(today))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report.kind == "challan_return", timeout=WAIT_MS)
    target = tmp_path / "challans.csv"
    page.save_csv(target)
    assert "Report saved" in page.notice.text()
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert lines[0] == ["Challan return"] and lines[1] == ["Station", services.session.station]
    fine = str(challan.data["fine_total"])  # as the fine table priced it
    assert lines[lines.index(["Challans", "Fines imposed (Rs)"]) + 1] == ["1", fine]


def test_a_period_ending_before_it_starts_is_refused_naming_the_field(qtbot, tasks):
    page = ReportsPage(tasks)
    qtbot.addWidget(page)
    page.show()
    page.period_kind.setCurrentIndex(page.period_kind.findData("range"))
    assert page.end.isVisible()
    page.end.setDate(page.start.date().addDays(-1))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert "to: must be on or after the first day" in page.notice.text()
    assert page.report is None


def test_choosing_the_attendance_return_chooses_a_month(qtbot, tasks):
    page = ReportsPage(tasks)
    qtbot.addWidget(page)
    page.show()
    page.kind.setCurrentIndex(page.kind.findData("attendance_return"))
    assert page.period_kind.currentData() == "month"
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report is not None, timeout=WAIT_MS)
    assert "Monthly attendance return" in page.heading.text()
    assert page.table.item(1, 0).text() == "Badge no."
