"""Figures, as printed while the benchmark runs and as written to docs/PERFORMANCE.md.

The benchmark owns the part of the file between its two markers and leaves everything else (for
instance the installer's "Bundle" section) as it is.
"""

from dataclasses import dataclass
from pathlib import Path

from bench.machine import MachineInfo

BEGIN_MARK = "<!-- bench:begin (written by `make bench`; edit bench/, not this block) -->"
END_MARK = "<!-- bench:end -->"
TITLE = "# Performance"


@dataclass(frozen=True)
class Figure:
    section: str  # "Vault", "Cost of encryption", "Sync", …
    name: str
    measured: str
    target: str = "—"
    met: bool | None = None  # None: no target, reported only

    def line(self) -> str:
        verdict = {True: "meets target", False: "MISSES target", None: "reported"}[self.met]
        return f"[{self.section}] {self.name}: {self.measured}  (target {self.target}; {verdict})"


def render(figures: list[Figure], machine: MachineInfo, notes: list[str]) -> str:
    lines = [
        BEGIN_MARK,
        "## Benchmark results",
        "",
        f"Measured by `make bench` on {machine.date} at commit `{machine.commit}` with "
        f"{machine.records:,} generated records.",
        "",
        "| Machine | |",
        "|---|---|",
        f"| CPU | {machine.cpu_model} ({machine.cpus} logical CPUs) |",
        f"| RAM | {machine.ram_gib:.1f} GiB |",
        f"| OS | {machine.os} |",
        f"| Python / SQLCipher | {machine.python} / {machine.sqlcipher} |",
        f"| Load average at start | {machine.load_at_start} |",
        "",
        "The machine is shared with other engineers' test runs, so single figures can be noisy; "
        "medians are steadier than p99s. Timings are wall-clock.",
    ]
    for section in dict.fromkeys(figure.section for figure in figures):
        lines += ["", f"### {section}", "", "| Figure | Target | Measured | |", "|---|---|---|---|"]
        for figure in figures:
            if figure.section == section:
                verdict = {True: "✅", False: "❌", None: ""}[figure.met]
                lines.append(f"| {figure.name} | {figure.target} | {figure.measured} | {verdict} |")
    if notes:
        lines += ["", "### Notes", ""] + [f"- {note}" for note in notes]
    lines.append(END_MARK)
    return "\n".join(lines) + "\n"


def write_report(path: Path, block: str) -> None:
    """Replace the benchmark's block in `path`, keeping every other section of the file."""
    existing = path.read_text(encoding="utf-8") if path.exists() else f"{TITLE}\n\n"
    start, end = existing.find(BEGIN_MARK), existing.find(END_MARK)
    if start != -1 and end > start:
        updated = existing[:start] + block + existing[end + len(END_MARK) :].lstrip("\n")
    else:
        updated = existing.rstrip("\n") + "\n\n" + block
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(updated, encoding="utf-8")
