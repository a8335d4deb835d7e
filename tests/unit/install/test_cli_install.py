"""``python -m isslide_qgis install``: the plan first (--dry-run installs nothing), a re-run
with everything present does nothing and exits 0."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from isslide_qgis.core.install.installer import install
from isslide_qgis.core.install.plan import make_plan

ROOT = Path(__file__).resolve().parents[3]


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"}
    return subprocess.run([sys.executable, "-m", "isslide_qgis", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_dry_run_prints_plan_and_pip_command(tmp_path: Path, qgis_python: Path) -> None:
    target = tmp_path / "packages"
    done = _cli("--json", "install", "everything", "--target", str(target), "--python",
                str(qgis_python), "--driver-version", "580.65.06", "--dry-run")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    plan = result["plan"]
    assert result["status"] == "dry run" and plan["torch"] == "cu130"
    command = plan["pip_command"]
    assert command[:4] == [str(qgis_python), "-m", "pip", "install"]
    assert {"onnxruntime==1.32.0", "onnx==1.23.2", "onnxscript==0.7.2", "torch==2.13.0+cu130",
            "numpy<2"} <= set(command)
    index = command[command.index("--extra-index-url") + 1]
    assert index == "https://download.pytorch.org/whl/cu130"
    assert "Installation plan (everything)" in done.stderr and "Download: about" in done.stderr
    assert not target.exists()  # nothing installed, nothing created


@pytest.mark.parametrize("driver,flavour,index", [
    ("none", "cpu", "https://download.pytorch.org/whl/cpu"),  # no NVIDIA driver: CPU build
    ("470.256.02", "cpu", "https://download.pytorch.org/whl/cpu"),  # CUDA 11 driver: too old
    ("535.183.01", "cu126", "https://download.pytorch.org/whl/cu126"),
])
def test_dry_run_plan_for_cpu_and_driver_versions(tmp_path: Path, qgis_python: Path, driver: str,
                                                  flavour: str, index: str) -> None:
    done = _cli("--json", "install", "everything", "--target", str(tmp_path / "p"), "--python",
                str(qgis_python), "--driver-version", driver, "--dry-run")
    assert done.returncode == 0, done.stderr
    plan = json.loads(done.stdout)["plan"]
    assert plan["torch"] == flavour and plan["index_url"] == index
    assert f"torch==2.13.0+{flavour}" in plan["pip_command"]
    shown = "none" if driver == "none" else driver
    assert f"PyTorch build: {flavour} (NVIDIA driver: {shown})" in done.stderr
    assert not (tmp_path / "p").exists()


def test_dry_run_offline_uses_the_wheels_folder_only(tmp_path: Path, qgis_python: Path) -> None:
    done = _cli("install", "everything", "--target", str(tmp_path / "p"), "--python",
                str(qgis_python), "--driver-version", "none", "--wheels", str(tmp_path),
                "--dry-run")
    assert done.returncode == 0, done.stderr
    assert f"--no-index --find-links {tmp_path}" in done.stdout
    assert "torch==2.13.0 numpy<2" in done.stdout and "the one in the wheels folder" in done.stdout


def test_rerun_with_everything_present_does_nothing(tmp_path: Path, qgis_python: Path,
                                                    fake_pip: list[str]) -> None:
    target = tmp_path / "packages"
    folder = install(make_plan("detection", target, python=qgis_python, pip=fake_pip),
                     tmp_path, in_use=[]).folder
    done = _cli("install", "detection", "--target", str(target), "--python", str(qgis_python))
    assert done.returncode == 0, done.stderr
    assert "nothing to do" in done.stdout and "status: up to date" in done.stdout
    assert sorted(target.glob("packages-*")) == [folder]


def test_unknown_wheels_folder_is_an_actionable_error(tmp_path: Path) -> None:
    done = _cli("install", "detection", "--target", str(tmp_path), "--wheels",
                str(tmp_path / "missing"), "--dry-run")
    assert done.returncode == 2 and "does not exist" in done.stderr
    assert "Traceback" not in done.stderr


def test_numpy_constraint_follows_qgis_numpy_major() -> None:
    from isslide_qgis.core.install.profiles import numpy_constraint

    assert numpy_constraint("1.24.2") == numpy_constraint(None) == "numpy<2"
    assert numpy_constraint("2.1.3") == "numpy>=2,<3"


def test_a_python_without_pip_is_explained(tmp_path: Path) -> None:
    from isslide_qgis.core.errors import MissingDependencyError

    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(tmp_path / "venv")],
                   check=True, timeout=120)
    python = tmp_path / "venv" / "bin" / "python"
    with pytest.raises(MissingDependencyError, match="has no pip.*python3-pip"):
        make_plan("detection", tmp_path / "packages", python=python)
