"""``python -m isslide_qgis``: the core's command line, run where QGIS cannot be imported."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BLOCKED = ("qgis", "PyQt5", "sip")


@pytest.fixture(scope="module")
def no_qgis_env(tmp_path_factory) -> dict[str, str]:
    """An environment where ``import qgis`` (or PyQt5, sip) fails, as on a server without QGIS."""
    shadow = tmp_path_factory.mktemp("no_qgis")
    for name in BLOCKED:
        (shadow / name).mkdir()
        (shadow / name / "__init__.py").write_text(
            f"raise ImportError('{name} is not installed on this server')\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(PYTHONPATH=os.pathsep.join([str(shadow), str(ROOT)]), OMP_NUM_THREADS="1")
    return env


def _cli(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "isslide_qgis", "--json", "--quiet", *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    if check:
        assert done.returncode == 0, done.stdout + done.stderr
    return done


def test_shadow_really_blocks_qgis(no_qgis_env: dict[str, str]) -> None:
    done = subprocess.run([sys.executable, "-c", "import qgis.core"], env=no_qgis_env,
                          capture_output=True, text=True)
    assert done.returncode != 0 and "not installed on this server" in done.stderr


def test_simulate_stack_then_process_it_without_qgis(no_qgis_env, tmp_path: Path) -> None:
    simulated = json.loads(_cli(no_qgis_env, "simulate", str(tmp_path / "ifgs"), "--seed", "4",
                                "--size", "96", "--dates", "3").stdout)
    assert len(simulated["pairs"]) == 3
    result = json.loads(_cli(no_qgis_env, "stack", str(tmp_path / "ifgs"), "--output-folder",
                             str(tmp_path / "out"), "--model", "sepunet_w8", "--threads", "1",
                             "--min-area", "0").stdout)
    assert len(result["done"]) == 3 and result["failed"] == {}
    assert Path(result["consistency"]).is_file()
    again = json.loads(_cli(no_qgis_env, "stack", str(tmp_path / "ifgs"), "--output-folder",
                            str(tmp_path / "out"), "--model", "sepunet_w8",
                            "--min-area", "0").stdout)
    assert again["done"] == [] and len(again["skipped"]) == 3  # resumed: nothing to redo


def test_detect_and_clear_errors_without_qgis(no_qgis_env, tmp_path: Path) -> None:
    _cli(no_qgis_env, "simulate", str(tmp_path / "scene"), "--size", "96", "--seed", "2")
    result = json.loads(_cli(
        no_qgis_env, "detect", str(tmp_path / "scene" / "phase.tif"), "--coherence",
        str(tmp_path / "scene" / "coherence.tif"), "--model", "sepunet_w8", "--threads", "1",
        "--probability", str(tmp_path / "p.tif"), "--areas", str(tmp_path / "a.gpkg")).stdout)
    assert Path(result["probability"]).is_file() and result["model"]
    failed = _cli(no_qgis_env, "detect", str(tmp_path / "scene" / "phase.tif"), "--model", "nope",
                  "--probability", str(tmp_path / "q.tif"), check=False)
    assert failed.returncode == 2 and "'nope' is not shipped" in failed.stderr
    assert "Traceback" not in failed.stderr and not (tmp_path / "q.tif").exists()
