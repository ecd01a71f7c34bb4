"""Officers' roles and what they may do, in the screen's language (context ``Role``; the words
are declared in ``fieldclient/domain/roles.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldclient.domain import roles

ROLE_CONTEXT = "Role"


def role_label(role: str) -> str:
    return QCoreApplication.translate(ROLE_CONTEXT, roles.role_label(role))


def action_words(action: roles.Action) -> str:
    return QCoreApplication.translate(ROLE_CONTEXT, roles.ACTION_WORDS[action])


def roles_needed(action: roles.Action) -> str:
    """The roles that may do ``action``, joined ("SHO or Moharrir (duty officer)")."""
    joiner = QCoreApplication.translate("Role", " or ")
    return joiner.join(role_label(role) for role in roles.roles_for(action))
