"""Physically grounded simulator of Sentinel-1 interferograms with known moving areas.

It trains the shipped default models and feeds the tests: no real interferogram can be
downloaded. Typical use::

    rng = numpy.random.default_rng(0)
    scene = simulate_scene(seed=1, config=random_scene_config(rng, 512, 512))
    write_scene_folder(scene, "out/")

The modules, one physical term each: :mod:`.terrain`, :mod:`.radar_geometry`,
:mod:`.landcover`, :mod:`.deformation`, :mod:`.troposphere`, :mod:`.decoys`,
:mod:`.coherence`, :mod:`.decorrelation`, :mod:`.goldstein`, :mod:`.nodata`,
:mod:`.landforms`, :mod:`.optical`; assembled by :mod:`.scene`, written by :mod:`.writer`.
Alternative models of each effect (:mod:`.size_distribution`, :mod:`.outlines`,
:mod:`.displacement_profiles`, :mod:`.turbulence`, :mod:`.coherence`, :mod:`.chains`) are
named in :mod:`.models` and combined into simulator families by :mod:`.families`.
Its modules import numpy, scipy, shapely, affine and rasterio (osgeo for GeoPackages),
never QGIS; importing the package itself is cheap (names load on first use).
"""
from __future__ import annotations

from ...lazy import lazy_exports

#: public name -> submodule defining it
_EXPORTS: dict[str, str] = {
    "NODATA_LAYOUT_NAMES": "config",
    "SceneConfig": "config",
    "random_scene_config": "config",
    "FRINGE_M": "constants",
    "ISSLIDE_GOLDSTEIN": "constants",
    "ISSLIDE_LOOKS": "constants",
    "PIXEL_SIZE_DEG": "constants",
    "PIXEL_SIZE_M": "constants",
    "WAVELENGTH_S1": "constants",
    "displacement_to_phase": "constants",
    "phase_to_displacement": "constants",
    "wrap_phase": "constants",
    "expected_coherence_estimate": "decorrelation",
    "FAMILIES": "families",
    "SimulationFamily": "families",
    "get_family": "families",
    "list_families": "families",
    "noisy_interferogram": "decorrelation",
    "goldstein_filter": "goldstein",
    "SimulationGrid": "grid",
    "Scene": "scene",
    "simulate_scene": "scene",
    "FILE_NAMES": "writer",
    "write_scene": "writer",
    "write_scene_folder": "writer",
}

__all__ = sorted(_EXPORTS)
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
