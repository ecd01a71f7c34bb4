"""Printing records for people (aligned columns) and for scripts (JSON)."""

import json
from typing import Any

from fieldclient.domain.record import Record
from fieldclient.domain.records import summary

LIST_COLUMNS = ("id", "number", "status", "title", "detail", "when")


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def print_table(rows: list[dict[str, str]], columns: tuple[str, ...] = LIST_COLUMNS) -> None:
    widths = {c: max([len(c), *(len(str(r.get(c, ""))) for r in rows)]) for c in columns}
    widths = {c: min(w, 40) for c, w in widths.items()}
    print("  ".join(c.upper().ljust(widths[c]) for c in columns))
    for row in rows:
        print("  ".join(_clip(str(row.get(c, "")), widths[c]).ljust(widths[c]) for c in columns))


def list_row(record: Record) -> dict[str, str]:
    return {"id": record.id} | summary(record)


def print_record(record: Record) -> None:
    head = list_row(record)
    print(f"{record.type.upper()} {head['number'] or '(no number yet)'}  [{record.status}]")
    print(f"id: {record.id}   station: {record.station}   by: {record.created_by}")
    print(f"created: {record.created_at}   updated: {record.updated_at}")
    for path, value in _leaves(record.data):
        print(f"  {path}: {value}")
    for entry in record.statements:
        print(f"  statement {entry['at']} by {entry['by']}: {entry.get('text', '')}")
    for entry in record.history:
        reason = f" ({entry['reason']})" if entry.get("reason") else ""
        print(f"  status {entry['from']} -> {entry['to']} {entry['at']} by {entry['by']}{reason}")


def _leaves(data: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    leaves: list[tuple[str, Any]] = []
    for key, value in data.items():
        if isinstance(value, dict):
            leaves += _leaves(value, f"{prefix}{key}.")
        else:
            leaves.append((f"{prefix}{key}", value))
    return leaves


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
