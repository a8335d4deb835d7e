"""SPOT-like natural-colour image (3-band uint8) of the scene, ``factor`` times finer.

SPOT 6/7 pan-sharpened images (1.5 m) are what ISSLIDE analysts use to confirm a landform;
here the image is 3-4x finer than the interferogram (~4-5 m), enough to see rock-glacier
lobes and ridges and landslide scarps. Radiometry = land-cover colour (the same soft classes
as the coherence model, :mod:`.landcover`) x albedo texture x shading, plus a little haze:
- shading: Lambertian hill shade (Horn 1981) of the DEM gradients, bilinearly upsampled, plus
  the micro-relief of the bodies (:mod:`.landforms`); the sun is in the south-east (SPOT
  crosses the equator at 10:30 local time), elevation 30-60 deg;
- texture: white and 2-pixel noise (grain of scree, rock), coarser patches (meadows), tree
  crowns (forest), a smooth surface for snow.
The image is made in strips of rows, so large scenes stay fast and light in memory.
"""
from __future__ import annotations

import numpy as np

from .deformation import MovingBody
from .grid import SimulationGrid
from .landcover import CLASSES, LandcoverParams, landcover_weights
from .landforms import LandformRelief, landform_relief
from .terrain import Terrain, hillshade

#: Natural colours (RGB, 0-255) of the land-cover classes, debris and bare soil.
CLASS_RGB: dict[str, tuple[float, float, float]] = {
    "forest": (40.0, 64.0, 36.0),
    "meadow": (120.0, 138.0, 74.0),
    "scree": (170.0, 165.0, 154.0),
    "rock": (118.0, 114.0, 108.0),
    "snow": (246.0, 248.0, 252.0),
}
DEBRIS_RGB = (152.0, 142.0, 126.0)
SOIL_RGB = (140.0, 112.0, 80.0)
#: Relative albedo texture per class (fine grain, patches).
CLASS_TEXTURE: dict[str, tuple[float, float]] = {
    "forest": (0.15, 0.35),
    "meadow": (0.08, 0.15),
    "scree": (0.18, 0.08),
    "rock": (0.15, 0.2),
    "snow": (0.02, 0.03),
}


_SURFACES = list(CLASSES) + ["debris", "soil"]
_RGB = {**CLASS_RGB, "debris": DEBRIS_RGB, "soil": SOIL_RGB}
_TEX = {**CLASS_TEXTURE, "debris": (0.2, 0.05), "soil": (0.2, 0.05)}
#: Colour matrices (3 x surfaces): plain colour, and colour x fine / patch texture amplitude.
_COLOURS = np.array([_RGB[n] for n in _SURFACES], np.float32).T
_COLOURS_FINE = _COLOURS * np.array([_TEX[n][0] for n in _SURFACES], np.float32)[None, :]
_COLOURS_PATCH = _COLOURS * np.array([_TEX[n][1] for n in _SURFACES], np.float32)[None, :]


