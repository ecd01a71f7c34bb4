"""A lightweight device for the server load benchmark: the sync protocol spoken by hand.

It enrolls with a one-time code, signs every request (`sync.protocol.signing`), pushes batches of
mutations shaped as `sync.protocol.messages.Mutation` and pulls pages after its cursor, without a
vault, so one process can play hundreds of devices. Each request's latency and HTTP status are
recorded; the device never retries, so every error is counted once.
"""

import gzip
import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

import requests

from bench.generate import PayloadGenerator
from fieldclient.domain.hlc import HybridLogicalClock
from fieldclient.domain.pakistan_time import pakistan_now
from fieldclient.domain.records import initial_status
from fieldclient.domain.records.tenant import receipt_number
from sync.protocol import PROTOCOL_VERSION, signing

REQUEST_TIMEOUT = 60
PULL_LIMIT = 1000
MAX_PULL_PAGES = 20  # a device that is further behind than this stops pulling for this cycle
OFFICER = "PSH-0100"


@dataclass(frozen=True)
class Sample:
    kind: str  # "push", "pull" or "idle pull"
    seconds: float
    status: int  # HTTP status; 0 when no answer came (connection error, timeout)


@dataclass
class LoadDevice:
    base_url: str
    device_id: str
    private_key: Any  # Ed25519PrivateKey
    station: str
    generator: PayloadGenerator
    http: requests.Session = field(default_factory=requests.Session)
    samples: list[Sample] = field(default_factory=list)
    cursor: int = 0
    rejected: int = 0
    applied: int = 0
    # None: pulls without a digest of the station's device keys; a string (first "") asks for
    # them as the real client does on every pull (the server reads them to compare).
    keys_digest: str | None = None
    _seq: int = 0
    _drafts: list[str] = field(default_factory=list)  # this device's FIRs not yet registered
    _clock: HybridLogicalClock = field(init=False)

    def __post_init__(self) -> None:
        self._clock = HybridLogicalClock(self.device_id)

    @classmethod
    def enroll(cls, base_url: str, code: str, generator: PayloadGenerator) -> "LoadDevice":
        private_key = signing.generate_private_key()
        device_id = secrets.token_hex(16)
        answer = requests.post(
            base_url + "/v1/enroll",
            json={
                "protocol_version": PROTOCOL_VERSION,
                "code": code,
                "device_id": device_id,
                "public_key": signing.public_key_text(private_key),
                "device_name": "bench load device",
            },
            headers={signing.HEADER_PROTOCOL: str(PROTOCOL_VERSION)},
            timeout=REQUEST_TIMEOUT,
        )
        if answer.status_code != 200:
            raise RuntimeError(f"enrollment failed with HTTP {answer.status_code}")
        station = answer.json()["station"]["code"]
        device = cls(base_url, device_id, private_key, station, generator)
        officers = [{"badge": OFFICER, "name": "Bench Officer"}]
        if device._send("declare officers", "/v1/officers", {"officers": officers}) is None:
            raise RuntimeError("the server refused the device's officer")
        return device

    def sync(self, mutations: int) -> None:
        """One sync as the client does it: push (when there is something queued), then pull."""
        if mutations:
            self._push(self._batch(mutations))
        self._pull(idle=not mutations)

    def _push(self, batch: list[dict[str, Any]]) -> None:
        answer = self._send("push", "/v1/push", {"mutations": batch})
        if answer is None:
            return
        for result in answer["results"]:
            if result["outcome"] == "applied":
                self.applied += 1
            elif result["outcome"] == "rejected":
                self.rejected += 1

    def _pull(self, idle: bool) -> None:
        for _ in range(MAX_PULL_PAGES):
            message: dict[str, Any] = {"cursor": self.cursor, "limit": PULL_LIMIT}
            message["blocks_after"] = 0
            if self.keys_digest is not None:
                message["device_keys_digest"] = self.keys_digest
            page = self._send("idle pull" if idle else "pull", "/v1/pull", message)
            if page is None:
                return
            self.cursor = page["next_cursor"]
            self.keys_digest = page.get("device_keys_digest", self.keys_digest)
            if not page["has_more"]:
                return

    def _send(self, kind: str, target: str, message: dict[str, Any]) -> dict[str, Any] | None:
        """POST a signed, gzipped message; the answer's JSON, or None after an error."""
        body = gzip.compress(
            json.dumps({"protocol_version": PROTOCOL_VERSION, **message}).encode(), 5
        )
        headers = {
            "Content-Type": "application/json",
            "Content-Encoding": "gzip",
            **signing.sign_request(self.private_key, self.device_id, "POST", target, body),
        }
        started = time.perf_counter()
        try:
            answer = self.http.post(
                self.base_url + target, data=body, headers=headers, timeout=REQUEST_TIMEOUT
            )
            content = answer.json() if answer.status_code == 200 else None
        except (requests.RequestException, ValueError):
            self.samples.append(Sample(kind, time.perf_counter() - started, 0))
            return None
        self.samples.append(Sample(kind, time.perf_counter() - started, answer.status_code))
        return content

    def _batch(self, size: int) -> list[dict[str, Any]]:
        """New FIRs and tenant registrations, edits to draft FIRs, and drafts registered."""
        rng = self.generator.rng
        batch = []
        for _ in range(size):
            roll = rng.random()
            if roll < 0.2 and self._drafts:
                batch.append(self._register(self._drafts.pop(0)))
            elif roll < 0.35 and self._drafts:
                batch.append(self._edit(rng.choice(self._drafts)))
            else:
                batch.append(self._create("fir" if roll < 0.75 else "tenant"))
        return batch

    def _mutation(
        self, op: str, record_id: str, record_type: str, hlc: str | None = None, **payload: Any
    ) -> dict[str, Any]:
        self._seq += 1
        return {
            "mutation_id": secrets.token_hex(16),
            "device_seq": self._seq,
            "record_id": record_id,
            "record_type": record_type,
            "op": op,
            "hlc": hlc or self._clock.now(),
            "officer": OFFICER,
            "at": _now(),
            **payload,
        }

    def _create(self, record_type: str) -> dict[str, Any]:
        record_id = secrets.token_hex(16)
        now = _now()
        record = {
            "id": record_id,
            "type": record_type,
            "status": initial_status(record_type),
            "data": self.generator.payload(record_type),
            "station": self.station,
            "created_by": OFFICER,
            "created_at": now,
            "updated_at": now,
            "device_id": self.device_id,
            "number": receipt_number(self.station, now, record_id)
            if record_type == "tenant"
            else None,
            "provisional_number": None,
            "history": [],
            "statements": [],
            "clocks": {},
        }
        if record_type == "fir":
            self._drafts.append(record_id)
        return self._mutation("create", record_id, record_type, record=record)

    def _edit(self, record_id: str) -> dict[str, Any]:
        place = self.generator.place()
        return self._mutation("update", record_id, "fir", fields={"place": f"Near {place}"})

    def _register(self, record_id: str) -> dict[str, Any]:
        hlc = self._clock.now()
        entry = {
            "id": secrets.token_hex(16),
            "at": _now(),
            "by": OFFICER,
            "from": "draft",
            "to": "registered",
            "reason": "complaint recorded",
            "hlc": hlc,
            "device": self.device_id,
        }
        return self._mutation("transition", record_id, "fir", hlc, entry=entry)


def _now() -> str:
    return pakistan_now().isoformat()
