"""The reports sent up, computed from records made for the purpose: each count, in Pakistan time
(a move at 23:30 there is that day's, whatever the UTC date), moves inside and outside the
period."""

from datetime import date

import pytest

from fieldclient.domain.errors import ValidationFailed
from fieldclient.domain.record import Record
from fieldclient.domain.reports import REPORTS, Period, Report, Term, cell_text, english
from fieldclient.domain.reports.heads import head_of

DAY = date(2026, 11, 20)
STATION = "PSH-GULBAHAR"


def _record(kind: str, data: dict, moves: list[tuple[str, str]] = (), status: str = "") -> Record:
    history = [
        {"id": f"h{index}", "at": at, "by": "KP-1", "from": "", "to": to, "reason": "r"}
        for index, (to, at) in enumerate(moves)
    ]
    return Record(
        id=f"{kind}{abs(hash((kind, str(data), str(moves)))):028x}"[:32],
        type=kind,
        status=status or (moves[-1][0] if moves else "new"),
        data=data,
        station=STATION,
        created_by="KP-1",
        created_at="2026-11-01T10:00:00+05:00",
        updated_at="2026-11-30T10:00:00+05:00",
        device_id="d" * 32,
        history=history,
    )


def fir(offences: list[str], *moves: tuple[str, str], accused: list[dict] | None = None) -> Record:
    return _record(
        "fir",
        {"offences": offences, "accused": accused or [{"unknown": True, "description": "two"}]},
        list(moves),
    )


def challan(issued_at: str, codes: list[str], fine: int, *moves: tuple[str, str]) -> Record:
    data = {
        "issued_at": issued_at,
        "violations": codes,
        "fine_total": fine,
        "province": "Punjab",
        "vehicle_type": "car",
    }
    return _record("challan", data, list(moves), status="issued")


def section(report: Report, title: str) -> list[tuple]:
    found = [part for part in report.sections if part.title.english == title]
    assert len(found) == 1, title
    return [tuple(cell_text(cell, english) for cell in row) for row in found[0].rows]


def test_a_period_is_days_in_pakistan_time_and_refuses_a_reversed_range():
    day = Period.day(DAY)
    assert day.holds("2026-11-20T23:30:00+05:00")  # 18:30 UTC the same day
    assert day.holds("2026-11-19T19:30:00+00:00")  # 00:30 on the 20th in Pakistan
    assert not day.holds("2026-11-20T19:30:00+00:00")  # 00:30 on the 21st in Pakistan
    assert not day.holds("not a time") and not day.holds(None)
    assert Period.month(2026, 2) == Period(date(2026, 2, 1), date(2026, 2, 28))
    with pytest.raises(ValidationFailed) as refused:
        Period(date(2026, 11, 21), DAY)
    assert refused.value.errors[0].field == "to"


def test_heads_are_the_ppc_chapters_and_the_other_laws():
    assert head_of("PPC 379") == "PPC: offences against property"
    assert head_of("PPC 337-A(ii)") == "PPC: offences affecting the human body"
    assert head_of("CNSA 9(c)") == "CNSA: Control of Narcotic Substances Act, 1997"


def test_crime_statement_counts_each_move_on_its_pakistan_day():
    period = Period.day(DAY)
    firs = [
        # registered 23:30 on the 20th in Pakistan: 18:30 UTC, the 20th
        fir(["PPC 379"], ("registered", "2026-11-20T18:30:00+00:00")),
        # registered 00:15 on the 20th in Pakistan though UTC still says the 19th; names an accused
        fir(
            ["PPC 379", "PPC 302"],
            ("registered", "2026-11-19T19:15:00+00:00"),
            accused=[{"name": "Rashid Khan"}],
        ),
        # registered 00:30 on the 21st in Pakistan (UTC the 20th): not this day's
        fir(["PPC 379"], ("registered", "2026-11-20T19:30:00+00:00")),
        # registered earlier, untraced on the day, cancelled the next day
        fir(
            ["CNSA 9(c)"],
            ("registered", "2026-10-01T10:00:00+05:00"),
            ("under_investigation", "2026-10-01T11:00:00+05:00"),
            ("untraced", "2026-11-20T09:00:00+05:00"),
            ("under_investigation", "2026-11-20T12:00:00+05:00"),
            ("cancellation_proposed", "2026-11-20T13:00:00+05:00"),
            ("cancelled", "2026-11-21T10:00:00+05:00"),
        ),
        # challaned on the day, cancelled on the day before
        fir(
            ["PPC 302"],
            ("registered", "2026-09-01T10:00:00+05:00"),
            ("challan_submitted", "2026-11-20T23:59:00+05:00"),
        ),
        fir(
            ["PPC 420"],
            ("registered", "2026-09-01T10:00:00+05:00"),
            ("cancelled", "2026-11-19T23:59:00+05:00"),
        ),
    ]
    report = REPORTS["crime_statement"].compute(firs, period, STATION)
    rows = section(report, "FIRs by head")
    assert rows == [
        ("PPC: offences affecting the human body", "1", "1", "0", "0", "1"),
        ("PPC: offences against property", "2", "1", "0", "0", "0"),
        ("CNSA: Control of Narcotic Substances Act, 1997", "0", "0", "1", "0", "0"),
        ("Total (each FIR once)", "2", "1", "1", "0", "1"),
    ]
    next_day = section(
        REPORTS["crime_statement"].compute(firs, Period.day(date(2026, 11, 21)), STATION),
        "FIRs by head",
    )
    assert next_day[-1] == ("Total (each FIR once)", "1", "0", "0", "1", "0")
    month = section(
        REPORTS["crime_statement"].compute(firs, Period.month(2026, 11), STATION), "FIRs by head"
    )
    assert month[-1] == ("Total (each FIR once)", "3", "1", "1", "2", "1")


