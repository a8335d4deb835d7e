"""make_plan(): the geospatial packages are planned only when QGIS' Python cannot import them.

QGIS' Python is Debian's /usr/bin/python3 (rasterio, shapely, scipy and scikit-image from
Debian); a module ahead of its own on PYTHONPATH makes one of them unimportable, as on a QGIS
build that lacks it (the probe runs the interpreter with this process' environment).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from isslide_qgis.core.install.plan import make_plan


def _hide(tmp_path: Path, monkeypatch, *modules: str) -> None:
    blocker = tmp_path / "blocker"
    for module in modules:
        (blocker / module).mkdir(parents=True)
        (blocker / module / "__init__.py").write_text(
            f"raise ImportError('{module} is not part of this QGIS')\n", encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", str(blocker))


@pytest.mark.parametrize("hidden,planned", [
    (("skimage",), ["scikit-image"]),
    # scikit-image imports scipy: without scipy it cannot be imported either
    (("scipy", "shapely"), ["shapely", "scipy", "scikit-image"]),
])
def test_missing_geospatial_packages_are_planned(tmp_path: Path, monkeypatch, qgis_python: Path,
                                                 fake_pip: list[str], hidden: tuple,
                                                 planned: list) -> None:
    _hide(tmp_path, monkeypatch, *hidden)
    plan = make_plan("detection", tmp_path / "packages", python=qgis_python, pip=fake_pip)
    assert plan.requirements == ["onnxruntime==1.32.0", *planned, "numpy<2"]
    assert set(plan.provided_by_qgis) == {"rasterio", "shapely", "scipy",
                                          "scikit-image"} - set(planned)
    assert "Already provided by QGIS: " in plan.as_text()


def test_detection_plan_with_every_geospatial_package_present(tmp_path: Path, qgis_python: Path,
                                                              fake_pip: list[str]) -> None:
    plan = make_plan("detection", tmp_path / "packages", python=qgis_python, pip=fake_pip)
    assert [p.name for p in plan.packages] == ["onnxruntime"] and plan.flavour is None
