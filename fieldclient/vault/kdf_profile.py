"""The Argon2id cost new password keys get.

The default costs about one second on the project's 2-core reference machine (measured in
`bench/`). `FIELDCLIENT_INSECURE_FAST_KDF=1` exists only so the test suite can create many vaults;
it is logged loudly and the weak parameters are recorded in the keyring, so a later password change
without the variable raises them again.
"""

import logging
import os

from fieldclient.vault.keywrap import KdfParams

log = logging.getLogger(__name__)

DEFAULT_MEMORY_KIB = 256 * 1024
DEFAULT_ITERATIONS = 7
DEFAULT_LANES = 4

_FAST_ENV = "FIELDCLIENT_INSECURE_FAST_KDF"


def new_kdf_params() -> KdfParams:
    if os.environ.get(_FAST_ENV) == "1":
        log.warning("%s=1: password keys use test-only Argon2id parameters", _FAST_ENV)
        return KdfParams.fresh(memory_kib=1024, iterations=1, lanes=1)
    return KdfParams.fresh(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_LANES)
