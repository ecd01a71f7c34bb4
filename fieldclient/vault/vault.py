"""The vault: one encrypted database shared by the officers of a station, and its keyring."""

import contextlib
import json
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3
import sqlite_utils

from fieldclient.domain import roles
from fieldclient.vault import audit, deferred_indexes, keywrap
from fieldclient.vault.checkpoints import BackgroundCheckpoints
from fieldclient.vault.database import connect, translate_errors
from fieldclient.vault.errors import (
    KeyringTampered,
    OfficerExists,
    Throttled,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultMissing,
    WrongPassword,
    WrongRecoveryKey,
)
from fieldclient.vault.kdf_profile import new_kdf_params
from fieldclient.vault.keyring import Keyring, OfficerEntry, RecoveryEntry
from fieldclient.vault.migrations import LATEST_VERSION, MigrationProgress, migrate
from fieldclient.vault.private_files import (
    create_private_file,
    make_private_folder,
    restrict_vault_files,
)
from fieldclient.vault.recovery_key import key_text, parse_key_text

DB_NAME = "vault.db"
KEYRING_NAME = "keyring.json"
PRACTICE_VAULT_META = "practice_vault"  # "1" in a training mode vault (docs/TRAINING.md)
VAULT_FILES = (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEYRING_NAME)
SERVER_ROLES_META = "sync.server_roles"  # badge -> role as the server held it at the last sync
KEYRING_SEALED_META = "keyring_sealed"  # "1" once the keyring carries a seal: never unsealed again
_PRIVATE_KEY_CONTEXT = b"fieldclient officer key v1:"
_DATA_KEY_CONTEXT = b"fieldclient data key v1:"


@dataclass(frozen=True)
class OfficerInfo:
    badge: str
    name: str
    role: str = roles.DEFAULT_ROLE


def vault_exists(data_dir: Path) -> bool:
    return (data_dir / DB_NAME).exists() or (data_dir / KEYRING_NAME).exists()


def list_officers(data_dir: Path) -> list[OfficerInfo]:
    """Who can unlock the vault; readable without a password, for the unlock screen."""
    _require_vault_files(data_dir)
    ring = Keyring.load(data_dir / KEYRING_NAME)
    return [OfficerInfo(e.badge, e.name, e.effective_role) for e in ring.officers.values()]


