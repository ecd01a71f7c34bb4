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
    load_devices: tuple[int, ...]  # server load runs (BENCH_LOAD_DEVICES "50,200"; "0" skips)
    load_cycles: int  # syncs per device in a load run (BENCH_LOAD_CYCLES, default 8)
    load_backends: tuple[str, ...]  # BENCH_LOAD_BACKENDS "sqlite,postgres"

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
            load_devices=_device_counts(os.environ.get("BENCH_LOAD_DEVICES", "50,200")),
            load_cycles=_positive_int("BENCH_LOAD_CYCLES", 8),
            load_backends=_backends(os.environ.get("BENCH_LOAD_BACKENDS", "sqlite,postgres")),
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


def _device_counts(raw: str) -> tuple[int, ...]:
    """ "50,200" → (50, 200); "0" or "" → () (no server load runs)."""
    try:
        counts = tuple(int(part) for part in raw.replace(" ", "").split(",") if part)
    except ValueError:
        raise SystemExit(
            f"BENCH_LOAD_DEVICES must be whole numbers, e.g. 50,200 (got {raw!r})"
        ) from None
    if any(count < 0 for count in counts):
        raise SystemExit(f"BENCH_LOAD_DEVICES must not be negative (got {raw!r})")
    return tuple(count for count in counts if count > 0)


def _backends(raw: str) -> tuple[str, ...]:
    backends = tuple(part for part in raw.replace(" ", "").split(",") if part)
    unknown = sorted(set(backends) - {"sqlite", "postgres"})
    if unknown:
        raise SystemExit(f"BENCH_LOAD_BACKENDS takes sqlite and postgres (got {raw!r})")
    return backends
