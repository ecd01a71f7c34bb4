"""Checks on a pulled page before any of it reaches the vault.

The pydantic models have already checked the shapes of the page; this checks what they cannot:
every record is a well-formed record of this device's station with valid clocks, the cursor moves
forward, and the challan blocks are sane. One bad item refuses the whole page (a partial page
would move the cursor past records never applied).

A record whose clocks lie more than a day past the page's ``server_time`` (a year-33658 clock a
device once pushed) is stored as the server holds it, but the device's own clock does not follow
it: ``newest_clock`` leaves such clocks out and the engine warns about the records.

A page asked for with compact clocks has each record's clocks expanded here, before the record
is built (``sync.protocol.compact``); a record whose compact clocks are malformed refuses the
page like any other malformed record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fieldclient.domain.errors import ValidationFailed
from fieldclient.domain.hlc import MAX_RECEIVE_LEAD_MS, wall_ms_of
from fieldclient.domain.hlc import is_valid as is_valid_hlc
from fieldclient.domain.record import Record
from sync.client.errors import BadServerResponse
from sync.protocol.compact import NotCompact, expand_record
from sync.protocol.messages import ChallanBlock, ConflictOut, PullResponse

RECORD_ID = re.compile(r"^[0-9a-f]{32}$")
MAX_BLOCK_SIZE = 1_000_000


@dataclass(frozen=True)
class CheckedPage:
    records: list[Record]
    conflicts: list[ConflictOut]
    blocks: list[ChallanBlock]
    next_cursor: int
    has_more: bool
    newest_clock: str | None
    far_future_records: int = 0  # records with a clock the device's clock does not follow


def check_page(
    page: PullResponse, station: str, cursor: int, *, compact_clocks: bool = False
) -> CheckedPage:
    """The page's records as ``Record`` objects, or ``BadServerResponse`` naming the first fault.
    ``compact_clocks``: the page was asked for with them (``PullRequest.compact_clocks``)."""
    if page.next_cursor < cursor:
        raise BadServerResponse(f"the cursor went back from {cursor} to {page.next_cursor}")
    if page.has_more and page.next_cursor == cursor:
        raise BadServerResponse("more changes announced but the cursor did not move")
    records = [
        _record(index, raw, station, compact_clocks) for index, raw in enumerate(page.records)
    ]
    horizon = page.server_time + MAX_RECEIVE_LEAD_MS
    clocks = [clock for record in records for clock in record.clocks.values()]
    followed = [clock for clock in clocks if wall_ms_of(clock) <= horizon]
    far_future = sum(
        any(wall_ms_of(clock) > horizon for clock in record.clocks.values()) for record in records
    )
    for index, conflict in enumerate(page.conflicts):
        for side in (conflict.winner, conflict.loser):
            if side.hlc is not None and not is_valid_hlc(side.hlc):
                raise BadServerResponse(f"conflict {index} holds a clock that is not a clock")
    for index, block in enumerate(page.challan_blocks):
        check_block(block, f"challan block {index}")
    return CheckedPage(
        records=records,
        conflicts=list(page.conflicts),
        blocks=list(page.challan_blocks),
        next_cursor=page.next_cursor,
        has_more=page.has_more,
        newest_clock=max(followed) if followed else None,
        far_future_records=far_future,
    )


def check_block(block: ChallanBlock, label: str = "the challan block") -> ChallanBlock:
    if not (block.prefix and len(block.prefix) <= 32 and block.block_id > 0):
        raise BadServerResponse(f"{label} has no usable prefix or id")
    if not 1 <= block.start <= block.end or block.end - block.start >= MAX_BLOCK_SIZE:
        raise BadServerResponse(f"{label} has an impossible range")
    return block


def _record(index: int, raw: object, station: str, compact_clocks: bool) -> Record:
    try:
        record = Record.from_dict(expand_record(raw) if compact_clocks else raw)
    except NotCompact as malformed:
        raise BadServerResponse(
            f"record {index} has malformed compact clocks: {malformed}"
        ) from None
    except ValidationFailed as invalid:
        raise BadServerResponse(f"record {index} is malformed: {invalid!r}") from None
    if not RECORD_ID.match(record.id):
        raise BadServerResponse(f"record {index} has an id that is not a record id")
    if record.station != station:
        raise BadServerResponse(f"record {index} belongs to another station")
    if not all(isinstance(p, str) and is_valid_hlc(c) for p, c in record.clocks.items()):
        raise BadServerResponse(f"record {index} holds a clock that is not a clock")
    for entry in (*record.history, *record.statements):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise BadServerResponse(f"record {index} has a history or statement without an id")
    return record
