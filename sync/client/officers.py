"""Telling the server who signs in on this device (``POST /v1/officers``).

The server accepts a mutation only when its officer is one the device declared, so before each
push the engine declares the vault's officers with their roles (an open roster takes them; see
``sync/server/services/officers.py``), once per change of that list (a role's too), and keeps
the roles the server answers it holds in vault meta ``sync.server_roles`` (``server_roles``:
File ▸ Officers shows one that differs from the keyring's): what was last
declared (with the server and the device's key, so a new enrollment declares again) is kept in
vault meta ``sync.declared_officers``.
"""

from __future__ import annotations

import hashlib
import json

from fieldclient.domain.roles import is_role
from fieldclient.vault.vault import Vault
from fieldclient.vault.writer import DECLARED_OFFICERS, SERVER_ROLES, VaultWriter
from sync.client.backoff import RetryPolicy, with_retries
from sync.client.credentials import Enrollment, private_key_text
from sync.client.transport import Transport
from sync.protocol.messages import OfficerDeclaration, OfficersRequest, OfficersResponse


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
    held = {officer.badge: officer.role for officer in answer.officers if officer.role}
    writer = VaultWriter(vault)
    with writer.transaction():
        writer.save_sync_state(
            {DECLARED_OFFICERS: fingerprint, SERVER_ROLES: json.dumps(held, sort_keys=True)}
        )


def server_roles(vault: Vault) -> dict[str, str]:
    """The officers' roles as the server held them at the last declaration (badge → role): the
    roles it checks this device's changes against, shown beside the keyring's."""
    try:
        stored = json.loads(vault.get_meta(SERVER_ROLES) or "{}")
    except ValueError:
        return {}
    if not isinstance(stored, dict):
        return {}
    return {str(badge): str(role) for badge, role in stored.items() if is_role(role)}


def _fingerprint(enrollment: Enrollment, officers: list[tuple[str, str, str]]) -> str:
    identity = [enrollment.server_url, private_key_text(enrollment.private_key), officers]
    return hashlib.sha256(json.dumps(identity).encode()).hexdigest()
