"""The real command line: qgis_process finds the provider of the built plugin."""
from __future__ import annotations

from pathlib import Path

from tests.qgis.qgis_process import list_algorithms, make_profile, run_qgis_process, \
    venv_site_packages


def test_qgis_process_lists_provider_in_isolated_profile(plugin_zip: Path, tmp_path: Path):
    env = make_profile(tmp_path / "config", plugin_zip, packages=venv_site_packages())
    plugins = run_qgis_process(["plugins"], env)
    assert "* isslide_qgis" in plugins.stdout  # enabled in the isolated profile
    providers = list_algorithms(env)
    assert "isslide" in providers
    assert providers["isslide"]["name"] == "ISSLIDE"
    assert "isslide:checkinstallation" in providers["isslide"]["algorithms"]


def test_qgis_process_runs_algorithm_with_packages_folder(plugin_zip: Path, tmp_path: Path):
    env = make_profile(tmp_path / "config", plugin_zip, packages=venv_site_packages())
    done = run_qgis_process(["run", "isslide:checkinstallation"], env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "TORCH_VERSION:\t2.13.0" in done.stdout
