"""Officers' roles and what each may do: declared once, read by the client and the server.

An officer of the station holds one role (kept in the keyring's sealed officer list on a
device, and in the server's roster of the station). ``may(role, action)`` is the one question
every layer asks; a record kind names the action a status change needs in its
``transition_actions`` (``registry.check_role``). docs/REGISTERS.md §8 names the source of
each rule (the Police Rules or CrPC where they say it; otherwise the station's policy).
"""

from __future__ import annotations

from enum import StrEnum

from fieldclient.domain.errors import DomainError
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP

SHO = "sho"
MOHARRIR = "moharrir"
INVESTIGATING_OFFICER = "investigating_officer"
TRAFFIC_WARDEN = "traffic_warden"
CLERK = "clerk"
TRAINEE = "trainee"

ROLES = (SHO, MOHARRIR, INVESTIGATING_OFFICER, TRAFFIC_WARDEN, CLERK, TRAINEE)
DEFAULT_ROLE = MOHARRIR
"""The role of an officer whose entry names none: a keyring from before roles, or a roster row
the server held before them. A Moharrir may do what every officer did before roles (register an
FIR) and no more; the station's SHO then sets each officer's role."""
FIRST_OFFICER_ROLE = SHO
"""The role of the officer who creates a station's vault (who sets the others' roles)."""

ROLE_LABELS = {
    SHO: QT_TRANSLATE_NOOP("Role", "SHO"),
    MOHARRIR: QT_TRANSLATE_NOOP("Role", "Moharrir (duty officer)"),
    INVESTIGATING_OFFICER: QT_TRANSLATE_NOOP("Role", "investigating officer"),
    TRAFFIC_WARDEN: QT_TRANSLATE_NOOP("Role", "traffic warden"),
    CLERK: QT_TRANSLATE_NOOP("Role", "clerk"),
    TRAINEE: QT_TRANSLATE_NOOP("Role", "trainee"),
}


class Action(StrEnum):
    REGISTER_FIR = "register_fir"  # decide a draft FIR: register, refuse, enter under s.155
    PROPOSE_CANCELLATION = "propose_cancellation"  # an FIR under investigation
    VOID_CHALLAN = "void_challan"
    PROPOSE_VOID = "propose_void"  # a challan's void, for the SHO's review
    OVERRIDE_ATTENDANCE = "override_attendance"  # a supervisor's override (with their PIN)
    REVIEW = "review"  # approve or return what waits in the supervisor's inbox
    REVIEW_TENANT = "review_tenant"  # approve or return a clerk's tenant registration
    MANAGE_OFFICERS = "manage_officers"  # add, remove, set roles


PERMISSIONS: dict[Action, frozenset[str]] = {
    Action.REGISTER_FIR: frozenset({SHO, MOHARRIR}),
    Action.PROPOSE_CANCELLATION: frozenset({INVESTIGATING_OFFICER}),
    Action.VOID_CHALLAN: frozenset({SHO}),
    Action.PROPOSE_VOID: frozenset({TRAFFIC_WARDEN, MOHARRIR}),
    Action.OVERRIDE_ATTENDANCE: frozenset({SHO, MOHARRIR}),
    Action.REVIEW: frozenset({SHO}),
    Action.REVIEW_TENANT: frozenset({SHO, MOHARRIR}),
    Action.MANAGE_OFFICERS: frozenset({SHO}),
}

ACTION_WORDS = {
    Action.REGISTER_FIR: QT_TRANSLATE_NOOP("Role", "register or refuse an FIR"),
    Action.PROPOSE_CANCELLATION: QT_TRANSLATE_NOOP("Role", "propose an FIR's cancellation"),
    Action.VOID_CHALLAN: QT_TRANSLATE_NOOP("Role", "void a challan"),
    Action.PROPOSE_VOID: QT_TRANSLATE_NOOP("Role", "propose a challan's void to the SHO"),
    Action.OVERRIDE_ATTENDANCE: QT_TRANSLATE_NOOP("Role", "override attendance"),
    Action.REVIEW: QT_TRANSLATE_NOOP("Role", "approve or return a record for review"),
    Action.REVIEW_TENANT: QT_TRANSLATE_NOOP("Role", "approve or return a tenant registration"),
    Action.MANAGE_OFFICERS: QT_TRANSLATE_NOOP("Role", "add or remove officers and set roles"),
}


def role_of(stored: str | None) -> str:
    """An officer's role as stored (None: none named, so ``DEFAULT_ROLE``)."""
    return DEFAULT_ROLE if stored is None else stored


def is_role(value: object) -> bool:
    return isinstance(value, str) and value in ROLES


def may(role: str | None, action: Action | str) -> bool:
    """May an officer of ``role`` (None: ``DEFAULT_ROLE``) do ``action``? Unknown: no."""
    try:
        allowed = PERMISSIONS[Action(action)]
    except ValueError:
        return False
    return role_of(role) in allowed


def roles_for(action: Action | str) -> tuple[str, ...]:
    """The roles that may do ``action``, in ``ROLES`` order."""
    allowed = PERMISSIONS[Action(action)]
    return tuple(role for role in ROLES if role in allowed)


def actions_of(role: str | None) -> frozenset[Action]:
    """What an officer of ``role`` (None: ``DEFAULT_ROLE``) may do."""
    return frozenset(action for action, allowed in PERMISSIONS.items() if role_of(role) in allowed)


PROPOSAL_DECIDED_BY: dict[Action, Action] = {
    Action.PROPOSE_VOID: Action.VOID_CHALLAN,
    Action.PROPOSE_CANCELLATION: Action.REVIEW,
}
"""A proposal and the action that decides it: a role that may decide a proposal gains nothing by
a role that may only make it (an SHO made a Moharrir or an investigating officer is lowered)."""


def raises(held: str | None, wanted: str | None) -> bool:
    """Would ``wanted`` let an officer who holds ``held`` do anything ``held`` may not (a
    proposal counting as done by who decides it)? An SHO over a Moharrir; an investigating
    officer over a Moharrir too: they may propose a cancellation. The server holds such a change
    for its administrator (``sync/server/services/officers.py``)."""
    have = actions_of(held)
    return any(
        action not in have and PROPOSAL_DECIDED_BY.get(action) not in have
        for action in actions_of(wanted)
    )


def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role.replace("_", " "))


class RoleRefused(DomainError):
    """An officer's role may not do what was asked. Names the action and the roles needed."""

    def __init__(self, role: str | None, action: Action | str) -> None:
        self.role = role_of(role)
        self.action = Action(action)
        self.needed = roles_for(self.action)
        needed = " or ".join(role_label(role) for role in self.needed)
        super().__init__(
            f"Only an officer whose role is {needed} may {ACTION_WORDS[self.action]}; "
            f"you are signed in as {role_label(self.role)}."
        )

    def __repr__(self) -> str:
        return f"RoleRefused({self.role}, {self.action})"


def require(role: str | None, action: Action | str) -> None:
    """Raise ``RoleRefused`` unless ``may(role, action)``."""
    if not may(role, action):
        raise RoleRefused(role, action)
