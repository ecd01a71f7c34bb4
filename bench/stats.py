"""Timing samples and their summaries (median, p95, p99)."""

import math
import time
from collections.abc import Callable
from dataclasses import dataclass


def percentile(samples: list[float], fraction: float) -> float:
    """The nearest-rank percentile: the smallest sample with at least `fraction` of them at or
    below it (so the p99 of 100 samples is the 99th, not an interpolation past the data)."""
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class Summary:
    """Seconds."""

    runs: int
    median: float
    p95: float
    p99: float

    @classmethod
    def of(cls, samples: list[float]) -> "Summary":
        return cls(
            runs=len(samples),
            median=percentile(samples, 0.5),
            p95=percentile(samples, 0.95),
            p99=percentile(samples, 0.99),
        )


def time_runs(action: Callable[[], object], runs: int) -> Summary:
    """Call `action` `runs` times and summarise how long each call took."""
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return Summary.of(samples)


def ms(seconds: float) -> str:
    """Milliseconds with the precision that matters at that size."""
    value = seconds * 1000
    if value < 10:
        return f"{value:.2f} ms"
    if value < 100:
        return f"{value:.1f} ms"
    return f"{value:,.0f} ms"