class Vault:
    """An unlocked vault. Use one per process, from one thread at a time."""

    def __init__(
        self, data_dir: Path, conn: sqlcipher3.Connection, ring: Keyring, badge: str, key: bytes
    ) -> None:
        self.data_dir = data_dir
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self._ring = ring
        self.officer = ring.officer(badge)
        self._data_key = key
        self.checkpoints: BackgroundCheckpoints | None = None  # the officer's vault runs them

    # ---- opening -------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        data_dir: Path,
        *,
        badge: str,
        name: str,
        password: str,
        station: str,
        role: str = roles.FIRST_OFFICER_ROLE,
        migrate_to: int = LATEST_VERSION,
    ) -> "Vault":
        """Create a new vault with its first officer. `migrate_to` exists for migration tests."""
        if vault_exists(data_dir):
            raise VaultExists(f"A vault already exists in {data_dir}; unlock it instead.")
        with translate_errors():
            make_private_folder(data_dir)
        data_key = keywrap.new_data_key()
        ring = Keyring(data_dir / KEYRING_NAME, vault_id=uuid.uuid4().hex)
        ring.officers[badge] = _new_officer_entry(
            badge, name, password, data_key, ring.vault_id, _checked_role(role)
        )
        conn: sqlcipher3.Connection | None = None
        try:
            with translate_errors():
                create_private_file(data_dir / DB_NAME)
            conn = connect(data_dir / DB_NAME, data_key)
            vault = cls(data_dir, conn, ring, badge, data_key)
            with vault.transaction():
                migrate(vault.db, migrate_to)
                vault.set_meta("vault_id", ring.vault_id)
                vault.set_meta("station", station)
                vault.set_meta("device_id", uuid.uuid4().hex)
                vault.set_meta("created_at", _now().isoformat())
                vault.set_meta(KEYRING_SEALED_META, "1")
                vault.audit("vault.create", None, {"station": station, "officer": badge})
            ring.reseal([data_key])
            with translate_errors():
                ring.save()
        except BaseException:
            if conn is not None:
                conn.close()
            for suffix in ("", "-wal", "-shm"):
                (data_dir / f"{DB_NAME}{suffix}").unlink(missing_ok=True)
            raise
        vault._start_checkpoints()
        return vault

    @classmethod
    def unlock(
        cls,
        data_dir: Path,
        badge: str,
        password: str,
        clock: Callable[[], float] = time.time,
        progress: MigrationProgress | None = None,
    ) -> "Vault":
        """Open the vault as officer ``badge``; a vault of an older schema is upgraded first,
        and ``progress`` hears how far a long upgrade is (see `migrations.migrate`)."""
        _require_vault_files(data_dir)
        restrict_vault_files(data_dir, VAULT_FILES)
        ring = Keyring.load(data_dir / KEYRING_NAME)
        entry = ring.officer(badge)
        wait = entry.throttle_wait(clock())
        if wait > 0:
            raise Throttled(
                f"Too many wrong passwords for officer {badge}: wait {int(wait) + 1} seconds "
                "before trying again.",
                wait,
            )
        try:
            private_key = _open_private_key(entry, password, ring.vault_id)
        except keywrap.UnwrapFailed:
            ring.record_failure(badge, clock())
            with contextlib.suppress(OSError):
                ring.save()  # a read-only data dir still gets the "wrong password" answer
            raise WrongPassword(
                f"Wrong password for officer {badge}. Check the keyboard layout and Caps Lock; "
                "after three wrong tries each further try waits longer."
            ) from None
        conn, data_key = _connect_with_any_key(
            data_dir, entry.sealed_data_keys, private_key, ring.vault_id
        )
        vault = cls(data_dir, conn, ring, badge, data_key)
        try:
            with vault.transaction():
                migrate(vault.db, progress=progress)
                # A bulk pull cut by a kill left the list indexes out: build them now.
                deferred_indexes.build(vault.conn)
            vault._authenticate_keyring(private_key)
            if entry.failed_attempts:
                ring.clear_failures(badge)
                with contextlib.suppress(OSError):
                    ring.save()
            vault._finish_interrupted_rekey()
        except BaseException:
            conn.close()
            raise
        vault._start_checkpoints()
        return vault

    @classmethod
    def recover(cls, data_dir: Path, badge: str, recovery_key: str, new_password: str) -> "Vault":
        """Unlock with the station recovery key and give officer ``badge`` a new password.

        The officer gets a fresh key pair (their old private key is sealed under the forgotten
        password), so the change touches only the keyring; nothing is written before the data key
        opened the database and the keyring's seal held under it.
        """
        _require_vault_files(data_dir)
        restrict_vault_files(data_dir, VAULT_FILES)
        ring = Keyring.load(data_dir / KEYRING_NAME)
        entry = ring.officer(badge)
        private_key = parse_key_text(recovery_key)
        if ring.recovery is None:
            raise WrongRecoveryKey(
                "Recovery key: this vault has none yet. Another officer of the station can reset "
                "your password (File, Officers)."
            )
        if keywrap.public_key_of(private_key) != ring.recovery.public_key:
            raise WrongRecoveryKey(
                "Recovery key: this is not the key of this station's vault; check it against the "
                "printed key."
            )
        conn, data_key = _connect_with_any_key(
            data_dir, ring.recovery.sealed_data_keys, private_key, ring.vault_id
        )
        try:
            if not ring.is_sealed or not ring.seal_holds(data_key):
                raise _tampered(data_dir, "its list of officers and keys does not match its seal")
            vault = cls(data_dir, conn, ring, badge, data_key)
            with vault.transaction():
                migrate(vault.db)
            vault.officer = ring.officers[badge] = _new_officer_entry(
                badge, entry.name, new_password, data_key, ring.vault_id, entry.role
            )
            vault._reseal_for_everyone()
            with vault.transaction():
                vault.audit("officer.recover", None, {"badge": badge})
        except BaseException:
            conn.close()
            raise
        return vault

    def second_connection(self) -> "Vault":
        """The same vault on a new connection, for another thread (the sync worker).

        SQLite connections must not be shared between threads that write; WAL lets the two
        connections read concurrently and serialises their writes.
        """
        conn = connect(self.data_dir / DB_NAME, self._data_key)
        return Vault(self.data_dir, conn, self._ring, self.officer.badge, self._data_key)

    def close(self) -> None:
        self._stop_checkpoints()
        with contextlib.suppress(sqlcipher3.dbapi2.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()

    def check_integrity(self) -> None:
        """Read and authenticate every page; raise `VaultCorrupt` naming the damaged pages.

        The checks run on a connection of their own: FTS5 caches a table's segment structure per
        connection, and `quick_check` on a connection whose cache predates another connection's
        segment merge reports "fts5: corruption found" in a healthy file.
        """
        fresh = connect(self.data_dir / DB_NAME, self._data_key)
        with contextlib.closing(fresh), translate_errors():
            problems = [row[0] for row in fresh.execute("PRAGMA cipher_integrity_check")]
            problems += [row[0] for row in fresh.execute("PRAGMA quick_check") if row[0] != "ok"]
        if problems:
            raise VaultCorrupt(
                f"The vault file failed its integrity check ({len(problems)} problem(s), first: "
                f"{problems[0]}). Restore the data folder from a backup."
            )

    # ---- transactions and meta -----------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """One write transaction: everything inside commits together or not at all."""
        with translate_errors():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                # SQLite has already rolled back on some errors (SQLITE_FULL, SQLITE_IOERR).
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else row[0]

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def audit(self, action: str, record_id: str | None, detail: dict[str, Any]) -> None:
        audit.append_entry(
            self.conn,
            officer=self.officer.badge,
            action=action,
            record_id=record_id,
            detail=detail,
            at=_now(),
        )

    @property
    def practice(self) -> bool:
        """A practice vault (training mode): its records never reach a production server."""
        return self.get_meta(PRACTICE_VAULT_META) == "1"

    @property
    def station(self) -> str:
        return self.get_meta("station") or ""

    @property
    def device_id(self) -> str:
        return self.get_meta("device_id") or ""

    def officers(self) -> list[OfficerInfo]:
        return [
            OfficerInfo(e.badge, e.name, e.effective_role) for e in self._ring.officers.values()
        ]

    @property
    def role(self) -> str:
        """The signed-in officer's role for what they do on the records (``role_of``)."""
        return self.role_of(self.officer.badge) or self.officer.effective_role

    def role_of(self, badge: str) -> str | None:
        """An officer's role on this vault (None: no such officer), e.g. a supervisor's: the
        role the server held at the last sync where it holds one (it checks every change
        against it, and a demotion there reaches this device at its next sync), else the
        keyring's (a device never synced). Who manages the keyring follows the keyring's."""
        entry = self._ring.officers.get(badge)
        if entry is None:
            return None
        return self.server_roles().get(badge, entry.effective_role)

    def server_roles(self) -> dict[str, str]:
        """badge -> role as the server held it at the last sync (sync state)."""
        try:
            stored = json.loads(self.get_meta(SERVER_ROLES_META) or "{}")
        except ValueError:
            return {}
        if not isinstance(stored, dict):
            return {}
        return {str(badge): role for badge, role in stored.items() if roles.is_role(role)}

    # ---- officers ------------------------------------------------------------------------

    def add_officer(
        self, badge: str, name: str, password: str, role: str = roles.DEFAULT_ROLE
    ) -> None:
        self._require_officer_manager()
        if badge in self._ring.officers:
            raise OfficerExists(f"Officer {badge} is already registered on this vault.")
        entry = _new_officer_entry(
            badge, name, password, self._data_key, self._ring.vault_id, _checked_role(role)
        )
        seals_before = self._ring.seals
        self._ring.officers[badge] = entry
        self._ring.reseal([self._data_key])
        try:
            with translate_errors():
                self._ring.save()
        except BaseException:
            del self._ring.officers[badge]
            self._ring.seals = seals_before
            raise
        with self.transaction():
            self.audit("officer.add", None, {"badge": badge, "role": entry.role})

    def set_role(self, badge: str, role: str) -> None:
        """Give an officer another role (the SHO does; see ``_require_officer_manager``)."""
        self._require_officer_manager()
        target = self._ring.officer(badge)
        new_role = _checked_role(role)
        if target.effective_role == roles.SHO and new_role != roles.SHO and self._sho_count() == 1:
            raise VaultError(
                f"Officer {badge} is the station's only SHO: give another officer the role SHO "
                "first."
            )
        before, seals_before = target.role, self._ring.seals
        target.role = new_role
        self._ring.reseal([self._data_key])
        try:
            with translate_errors():
                self._ring.save()
        except BaseException:
            target.role, self._ring.seals = before, seals_before
            raise
        with self.transaction():
            self.audit("officer.role", None, {"badge": badge, "role": new_role})

    def _sho_count(self) -> int:
        return sum(
            1 for e in self._ring.officers.values() if e.confirmed and e.effective_role == roles.SHO
        )

    def _require_officer_manager(self) -> None:
        """Only an SHO adds or removes officers and sets roles; while the keyring names no SHO
        (a vault from before roles) any officer may, so the station can name its SHO."""
        if self._sho_count():
            roles.require(self.officer.effective_role, roles.Action.MANAGE_OFFICERS)

    def make_recovery_key(self) -> str:
        """A new station recovery key, replacing any earlier one; its text is shown only once."""
        private_key, public_key = keywrap.new_officer_keypair()
        context = _DATA_KEY_CONTEXT + self._ring.vault_id.encode()
        before = self._ring.recovery, self._ring.seals
        self._ring.recovery = RecoveryEntry(
            public_key, [keywrap.seal_to_public_key(public_key, self._data_key, context)]
        )
        self._ring.reseal([self._data_key])
        try:
            with translate_errors():
                self._ring.save()
        except BaseException:
            self._ring.recovery, self._ring.seals = before
            raise
        with self.transaction():
            self.audit("recovery.new", None, {})
        return key_text(private_key)

    @property
    def has_recovery_key(self) -> bool:
        return self._ring.recovery is not None

    def reset_password(self, badge: str, new_password: str) -> None:
        """Give another officer a new password (they forgot theirs): a fresh key pair for them.

        Whoever is signed in holds the data key already, so this gives them no data they lack;
        but signing in as the other officer would give them that officer's role, so only an
        officer who may manage officers (the SHO) resets another's password. The officer's old
        password stops working.
        """
        self._require_officer_manager()
        target = self._ring.officer(badge)
        if target.badge == self.officer.badge:
            raise VaultError("Officer: to change your own password use Change my password.")
        replaced = _new_officer_entry(
            badge, target.name, new_password, self._data_key, self._ring.vault_id, target.role
        )
        seals_before = self._ring.seals
        self._ring.officers[badge] = replaced
        self._ring.reseal([self._data_key])
        try:
            with translate_errors():
                self._ring.save()
        except BaseException:
            self._ring.officers[badge] = target
            self._ring.seals = seals_before
            raise
        with self.transaction():
            self.audit("officer.reset", None, {"badge": badge})

    def change_password(self, old_password: str, new_password: str) -> None:
        """Re-seal this officer's private key under a new password; the data is not touched."""
        entry = self.officer
        try:
            private_key = _open_private_key(entry, old_password, self._ring.vault_id)
        except keywrap.UnwrapFailed:
            raise WrongPassword(
                f"The current password for officer {entry.badge} is wrong."
            ) from None
        kdf = new_kdf_params()
        password_key = keywrap.derive_password_key(new_password, kdf)
        old_kdf, old_box = entry.kdf, entry.sealed_private_key
        entry.kdf = kdf
        entry.sealed_private_key = keywrap.aead_seal(
            password_key, private_key, _PRIVATE_KEY_CONTEXT + self._ring.vault_id.encode()
        )
        try:
            with translate_errors():
                self._ring.save()
        except BaseException:
            entry.kdf, entry.sealed_private_key = old_kdf, old_box
            raise
        with self.transaction():
            self.audit("officer.passwd", None, {"badge": entry.badge})

    def remove_officer(self, badge: str) -> None:
        """Delete an officer's keys and rekey the database with a fresh data key."""
        self._require_officer_manager()
        target = self._ring.officer(badge)
        if target.badge == self.officer.badge:
            raise VaultError("You cannot remove yourself; ask another officer to remove you.")
        others = [e for e in self._ring.officers.values() if e.badge != badge]
        if waiting := [e.badge for e in others if not e.confirmed]:
            raise VaultError(
                f"Officer(s) {', '.join(sorted(waiting))} have not unlocked this vault since its "
                "keyring was sealed, so they cannot be given the new key yet: ask them to unlock "
                "once, or remove them first."
            )
        new_key = keywrap.new_data_key()
        old_key = self._data_key
        del self._ring.officers[badge]
        context = _DATA_KEY_CONTEXT + self._ring.vault_id.encode()
        # Step 1: every remaining officer can open both the new and the old key; the officer list
        # is sealed for both, since a power cut may leave the database under either.
        holders: list[OfficerEntry | RecoveryEntry] = [
            *self._ring.officers.values(),
            *self._recovery_entries(),
        ]
        for entry in holders:
            entry.sealed_data_keys = [
                keywrap.seal_to_public_key(entry.public_key, new_key, context),
                *entry.sealed_data_keys[:1],
            ]
        self._ring.reseal([new_key, old_key])
        self._stop_checkpoints()  # its connection holds the old key
        with translate_errors():
            self._ring.save()
            # Step 2: rewrite every page under the new key, leaving no old frames in the WAL.
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._data_key = new_key
        self._start_checkpoints()
        # Step 3: forget the old key.
        self._reseal_for_everyone()
        with self.transaction():
            self.audit("officer.remove", None, {"badge": badge})

    def _start_checkpoints(self) -> None:
        key = self._data_key
        self.checkpoints = BackgroundCheckpoints(lambda: connect(self.data_dir / DB_NAME, key))
        self.checkpoints.start()

    def _stop_checkpoints(self) -> None:
        if self.checkpoints is not None:
            self.checkpoints.stop()
            self.checkpoints = None

    def _authenticate_keyring(self, private_key: bytes) -> None:
        """Check the keyring's seal with the data key just unsealed, before anything is resealed.

        An unsealed keyring (from before the seal) is sealed here, with every other officer
        unconfirmed; this officer's own entry is confirmed (their box opened the data key that
        opens the database). See `keyring.py`.
        """
        ring, entry = self._ring, self.officer
        if keywrap.public_key_of(private_key) != entry.public_key:
            raise _tampered(self.data_dir, f"the public key of officer {entry.badge} was replaced")
        if ring.is_sealed and not ring.seal_holds(self._data_key):
            raise _tampered(self.data_dir, "its list of officers and keys does not match its seal")
        with translate_errors():
            already_sealed = self.get_meta(KEYRING_SEALED_META) == "1"
        if not ring.is_sealed and already_sealed:
            raise _tampered(self.data_dir, "its seal was removed")
        adopting, confirming = not ring.is_sealed, not entry.confirmed
        if adopting:
            for other in ring.officers.values():
                other.confirmed = False
            ring.recovery = None  # an unsealed keyring cannot prove a recovery entry genuine
        entry.confirmed = True
        if adopting or confirming:
            ring.reseal([self._data_key])
            with translate_errors():
                ring.save()
        if adopting or confirming or not already_sealed:
            with self.transaction():
                self.set_meta(KEYRING_SEALED_META, "1")
                unconfirmed = sorted(e.badge for e in ring.officers.values() if not e.confirmed)
                if adopting:
                    self.audit("keyring.seal", None, {"unconfirmed": unconfirmed})
                if confirming:
                    self.audit("keyring.confirm", None, {"badge": entry.badge})

    def _finish_interrupted_rekey(self) -> None:
        entries: list[OfficerEntry | RecoveryEntry] = [
            *self._ring.officers.values(),
            *self._recovery_entries(),
        ]
        if any(len(e.sealed_data_keys) > 1 for e in entries):
            self._reseal_for_everyone()

    def _recovery_entries(self) -> tuple[RecoveryEntry, ...]:
        return () if self._ring.recovery is None else (self._ring.recovery,)

    def _reseal_for_everyone(self) -> None:
        """Seal the data key to every confirmed officer (only those: see `keyring.py`) and to the
        recovery key."""
        context = _DATA_KEY_CONTEXT + self._ring.vault_id.encode()
        confirmed = [e for e in self._ring.officers.values() if e.confirmed]
        holders: list[OfficerEntry | RecoveryEntry] = [*confirmed, *self._recovery_entries()]
        for entry in holders:
            entry.sealed_data_keys = [
                keywrap.seal_to_public_key(entry.public_key, self._data_key, context)
            ]
        self._ring.reseal([self._data_key])
        with translate_errors():
            self._ring.save()


def _now() -> datetime:
    return datetime.now(UTC)


def _tampered(data_dir: Path, what: str) -> KeyringTampered:
    return KeyringTampered(
        f"The keyring {KEYRING_NAME} in {data_dir} was changed outside the application: {what}. "
        f"Nothing was unlocked or resealed; restore {KEYRING_NAME} from a backup and tell the "
        "administrator."
    )


def _require_vault_files(data_dir: Path) -> None:
    db_there = (data_dir / DB_NAME).exists()
    ring_there = (data_dir / KEYRING_NAME).exists()
    if not db_there and not ring_there:
        raise VaultMissing(
            f"No vault in {data_dir}. Create one with 'fieldclient init' "
            "or point --data-dir at the right folder."
        )
    if not db_there:
        raise VaultMissing(
            f"The vault database {DB_NAME} is missing from {data_dir}; "
            "restore the data folder from a backup."
        )
    if not ring_there:
        raise VaultCorrupt(
            f"The keyring {KEYRING_NAME} is missing from {data_dir}, so the vault cannot be "
            "opened; restore the data folder from a backup."
        )


def _checked_role(role: str) -> str:
    if not roles.is_role(role):
        raise VaultError(f"Role: {role!r} is not one of {', '.join(roles.ROLES)}.")
    return role


def _new_officer_entry(
    badge: str, name: str, password: str, data_key: bytes, vault_id: str, role: str | None
) -> OfficerEntry:
    kdf = new_kdf_params()
    private_key, public_key = keywrap.new_officer_keypair()
    password_key = keywrap.derive_password_key(password, kdf)
    return OfficerEntry(
        badge=badge,
        name=name,
        kdf=kdf,
        sealed_private_key=keywrap.aead_seal(
            password_key, private_key, _PRIVATE_KEY_CONTEXT + vault_id.encode()
        ),
        public_key=public_key,
        sealed_data_keys=[
            keywrap.seal_to_public_key(public_key, data_key, _DATA_KEY_CONTEXT + vault_id.encode())
        ],
        role=role,
    )


def _open_private_key(entry: OfficerEntry, password: str, vault_id: str) -> bytes:
    password_key = keywrap.derive_password_key(password, entry.kdf)
    return keywrap.aead_open(
        password_key, entry.sealed_private_key, _PRIVATE_KEY_CONTEXT + vault_id.encode()
    )


def _connect_with_any_key(
    data_dir: Path, boxes: list[bytes], private_key: bytes, vault_id: str
) -> tuple[sqlcipher3.Connection, bytes]:
    """Open the database with the newest sealed data key that works (see the rekey steps)."""
    context = _DATA_KEY_CONTEXT + vault_id.encode()
    last_error: VaultError | None = None
    for box in boxes:
        try:
            data_key = keywrap.open_sealed(private_key, box, context)
        except keywrap.UnwrapFailed:
            continue
        try:
            return connect(data_dir / DB_NAME, data_key), data_key
        except VaultCorrupt as exc:
            last_error = exc
    raise last_error or VaultCorrupt(
        "The keyring entry for this officer is damaged; restore the data folder from a backup."
    )
