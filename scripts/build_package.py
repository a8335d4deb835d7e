#!/usr/bin/env python3
"""Build the installable plugin zip: a top folder ``isslide_qgis/`` holding the code,
metadata.txt, LICENSE, icons, styles, sample data, shipped models and ``.qm``
translations; no ``__pycache__``/``.pyc``; at most 25 MB (the QGIS plugin repository's limit).

Usage: build_package.py --output dist/isslide_qgis.zip
"""
from __future__ import annotations

import argparse
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = "isslide_qgis"
MAX_BYTES = 25 * 1024 * 1024
SKIP_PARTS = {"__pycache__", ".pytest_cache"}
SKIP_SUFFIXES = {".pyc", ".pyo", ".qrc"}
FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # reproducible archives


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()
                  and not SKIP_PARTS.intersection(p.parts) and p.suffix not in SKIP_SUFFIXES)


def package_members() -> list[tuple[Path, str]]:
    """List (source file, name in the zip) pairs."""
    members = [(p, f"{PLUGIN}/{p.relative_to(ROOT / PLUGIN).as_posix()}")
               for p in _files(ROOT / PLUGIN)]
    members += [(ROOT / name, f"{PLUGIN}/{name}") for name in ("metadata.txt", "LICENSE")]
    members += [(p, f"{PLUGIN}/{p.relative_to(ROOT).as_posix()}") for p in _files(ROOT / "resources")]
    members += [(p, f"{PLUGIN}/i18n/{p.name}") for p in sorted((ROOT / "i18n").glob("*.qm"))]
    return members


def check_members(members: list[tuple[Path, str]]) -> None:
    """Refuse to build a zip that QGIS could not use."""
    names = {name for _, name in members}
    required = [f"{PLUGIN}/__init__.py", f"{PLUGIN}/metadata.txt", f"{PLUGIN}/LICENSE",
                f"{PLUGIN}/resources/icons/isslide.svg", f"{PLUGIN}/i18n/{PLUGIN}_fr.qm"]
    missing = [name for name in required if name not in names]
    if missing:
        sys.exit(f"cannot package: missing {', '.join(missing)} "
                 "(run 'make transcompile' first)")


def build(output: Path) -> int:
    """Write the zip and return its size in bytes."""
    members = package_members()
    check_members(members)
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_suffix(".zip.part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for source, name in members:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, source.read_bytes())
    size = partial.stat().st_size
    if size > MAX_BYTES:
        partial.unlink()
        sys.exit(f"cannot package: the zip would be {size / 2**20:.1f} MB, over the 25 MB "
                 "limit of the QGIS plugin repository")
    partial.replace(output)
    return size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "dist" / f"{PLUGIN}.zip")
    args = parser.parse_args()
    size = build(args.output)
    print(f"{args.output}: {size / 2**20:.2f} MB")


if __name__ == "__main__":
    main()
