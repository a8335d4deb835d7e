"""Every user-visible string has a French translation, and the .ts files are up to date."""
from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FRENCH = ROOT / "i18n" / "isslide_qgis_fr.ts"


def _messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts_file)
    return {(context.findtext("name"), message.findtext("source")): message
            for context in tree.iter("context") for message in context.iter("message")}


def test_french_translation_is_complete() -> None:
    missing = [source for (_, source), message in _messages(FRENCH).items()
               if (message.find("translation").get("type") in ("unfinished", "obsolete")
                   or not (message.findtext("translation") or "").strip())]
    assert missing == [], "untranslated strings: run make transup and translate i18n/*_fr.ts"


@pytest.mark.skipif(shutil.which("pylupdate5") is None, reason="pylupdate5 not installed")
def test_ts_files_cover_every_string_in_the_sources(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "isslide_qgis").rglob("*.py")
                     if "__pycache__" not in p.parts and p.name != "resources_rc.py")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(["pylupdate5", "-noobsolete", *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    stale = set(_messages(fresh)) - set(_messages(FRENCH))
    assert stale == set(), "strings missing from i18n/isslide_qgis_fr.ts: run make transup"
