"""The checks plugins.qgis.org runs on every upload, on the files that go into the zip.

bandit: no medium or high severity finding (exec/eval, unsafe XML parsing, hard-coded temporary
paths, shell commands ... block publication); flake8 with ``E9,F63,F7,F82``: no syntax error,
no undefined name. Both come from requirements-dev.txt (``make setup``).
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from build_package import package_members  # noqa: E402



@pytest.fixture(scope="module")
def packaged_sources(tmp_path_factory) -> Path:
    """The Python files of the plugin zip, laid out as in the zip."""
    folder = tmp_path_factory.mktemp("zip")
    for source, name in package_members():
        if name.endswith(".py"):
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    return folder / "isslide_qgis"


def _tool(name: str) -> str:
    path = Path(sys.executable).with_name(name)
    if not path.exists():
        pytest.skip(f"{name} not installed (make setup)")
    return str(path)


def test_bandit_finds_nothing_medium_or_high(packaged_sources: Path) -> None:
    assert len(list(packaged_sources.rglob("*.py"))) > 50
    done = subprocess.run([_tool("bandit"), "-q", "-r", str(packaged_sources), "-f", "json"],
                          capture_output=True, text=True, timeout=300)
    report = json.loads(done.stdout)
    assert not report["errors"], report["errors"]
    serious = [f"{r['filename']}:{r['line_number']} {r['test_id']} {r['issue_text']}"
               for r in report["results"] if r["issue_severity"] in ("MEDIUM", "HIGH")]
    assert not serious, "bandit findings that block publication:\n" + "\n".join(serious)


def test_bandit_would_catch_eval(tmp_path: Path) -> None:
    """The gate can fail: eval is a medium finding."""
    (tmp_path / "bad.py").write_text("def f(text):\n    return eval(text)\n")
    done = subprocess.run([_tool("bandit"), "-q", "-r", str(tmp_path), "-f", "json"],
                          capture_output=True, text=True, timeout=120)
    severities = {r["issue_severity"] for r in json.loads(done.stdout)["results"]}
    assert severities & {"MEDIUM", "HIGH"}


def test_flake8_no_syntax_errors_or_undefined_names(packaged_sources: Path) -> None:
    done = subprocess.run([_tool("flake8"), "--select=E9,F63,F7,F82", str(packaged_sources)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
