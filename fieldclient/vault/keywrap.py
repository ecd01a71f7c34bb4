"""Key derivation and key wrapping.

The chain from a password to the database key:

    password --Argon2id(salt, params)--> password key (32 bytes)
    password key --AES-GCM--> the officer's X25519 private key
    X25519 private key + sealed box --> the vault's data key (the SQLCipher raw key)

The data key is sealed to each officer's *public* key, so the vault can be rekeyed (an officer
removed) and the new data key handed to every remaining officer without their passwords.

The keyring's officer list is sealed with an HMAC under a key derived from the data key
(``keyring_seal``): whoever can write the data folder but holds no data key cannot add an officer
entry that the vault would accept (see ``keyring.py``).
"""

import hashlib
import hmac
import os
from dataclasses import asdict, dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

DATA_KEY_BYTES = 32
_NONCE_BYTES = 12
_SEAL_INFO = b"fieldclient data key seal v1"
_KEYRING_SEAL_INFO = b"fieldclient keyring seal v1"


class UnwrapFailed(Exception):
    """The key did not open the box: a wrong password, or a box that was changed."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost, stored with each officer so it can be raised later."""

    memory_kib: int
    iterations: int
    lanes: int
    salt_hex: str

    @classmethod
    def fresh(cls, memory_kib: int, iterations: int, lanes: int) -> "KdfParams":
        return cls(memory_kib, iterations, lanes, os.urandom(16).hex())

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> "KdfParams":
        return cls(
            memory_kib=int(raw["memory_kib"]),
            iterations=int(raw["iterations"]),
            lanes=int(raw["lanes"]),
            salt_hex=str(raw["salt_hex"]),
        )


def derive_password_key(password: str, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=bytes.fromhex(params.salt_hex),
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(password.encode("utf-8"))


def aead_seal(key: bytes, plaintext: bytes, context: bytes) -> bytes:
    nonce = os.urandom(_NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, context)


def aead_open(key: bytes, box: bytes, context: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(box[:_NONCE_BYTES], box[_NONCE_BYTES:], context)
    except (InvalidTag, ValueError) as exc:
        raise UnwrapFailed from exc


def new_officer_keypair() -> tuple[bytes, bytes]:
    """Return (private, public) raw X25519 keys."""
    private = X25519PrivateKey.generate()
    return _raw_private(private), _raw_public(private.public_key())


def seal_to_public_key(public_raw: bytes, secret: bytes, context: bytes) -> bytes:
    """Encrypt `secret` so that only the holder of the matching private key can open it."""
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_raw))
    ephemeral_public = _raw_public(ephemeral.public_key())
    key = _seal_key(shared, ephemeral_public + public_raw)
    return ephemeral_public + aead_seal(key, secret, context)


def open_sealed(private_raw: bytes, box: bytes, context: bytes) -> bytes:
    private = X25519PrivateKey.from_private_bytes(private_raw)
    ephemeral_public, sealed = box[:32], box[32:]
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError as exc:
        raise UnwrapFailed from exc
    key = _seal_key(shared, ephemeral_public + _raw_public(private.public_key()))
    return aead_open(key, sealed, context)


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_BYTES)


def public_key_of(private_raw: bytes) -> bytes:
    """The raw X25519 public key that belongs to ``private_raw``."""
    return _raw_public(X25519PrivateKey.from_private_bytes(private_raw).public_key())


def keyring_seal(data_key: bytes, vault_id: str, sealed_view: bytes) -> bytes:
    """HMAC-SHA256 of the keyring's sealed view, under a key derived from the data key (HKDF,
    salted with the vault id so two vaults never share a seal key)."""
    seal_key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=vault_id.encode(), info=_KEYRING_SEAL_INFO
    ).derive(data_key)
    return hmac.new(seal_key, sealed_view, hashlib.sha256).digest()


def _seal_key(shared: bytes, transcript: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=transcript, info=_SEAL_INFO).derive(
        shared
    )


def _raw_private(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
