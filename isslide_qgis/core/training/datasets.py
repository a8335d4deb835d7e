"""Patch sources for training: simulated scenes and ISSLIDE folders, and the network inputs.

Both sources give a :class:`~.patchset.PatchSet`; :class:`PatchDataset` turns it into network
inputs with a model's channel convention, and items ``(inputs (C, H, W) float32, mask (H, W)
float32, label int)``.

No data: pixels whose phase or coherence is missing get 0 in every channel (``NODATA_INPUT``).
Zero is what [coh*cos, coh*sin] gives for a coherence of 0, and for [coherence, cos, sin] it
reads "no coherence, no phase": a no-data pixel looks like fully decorrelated ground, never
like a fringe. Inference must fill no data the same way (the card's ``training`` records it).
Masks are 0 there (nothing is annotated where there is no data).

Simulated patches (:func:`simulated_patches`): per scene of :mod:`..insar.simulation` (seeds
of :mod:`.seeds`), positives centred on every moving body (the annotation centres of the
ISSLIDE authors, shifted by up to ``jitter`` pixels so bodies are not always in the middle;
kind ``"faint_body"`` or ``"whole_fringe_plug"`` for the bodies training may draw more often,
see :func:`body_kind`),
decoy patches centred on each atmospheric decoy, background patches drawn away from bodies,
and optionally the regular tiles of the scene (validation: the statistics of whole-scene
inference). Some scenes are forced decoy-only (no body, 2-5 decoys) on top of the 15 % that
:func:`~..insar.simulation.random_scene_config` draws.
"""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from ..errors import InputDataError, OperationCanceled
from ..insar.channels import make_channels
from ..insar.conventions import get_convention
from ..insar.dataset import PatchRecord, load_patch
from ..insar.patches import annotation_centres, centred_window, grid_windows, negative_centres
from ..messages import translate
from .augmentation import (Augmentation, AugmentationDraw, augment_coherence, augment_phase,
                           nodata_edge_mask, orient_batch)
from .patchset import PatchSet, kind_code

#: Value of every input channel where the phase or the coherence is missing.
NODATA_INPUT = 0.0
#: Peak signal (fringes of LOS motion) of a *faint* body: from the quarter fringe an analyst
#: expects to be found up to where the fringe pattern becomes plain. Its patches have kind
#: ``"faint_body"`` (same pixels as ``"body"``), so training can draw them more often.
FAINT_FRINGES = (0.25, 0.6)
#: A *whole-fringe plug*: a body moving as a block (at least ``flat`` of its pixels within 10 %
#: of its peak) of at least ``min_peak`` fringes whose peak is within ``max_offset`` of a whole
#: number of fringes. Its interior then shows about the phase of its surroundings: only the
#: thin decorrelated rim of its shear zone gives it away. Kind ``"whole_fringe_plug"``.
WHOLE_FRINGE_PLUG = {"min_peak": 0.8, "max_offset": 0.25, "flat": 0.3}


def network_inputs(phase: np.ndarray, coherence: np.ndarray | None, convention: str,
                   phase_offset: float | np.ndarray = 0.0) -> np.ndarray:
    """Channels of ``convention`` with no data set to :data:`NODATA_INPUT` (float32).

    Args:
        phase: (H, W) or (N, H, W) wrapped phase, NaN where no data.
        coherence: same shape, NaN where no data.
        convention: ``"coh_cos_sin"`` or ``"cohcos_cohsin"``.
        phase_offset: added to the phase before cos/sin (scalar or one per patch).
    """
    channels = make_channels(phase, coherence, convention, phase_offset=phase_offset)
    return np.nan_to_num(channels, nan=NODATA_INPUT, copy=False)


