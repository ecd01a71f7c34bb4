"""Errors of the vault.

Two families, as in qutebrowser's storage wrapper: `VaultError` is the environment's fault (wrong
password, missing or damaged file, full disk) and carries a one-line message that says what is wrong
and what to do; anything else escaping the vault is a bug. No message ever holds record content,
a password or a key.
"""


class VaultError(Exception):
    """A problem the officer or the admin can act on; `str()` is safe to show."""


class VaultMissing(VaultError):
    pass


class VaultExists(VaultError):
    pass


class NotAVault(VaultError):
    pass


class VaultCorrupt(VaultError):
    pass


class KeyringTampered(VaultError):
    """keyring.json does not match its seal: someone without the data key changed it."""


class WrongPassword(VaultError):
    pass


class UnknownOfficer(VaultError):
    pass


class OfficerExists(VaultError):
    pass


class WrongRecoveryKey(VaultError):
    """The typed station recovery key is malformed, or not this vault's."""


class Throttled(VaultError):
    """Too many wrong passwords: the officer must wait `wait_seconds` before the next try."""

    def __init__(self, message: str, wait_seconds: float) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


class UnsafeSqlcipherBuild(VaultError):
    pass


class StorageFull(VaultError):
    pass


class StorageReadOnly(VaultError):
    pass


class RecordNotFound(VaultError):
    pass
