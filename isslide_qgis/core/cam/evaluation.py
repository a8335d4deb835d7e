"""Do the CAMs point at the true moving areas? Held-out patches, maps, and their scores.

Patches are cut from held-out simulated scenes (seeds from
:data:`~isslide_qgis.core.training.seeds.HELD_OUT_FIRST_SEED` on, never used in training or
threshold selection), one per moving body, centred on the body's deepest point as the ISSLIDE
authors centred their patches and shifted by up to ``jitter`` pixels (seeded), so a map that
just favours the patch centre gains little. Each CAM method explains each patch through the
same :class:`~isslide_qgis.core.inference.cam_predictor.CamPredictor` as whole-raster runs;
the two baselines are the coherence and the phase-gradient magnitude of the scene, cut the
same way. Scores: :mod:`isslide_qgis.core.evaluation.cam_metrics`.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
from torch import nn

from isslide_qgis.core.cam.raster import setup_cam
from isslide_qgis.core.evaluation.baselines import BASELINES
from isslide_qgis.core.evaluation.cam_metrics import energy_inside, pointing_hit
from isslide_qgis.core.insar.channels import make_channels
from isslide_qgis.core.insar.patches import annotation_centres, centred_window
from isslide_qgis.core.insar.simulation.constants import FRINGE_M
from isslide_qgis.core.models.card import ModelCard
from isslide_qgis.core.training.seeds import HELD_OUT_FIRST_SEED, VALIDATION_SEEDS

#: First scene seed of each split: held-out scenes score the methods; validation scenes (past
#: those used for thresholds) choose settings such as the default layers.
SPLIT_FIRST_SEEDS: dict[str, int] = {"held_out": HELD_OUT_FIRST_SEED,
                                     "validation": VALIDATION_SEEDS.start + 60_000}

#: Weakest signal (fringes) of a moving area an explanation is expected to find: a quarter
#: fringe, about 7 mm of LOS motion, the level under which a body is lost in the atmosphere and
#: decorrelation noise (domain notes; the demo's detection target uses the same line). The
#: truth marks bodies down to 0.5 mm, which no map can point at.
VISIBLE_FRINGES = 0.25

#: Variants evaluated besides the registry's methods (which run on one view): name -> options
#: of setup_cam. Score-CAM on all channels; Grad-CAM averaged over the tile's eight symmetries, as
#: whole-raster runs make it by default (:data:`~isslide_qgis.core.cam.views.DEFAULT_VIEWS`).
EXTRA_METHODS: dict[str, dict[str, object]] = {
    "scorecam_all_channels": {"method": "scorecam", "scorecam_fraction": 1.0},
    "gradcam_8_views": {"method": "gradcam", "views": 8},
}


@dataclass
class BodyPatches:
    """Patches centred (with jitter) on the moving bodies of held-out scenes.

    Attributes:
        phase, coherence: ``(N, S, S)`` float32, NaN: nodata.
        truth: ``(N, S, S)`` uint8 moving areas.
        seeds: ``(N,)`` scene seed of each patch.
        baselines: ``{name: (N, S, S)}`` baseline maps computed on the whole scene, then cut.
        fringes: ``(N,)`` strongest signal of the moving areas in each patch: the peak LOS
            displacement over the truth, in fringes (half the radar wavelength each).
    """

    phase: np.ndarray
    coherence: np.ndarray
    truth: np.ndarray
    seeds: np.ndarray
    baselines: dict[str, np.ndarray]
    fringes: np.ndarray

    def visible(self, fringes: float = VISIBLE_FRINGES) -> np.ndarray:
        """``(N,)`` True for the patches whose moving areas reach ``fringes``."""
        return self.fringes >= fringes

    def __len__(self) -> int:
        return len(self.seeds)

    @property
    def valid(self) -> np.ndarray:
        """Pixels with data."""
        return np.isfinite(self.phase) & np.isfinite(self.coherence)


def body_patches(scenes: int, split: str = "held_out", scene_size: int = 512,
                 patch_size: int = 100, jitter: int = 30, family: str = "legacy") -> BodyPatches:
    """One patch per moving body of the first ``scenes`` scenes of ``split`` (a key of
    :data:`SPLIT_FIRST_SEEDS`) simulated by ``family`` (:mod:`..insar.simulation.families`)."""
    from isslide_qgis.core.training.datasets import simulated_scene

    first_seed = SPLIT_FIRST_SEEDS[split]
    arrays: dict[str, list[np.ndarray]] = {"phase": [], "coherence": [], "truth": []}
    baselines: dict[str, list[np.ndarray]] = {name: [] for name in BASELINES}
    seeds: list[int] = []
    fringes: list[float] = []
    for seed in range(first_seed, first_seed + scenes):
        scene = simulated_scene(seed, scene_size, family=family)
        rng = np.random.default_rng([seed, 31])
        maps = {name: baseline(scene.phase, scene.coherence) for name, baseline in BASELINES.items()}
        for row, col in annotation_centres(scene.truth, patch_size):
            dr, dc = rng.integers(-jitter, jitter + 1, size=2)
            w = centred_window((row + int(dr), col + int(dc)), patch_size, *scene.truth.shape)
            cut = (slice(w.row_off, w.row_off + patch_size), slice(w.col_off, w.col_off + patch_size))
            for name, source in (("phase", scene.phase), ("coherence", scene.coherence),
                                 ("truth", scene.truth)):
                arrays[name].append(source[cut])
            for name, values in maps.items():
                baselines[name].append(values[cut])
            seeds.append(seed)
            moving = scene.truth[cut] > 0
            fringes.append(float(np.abs(scene.displacement_los_m[cut][moving]).max(initial=0.0)) / FRINGE_M)
    return BodyPatches(np.stack(arrays["phase"]).astype(np.float32),
                       np.stack(arrays["coherence"]).astype(np.float32),
                       np.stack(arrays["truth"]).astype(np.uint8), np.array(seeds),
                       {name: np.stack(v) for name, v in baselines.items()}, np.array(fringes))


def cam_maps(model: nn.Module, card: ModelCard, patches: BodyPatches, method: str = "gradcam",
             target: str | None = None, batch_size: int = 8,
             progress: Callable[[int], None] | None = None, **options: object) -> np.ndarray:
    """``(N, S, S)`` CAMs of the patches (NaN on nodata), as whole-raster runs compute a tile.

    Args:
        target: default ``"all"`` for ECSPLAIN (its logit on every patch) and ``"prediction"``
            for a segmenter (its logits over what it detects).
        **options: other options of :func:`~isslide_qgis.core.cam.raster.setup_cam`.
    """
    if target is None:
        target = "all" if card.task == "classification" else "prediction"
    predictor = setup_cam(model, card, method=method, target=target, device="cpu", **options).predictor
    channels = make_channels(patches.phase, patches.coherence, card.input_convention)
    maps = np.empty(patches.phase.shape, dtype=np.float32)
    for start in range(0, len(patches), batch_size):
        part = slice(start, start + batch_size)
        maps[part] = predictor.predict(channels[part]).maps[:, 0]
        if progress is not None:
            progress(min(start + batch_size, len(patches)))
    return np.where(patches.valid, maps, np.nan)


def per_patch_scores(maps: np.ndarray, truth: np.ndarray, tolerance: int) -> dict[str, np.ndarray]:
    """``{"energy_inside": (N,), "pointing_game": (N,)}`` of each patch's map."""
    return {"energy_inside": np.array([energy_inside(m, t) for m, t in zip(maps, truth)]),
            "pointing_game": np.array([pointing_hit(m, t, tolerance) for m, t in zip(maps, truth)])}


