"""Challan numbers from the blocks the server leased to this device.

A warden offline all day still issues unique numbers: each block is a range the server gave this
device alone. `take_challan_number` runs inside the caller's transaction, so a number is used
exactly when the challan that carries it is stored.
"""

from fieldclient.vault.repository import RecordRepository
from fieldclient.vault.vault import Vault
from fieldclient.vault.writer import VaultWriter
from sync.protocol.messages import format_challan_number

LOW_WATER_MARK = 20  # ask the server for a new block when fewer numbers than this are left


def take_challan_number(writer: VaultWriter) -> str | None:
    taken = writer.take_challan_number()
    return None if taken is None else format_challan_number(*taken)


def numbers_left(vault: Vault) -> int:
    return RecordRepository(vault).challan_numbers_left()
