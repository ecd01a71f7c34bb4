"""Looking for plaintext in files a process wrote."""

from pathlib import Path


def files_containing(root: Path, markers: list[str]) -> dict[str, list[str]]:
    """Map each file under `root` to the markers found in it (UTF-8 and UTF-16 encodings)."""
    found: dict[str, list[str]] = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        content = path.read_bytes()
        hits = [
            m
            for m in markers
            if m.encode("utf-8") in content
            or m.encode("utf-16-le") in content
            or m.encode("utf-16-be") in content
        ]
        if hits:
            found[str(path.relative_to(root))] = hits
    return found
