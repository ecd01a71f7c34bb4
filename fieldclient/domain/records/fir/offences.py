"""The offences of an FIR: PPC sections and the sections of the other laws a station registers
under (CNSA, Arms Ordinance, KP Arms Act, ATA, PECA, MVO, …), each checked against its sourced
reference table (``ppc_sections.csv``, ``offences_other_laws.csv``; see SOURCES.md).

Officers cite a clause after the section ("CNSA 9(c)"). The tables list sections only (the
clauses of CNSA s.9 could not be read), so a clause is kept as typed and not checked.
"""

from __future__ import annotations

import re
from typing import Any

from fieldclient.domain.reference import other_law_offences, ppc_sections, section_key
from fieldclient.domain.schema import BadValue, Context, quoted

_OFFENCE = re.compile(
    r"(?:([A-Z]{2,6})[\s.]*)?(\d{1,3})(?:[\s\-]*([A-Z]))?((?:\s*\([0-9A-Z]{1,4}\))*)"
)
_CLAUSE = re.compile(r"\(([0-9A-Z]{1,4})\)")
EXAMPLES = "PPC 379, PPC 337-A, CNSA 9(c), AO 13 or ATA 7"


def other_laws() -> list[str]:
    """The short codes of the other laws, in the table's order."""
    return list(dict.fromkeys(law for law, _section in other_law_offences()))


def offence(value: Any, path: str, ctx: Context) -> str:
    """``"ppc 337a"`` -> ``"PPC 337-A"``; ``"cnsa 9 (c)"`` -> ``"CNSA 9(c)"``; ``"379"`` -> ``"PPC
    379"``; refused when the law or its section is not in the reference tables."""
    if not isinstance(value, str):
        raise BadValue("not_text", f"must be an offence written like {EXAMPLES}")
    match = _OFFENCE.fullmatch(value.strip().upper())
    if not match:
        raise BadValue(
            "offence_format", f"write the offence like {EXAMPLES} (you typed {quoted(value)})"
        )
    law, digits, letter, clauses = (
        match.group(1) or "PPC",
        match.group(2),
        match.group(3),
        match.group(4),
    )
    clause = "".join(f"({part.lower()})" for part in _CLAUSE.findall(clauses))
    if law == "PPC":
        section = digits + (f"-{letter}" if letter else "")
        if section not in ppc_sections():
            raise BadValue(
                "offence_unknown",
                f"PPC {section} is not in the PPC section list; check the number "
                f"(you typed {quoted(value)})",
            )
        return f"PPC {section}{clause}"
    if law not in other_laws():
        raise BadValue(
            "offence_unknown_law",
            f"{law} is not a law in the offence list; use one of PPC, "
            f"{', '.join(other_laws())} (you typed {quoted(value)})",
        )
    found = other_law_offences().get((law, section_key(digits + (letter or ""))))
    if found is None:
        raise BadValue(
            "offence_unknown",
            f"{law} {digits}{letter or ''} is not in the offence list of that law; check the "
            f"number (you typed {quoted(value)})",
        )
    return f"{law} {found.section}{clause}"


def offence_options() -> list[tuple[str, str]]:
    """``("PPC 379", "PPC 379 — Theft")`` for every PPC section, then every other-law section
    (its Act's name where the source gives no heading)."""
    ppc = [
        (f"PPC {section.section}", f"PPC {section.section} — {section.title}")
        for section in ppc_sections().values()
    ]
    others = [
        (f"{row.law} {row.section}", f"{row.law} {row.section} — {row.title or row.act}")
        for row in other_law_offences().values()
    ]
    return ppc + others
