"""What the fault tests share: devices of one station through a proxy, a workload of offline
changes that remembers every write, and the checks that nothing was lost or applied twice.

A ``Replica`` is a real client vault (``open_device``) plus what the test knows it wrote: every
mutation id it queued (so the server's ``applied_mutations`` can be compared with it) and every
field write with the clock the field had before (so a write that nobody saw before it was
overwritten can be found in a conflict record).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import select

from fieldclient.domain.errors import DomainError
from fieldclient.domain.merge import get_path, guarding_clock
from fieldclient.domain.record import Record
from fieldclient.vault.record_doc import decode_doc
from sync.server.db.tables import applied_mutations, conflicts, devices, records
from tests.helpers.payloads import challan_payload, fir_payload, tenant_payload
from tests.helpers.server import Admin
from tests.integration.client.conftest import Device

SOAK = os.environ.get("FIELDCLIENT_SOAK") == "1"
SOAK_MARKS = (pytest.mark.soak, pytest.mark.timeout(3600))
EVERY_FAULT = {
    "drop_request": 0.06,
    "cut_request": 0.06,
    "drop_response": 0.08,
    "truncate_response": 0.06,
    "server_error": 0.06,
    "delay": 0.04,
    "duplicate": 0.08,
}
TENANT_FIELDS = ("tenant.occupation", "tenant.phone", "property_address")
FIR_FIELDS = ("place", "narrative")
CHALLAN_FIELDS = ("payment_ref",)


def port_of(url: str) -> int:
    return int(url.rsplit(":", 1)[1])


@dataclass(frozen=True)
class FieldWrite:
    device: str
    record_id: str
    path: str
    value: Any
    hlc: str
    base: str | None
    mutation_id: str


@dataclass
class Replica:
    device: Device
    queued: set[str] = field(default_factory=set)
    newest_seq: int = 0
    writes: list[FieldWrite] = field(default_factory=list)
    statements: list[tuple[str, str]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.device.device_id

    def remember_outbox(self) -> None:
        """Note every queued mutation id (call before a sync: acknowledged ones are deleted)."""
        entries = self.device.repo.outbox_entries()
        self.queued |= {entry.mutation_id for entry in entries}
        self.newest_seq = max([self.newest_seq, *(entry.device_seq for entry in entries)])

    def sync(self) -> str | None:
        self.remember_outbox()
        return self.device.sync.sync_once().error

    def records(self) -> dict[str, Record]:
        rows = self.device.session.vault.conn.execute("SELECT doc FROM records")
        return {r.id: r for r in (decode_doc(doc) for (doc,) in rows)}

    def edit(self, record_id: str, path: str, value: Any) -> bool:
        """A field write with the clock it overwrote; False when it changes nothing or the domain
        refuses it here."""
        before = self.device.repo.get(record_id)
        if get_path(before.data, path) == value:
            return False  # no change, no mutation
        base = guarding_clock(before.clocks, path)
        patch: dict[str, Any] = {}
        node = patch
        keys = path.split(".")
        for key in keys[:-1]:
            node = node.setdefault(key, {})
        node[keys[-1]] = value
        try:
            after = self.device.records.edit(record_id, patch)
        except DomainError:  # a registered FIR or a paid challan refuses the edit: fine
            return False
        newest = self.device.repo.outbox_entries()[-1]
        self.writes.append(
            FieldWrite(
                self.id, record_id, path, value, after.clocks[path], base, newest.mutation_id
            )
        )
        return True

    def add_statement(self, record_id: str, text: str) -> bool:
        if self.device.repo.get(record_id).status not in ("registered", "under_investigation"):
            return False
        record = self.device.records.append_statement(record_id, {"text": text})
        self.statements.append((record_id, record.statements[-1]["id"]))
        return True


def create_some(replica: Replica, rng: random.Random, tag: str) -> Record:
    kind = rng.choice(("fir", "tenant", "challan"))
    payload = {
        "fir": lambda: fir_payload(f"Informant {tag}"),
        "tenant": lambda: tenant_payload(f"Tenant {tag}"),
        "challan": lambda: challan_payload(f"LEA-{rng.randint(1000, 9999)}"),
    }[kind]()
    return replica.device.records.create(kind, payload)


def random_change(replica: Replica, rng: random.Random, tag: str) -> None:
    """One offline change: a new record, a field edit, a status change or a statement."""
    known = list(replica.records().values())
    if not known or rng.random() < 0.3:
        create_some(replica, rng, tag)
        return
    record = rng.choice(known)
    if record.type == "tenant":
        replica.edit(record.id, rng.choice(TENANT_FIELDS[:1]), f"Occupation {tag}")
    elif record.type == "challan":
        if record.status == "issued" and rng.random() < 0.5:
            replica.edit(record.id, "payment_ref", f"PAY{tag}")
        elif record.status == "issued" and record.data.get("payment_ref"):
            _try_transition(replica, record.id, "paid")
    elif record.status == "draft":
        if rng.random() < 0.7:
            replica.edit(record.id, "place", f"Place {tag}")
        else:
            _try_transition(replica, record.id, "registered", f"Diary {tag}")
    else:
        replica.add_statement(record.id, f"Statement {tag}")


def _try_transition(replica: Replica, record_id: str, to: str, reason: str = "ok") -> None:
    with contextlib.suppress(DomainError):
        replica.device.records.transition(record_id, to, reason)


def server_docs(admin: Admin, station: str) -> dict[str, dict[str, Any]]:
    with admin.engine.connect() as connection:
        rows = connection.execute(
            select(records.c.id, records.c.doc).where(records.c.station == station)
        )
        return {row.id: json.loads(row.doc) for row in rows}


def server_conflict_values(admin: Admin, station: str) -> set[tuple[str, str, str]]:
    found: set[tuple[str, str, str]] = set()
    with admin.engine.connect() as connection:
        for row in connection.execute(select(conflicts).where(conflicts.c.station == station)):
            for side in (row.winner, row.loser):
                found.add((row.record_id, row.field, _key(json.loads(side)["value"])))
    return found


def replica_conflict_values(replica: Replica) -> set[tuple[str, str, str]]:
    rows = replica.device.session.vault.conn.execute(
        "SELECT record_id, field, mine, theirs FROM conflicts"
    )
    found: set[tuple[str, str, str]] = set()
    for record_id, path, mine, theirs in rows:
        for value in (mine, theirs):
            found.add((record_id, path, _key(json.loads(value) if value is not None else None)))
    return found


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def sync_until_quiet(replicas: list[Replica], rounds: int = 4) -> None:
    """Fault-free syncs of every replica until no outbox holds anything and all have pulled
    each other's last changes (two full passes after the last push)."""
    for _ in range(rounds):
        for replica in replicas:
            error = replica.sync()
            assert error is None, error
        if not any(r.device.repo.pending_count() for r in replicas):
            break
    for replica in replicas:
        assert replica.sync() is None


