"""The station recovery key: how an officer who forgot the password gets back in.

At set-up the vault makes an X25519 key pair for the station. The data key is sealed to its public
key exactly as to an officer's (`keyring.RecoveryEntry`), and that public key is part of the
keyring's sealed view, so a recovery entry planted by someone without the data key is refused like
a ghost officer. The private key is shown once as text for the SHO to print or write down and keep
locked away; it is never stored on the device. With it an officer sets a new password: the vault
opens the data key with the recovery key, checks the keyring's seal, and gives the officer a fresh
key pair sealed under the new password.

The text is the 32 private-key bytes in base32 (RFC 4648 alphabet, no padding), in groups of four
letters and digits joined by dashes: 13 groups, easy to read aloud and to type again. Case, spaces
and dashes do not matter when it is typed.
"""

import base64
import re

from fieldclient.vault.errors import WrongRecoveryKey

KEY_BYTES = 32
_TEXT_LENGTH = 52  # base32 of 32 bytes without its "====" padding
_GROUP = 4
_NOT_KEY_CHARACTERS = re.compile(r"[\s\-]")


def key_text(private_key: bytes) -> str:
    """The recovery key as the SHO sees it: ``ABCD-EFGH-…`` (13 groups)."""
    plain = base64.b32encode(private_key).decode("ascii").rstrip("=")
    return "-".join(plain[i : i + _GROUP] for i in range(0, len(plain), _GROUP))


def parse_key_text(text: str) -> bytes:
    """The private key in ``text``; `WrongRecoveryKey` when it cannot be one."""
    plain = _NOT_KEY_CHARACTERS.sub("", text).upper()
    if len(plain) != _TEXT_LENGTH:
        raise WrongRecoveryKey(
            f"Recovery key: it has {_TEXT_LENGTH} letters and digits in 13 groups; "
            f"{len(plain)} were typed."
        )
    try:
        return base64.b32decode(plain + "====")
    except ValueError:
        raise WrongRecoveryKey(
            "Recovery key: only the letters A–Z and the digits 2–7 occur in it; check what was "
            "typed against the printed key."
        ) from None
