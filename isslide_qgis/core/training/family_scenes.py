"""Scenes of a simulator family at the real density of moving areas, cached on disk.

A *family* (:mod:`isslide_qgis.core.insar.simulation.families`) is one set of physical choices
of the simulator (atmosphere, deformation field, coherence...). Out-of-family validation
scores models on scenes of families never used in training, at the density of the real
Queyras annotation (about 5.5 areas per 100 km^2), so that both the miss rate on small areas
and the false alarms count as they would on a real scene.

Each scene is simulated once and cached as
``<cache>/<family>/<seed>_<config hash>_<simulator hash>.npz`` (phase, coherence, truth, ground
area of each row's pixels, signal of the moving areas): a changed family gives a new config
hash, and a changed simulator (any edit of its source) a new simulator hash, so a stale scene is
never reused (a cache that outlived a simulator change once gave validation figures a clean
checkout did not reproduce); a cached scene written before the signal was kept is simulated
again.
"""
from __future__ import annotations

import functools
import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Protocol

import numpy as np

from ..evaluation.atomic_files import write_atomically
from ..evaluation.object_metrics import components
from ..inference.detection import RADAR_PIXEL_M
from ..insar.simulation.constants import FRINGE_M


class Family(Protocol):
    """What validation needs of a simulator family."""

    name: str

    def scene_config(self, rng: np.random.Generator, height: int = 512, width: int = 512,
                     density: str = "real") -> Any:
        """A ``SceneConfig`` drawn from ``rng``."""


@dataclass(frozen=True)
class FamilyScene:
    """The arrays of one simulated scene and where it comes from.

    Attributes:
        family, seed: the family's name and the scene's seed.
        phase, coherence: float32, NaN where no data.
        truth: uint8 moving-area mask.
        row_areas_m2: ground area of one pixel of each row (m^2).
        signal_fringes: |LOS displacement| of the moving bodies in fringes (float16; 0 away
            from them), for recall by signal strength; None when unknown.
    """

    family: str
    seed: int
    phase: np.ndarray
    coherence: np.ndarray
    truth: np.ndarray
    row_areas_m2: np.ndarray
    signal_fringes: np.ndarray | None = None

    @property
    def valid(self) -> np.ndarray:
        """Pixels with data."""
        return np.isfinite(self.phase) & np.isfinite(self.coherence)

    @property
    def true_areas(self) -> int:
        """Number of true areas (8-connected components of the truth on valid pixels)."""
        return components((self.truth > 0) & self.valid)[1]

    @property
    def key(self) -> str:
        """``family/seed``: names the scene in caches and reports."""
        return f"{self.family}/{self.seed}"


def config_hash(config: Any) -> str:
    """A short stable hash of a ``SceneConfig`` (its fields as JSON)."""
    text = json.dumps(config.to_dict(), sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:10]


@functools.cache
def simulator_hash() -> str:
    """A short hash of the simulator's source (every module of ``insar.simulation``)."""
    from ..insar import simulation

    digest = hashlib.sha256()
    for path in sorted(Path(simulation.__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def row_areas(scene: Any) -> np.ndarray:
    """Per-row ground pixel areas of a simulated ``Scene`` (see :mod:`..vectorize.ground_area`)."""
    from rasterio.crs import CRS

    from ..insar.grid import RasterGrid
    from ..vectorize.ground_area import row_pixel_areas_m2

    crs = CRS.from_user_input(scene.crs) if scene.crs else None
    grid = RasterGrid(scene.width, scene.height, scene.transform, crs)
    return row_pixel_areas_m2(grid, RADAR_PIXEL_M)  # radar geometry: 14.64 m pixels assumed


def family_config(family: Family, seed: int, size: int, movement_free: bool) -> Any:
    """The config of scene ``seed`` (no optical image; no moving area when ``movement_free``)."""
    config = family.scene_config(np.random.default_rng(seed), height=size, width=size,
                                 density="real")
    changes: dict[str, Any] = {"optical": False}
    if movement_free:
        changes.update(n_bodies=(0, 0), body_density_per_100km2=None)
    return config.replace(**changes)


def save_arrays(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Write a compressed ``.npz`` atomically (a crash leaves no half-written cache file)."""
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    write_atomically(path, buffer.getvalue())


def family_scene(family: Family, seed: int, size: int = 512, movement_free: bool = False,
                 cache: Path | None = None) -> FamilyScene:
    """Scene ``seed`` of ``family`` at the real density, from the cache when it is there."""
    from ..insar.simulation import simulate_scene

    config = family_config(family, seed, size, movement_free)
    name = f"{seed}_{config_hash(config)}_{simulator_hash()}.npz"
    path = None if cache is None else Path(cache) / family.name / name
    if path is not None and path.exists():
        with np.load(path) as data:
            if "signal_fringes" in data:
                return FamilyScene(family.name, seed, *(data[k] for k in _CACHED))
    scene = simulate_scene(seed, config)
    signal = (np.abs(scene.displacement_los_m) / FRINGE_M).astype(np.float16)
    result = FamilyScene(family.name, seed, scene.phase, scene.coherence,
                         scene.truth.astype(np.uint8), row_areas(scene), signal)
    if path is not None:
        save_arrays(path, {k: getattr(result, k) for k in _CACHED})
    return result


#: The arrays of a cached scene, in :class:`FamilyScene` order.
_CACHED = ("phase", "coherence", "truth", "row_areas_m2", "signal_fringes")


def scenes_until(make: Callable[[int], FamilyScene], first_seed: int, min_true_areas: int,
                 max_scenes: int) -> Iterator[FamilyScene]:
    """Scenes ``make(first_seed)``, ``make(first_seed + 1)``... until they hold at least
    ``min_true_areas`` true areas (or ``max_scenes`` scenes were made)."""
    found = 0
    for seed in range(first_seed, first_seed + max_scenes):
        if found >= min_true_areas:
            return
        scene = make(seed)
        found += scene.true_areas
        yield scene
