#!/usr/bin/env python3
"""Train the six shipped default models on simulated interferograms (2 CPU cores, < 60 min).

Usage::

    python scripts/train_default_weights.py [--output resources/models] [--only unet_w8 ...]
                                            [--quick] [--seed 0] [--jobs 2]

One data set serves every model: training patches cut from simulated scenes of the training
seed range, validation patches and whole validation scenes (some decoy-only) from the
validation range (see ``isslide_qgis.core.training.seeds``: held-out seeds >= 900000 are
never touched). Each model is trained with its schedule in :data:`PLANS`; its pixel or
detection/localisation thresholds are chosen on validation; its checkpoint (float16 weights
and model card) goes to ``<output>/<name>.pt``; ``<output>/README.md`` is rewritten from the
cards found there. The models run in two lanes (:data:`LANES`) in parallel worker processes
(``--jobs 2``), each model on one torch thread: one thread per process is faster in total
than two threads per model on 2 cores, does not collapse when other processes share the
cores, and makes the weights independent of ``--jobs``. ECSPLAIN starts from the trained
FCN's backbone, so it follows it in its lane. Same seed, same machine type: same weights.
``--quick`` trains a few steps on a few scenes (tests, smoke runs). After training, every
segmenter is exported to ``<output>/<name>.onnx`` (ONNX Runtime backend, Deepness), checked
against torch on the sample scene; ``--onnx-only`` does just that on the weights already there.
"""
from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import torch  # noqa: E402

from isslide_qgis.core.insar.simulation.families import list_families  # noqa: E402
from isslide_qgis.core.models import get_model  # noqa: E402
from isslide_qgis.core.training.config import TrainConfig  # noqa: E402
from isslide_qgis.core.training.datasets import SimulatedPatches, simulated_patches  # noqa: E402
from isslide_qgis.core.training.fit import ValidationData, fit_model  # noqa: E402
from isslide_qgis.core.training.model_readme import write_models_readme  # noqa: E402
from isslide_qgis.core.training.scenes import validation_scenes  # noqa: E402
from isslide_qgis.core.training.seeds import check_seed_range  # noqa: E402


@dataclass(frozen=True)
class DataPlan:
    """The simulated data: training patches, validation patches and validation scenes."""

    train: SimulatedPatches
    validation: SimulatedPatches
    scene_first_seed: int
    scenes: int
    decoy_first_seed: int
    decoy_scenes: int
    scene_size: int = 512


@dataclass(frozen=True)
class Plan:
    """One model's training settings (the rest: TrainConfig defaults)."""

    epochs: int
    learning_rate: float
    extra: dict = field(default_factory=dict)


#: The training families (legacy, lobate, slab), drawn in turn by seed. Never the selection or
#: the untouched family: those judge the models (scripts/validate_out_of_family.py).
FAMILIES = tuple(f.name for f in list_families("training"))
#: Positives anywhere in the patch (a body's annotation centre up to 40 px off the patch
#: centre: patches are 100 px) and five background patches per scene (ten without bodies):
#: with the decoys, about half of the patches hold no movement.
PATCHES = dict(scene_size=384, jitter=40, background_per_scene=5, families=FAMILIES)

DATA = DataPlan(
    train=SimulatedPatches(first_seed=0, n_scenes=720, **PATCHES),
    validation=SimulatedPatches(first_seed=800_000, n_scenes=90, **PATCHES),
    scene_first_seed=800_500, scenes=24, decoy_first_seed=801_000, decoy_scenes=9,
)
QUICK_DATA = DataPlan(
    train=SimulatedPatches(first_seed=0, n_scenes=6, **{**PATCHES, "scene_size": 256}),
    validation=SimulatedPatches(first_seed=800_000, n_scenes=3, **{**PATCHES, "scene_size": 256}),
    scene_first_seed=800_500, scenes=1, decoy_first_seed=801_000, decoy_scenes=1, scene_size=256,
)

#: The model whose trained backbone starts ECSPLAIN (see core/training/initialisation.py).
ECSPLAIN_INIT = "fcn_resnet18_w16"

