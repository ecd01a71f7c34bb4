"""The benchmark's knobs, read from the environment."""

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class BenchConfig:
    records: int  # size of the generated vault (BENCH_RECORDS, default 100,000)
    runs: int  # repetitions of each timed operation (BENCH_RUNS, default 200)
    unlock_runs: int  # unlocks with the real Argon2id cost, about a second each
    real_kdf: bool  # BENCH_REAL_KDF=0 gives the first officer the test-only cost (smoke runs)
    work_dir: Path | None  # where vaults are built (BENCH_DIR; default a temp dir on disk)
    output: Path  # the report (BENCH_OUTPUT, default docs/PERFORMANCE.md)
    seed: int

    @classmethod
    def from_env(cls) -> "BenchConfig":
        work_dir = os.environ.get("BENCH_DIR")
        return cls(
            records=_positive_int("BENCH_RECORDS", 100_000),
            runs=_positive_int("BENCH_RUNS", 200),
            unlock_runs=_positive_int("BENCH_UNLOCK_RUNS", 5),
            real_kdf=os.environ.get("BENCH_REAL_KDF", "1") != "0",
            work_dir=Path(work_dir) if work_dir else None,
            output=Path(os.environ.get("BENCH_OUTPUT", REPO_ROOT / "docs" / "PERFORMANCE.md")),
            seed=_positive_int("BENCH_SEED", 20240601),
        )


def _positive_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw.replace("_", ""))
    except ValueError:
        raise SystemExit(f"{name} must be a whole number (got {raw!r})") from None
    if value <= 0:
        raise SystemExit(f"{name} must be positive (got {raw!r})")
    return value
