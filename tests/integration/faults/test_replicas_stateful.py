"""Three devices and the server under random interleavings of offline edits, syncs and faults
(hypothesis stateful testing). After a final fault-free sync of every device all replicas hold
the server's records, every mutation was applied once, every FIR statement survived, and every
value that lost to a concurrent edit is kept in a conflict record."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test

from tests.helpers.fault_proxy import FaultPlan, FaultProxy
from tests.helpers.payloads import challan_payload, fir_payload, tenant_payload
from tests.integration.client.conftest import confirm_officer_role, open_device
from tests.integration.faults.harness import (
    EVERY_FAULT,
    SOAK,
    SOAK_MARKS,
    Replica,
    assert_converged,
    port_of,
    sync_until_quiet,
)

DEVICES = st.integers(min_value=0, max_value=2)
WORDS = st.sampled_from(["Shopkeeper", "Driver", "Teacher", "Tailor", "Clerk"])
PHONES = st.sampled_from(["0300-1234567", "0345-7654321", "0333-1112223"])
PLACES = st.sampled_from(["Chowk Yadgar", "Firdous Cinema", "Qissa Khwani", "Saddar"])
REFERENCES = st.sampled_from(["PAY100", "PAY200", "PAY300"])


def profile(examples: int, steps: int) -> settings:
    """Reproducible in the default suite (derandomized); the soak run explores at random."""
    return settings(
        max_examples=examples,
        stateful_step_count=steps,
        deadline=None,
        derandomize=not SOAK,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


@pytest.mark.parametrize(
    ("examples", "steps"),
    [pytest.param(15, 8, id="short"), pytest.param(200, 30, id="soak", marks=SOAK_MARKS)],
)
def test_replicas_converge_under_random_edits_syncs_and_faults(
    server, admin, tmp_path, examples, steps
):
    folders = itertools.count()
    with FaultProxy(port_of(server.url), FaultPlan(seed=7)) as proxy:

        class Replicas(RuleBasedStateMachine):
            @initialize()
            def enrol_three_devices_sharing_records(self) -> None:
                proxy.plan.rates = {}
                self.station = admin.add_station()
                self.replicas: list[Replica] = []
                for badge in ("KP-1", "KP-2", "KP-3"):
                    device = open_device(tmp_path / f"d{next(folders)}", self.station, badge)
                    device.sync.enroll(proxy.url, admin.enroll_code(self.station))
                    # Any of the three may void the challan: the administrator confirms each
                    # as SHO (a device's own declaration never raises a role on the server).
                    confirm_officer_role(admin, self.station, badge, f"Officer {badge}", "sho")
                    self.replicas.append(Replica(device))
                sync_until_quiet(self.replicas)  # each holds leased challan numbers
                first = self.replicas[0].device.records
                self.tenant = first.create("tenant", tenant_payload()).id
                self.draft = first.create("fir", fir_payload()).id
                self.registered = first.create("fir", fir_payload("Second informant")).id
                first.transition(self.registered, "registered", "Diary 1")
                self.challan = first.create("challan", challan_payload()).id
                sync_until_quiet(self.replicas)

            def teardown(self) -> None:
                try:
                    if hasattr(self, "replicas"):
                        proxy.plan.rates = {}
                        sync_until_quiet(self.replicas)
                        assert_converged(self.replicas, admin, self.station)
                finally:
                    for replica in getattr(self, "replicas", []):
                        replica.device.session.close()

            @rule(device=DEVICES, value=WORDS)
            def edit_tenant_occupation(self, device: int, value: str) -> None:
                self.replicas[device].edit(self.tenant, "tenant.occupation", value)

            @rule(device=DEVICES, value=PHONES)
            def edit_tenant_phone(self, device: int, value: str) -> None:
                self.replicas[device].edit(self.tenant, "tenant.phone", value)

            @rule(device=DEVICES, value=PLACES)
            def edit_draft_place(self, device: int, value: str) -> None:
                self.replicas[device].edit(self.draft, "place", value)

            @rule(device=DEVICES, value=REFERENCES)
            def edit_challan_payment(self, device: int, value: str) -> None:
                self.replicas[device].edit(self.challan, "payment_ref", value)

            @rule(device=DEVICES, to=st.sampled_from(["paid", "contested", "voided"]))
            def change_challan_status(self, device: int, to: str) -> None:
                replica = self.replicas[device]
                record = replica.device.repo.get(self.challan)
                if record.status != "issued" or (
                    to == "paid" and not record.data.get("payment_ref")
                ):
                    return
                replica.device.records.transition(self.challan, to, "driver disputes it")

            @rule(device=DEVICES, text=WORDS)
            def add_statement(self, device: int, text: str) -> None:
                self.replicas[device].add_statement(self.registered, f"Statement: {text}")

            @rule(device=DEVICES)
            def register_the_draft(self, device: int) -> None:
                replica = self.replicas[device]
                if replica.device.repo.get(self.draft).status == "draft":
                    replica.device.records.transition(self.draft, "registered", "Diary 2")

            @rule(device=DEVICES)
            def create_a_tenant(self, device: int) -> None:
                self.replicas[device].device.records.create("tenant", tenant_payload("New"))

            @rule(device=DEVICES, faults=st.booleans())
            def sync(self, device: int, faults: bool) -> None:
                proxy.plan.rates = dict(EVERY_FAULT) if faults else {}
                self.replicas[device].sync()

        run_state_machine_as_test(Replicas, settings=profile(examples, steps))