def summarise(scores: dict[str, np.ndarray], baselines: Mapping[str, dict[str, np.ndarray]] | None = None,
              visible: np.ndarray | None = None) -> dict[str, float]:
    """Means of the per-patch scores (and, given the ``visible`` patches, their means there as
    ``<score>_visible``); against ``baselines`` (their per-patch scores on the same patches):
    the share of patches whose energy inside truth beats every baseline, and per baseline the
    mean paired energy difference with its standard error."""
    summary = {name: round(float(values.mean()), 4) for name, values in scores.items()}
    if visible is not None:
        summary.update({f"{name}_visible": round(float(values[visible].mean()), 4) if visible.any()
                        else float("nan") for name, values in scores.items()})
    if baselines:
        energy = scores["energy_inside"]
        beats = np.all([energy > b["energy_inside"] for b in baselines.values()], axis=0)
        summary["beats_baselines_share"] = round(float(beats.mean()), 4)
        for name, other in baselines.items():
            margin = energy - other["energy_inside"]
            spread = margin.std(ddof=1) / np.sqrt(len(margin)) if len(margin) > 1 else float("nan")
            summary[f"energy_margin_{name}"] = round(float(margin.mean()), 4)
            summary[f"energy_margin_{name}_se"] = round(float(spread), 4)
    return summary
