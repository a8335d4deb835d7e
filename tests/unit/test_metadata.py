"""metadata.txt has every field the QGIS plugin repository requires."""
from __future__ import annotations

import configparser
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _metadata() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]


def test_required_fields_present() -> None:
    general = _metadata()
    for field in ("name", "qgisMinimumVersion", "description", "about", "version", "author",
                  "email", "repository"):
        assert general.get(field, "").strip(), f"metadata.txt lacks {field}"
    assert re.fullmatch(r"\d+\.\d+\.\d+", general["version"])


def test_processing_provider_and_qgis_version() -> None:
    general = _metadata()
    assert general["hasProcessingProvider"] == "yes"  # or qgis_process does not load it
    assert general["qgisMinimumVersion"] == "3.40"
    assert general["qgisMaximumVersion"] == "4.99"  # else QGIS 4 lists the plugin as incompatible
    assert (ROOT / "resources" / general["icon"].removeprefix("resources/")).is_file()


def test_licence_is_gpl2_or_later() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 2" in text
