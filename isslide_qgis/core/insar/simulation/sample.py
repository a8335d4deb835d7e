"""The bundled sample scene (resources/sample): its seed, config, files and README.

``scripts/make_sample_scene.py`` calls :func:`write_sample`; tests and demos can call it too
to rebuild the sample anywhere (same seed and config: the same arrays).
"""
from __future__ import annotations

import json
from pathlib import Path

from .config import SceneConfig
from .constants import FRINGE_M, WAVELENGTH_S1
from .scene import Scene, simulate_scene
from .writer import FILE_NAMES, write_scene_folder

#: Seed of the bundled sample (chosen for 5 bodies incl. bubbles and fringes, 2 decoys,
#: a swath border; checked by :func:`check_sample`).
SAMPLE_SEED = 8
#: JPEG quality of the sample's optical image (keeps the folder under 5 MB).
SAMPLE_JPEG_QUALITY = 80


def sample_config() -> SceneConfig:
    """~600 x 600 px, UTM 32N, 6-day baseline, a handful of bodies, 1-2 decoys, swath border."""
    return SceneConfig(
        height=600,
        width=600,
        baseline_days=6,
        crs="EPSG:32632",
        n_bodies=(5, 6),
        n_decoys=(1, 2),
        fringe_probability=0.4,
        nodata_layout="swath",
        turbulence_mm=2.5,
        stratification_mm_per_km=6.0,
        snowline_m=3000.0,
        optical_factor=3,
    )


def check_sample(scene: Scene) -> list[str]:
    """What the sample must show; returns the unmet requirements (empty when fine)."""
    kinds = {b["kind"] for b in scene.detectable_bodies}
    nodata = 1.0 - float(scene.valid.mean())
    checks = [
        (len(scene.detectable_bodies) >= 4, "at least 4 moving bodies"),
        (kinds == {"bubble", "fringes"}, "both a bubble (< 1 fringe) and a fringed body"),
        (1 <= len(scene.decoys) <= 2, "1-2 atmospheric decoys"),
        (0.03 < nodata < 0.4, "a swath border of nodata"),
    ]
    return [text for ok, text in checks if not ok]


def _readme(scene: Scene) -> str:
    cfg = scene.config
    rows = "\n".join(
        f"  {b['id']:>2}  {b['landform']:<12} {b['kind']:<8} {b['rate_mm_per_day']:+7.2f} mm/day  "
        f"peak {b['peak_los_mm']:+7.1f} mm ({b['fringes']:.2f} fringe)  {b['area_m2'] / 1e4:6.1f} ha"
        for b in scene.detectable_bodies
    )
    return f"""isslide_qgis sample scene (SIMULATED - not real Sentinel-1 data)
=================================================================

Made by scripts/make_sample_scene.py with the simulator isslide_qgis.core.insar.simulation:
  simulate_scene(seed={scene.seed}, config=sample_config())
Same seed and config -> same arrays and byte-identical files.

Files (all on one {cfg.width} x {cfg.height} px grid, {cfg.crs}, pixel {scene.pixel_size[0]} m,
except the optical image, {cfg.optical_factor}x finer over the same extent):
  phase.tif          wrapped interferometric phase, float32 radians [-pi, pi], NaN = no data
                     (outside the swath). Sentinel-1 C band, lambda = {WAVELENGTH_S1} m,
                     {cfg.baseline_days}-day baseline, {cfg.looks:g} looks, Goldstein filter alpha
                     {cfg.goldstein_alpha} / FFT {cfg.goldstein_fft} / window {cfg.goldstein_window}.
                     Sign: phase = {cfg.phase_sign:+.0f} * 4*pi*d_LOS/lambda, d_LOS > 0 towards the
                     satellite; one fringe (2*pi) = {FRINGE_M * 1000:.2f} mm of LOS motion.
  coherence.tif      estimated coherence, float32 [0, 1], NaN = no data.
  truth.tif          uint8 mask of the moving areas: 1 where |d_LOS| >= {cfg.truth_fraction:.0%} of the
                     body's peak, 0 elsewhere (also 0 outside the swath).
  moving_areas.gpkg  layer "moving_areas": the truth polygons with id, rate_mm_day (LOS),
                     area_m2, peak_los_mm, baseline_days, fringes, kind, landform.
  dem.tif            synthetic alpine DEM, float32 metres.
  optical.tif        SPOT-like natural-colour image, 3-band uint8 RGB (JPEG), where the rock
                     glaciers' lobes and ridges and the landslides' scarps can be seen.

Moving bodies:
{rows}
Atmospheric decoys (phase blobs that are NOT movement, not in the truth): {len(scene.decoys)}
Drawn for this pair: {json.dumps({k: v for k, v in scene.metadata.items() if k != "decoys"}, sort_keys=True)}

Config: {json.dumps(cfg.to_dict(), sort_keys=True)}
"""


def write_sample(output: str | Path) -> dict[str, Path]:
    """Simulate the sample scene and write its files and README.txt under ``output``.

    Raises:
        RuntimeError: The simulated scene no longer shows what the sample must show (a
            change in the simulator changed the draws: pick another ``SAMPLE_SEED``).
    """
    scene = simulate_scene(SAMPLE_SEED, sample_config())
    missing = check_sample(scene)
    if missing:
        raise RuntimeError(f"sample seed {SAMPLE_SEED} no longer gives: {', '.join(missing)}")
    output = Path(output)
    paths = write_scene_folder(scene, output, optical_quality=SAMPLE_JPEG_QUALITY)
    readme = output / "README.txt"
    readme.write_text(_readme(scene), encoding="utf-8")
    return {**paths, "readme": readme}


__all__ = ["FILE_NAMES", "SAMPLE_SEED", "check_sample", "sample_config", "write_sample"]
