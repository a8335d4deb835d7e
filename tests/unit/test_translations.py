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
                     if "__pycache__" not in p.parts)
    fresh = tmp_path / "fresh.ts"
    subprocess.run(["pylupdate5", "-noobsolete", *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    stale = set(_messages(fresh)) - set(_messages(FRENCH))
    assert stale == set(), "strings missing from i18n/isslide_qgis_fr.ts: run make transup"


def _translate_calls_with_trailing_comma(path: Path) -> list[int]:
    """Lines of translate(...)/QT_TRANSLATE_NOOP(...) calls ending in ', )': pylupdate5
    silently skips those, so their text would never reach the .ts files."""
    import io
    import tokenize

    tokens = list(tokenize.generate_tokens(io.StringIO(path.read_text()).readline))
    skipped = (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT)
    lines = []
    for i, token in enumerate(tokens[:-1]):
        if token.string not in ("translate", "QT_TRANSLATE_NOOP", "tr") or tokens[i + 1].string != "(":
            continue
        depth = 0
        for j in range(i + 1, len(tokens)):
            if tokens[j].type == tokenize.OP and tokens[j].string in "([{":
                depth += 1
            elif tokens[j].type == tokenize.OP and tokens[j].string in ")]}":
                depth -= 1
                if depth == 0:
                    k = j - 1
                    while tokens[k].type in skipped:
                        k -= 1
                    if tokens[k].string == ",":
                        lines.append(token.start[0])
                    break
    return lines


def test_no_translation_call_ends_with_a_trailing_comma() -> None:
    offenders = {str(p.relative_to(ROOT)): lines for p in (ROOT / "isslide_qgis").rglob("*.py")
                 if "__pycache__" not in p.parts
                 and (lines := _translate_calls_with_trailing_comma(p))}
    assert offenders == {}, "remove the trailing comma: pylupdate5 skips these calls"