def assert_converged(replicas: list[Replica], admin: Admin, station: str) -> None:
    """Every replica holds exactly the server's records; every queued mutation was applied once;
    every statement survived; every write that nobody saw is kept in a conflict record."""
    on_server = assert_same_records(replicas, admin, station)
    assert_applied_once(replicas, admin)
    for replica in replicas:
        for record_id, statement_id in replica.statements:
            ids = [entry["id"] for entry in on_server[record_id]["statements"]]
            assert ids.count(statement_id) == 1, "a statement was lost or doubled"
    assert_losers_kept(replicas, admin, station, on_server)


def assert_same_records(
    replicas: list[Replica], admin: Admin, station: str
) -> dict[str, dict[str, Any]]:
    """Every replica holds exactly the server's records, with nothing left to push."""
    on_server = server_docs(admin, station)
    for replica in replicas:
        assert replica.device.repo.pending_count() == 0
        held = {rid: record.to_dict() for rid, record in replica.records().items()}
        missing, extra = on_server.keys() - held.keys(), held.keys() - on_server.keys()
        assert not missing and not extra, (
            f"a replica misses {len(missing)} records and holds {len(extra)} the server has not"
        )
        differing = [rid for rid in held if held[rid] != on_server[rid]]
        assert not differing, f"{len(differing)} records differ from the server's"
    return on_server


def assert_applied_once(replicas: list[Replica], admin: Admin) -> None:
    with admin.engine.connect() as connection:
        for replica in replicas:
            rows = connection.execute(
                select(applied_mutations.c.mutation_id, applied_mutations.c.outcome).where(
                    applied_mutations.c.device_id == replica.id
                )
            ).all()
            applied = [row.mutation_id for row in rows]
            assert len(applied) == len(set(applied))
            rejected = {e.mutation_id for e in replica.device.repo.outbox_entries("rejected")}
            assert set(applied) == replica.queued, "a queued mutation never reached the server"
            assert {row.mutation_id for row in rows if row.outcome == "rejected"} == rejected
            last_seq = connection.execute(
                select(devices.c.last_seq).where(devices.c.id == replica.id)
            ).scalar_one()
            assert last_seq == replica.newest_seq


def assert_losers_kept(
    replicas: list[Replica], admin: Admin, station: str, on_server: dict[str, dict[str, Any]]
) -> None:
    """A write overwritten by a writer who had not seen it is a lost concurrent edit: its value
    must be in a conflict record on some replica or on the server. A write the server refused
    (a challan paid meanwhile) is kept in its device's outbox as rejected, with the reason."""
    kept = server_conflict_values(admin, station)
    refused: set[str] = set()
    for replica in replicas:
        kept |= replica_conflict_values(replica)
        refused |= {e.mutation_id for e in replica.device.repo.outbox_entries("rejected")}
    writes = [write for replica in replicas for write in replica.writes]
    for write in writes:
        final = get_path(on_server[write.record_id]["data"], write.path)
        if final == write.value or write.mutation_id in refused:
            continue
        seen_later = any(
            other.record_id == write.record_id
            and other.path == write.path
            and other.base is not None
            and other.base >= write.hlc
            for other in writes
        )
        if seen_later:
            continue
        assert (write.record_id, write.path, _key(write.value)) in kept, (
            f"the losing write of {write.path} on record {write.record_id} is in no conflict"
        )
