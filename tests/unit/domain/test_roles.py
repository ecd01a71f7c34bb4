"""What each role may do, declared once (fieldclient/domain/roles.py) and read through the kinds'
``transition_actions`` (issue 17.4)."""

import pytest

from fieldclient.domain import records as kinds
from fieldclient.domain import roles
from fieldclient.domain.roles import Action, RoleRefused


def test_the_issue_rules_as_declared():
    assert roles.roles_for(Action.REGISTER_FIR) == (roles.SHO, roles.MOHARRIR)
    assert roles.roles_for(Action.VOID_CHALLAN) == (roles.SHO,)
    assert roles.roles_for(Action.PROPOSE_CANCELLATION) == (roles.INVESTIGATING_OFFICER,)
    assert roles.may(roles.MOHARRIR, Action.OVERRIDE_ATTENDANCE)
    assert not roles.may(roles.CLERK, Action.OVERRIDE_ATTENDANCE)
    assert not roles.may(roles.TRAINEE, "register_fir")
    assert not roles.may(roles.SHO, "no_such_action")
    assert roles.may(None, Action.REGISTER_FIR)  # no role named: the default, a Moharrir
    assert not roles.may(None, Action.MANAGE_OFFICERS)


@pytest.mark.parametrize("to_status", ["registered", "refused", "non_cognizable"])
def test_a_warden_may_not_decide_a_draft_fir_and_the_message_names_who_may(to_status):
    with pytest.raises(RoleRefused) as refused:
        kinds.check_role("fir", to_status, roles.TRAFFIC_WARDEN)
    assert refused.value.needed == (roles.SHO, roles.MOHARRIR)
    assert "SHO or Moharrir (duty officer)" in str(refused.value)
    assert "traffic warden" in str(refused.value)
    kinds.check_role("fir", to_status, roles.MOHARRIR)


def test_only_the_io_proposes_cancellation_and_other_moves_need_no_role():
    with pytest.raises(RoleRefused):
        kinds.check_role("fir", "cancellation_proposed", roles.SHO)
    kinds.check_role("fir", "cancellation_proposed", roles.INVESTIGATING_OFFICER)
    kinds.check_role("fir", "under_investigation", roles.TRAINEE)
    kinds.check_role("challan", "paid", roles.TRAINEE)


def test_every_declared_action_is_worded_and_allowed_to_someone():
    for action in Action:
        assert roles.ACTION_WORDS[action]
        assert roles.roles_for(action)
    assert set(roles.ROLE_LABELS) == set(roles.ROLES)


def test_a_kind_naming_an_unknown_action_or_status_is_refused():
    from dataclasses import replace

    fir = kinds.kind_of("fir")
    with pytest.raises(ValueError, match="action"):
        kinds.register_kind(replace(fir, name="firx", transition_actions={"registered": "fly"}))
    with pytest.raises(ValueError, match="unknown statuses"):
        kinds.register_kind(replace(fir, name="firy", review_statuses=frozenset({"nowhere"})))


def test_a_role_raises_another_when_it_may_do_anything_the_other_may_not():
    assert roles.raises(roles.MOHARRIR, roles.SHO)
    assert roles.raises(None, roles.INVESTIGATING_OFFICER)  # none named: a Moharrir
    assert roles.raises(roles.TRAFFIC_WARDEN, roles.MOHARRIR)
    assert not roles.raises(roles.SHO, roles.TRAFFIC_WARDEN)
    assert not roles.raises(None, roles.CLERK)
    assert not roles.raises(roles.SHO, roles.SHO)
    # who decides a proposal loses nothing by a role that only makes it
    assert not roles.raises(roles.SHO, roles.MOHARRIR)  # proposes a challan's void
    assert not roles.raises(roles.SHO, roles.INVESTIGATING_OFFICER)  # proposes a cancellation
    assert roles.raises(roles.MOHARRIR, roles.INVESTIGATING_OFFICER)
    assert roles.actions_of(roles.TRAINEE) <= roles.actions_of(roles.MOHARRIR)
