"""Attendance PINs as salted slow hashes: how a PIN is hashed, written and checked.

A PIN is station data (it syncs in an ``att_enrolment`` record, so every device of the station
knows it) and is never stored or sent in the clear: ``scrypt$N$r$p$salt$digest`` (hex), N = 2^14,
r = 8, p = 1, a 16-byte random salt. A stored hash whose cost is outside the allowed range is
refused on arrival, so a crafted record cannot make a check-in run for minutes.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re

from fieldclient.domain.errors import FieldError, ValidationFailed

MIN_PIN_DIGITS = 4
MAX_PIN_DIGITS = 12
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
_COST_RANGE = (2**14, 2**17)
# The digest is 32 bytes; 64 in PINs earlier versions kept on the device (``legacy_hash``).
PIN_HASH = re.compile(
    r"scrypt\$(\d{1,7})\$(\d{1,2})\$(\d)\$([0-9a-f]{32})\$([0-9a-f]{64}|[0-9a-f]{128})"
)


def check_pin_typed(pin: str, field: str = "pin") -> None:
    """Refuse a PIN that is not 4 to 12 ASCII digits (``ValidationFailed`` naming ``field``)."""
    if not (pin.isascii() and pin.isdigit() and MIN_PIN_DIGITS <= len(pin) <= MAX_PIN_DIGITS):
        raise ValidationFailed(
            [
                FieldError(
                    field,
                    f"must be {MIN_PIN_DIGITS} to {MAX_PIN_DIGITS} digits",
                    "pin_format",
                    {"minimum": MIN_PIN_DIGITS, "maximum": MAX_PIN_DIGITS},
                )
            ]
        )


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """The stored form of a PIN (checked first: 4 to 12 digits)."""
    check_pin_typed(pin)
    salt = os.urandom(16) if salt is None else salt
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def hash_is_acceptable(stored: str) -> bool:
    """Well formed, with a cost this program accepts (what the record kind checks)."""
    match = PIN_HASH.fullmatch(stored)
    if match is None:
        return False
    n, r, p = (int(match.group(i)) for i in (1, 2, 3))
    return _COST_RANGE[0] <= n <= _COST_RANGE[1] and n & (n - 1) == 0 and r == 8 and p == 1


def pin_matches(stored: str, pin: str) -> bool:
    """True when ``pin`` hashes to ``stored``; False for anything malformed."""
    if not hash_is_acceptable(stored) or not pin.isascii():
        return False
    _name, n, r, p, salt, digest = stored.split("$")
    typed = hashlib.scrypt(
        pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=len(digest) // 2
    )
    return hmac.compare_digest(typed.hex(), digest)


def legacy_hash(stored: str) -> str | None:
    """A PIN hash as earlier versions kept it in the vault's meta (``salt:digest``, scrypt N=2^14,
    r=8, p=1, 64-byte digest) in today's form; None if it is not one."""
    salt, _, digest = stored.partition(":")
    converted = f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt}${digest}"
    return converted if hash_is_acceptable(converted) else None
