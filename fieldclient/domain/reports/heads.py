"""The heads of offences a crime statement groups FIRs under.

A PPC section's head is its chapter (the ``category`` column of ``ppc_sections.csv``: the PPC's
chapter headings, SOURCES.md); an offence under another law is headed by that law (its Act's name
from ``offences_other_laws.csv``). No sourced list of the heads a statement sent up uses was found
(docs/REGISTERS.md §7), so these are the Code's own chapters.
"""

from __future__ import annotations

import re
from functools import cache

from fieldclient.domain.reference import other_law_offences, ppc_sections

_CLAUSE = re.compile(r"\(.*$")


def head_of(offence: str) -> str:
    """``"PPC 379"`` -> ``"PPC: offences against property"``; ``"CNSA 9(c)"`` ->
    ``"CNSA: Control of Narcotic Substances Act, 1997"``; text that is neither, as it is."""
    law, _, section = offence.partition(" ")
    section = _CLAUSE.sub("", section)
    if law == "PPC":
        found = ppc_sections().get(section)
        return f"PPC: {found.category}" if found else offence
    act = _acts().get(law)
    return f"{law}: {act}" if act else offence


def head_order(head: str) -> tuple[int, str]:
    """PPC heads in the Code's chapter order, then the other laws in the table's order."""
    order = _order()
    return (order.get(head, len(order)), head)


@cache
def _acts() -> dict[str, str]:
    acts: dict[str, str] = {}
    for row in other_law_offences().values():
        acts.setdefault(row.law, row.act)
    return acts


@cache
def _order() -> dict[str, int]:
    heads = [f"PPC: {row.category}" for row in ppc_sections().values()]
    heads += [f"{law}: {act}" for law, act in _acts().items()]
    return {head: index for index, head in enumerate(dict.fromkeys(heads))}


def heads_of(offences: list[str]) -> list[str]:
    """The distinct heads of an FIR's offences, in head order."""
    return sorted({head_of(offence) for offence in offences}, key=head_order)
