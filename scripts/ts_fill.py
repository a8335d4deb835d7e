#!/usr/bin/env python3
"""Fill translations into a Qt ``.ts`` file from a JSON mapping {source text: translation}.

The ``.ts`` files in ``i18n/`` are the source of truth (``make transup`` keeps existing
translations); this tool only saves typing XML. Usage:
    ts_fill.py i18n/isslide_qgis_fr.ts mapping.json     # fill
    ts_fill.py i18n/isslide_qgis_fr.ts --missing         # list untranslated sources
"""
from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def untranslated(tree: ET.ElementTree) -> list[str]:
    """Return the source texts whose translation is missing or unfinished."""
    missing = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not translation.text:
            missing.append(message.findtext("source") or "")
    return missing


def fill(tree: ET.ElementTree, mapping: dict[str, str]) -> int:
    """Set the translations found in ``mapping``; return how many were set."""
    count = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        if source in mapping:
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.text = mapping[source]
            translation.attrib.pop("type", None)
            count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", type=Path)
    parser.add_argument("mapping", type=Path, nargs="?")
    parser.add_argument("--missing", action="store_true")
    args = parser.parse_args()
    tree = ET.parse(args.ts)
    if args.missing or args.mapping is None:
        missing = untranslated(tree)
        print("\n".join(missing))
        sys.exit(1 if missing else 0)
    count = fill(tree, json.loads(args.mapping.read_text(encoding="utf-8")))
    with open(args.ts, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
    print(f"{count} translations set; {len(untranslated(tree))} still missing")


if __name__ == "__main__":
    main()
