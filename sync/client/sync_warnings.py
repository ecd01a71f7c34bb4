"""What a sync that succeeded wants the officer to know: a kind with its numbers, never a
sentence. The GUI words each kind in the officer's language (`fieldclient.ui.sync_outcome`);
`english()` is the CLI's and the log's wording. No warning holds record content.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class SyncWarningKind(StrEnum):
    CLOCK_BEHIND = "clock_behind"  # minutes: this computer's clock is behind the server's
    CLOCK_AHEAD = "clock_ahead"  # minutes: ahead of the server's
    FAR_FUTURE_RECORDS = "far_future_records"  # count: pulled records clocked far ahead
    COPY_REPAIRED = "copy_repaired"  # here, there: record counts before the repair
    COPY_DIFFERS = "copy_differs"  # here, there: still different after pulling everything
    INSECURE_HTTP = "insecure_http"  # host: plain http to another machine (lab override)


_ENGLISH = {
    SyncWarningKind.CLOCK_BEHIND: "This computer's clock is about {minutes} minutes behind the "
    "server's; ask the administrator to correct it (records are clocked with the server's time).",
    SyncWarningKind.CLOCK_AHEAD: "This computer's clock is about {minutes} minutes ahead of the "
    "server's; ask the administrator to correct it (records are clocked with the server's time).",
    SyncWarningKind.FAR_FUTURE_RECORDS: "{count} pulled record(s) carry a clock far in the "
    "future; this device's clock did not follow them. Tell the administrator.",
    SyncWarningKind.COPY_REPAIRED: "This device's copy of the station's records did not match "
    "the server's ({here} records here, {there} on the server); it was repaired by pulling every "
    "record again.",
    SyncWarningKind.COPY_DIFFERS: "This device's copy of the station's records still differs "
    "from the server's after pulling every record again ({here} records here, {there} on the "
    "server); tell the administrator.",
    SyncWarningKind.INSECURE_HTTP: "The sync went over plain http to {host} (lab override "
    "FIELDCLIENT_INSECURE_HTTP_FOR_LAB=1): records travelled unencrypted.",
}


@dataclass(frozen=True)
class SyncWarning:
    kind: SyncWarningKind
    params: Mapping[str, int | str] = field(default_factory=dict)

    def english(self) -> str:
        return _ENGLISH[self.kind].format(**self.params)

    def __str__(self) -> str:
        return self.english()
