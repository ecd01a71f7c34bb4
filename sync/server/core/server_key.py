"""The server's Ed25519 signing key: made on first start, kept in the data folder (0600).

It signs pull and status answers (``sync.protocol.signing.sign_answer``) and document
countersignatures; devices receive the public key at enrollment. Losing the file means every
device must be released and enrolled again, so it belongs in the server's backups.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)

KEY_FILE = "server_signing_key.pem"


class ServerKeyError(Exception):
    """The key file exists but is not an Ed25519 private key; the message names the file."""


def load_or_create(folder: Path) -> Ed25519PrivateKey:
    """The key in ``folder``, made there (0600, folder 0700) if there is none yet. Several
    processes starting at once end with the same key: the file appears whole or not at all."""
    path = folder / KEY_FILE
    try:
        if not path.exists():
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            _create(path)
        key = load_pem_private_key(path.read_bytes(), password=None)
    except OSError as failed:
        raise ServerKeyError(f"cannot use the signing key {path}: {failed.strerror}") from None
    except (ValueError, TypeError):
        raise ServerKeyError(f"{path} is not a PEM private key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ServerKeyError(f"{path} is not an Ed25519 key")
    return key


def _create(path: Path) -> None:
    pem = Ed25519PrivateKey.generate().private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()
    )
    draft = path.with_name(f".{path.name}.{os.getpid()}")
    descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(pem)
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(FileExistsError):  # another process won: use its key
            os.link(draft, path)
    finally:
        draft.unlink(missing_ok=True)
