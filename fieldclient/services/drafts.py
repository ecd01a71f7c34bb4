"""Unfinished forms, kept encrypted in the vault so a crash or a lock loses nothing typed."""

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from fieldclient.services.session import Session


@dataclass(frozen=True)
class Draft:
    form_key: str
    officer: str
    updated_at: str
    body: dict


class DraftService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def save(self, form_key: str, body: dict) -> None:
        with self.session.vault.transaction() as conn:
            conn.execute(
                "INSERT INTO drafts (form_key, officer, updated_at, body) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (form_key) DO UPDATE SET officer = excluded.officer,"
                " updated_at = excluded.updated_at, body = excluded.body",
                (
                    form_key,
                    self.session.officer_badge,
                    datetime.now(UTC).isoformat(),
                    json.dumps(body, ensure_ascii=False),
                ),
            )

    def load(self, form_key: str) -> Draft | None:
        row = self.session.vault.conn.execute(
            "SELECT form_key, officer, updated_at, body FROM drafts WHERE form_key = ?",
            (form_key,),
        ).fetchone()
        return None if row is None else Draft(row[0], row[1], row[2], json.loads(row[3]))

    def mine(self) -> list[Draft]:
        rows = self.session.vault.conn.execute(
            "SELECT form_key, officer, updated_at, body FROM drafts WHERE officer = ?"
            " ORDER BY updated_at DESC",
            (self.session.officer_badge,),
        )
        return [Draft(r[0], r[1], r[2], json.loads(r[3])) for r in rows]

    def discard(self, form_key: str) -> None:
        with self.session.vault.transaction() as conn:
            conn.execute("DELETE FROM drafts WHERE form_key = ?", (form_key,))