#: model -> schedule of the shipped weights (batch 16, Adam betas (0.5, 0.999), cosine decay).
#: Step times on one thread of the development VM (batch 16, 100 x 100): FCN 0.18 s,
#: DeepLabV3 0.17 s, U-Net 0.29 s, ResU-Net 0.34 s, SepU-Net 0.24 s, ECSPLAIN 0.10 s
#: (Grad-CAM loss, second order); ~360 steps per epoch. ECSPLAIN draws each whole-fringe plug
#: patch (a block body near a whole number of fringes, visible only by its decorrelated rim;
#: ``datasets.body_kind``) three more times per epoch: chosen on the selection family (README).
PLANS: dict[str, Plan] = {
    "fcn_resnet18_w16": Plan(epochs=20, learning_rate=2e-3),
    "ecsplain_resnet18_w16": Plan(epochs=16, learning_rate=5e-4, extra={
        "init_from": ECSPLAIN_INIT, "oversample": {"whole_fringe_plug": 3}}),
    "sepunet_w8": Plan(epochs=6, learning_rate=3e-3),
    "resunet_w8": Plan(epochs=5, learning_rate=3e-3),
    "unet_w8": Plan(epochs=6, learning_rate=3e-3),
    "deeplabv3_resnet18_w16": Plan(epochs=9, learning_rate=2e-3),
}
#: Two lanes of about equal length, one per worker; ECSPLAIN follows the FCN it starts from.
LANES: tuple[tuple[str, ...], ...] = (
    ("fcn_resnet18_w16", "ecsplain_resnet18_w16", "sepunet_w8"),
    ("resunet_w8", "unet_w8", "deeplabv3_resnet18_w16"),
)


def build_data(data: DataPlan, workers: int) -> tuple:
    """Simulate the training patches and the validation patches and scenes."""
    for name, spec in (("training", data.train), ("validation", data.validation)):
        check_seed_range(name, spec.first_seed, spec.n_scenes)
    check_seed_range("validation", data.scene_first_seed, data.scenes)
    check_seed_range("validation", data.decoy_first_seed, data.decoy_scenes)
    train = simulated_patches(data.train, workers=workers)
    patches = simulated_patches(data.validation, workers=workers)
    families = data.train.families
    scenes = validation_scenes(data.scene_first_seed, data.scenes, data.scene_size, families=families)
    scenes += validation_scenes(data.decoy_first_seed, data.decoy_scenes, data.scene_size, decoy_only=True,
                                families=families)
    return train, ValidationData(patches, scenes)


def training_info(data: DataPlan) -> dict:
    """What the model cards record about the data."""
    return {
        "data": "simulated (isslide_qgis.core.insar.simulation families, enriched density)",
        "training_families": list(data.train.families),
        "selection_family": "selection (thresholds, minimum area and default model: "
                            "scripts/validate_out_of_family.py --apply)",
        "untouched_family": "untouched (never used for a choice; figures in the card's "
                            "out_of_family entry)",
        "training_scenes": data.train.to_dict(),
        "validation_patch_scenes": data.validation.to_dict(),
        "validation_scenes": {"seeds": [data.scene_first_seed, data.scene_first_seed + data.scenes - 1],
                              "decoy_only_seeds": [data.decoy_first_seed,
                                                   data.decoy_first_seed + data.decoy_scenes - 1],
                              "size": data.scene_size},
        "seed_ranges": {"training": "0-799999", "validation": "800000-899999",
                        "held_out_never_used": "900000+"},
        "script": "scripts/train_default_weights.py",
    }


#: the data, built once in the parent process and inherited by the forked workers
_SHARED: dict[str, object] = {}


