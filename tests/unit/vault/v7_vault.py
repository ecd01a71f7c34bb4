"""A vault of schema v7 as the code of that time wrote it, kept as files for the migration tests.

`tests/unit/vault/data/v7_vault/` was made by `python -m tests.unit.vault.v7_vault DIR` at commit
81e5787 (the last commit whose vault was v7: records stored as canonical full JSON), with the
test-only Argon2id cost, officer `OFFICER_BADGE` / `OFFICER_PASSWORD` of `tests.helpers.fixtures`.
It holds `RECORDS` generated records (bench.generate, seed 7) made through `RecordService`, some of
them edited (so their clocks differ per field) and FIRs moved on (status clocks and history).
The builder stays here so the fixture can be seen for what it is; it is not run by the tests.
"""

import os
import sys
from pathlib import Path

RECORDS = 60
FIXTURE = Path(__file__).parent / "data" / "v7_vault"


def build(data_dir: Path) -> None:
    os.environ.setdefault("FIELDCLIENT_INSECURE_FAST_KDF", "1")
    from bench.generate import PayloadGenerator
    from fieldclient.services.records import RecordService
    from fieldclient.services.session import create_vault
    from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_NAME, OFFICER_PASSWORD, STATION

    session = create_vault(
        data_dir, badge=OFFICER_BADGE, name=OFFICER_NAME, password=OFFICER_PASSWORD,
        station=STATION,
    )  # fmt: skip
    try:
        service = RecordService(session)
        made = service.create_many(list(PayloadGenerator(7).records(RECORDS)))
        for record in made[::4]:
            if record.type == "fir":
                service.edit(record.id, {"place": "Edited place, Peshawar"})
                service.edit(record.id, {"informant": {**record.data["informant"], "phone": ""}})
            elif record.type == "tenant":
                service.edit(record.id, {"family_count": 9})
    finally:
        session.close()


if __name__ == "__main__":
    build(Path(sys.argv[1]))
