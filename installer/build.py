"""`make installer`: build the PyInstaller bundle from installer/fieldclient.spec.

Output goes to installer/dist (the bundle) and installer/build (PyInstaller's work files and the
compiled translations). Prints the bundle's size; `--report` also writes it to the "Bundle"
section of docs/PERFORMANCE.md. Run it with the project's environment (`.venv/bin/python`).
"""

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

INSTALLER_DIR = Path(__file__).resolve().parent
REPO = INSTALLER_DIR.parent
SPEC = INSTALLER_DIR / "fieldclient.spec"
WORK_DIR = INSTALLER_DIR / "build"
DIST_DIR = INSTALLER_DIR / "dist"
ONEFILE_DIST_DIR = DIST_DIR / "onefile"
TRANSLATIONS_DIR = REPO / "resources" / "translations"
COMPILED_TRANSLATIONS_DIR = WORK_DIR / "translations"
PERFORMANCE_DOC = REPO / "docs" / "PERFORMANCE.md"
BUNDLE_HEADING = "## Bundle"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="build the one-file variant too")
    parser.add_argument("--report", action="store_true", help="write the sizes to PERFORMANCE.md")
    args = parser.parse_args(argv)

    started = time.monotonic()
    spec_args = ["--compiled-translations", str(compile_translations())]
    run_pyinstaller(DIST_DIR, spec_args)
    folder_size = BundleSize.of(DIST_DIR / "fieldclient", time.monotonic() - started)
    print(f"bundle: {folder_size.describe()}")
    sizes = {"one-folder": folder_size}

    if args.onefile:
        started = time.monotonic()
        run_pyinstaller(ONEFILE_DIST_DIR, [*spec_args, "--onefile"])
        program = ONEFILE_DIST_DIR / (
            "fieldclient.exe" if sys.platform == "win32" else "fieldclient"
        )
        sizes["one-file"] = BundleSize.of(program, time.monotonic() - started)
        print(f"bundle (one file): {sizes['one-file'].describe()}")

    if args.report:
        write_report(sizes)
        print(f"bundle: sizes written to {PERFORMANCE_DOC.relative_to(REPO)}")
    return 0


def compile_translations() -> Path:
    """Qt Linguist sources (.ts) to the .qm files the app loads; the sources stay out."""
    if COMPILED_TRANSLATIONS_DIR.exists():
        shutil.rmtree(COMPILED_TRANSLATIONS_DIR)
    COMPILED_TRANSLATIONS_DIR.mkdir(parents=True)
    sources = sorted(TRANSLATIONS_DIR.glob("*.ts")) if TRANSLATIONS_DIR.is_dir() else []
    if sources:
        lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
        if lrelease is None:
            raise SystemExit("build: pyside6-lrelease is missing from the environment")
        for source in sources:
            target = COMPILED_TRANSLATIONS_DIR / source.with_suffix(".qm").name
            subprocess.run([lrelease, "-silent", str(source), "-qm", str(target)], check=True)
    return COMPILED_TRANSLATIONS_DIR


def run_pyinstaller(dist_dir: Path, spec_args: list[str]) -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        "--distpath",
        str(dist_dir),
        "--workpath",
        str(WORK_DIR),
        str(SPEC),
        "--",
        *spec_args,
    ]
    subprocess.run(command, check=True, cwd=REPO)


class BundleSize:
    def __init__(self, path: Path, file_sizes: dict[Path, int], build_seconds: float):
        self.path = path
        self.file_sizes = file_sizes
        self.total_bytes = sum(file_sizes.values())
        self.file_count = len(file_sizes)
        self.build_seconds = build_seconds

    @classmethod
    def of(cls, path: Path, build_seconds: float) -> "BundleSize":
        files = [path] if path.is_file() else [p for p in path.rglob("*") if _is_real_file(p)]
        return cls(path, {file: file.stat().st_size for file in files}, build_seconds)

    def largest(self, count: int) -> list[tuple[str, float]]:
        ranked = sorted(self.file_sizes.items(), key=lambda item: item[1], reverse=True)
        return [(file.name, size / (1024 * 1024)) for file, size in ranked[:count]]

    @property
    def mib(self) -> float:
        return self.total_bytes / (1024 * 1024)

    def describe(self) -> str:
        return (
            f"{self.path.relative_to(REPO)}: {self.mib:.1f} MiB in {self.file_count} files, "
            f"built in {self.build_seconds:.0f} s"
        )


def _is_real_file(path: Path) -> bool:
    """Files, not the symbolic links PyInstaller adds for shared libraries (counted once)."""
    return path.is_file() and not path.is_symlink()


def write_report(sizes: dict[str, BundleSize]) -> None:
    """Replace only the Bundle section of PERFORMANCE.md; the benchmarks own the other sections."""
    rows = "\n".join(
        f"| {kind} | {size.mib:.1f} MiB | {size.file_count} | {size.build_seconds:.0f} s |"
        for kind, size in sizes.items()
    )
    section = (
        f"{BUNDLE_HEADING}\n\n"
        f"PyInstaller bundle of `make installer` on {platform.system()} {platform.machine()} "
        f"({os.cpu_count()} cores), "
        f"Python {platform.python_version()}, measured by "
        "`python installer/build.py --onefile --report`.\n\n"
        "| variant | size | files | build time |\n|---|---|---|---|\n"
        f"{rows}\n\n"
        "Largest files of the one-folder bundle: "
        + ", ".join(f"`{name}` {mib:.1f} MiB" for name, mib in sizes["one-folder"].largest(6))
        + ". Symbols are stripped; Qt bindings the app does not import and Qt's non-English "
        "translations are left out (`installer/fieldclient.spec`).\n"
    )
    text = PERFORMANCE_DOC.read_text(encoding="utf-8") if PERFORMANCE_DOC.exists() else ""
    if not text:
        text = "# Performance\n"
    start = text.find(f"\n{BUNDLE_HEADING}\n")
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        following = text.find("\n## ", start + 1)
        rest = text[following:] if following != -1 else ""
        text = text[: start + 1] + section + rest
    PERFORMANCE_DOC.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
