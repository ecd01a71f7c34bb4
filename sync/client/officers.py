"""Telling the server who signs in on this device (``POST /v1/officers``), and keeping the roles
it holds for them.

The server accepts a mutation only when its officer is one the device declared, so before each
push the engine declares the vault's officers with the roles the keyring holds, once per change
of that list (a role's too): what was last declared (with the server and the device's key, so a
new enrollment declares again) is kept in vault meta ``sync.declared_officers``. The server
answers with the roles it holds (a declaration never raises one: see
``sync/server/services/officers.py``), and every pull brings them again when they changed
(``PullResponse.officer_roles``). They are kept in vault meta ``sync.server_roles`` and the
vault acts on them (``Vault.role_of``): a role the administrator changed reaches this device at
its next sync. A declared role the server holds for its administrator is kept in
``sync.role_requests`` (File ▸ Officers says so).
"""

from __future__ import annotations

import hashlib
import json

from fieldclient.domain.roles import is_role
from fieldclient.vault.vault import Vault
from fieldclient.vault.writer import (
    DECLARED_OFFICERS,
    OFFICER_ROLES_DIGEST,
    ROLE_REQUESTS,
    SERVER_ROLES,
    VaultWriter,
)
from sync.client.backoff import RetryPolicy, with_retries
from sync.client.credentials import Enrollment, private_key_text
from sync.client.transport import Transport
from sync.protocol.messages import (
    OfficerDeclaration,
    OfficersRequest,
    OfficersResponse,
    officer_roles_digest,
)


def declare_officers_if_changed(
    vault: Vault, transport: Transport, enrollment: Enrollment, retry: RetryPolicy
) -> None:
    officers = sorted((o.badge, o.name, o.role) for o in vault.officers())
    if not officers:
        return
    fingerprint = _fingerprint(enrollment, officers)
    if vault.get_meta(DECLARED_OFFICERS) == fingerprint:
        return
    message = OfficersRequest(
        officers=[
            OfficerDeclaration(badge=badge, name=name, role=role)  # type: ignore[arg-type]
            for badge, name, role in officers
        ]
    )
    answer = with_retries(
        lambda: transport.call(
            "POST", "/v1/officers", OfficersResponse, message, signer=enrollment
        ),
        retry,
    )
    writer = VaultWriter(vault)
    with writer.transaction():
        writer.save_sync_state({DECLARED_OFFICERS: fingerprint, **_held_state(answer.officers)})


def store_officer_roles(vault: Vault, officers: list[OfficerDeclaration], digest: str) -> None:
    """The roles the server holds for this device's officers, as a pull brought them."""
    writer = VaultWriter(vault)
    with writer.transaction():
        writer.save_sync_state({**_held_state(officers), OFFICER_ROLES_DIGEST: digest})


def held_digest(vault: Vault) -> str:
    """The digest of the roles this device holds from the server ("" none: the pull sends them)."""
    return vault.get_meta(OFFICER_ROLES_DIGEST) or ""


def _held_state(officers: list[OfficerDeclaration]) -> dict[str, str]:
    held = {officer.badge: officer.role for officer in officers if officer.role}
    requested = {officer.badge: officer.requested for officer in officers if officer.requested}
    state = {
        SERVER_ROLES: json.dumps(held, sort_keys=True),
        ROLE_REQUESTS: json.dumps(requested, sort_keys=True),
    }
    if held:
        state[OFFICER_ROLES_DIGEST] = officer_roles_digest(officers)
    return state


def server_roles(vault: Vault) -> dict[str, str]:
    """The officers' roles as the server held them at the last sync (badge → role): the roles
    it checks this device's changes against, shown beside the keyring's."""
    return vault.server_roles()


def role_requests(vault: Vault) -> dict[str, str]:
    """badge → a role this device declared that the server holds for its administrator."""
    try:
        stored = json.loads(vault.get_meta(ROLE_REQUESTS) or "{}")
    except ValueError:
        return {}
    if not isinstance(stored, dict):
        return {}
    return {str(badge): str(role) for badge, role in stored.items() if is_role(role)}


def _fingerprint(enrollment: Enrollment, officers: list[tuple[str, str, str]]) -> str:
    identity = [enrollment.server_url, private_key_text(enrollment.private_key), officers]
    return hashlib.sha256(json.dumps(identity).encode()).hexdigest()
