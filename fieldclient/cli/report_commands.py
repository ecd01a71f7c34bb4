"""`fieldclient report KIND --from D [--to D] [--csv OUT | --pdf OUT] [--lang en|ur]`: a report
sent up, computed from the vault for the days chosen (Pakistan time)."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldclient.cli.arguments import day, file_path
from fieldclient.cli.context import CommandError, add_command, unlocked
from fieldclient.domain.reports import REPORTS, Period, Report, cell_text, english
from fieldclient.services.reports import ReportService, write_csv


def register(commands: argparse._SubParsersAction) -> None:
    report = add_command(
        commands,
        "report",
        "a report sent up (situation, crime_statement, challan_return for a day or a period; "
        "attendance_return for a month)",
    )
    report.add_argument("kind", choices=sorted(REPORTS))
    report.add_argument("--from", dest="start", required=True, type=day, metavar="YYYY-MM-DD")
    report.add_argument(
        "--to", dest="end", type=day, metavar="YYYY-MM-DD", help="last day (default: --from)"
    )
    out = report.add_mutually_exclusive_group()
    out.add_argument("--csv", type=file_path, metavar="OUT.csv")
    out.add_argument("--pdf", type=file_path, metavar="OUT.pdf")
    report.add_argument("--lang", choices=("en", "ur"), default="en", help="language of the file")
    report.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    end = args.end or args.start
    if end < args.start:
        raise CommandError("--to: must be on or after the day given with --from")
    target: Path | None = args.csv or args.pdf
    if target is not None and not target.parent.is_dir():
        raise CommandError(f"{target.parent} is not a folder")
    with unlocked(args) as session:
        report = ReportService(session).compute(args.kind, Period(args.start, end))
    if target is None:
        _print(report)
        return 0
    try:
        pages = _write(report, target, args)
    except OSError as problem:
        raise CommandError(
            f"could not write {target} ({problem.strerror or 'write failed'})"
        ) from None
    print(f"{target}: {pages} page(s)" if args.pdf else target)
    return 0


def _write(report: Report, target: Path, args: argparse.Namespace) -> int:
    from fieldclient.ui.reports.words import words_in

    if args.csv:
        write_csv(report, target, words_in(args.lang))
        return 0
    from fieldclient.ui.reports.printing import write_report_pdf

    return write_report_pdf(report, target, words_in(args.lang), right_to_left=args.lang == "ur")


def _print(report: Report) -> None:
    """The report on the terminal, in English, each section's columns aligned."""
    print(f"{english(report.title)}: {report.station}, {report.period.label()}")
    for section in report.sections:
        lines = [[english(column) for column in section.columns]]
        lines += [[cell_text(cell, english) for cell in row] for row in section.rows]
        widths = [max(len(line[index]) for line in lines) for index in range(len(lines[0]))]
        print(f"\n{english(section.title)}")
        for line in lines:
            print("  ".join(text.ljust(width) for text, width in zip(line, widths, strict=True)))
    for note in report.notes:
        print(f"\n{english(note)}")