def train_one(name: str, output: Path, seed: int, quick: bool) -> str:
    """Train one model with one torch thread (so results do not depend on the worker count)."""
    torch.set_num_threads(1)
    plan = PLANS[name]
    extra = dict(plan.extra)
    init_from = extra.pop("init_from", None)
    if init_from is not None:
        extra["init_checkpoint"] = str(output / f"{init_from}.pt")
    config = TrainConfig(name, epochs=1 if quick else plan.epochs, learning_rate=plan.learning_rate,
                         seed=seed, num_threads=1, **extra)

    def log(entry: dict) -> None:
        losses = ", ".join(f"{k} {v:.4f}" for k, v in entry.items() if k not in ("epoch", "lr", "seconds"))
        print(f"  {name} epoch {entry['epoch']}/{config.epochs}: {losses} ({entry['seconds']:.0f} s)", flush=True)

    info = dict(_SHARED["info"])
    if init_from is not None:
        info["initialised_from"] = f"{init_from}.pt of the same run (its ResNet backbone)"
    fit = fit_model(config, _SHARED["train"], _SHARED["validation"], output / f"{name}.pt",
                    training_info=info, on_epoch=log)
    params = sum(p.numel() for p in get_model(name).parameters())
    line = (f"{name}: {fit.seconds:.0f} s, {params} parameters, {fit.path.stat().st_size / 1e6:.2f} MB, "
            f"thresholds {fit.card.thresholds}, metrics {fit.card.metrics}")
    print(line, flush=True)
    return line


def train_lane(names: tuple[str, ...], output: Path, seed: int, quick: bool) -> list[str]:
    """Train models one after the other (a lane keeps ECSPLAIN after its FCN)."""
    return [train_one(name, output, seed, quick) for name in names]


def lanes_for(only: list[str] | None, output: Path) -> list[tuple[str, ...]]:
    """The lanes restricted to ``only``; ECSPLAIN brings its FCN when that is not in ``output``."""
    wanted = set(only or PLANS)
    if "ecsplain_resnet18_w16" in wanted and not (output / f"{ECSPLAIN_INIT}.pt").exists():
        wanted.add(ECSPLAIN_INIT)
    lanes = [tuple(n for n in lane if n in wanted) for lane in LANES]
    return [lane for lane in lanes if lane]


def export_onnx_models(output: Path) -> list[str]:
    """Export every segmenter checkpoint of ``output`` to ``<name>.onnx`` beside it (ECSPLAIN
    needs gradients for its map and stays on torch); print each check against torch."""
    from isslide_qgis.core.models.checkpoint import read_checkpoint
    from isslide_qgis.core.models.onnx_export import export_onnx

    written = []
    for checkpoint in sorted(output.glob("*.pt")):
        card, _ = read_checkpoint(checkpoint)
        if card.task != "segmentation":
            continue
        result = export_onnx(checkpoint, checkpoint.with_suffix(".onnx"))
        print(f"{result.path.name}: {result.bytes / 1024:.0f} KiB, max |torch - onnxruntime| "
              f"{result.max_abs_diff:.2g} on {result.tiles_checked} sample tiles", flush=True)
        written.append(result.path.name)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "resources" / "models")
    parser.add_argument("--only", action="append", choices=sorted(PLANS), help="train only these models")
    parser.add_argument("--quick", action="store_true", help="a tiny run (tests, smoke checks)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2,
                        help="models trained at once, one torch thread each (also data workers)")
    parser.add_argument("--onnx-only", action="store_true",
                        help="only export the segmenters in --output to ONNX (no training)")
    args = parser.parse_args(argv)
    if args.onnx_only:
        export_onnx_models(args.output)
        return 0
    started = time.perf_counter()
    data = QUICK_DATA if args.quick else DATA
    train, validation = build_data(data, args.jobs)
    print(f"data: {len(train)} training patches {train.counts()}, {len(validation.patches)} validation "
          f"patches, {len(validation.scenes)} validation scenes ({time.perf_counter() - started:.0f} s)",
          flush=True)
    _SHARED.update(train=train, validation=validation, info=training_info(data))
    args.output.mkdir(parents=True, exist_ok=True)
    lanes = lanes_for(args.only, args.output)
    if args.jobs <= 1 or len(lanes) == 1:
        for lane in lanes:
            train_lane(lane, args.output, args.seed, args.quick)
    else:
        context = multiprocessing.get_context("fork")  # workers inherit the data (no copy)
        with ProcessPoolExecutor(max_workers=args.jobs, mp_context=context) as pool:
            list(pool.map(train_lane, lanes, *zip(*[(args.output, args.seed, args.quick)] * len(lanes))))
    export_onnx_models(args.output)
    write_models_readme(args.output)
    print(f"total: {time.perf_counter() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