class PatchDataset:
    """Network inputs of a :class:`PatchSet` for one channel convention.

    Args:
        patches: the patches.
        convention: the model's input convention.
        augmentation: applied by :meth:`batch` when it is given a generator.
        normalisation: a model card's normalisation, applied after no data is set to 0.
    """

    def __init__(self, patches: PatchSet, convention: str,
                 augmentation: Augmentation | None = None,
                 normalisation: dict | None = None) -> None:
        self.patches = patches
        self.convention = get_convention(convention).name
        self.augmentation = augmentation or Augmentation.none()
        self._mean_std = None
        if normalisation and normalisation.get("kind") == "mean_std":
            self._mean_std = (np.asarray(normalisation["mean"], np.float32).reshape(1, -1, 1, 1),
                              np.asarray(normalisation["std"], np.float32).reshape(1, -1, 1, 1))

    def __len__(self) -> int:
        return len(self.patches)

    def __getitem__(self, index: int) -> tuple[np.ndarray, np.ndarray, int]:
        """``(inputs (C, H, W) float32, mask (H, W) float32, label)`` without augmentation."""
        inputs, masks, labels = self.batch(np.array([index]))
        return inputs[0], masks[0], int(labels[0])

    def batch(self, index: Sequence[int] | np.ndarray, rng: np.random.Generator | None = None
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Inputs (n, C, H, W), masks (n, H, W) float32 and labels (n,) of patches ``index``;
        augmented with draws from ``rng`` when one is given."""
        index = np.asarray(index, dtype=np.int64)
        phase, coherence, mask = self.patches.arrays(index)
        offset: np.ndarray | float = 0.0
        if rng is not None:
            draw: AugmentationDraw = self.augmentation.draw(rng, len(index))
            phase, coherence, mask = (orient_batch(a, draw) for a in (phase, coherence, mask))
            phase, offset = augment_phase(phase, draw), draw.offset
            coherence = augment_coherence(coherence, draw)
            blanked = nodata_edge_mask(draw, mask.shape[-2:])
            phase, coherence, mask = blank(phase, coherence, mask, blanked)
        inputs = network_inputs(phase, coherence, self.convention, offset)
        if self._mean_std is not None:
            inputs = (inputs - self._mean_std[0]) / self._mean_std[1]
        labels = mask.reshape(len(index), -1).any(axis=1).astype(np.int64)
        return inputs, mask.astype(np.float32), labels


def blank(phase: np.ndarray, coherence: np.ndarray | None, mask: np.ndarray,
          nodata: np.ndarray | None) -> tuple[np.ndarray, np.ndarray | None, np.ndarray]:
    """Phase and coherence NaN and mask 0 where ``nodata`` (``(n, H, W)``) is True; unchanged
    when it is ``None``. A patch whose moving pixels all fall there becomes a negative."""
    if nodata is None:
        return phase, coherence, mask
    phase = np.where(nodata, np.float32(np.nan), phase).astype(np.float32, copy=False)
    if coherence is not None:
        coherence = np.where(nodata, np.float32(np.nan), coherence).astype(np.float32, copy=False)
    return phase, coherence, np.where(nodata, 0, mask).astype(mask.dtype, copy=False)


@dataclass(frozen=True)
class SimulatedPatches:
    """Which simulated scenes and which patches of them.

    Attributes:
        first_seed: Seed of the first scene (see :mod:`.seeds` for the ranges).
        n_scenes: Number of scenes (seeds ``first_seed ...``).
        scene_size: Side of each scene in pixels.
        patch_size: Side of the patches (the model card's, 100).
        jitter: Largest shift (pixels, each axis) of a positive or decoy patch off its centre.
        background_per_scene: Background patches drawn per scene (twice that in decoy-only
            scenes).
        decoy_only_fraction: Share of scenes forced decoy-only (no body, 2-5 decoys).
        tiles: Also cut every scene into non-overlapping tiles (kind ``"tile"``).
        min_valid_fraction: Least share of valid pixels of a background patch.
        families: Simulator families (:mod:`..insar.simulation.families`) drawn in turn: scene
            ``seed`` is of family ``families[seed % len(families)]`` (``"legacy"`` alone: the
            historical ``random_scene_config``).
    """

    first_seed: int
    n_scenes: int
    scene_size: int = 384
    patch_size: int = 100
    jitter: int = 30
    background_per_scene: int = 3
    decoy_only_fraction: float = 0.15
    tiles: bool = False
    min_valid_fraction: float = 0.5
    families: tuple[str, ...] = ("legacy",)

    def to_dict(self) -> dict[str, object]:
        """JSON-friendly fields (for the model card)."""
        return {k: list(v) if isinstance(v, tuple) else v for k, v in self.__dict__.items()}


def family_of(seed: int, families: Sequence[str]) -> str:
    """The family of scene ``seed`` when ``families`` are drawn in turn."""
    return families[seed % len(families)]


def simulated_scene(seed: int, size: int, decoy_only_fraction: float = 0.0, family: str = "legacy"):
    """The training scene of ``seed``: ``family``'s enriched config drawn from
    ``default_rng(seed)`` (for ``"legacy"``: ``random_scene_config``) without optical image,
    forced decoy-only for a ``decoy_only_fraction`` of the seeds."""
    from ..insar.simulation import simulate_scene
    from ..insar.simulation.families import get_family

    forced = {}
    if np.random.default_rng([seed, 7]).random() < decoy_only_fraction:
        forced = {"n_bodies": (0, 0), "n_decoys": (2, 5)}
    config = get_family(family).scene_config(np.random.default_rng(seed), size, size, density="enriched",
                                             optical=False, **forced)
    return simulate_scene(seed, config)


def _decoy_centres(scene) -> list[tuple[int, int]]:
    inverse = ~scene.transform
    centres = []
    for geometry in scene.decoys:
        col, row = inverse * (geometry.centroid.x, geometry.centroid.y)
        centres.append((int(row), int(col)))
    return centres


def _jittered(centres: list[tuple[int, int]], jitter: int, rng: np.random.Generator) -> list[tuple[int, int]]:
    shifts = rng.integers(-jitter, jitter + 1, size=(len(centres), 2))
    return [(r + int(dr), c + int(dc)) for (r, c), (dr, dc) in zip(centres, shifts)]


def wrapped_offset(fringes: np.ndarray | float) -> np.ndarray:
    """Distance (fringes, 0..0.5) of each signal to the nearest whole number of fringes."""
    return np.abs(fringes - np.round(fringes))


def body_kind(signal: np.ndarray) -> str:
    """``"faint_body"``, ``"whole_fringe_plug"`` or ``"body"`` for one body from its pixels' LOS
    signal in fringes (see :data:`FAINT_FRINGES`, :data:`WHOLE_FRINGE_PLUG`)."""
    peak = float(signal.max())
    low, high = FAINT_FRINGES
    if low <= peak < high:
        return "faint_body"
    plug = WHOLE_FRINGE_PLUG
    if (peak >= plug["min_peak"] and wrapped_offset(peak) < plug["max_offset"]
            and float(np.mean(signal >= 0.9 * peak)) >= plug["flat"]):
        return "whole_fringe_plug"
    return "body"


def body_kinds(scene, centres: list[tuple[int, int]]) -> list[str]:
    """The :func:`body_kind` of the truth area holding each centre (8-connected, as true areas
    are scored)."""
    from ..evaluation.object_metrics import components
    from ..insar.simulation.constants import FRINGE_M

    areas, _ = components(scene.truth > 0)
    signal = np.abs(np.nan_to_num(scene.displacement_los_m)) / FRINGE_M
    return [body_kind(signal[areas == areas[r, c]]) for r, c in centres]


def scene_patches(seed: int, spec: SimulatedPatches) -> PatchSet:
    """The patches of one simulated scene (see :class:`SimulatedPatches`)."""
    scene = simulated_scene(seed, spec.scene_size, spec.decoy_only_fraction, family_of(seed, spec.families))
    rng = np.random.default_rng([seed, 11])
    size, (height, width) = spec.patch_size, scene.shape
    n_background = spec.background_per_scene * (1 if scene.bodies else 2)
    centres = annotation_centres(scene.truth, size)
    bodies = list(zip(body_kinds(scene, centres), _jittered(centres, spec.jitter, rng)))
    groups = [
        ("decoy", _jittered(_decoy_centres(scene), spec.jitter, rng)),
        ("background", negative_centres(scene.truth, scene.valid, n_background, size, rng,
                                        min_valid_fraction=spec.min_valid_fraction)),
    ]
    windows = [(kind, centred_window(c, size, height, width))
               for kind, c in bodies + [(kind, c) for kind, cs in groups for c in cs]]
    if spec.tiles:
        windows += [("tile", w) for w in grid_windows(height, width, size)]
    if not windows:
        return PatchSet.empty(size)
    cut = [(slice(w.row_off, w.row_off + size), slice(w.col_off, w.col_off + size)) for _, w in windows]
    return PatchSet.from_arrays(
        np.stack([scene.phase[s] for s in cut]), np.stack([scene.coherence[s] for s in cut]),
        np.stack([scene.truth[s] for s in cut]), np.array([kind_code(k) for k, _ in windows]), seed)


def simulated_patches(
    spec: SimulatedPatches,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    workers: int = 1,
) -> PatchSet:
    """Simulate ``spec.n_scenes`` scenes and cut their patches (deterministic for ``spec``).

    Args:
        spec: the scenes and patches.
        progress: receives 0..100.
        is_canceled: polled after each scene.
        workers: processes simulating scenes in parallel (same result for any number).

    Raises:
        OperationCanceled: ``is_canceled()`` returned True.
    """
    seeds = list(range(spec.first_seed, spec.first_seed + spec.n_scenes))
    sets: list[PatchSet] = []

    def collect(results) -> PatchSet:
        for done, patches in enumerate(results, start=1):
            if is_canceled is not None and is_canceled():
                raise OperationCanceled(translate(
                    "IsslideCore", "Simulating training scenes was cancelled; nothing was kept."))
            sets.append(patches)
            if progress is not None:
                progress(100.0 * done / max(len(seeds), 1))
        return PatchSet.concatenate(sets) if sets else PatchSet.empty(spec.patch_size)

    if workers <= 1 or len(seeds) < 2:
        return collect(scene_patches(seed, spec) for seed in seeds)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return collect(pool.map(scene_patches, seeds, [spec] * len(seeds), chunksize=4))


def isslide_patches(records: Sequence[PatchRecord]) -> PatchSet:
    """Read ISSLIDE patches (:func:`~..insar.dataset.read_isslide_dataset` records).

    Raises:
        InputDataError: a patch has no coherence (both conventions need it), or patches
            differ in size.
    """
    phases, coherences, masks, kinds = [], [], [], []
    for record in records:
        phase, coherence, mask = load_patch(record)
        if coherence is None:
            raise InputDataError(translate(
                "IsslideCore", "The patch '{path}' has no coherence file; the networks need the "
                "coherence. Add its coherence/ folder beside phase/.").format(path=record.phase_path))
        if phases and phase.shape != phases[0].shape:
            raise InputDataError(translate(
                "IsslideCore", "The patch '{path}' is {got} pixels but the others are {want}; "
                "train on patches of one size.").format(
                    path=record.phase_path, got=phase.shape, want=phases[0].shape))
        phases.append(phase)
        coherences.append(coherence)
        masks.append(mask)
        kinds.append(kind_code("annotated" if record.positive else "negative"))
    if not phases:
        raise InputDataError(translate("IsslideCore", "No ISSLIDE patch was given to train on."))
    return PatchSet.from_arrays(np.stack(phases), np.stack(coherences), np.stack(masks),
                                np.array(kinds), np.arange(len(phases)))
