"""Three devices sync through a proxy that drops, cuts, truncates, delays, fails (503) and
duplicates requests, round after round; then one fault-free sync each and nothing is lost,
nothing is applied twice, and every replica holds the server's records."""

from __future__ import annotations

import random

import pytest

from tests.helpers.fault_proxy import FaultPlan, FaultProxy
from tests.integration.faults.harness import (
    EVERY_FAULT,
    SOAK_MARKS,
    assert_converged,
    port_of,
    random_change,
    sync_until_quiet,
)


@pytest.mark.parametrize(
    "rounds", [pytest.param(20, id="short"), pytest.param(300, id="soak", marks=SOAK_MARKS)]
)
def test_random_faults_for_many_rounds_then_convergence(
    server, admin, station, new_replica, rounds
):
    rng = random.Random(rounds)
    with FaultProxy(port_of(server.url), FaultPlan(seed=rounds)) as proxy:
        replicas = [new_replica(proxy.url) for _ in range(3)]
        sync_until_quiet(replicas)  # enrolled and holding challan numbers, as in the field
        proxy.plan.rates = dict(EVERY_FAULT)
        failed_syncs = 0
        for number in range(rounds):
            replica = rng.choice(replicas)
            for change in range(rng.randint(1, 4)):
                random_change(replica, rng, f"{number}-{change}")
            failed_syncs += replica.sync() is not None
        proxy.plan.rates = {}
        sync_until_quiet(replicas)

    injected = sum(count for fault, count in proxy.counts.items() if fault != "pass")
    assert injected > 0 and failed_syncs > 0  # the faults did hit
    assert_converged(replicas, admin, station)