def test_situation_report_counts_firs_accused_challans_complaints_and_diary():
    period = Period.day(DAY)
    records = [
        fir(
            ["PPC 379"],
            ("registered", "2026-11-20T23:30:00+05:00"),
            accused=[{"name": "A"}, {"name": "B"}, {"unknown": True, "description": "third"}],
        ),
        fir(["PPC 379"], ("registered", "2026-11-21T00:10:00+05:00")),
        fir(["PPC 379"], ("non_cognizable", "2026-11-20T08:00:00+05:00")),
        challan("2026-11-20T23:45:00+05:00", ["3", "11"], 1000),
        challan("2026-11-19T10:00:00+05:00", ["3"], 500, ("paid", "2026-11-20T10:00:00+05:00")),
        _record(
            "complaint",
            {"received_at": "2026-11-20T10:00:00+05:00"},
            [("inquiry", "2026-11-20T11:00:00+05:00")],
        ),
        _record(
            "complaint",
            {"received_at": "2026-11-18T10:00:00+05:00"},
            [("filed", "2026-11-20T11:00:00+05:00")],
        ),
        _record("diary", {"entry_type": "fir", "diary_date": "2026-11-20"}),
        _record("diary", {"entry_type": "arrival", "diary_date": "2026-11-20"}),
        _record("diary", {"entry_type": "arrival", "diary_date": "2026-11-21"}),
    ]
    report = REPORTS["situation"].compute(records, period, STATION)
    assert section(report, "FIRs registered, by head") == [
        ("PPC: offences against property", "1", "2", "1"),
        ("Total", "1", "2", "1"),
    ]
    moves = dict(section(report, "FIRs moved to"))
    assert moves["non-cognizable (s.155)"] == "1" and moves["untraced"] == "0"
    assert section(report, "Traffic challans") == [("1", "1,000", "1", "500")]
    assert section(report, "Complaints") == [("1", "1", "0", "1", "0")]
    diary = dict(section(report, "Daily diary entries"))
    assert diary["FIR registered"] == "1" and diary["arrival on duty"] == "1"
    assert diary["Total"] == "2"
    assert report.notes and "Arrests are not recorded" in report.notes[0].english


def test_challan_return_by_violation_and_later_moves():
    period = Period.day(DAY)
    records = [
        challan("2026-11-20T09:00:00+05:00", ["3", "11"], 1000),
        challan("2026-11-20T23:59:00+05:00", ["3"], 500, ("paid", "2026-11-20T23:59:30+05:00")),
        challan("2026-11-20T19:30:00+00:00", ["3"], 500),  # 00:30 on the 21st in Pakistan
        challan(
            "2026-11-10T09:00:00+05:00",
            ["11"],
            500,
            ("contested", "2026-11-12T09:00:00+05:00"),
            ("cancelled", "2026-11-20T09:00:00+05:00"),
        ),
    ]
    report = REPORTS["challan_return"].compute(records, period, STATION)
    assert section(report, "Issued") == [("2", "1,500")]
    by_violation = section(report, "Issued, by violation")
    assert [row[:2] + row[3:] for row in by_violation] == [
        ("Punjab", "3", "2", "1,000"),
        ("Punjab", "11", "1", "500"),
    ]
    assert by_violation[0][2]  # the violation's name from the fine table
    moves = {row[0]: row[1:] for row in section(report, "Moved to, in the period")}
    assert moves["paid"] == ("1", "500")
    assert moves["cancelled"] == ("1", "500")
    assert moves["contested"] == ("0", "0")


def test_an_empty_period_gives_zero_rows_not_an_error():
    report = REPORTS["situation"].compute([], Period.day(DAY), STATION)
    assert section(report, "FIRs registered, by head") == [("Total", "0", "0", "0")]
    assert isinstance(report.title, Term)


def test_the_attendance_return_is_a_month_of_rows_per_officer():
    from fieldclient.domain.attendance_return import ReturnRow

    row = ReturnRow("KP-7", present=20, late=2, rest=4, deputation=1, absent=3)
    row.leave["casual"] = 2
    report = REPORTS["attendance_return"].compute([row], Period.month(2026, 11), STATION)
    assert section(report, "Officers") == [("KP-7", "20", "2", "2", "0", "0", "4", "1", "3")]
    assert [column.english for column in report.sections[0].columns][:3] == [
        "Badge no.",
        "Days present",
        "Of which late",
    ]
    with pytest.raises(ValidationFailed) as refused:
        REPORTS["attendance_return"].compute([row], Period.day(DAY), STATION)
    assert (refused.value.errors[0].field, refused.value.errors[0].code) == (
        "period",
        "month_required",
    )