def _interp_axis(
    n_coarse: int, factor: int, start: int, stop: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Indices and weights of a bilinear (pixel-centre aligned) upsampling along one axis."""
    x = (np.arange(start, stop) + 0.5) / factor - 0.5
    x = np.clip(x, 0.0, n_coarse - 1.0)
    i0 = np.floor(x).astype(np.intp)
    i1 = np.minimum(i0 + 1, n_coarse - 1)
    return i0, i1, (x - i0).astype(np.float32)


def upsample_rows(coarse: np.ndarray, factor: int, start: int, stop: int, col_axis: tuple) -> np.ndarray:
    """Bilinear upsampling of ``coarse`` to fine rows ``start:stop`` (all fine columns)."""
    i0, i1, wy = _interp_axis(coarse.shape[0], factor, start, stop)
    j0, j1, wx = col_axis
    rows = coarse[i0] * (1.0 - wy)[:, None] + coarse[i1] * wy[:, None]
    return rows[:, j0] * (1.0 - wx) + rows[:, j1] * wx


def _strip_reliefs(reliefs: list[LandformRelief], r0: int, r1: int):
    for rel in reliefs:
        a, b = max(r0, rel.rows.start), min(r1, rel.rows.stop)
        if a < b:
            yield rel, slice(a - r0, b - r0), slice(a - rel.rows.start, b - rel.rows.start)


def make_optical(
    rng: np.random.Generator,
    grid: SimulationGrid,
    terrain: Terrain,
    params: LandcoverParams,
    jitter: np.ndarray,
    bodies: list[MovingBody],
    factor: int,
    landform_rng: np.random.Generator | None = None,
    strip_pixels: int = 1_500_000,
) -> tuple[np.ndarray, SimulationGrid]:
    """The optical image ``(3, H*factor, W*factor)`` uint8 and its grid.

    Args:
        rng: Generator.
        grid: Interferogram grid.
        terrain: DEM and gradients on ``grid``.
        params: Land-cover limits (shared with the coherence model).
        jitter: The unit-std field that made the land-cover limits irregular, on ``grid``.
        bodies: Moving bodies (their landforms are drawn).
        factor: Resolution factor (optical pixel = interferogram pixel / factor).
        landform_rng: Generator of the bodies' micro-relief (default: ``rng``); a separate
            one keeps the rest of the image identical with or without bodies.
        strip_pixels: Pixels processed per strip (memory vs. speed).
    """
    fine = grid.scaled(factor)
    sun_az, sun_el = rng.uniform(120.0, 200.0), rng.uniform(30.0, 60.0)
    haze = rng.uniform(0.0, 20.0)
    reliefs = [landform_relief(landform_rng or rng, body, fine) for body in bodies]
    grads = []
    for rel in reliefs:
        dzr, dzc = np.gradient(rel.dz, fine.dy_m, fine.dx_m)
        grads.append((dzc.astype(np.float32), (-dzr).astype(np.float32)))
    grad_of = {id(rel): g for rel, g in zip(reliefs, grads)}
    patches = rng.standard_normal(((grid.height + 1) // 2 + 1, (grid.width + 1) // 2 + 1), dtype=np.float32)
    grain = rng.standard_normal((fine.height // 2 + 2, fine.width // 2 + 2), dtype=np.float32)
    col_f = _interp_axis(grid.width, factor, 0, fine.width)
    col_p = _interp_axis(patches.shape[1], 2 * factor, 0, fine.width)
    col_g = _interp_axis(grain.shape[1], 2, 0, fine.width)
    haze_rgb = (haze * np.array([0.6, 0.8, 1.0], np.float32))[:, None, None]
    out = np.empty((3, fine.height, fine.width), np.uint8)
    step = max(factor, (strip_pixels // fine.width) // factor * factor)
    for r0 in range(0, fine.height, step):
        r1 = min(fine.height, r0 + step)
        up = lambda a: upsample_rows(a, factor, r0, r1, col_f)  # noqa: E731
        z, gx, gy, jit = up(terrain.dem), up(terrain.dz_de), up(terrain.dz_dn), up(jitter)
        debris = np.zeros_like(z)
        soil = np.zeros_like(z)
        for rel, s_out, s_rel in _strip_reliefs(reliefs, r0, r1):
            gxe, gye = grad_of[id(rel)]
            gx[s_out, rel.cols] += gxe[s_rel]
            gy[s_out, rel.cols] += gye[s_rel]
            debris[s_out, rel.cols] = np.maximum(debris[s_out, rel.cols], rel.debris[s_rel])
            soil[s_out, rel.cols] = np.maximum(soil[s_out, rel.cols], rel.soil[s_rel])
        slope = np.degrees(np.arctan(np.hypot(gx, gy)))
        aspect = np.degrees(np.arctan2(-gx, -gy)) % 360.0
        white = rng.standard_normal((r1 - r0, fine.width), dtype=np.float32)
        grain_up = upsample_rows(grain, 2, r0, r1, col_g)
        fine_tex = 0.6 * white + 0.8 * grain_up
        patch_tex = upsample_rows(patches, 2 * factor, r0, r1, col_p)
        weights = landcover_weights(z, slope, aspect, params, jit + 0.15 * patch_tex)
        shade = 0.25 + 0.95 * hillshade(gx, gy, sun_az, sun_el)
        cover = debris + soil
        bare = np.clip(cover, 0.0, 1.0)
        weights["forest"] *= 0.8 + 0.3 * np.tanh(2.0 * grain_up)
        stack = np.stack([weights[name] * (1.0 - bare) for name in CLASSES] + [debris, soil])
        stack[-2:] /= np.maximum(cover, 1.0)
        value = _COLOURS @ stack.reshape(len(stack), -1)
        value += (_COLOURS_FINE @ stack.reshape(len(stack), -1)) * fine_tex.reshape(1, -1)
        value += (_COLOURS_PATCH @ stack.reshape(len(stack), -1)) * patch_tex.reshape(1, -1)
        value = value.reshape(3, r1 - r0, fine.width) * shade + haze_rgb
        out[:, r0:r1] = np.clip(value, 0, 255).astype(np.uint8)
    return out, fine
