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
cards found there. Models are trained ``--jobs`` at a time, each on one torch thread: one
thread per process is faster in total than two threads per model on 2 cores, does not
collapse when other processes share the cores, and makes the weights independent of the
number of jobs. Same seed, same machine type: same weights.
``--quick`` trains a few steps on a few scenes (tests, smoke runs).
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


DATA = DataPlan(
    train=SimulatedPatches(first_seed=0, n_scenes=800, scene_size=384),
    validation=SimulatedPatches(first_seed=800_000, n_scenes=40, scene_size=384),
    scene_first_seed=800_500, scenes=16, decoy_first_seed=801_000, decoy_scenes=8,
)
QUICK_DATA = DataPlan(
    train=SimulatedPatches(first_seed=0, n_scenes=6, scene_size=256),
    validation=SimulatedPatches(first_seed=800_000, n_scenes=3, scene_size=256),
    scene_first_seed=800_500, scenes=1, decoy_first_seed=801_000, decoy_scenes=1, scene_size=256,
)

#: model -> schedule of the shipped weights (batch 16, Adam betas (0.5, 0.999), cosine decay),
#: longest first (the workers take them in this order)
PLANS: dict[str, Plan] = {
    "resunet_w8": Plan(epochs=5, learning_rate=3e-3),
    "unet_w8": Plan(epochs=5, learning_rate=3e-3),
    "sepunet_w8": Plan(epochs=5, learning_rate=3e-3),
    "fcn_resnet18_w16": Plan(epochs=7, learning_rate=2e-3),
    "deeplabv3_resnet18_w16": Plan(epochs=7, learning_rate=2e-3),
    "ecsplain_resnet18_w16": Plan(epochs=12, learning_rate=1e-3),
}


def build_data(data: DataPlan, workers: int) -> tuple:
    """Simulate the training patches and the validation patches and scenes."""
    for name, spec in (("training", data.train), ("validation", data.validation)):
        check_seed_range(name, spec.first_seed, spec.n_scenes)
    check_seed_range("validation", data.scene_first_seed, data.scenes)
    check_seed_range("validation", data.decoy_first_seed, data.decoy_scenes)
    train = simulated_patches(data.train, workers=workers)
    patches = simulated_patches(data.validation, workers=workers)
    scenes = validation_scenes(data.scene_first_seed, data.scenes, data.scene_size)
    scenes += validation_scenes(data.decoy_first_seed, data.decoy_scenes, data.scene_size, decoy_only=True)
    return train, ValidationData(patches, scenes)


def training_info(data: DataPlan) -> dict:
    """What the model cards record about the data."""
    return {
        "data": "simulated (isslide_qgis.core.insar.simulation, random_scene_config)",
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
    config = TrainConfig(name, epochs=1 if quick else plan.epochs, learning_rate=plan.learning_rate,
                         seed=seed, num_threads=1, **plan.extra)

    def log(entry: dict) -> None:
        losses = ", ".join(f"{k} {v:.4f}" for k, v in entry.items() if k not in ("epoch", "lr", "seconds"))
        print(f"  {name} epoch {entry['epoch']}/{config.epochs}: {losses} ({entry['seconds']:.0f} s)", flush=True)

    fit = fit_model(config, _SHARED["train"], _SHARED["validation"], output / f"{name}.pt",
                    training_info=_SHARED["info"], on_epoch=log)
    params = sum(p.numel() for p in get_model(name).parameters())
    return (f"{name}: {fit.seconds:.0f} s, {params} parameters, {fit.path.stat().st_size / 1e6:.2f} MB, "
            f"thresholds {fit.card.thresholds}, metrics {fit.card.metrics}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "resources" / "models")
    parser.add_argument("--only", action="append", choices=sorted(PLANS), help="train only these models")
    parser.add_argument("--quick", action="store_true", help="a tiny run (tests, smoke checks)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2,
                        help="models trained at once, one torch thread each (also data workers)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    data = QUICK_DATA if args.quick else DATA
    train, validation = build_data(data, args.jobs)
    print(f"data: {len(train)} training patches {train.counts()}, {len(validation.patches)} validation "
          f"patches, {len(validation.scenes)} validation scenes ({time.perf_counter() - started:.0f} s)",
          flush=True)
    _SHARED.update(train=train, validation=validation, info=training_info(data))
    args.output.mkdir(parents=True, exist_ok=True)
    names = [n for n in PLANS if n in (args.only or PLANS)]  # PLANS is ordered longest first
    jobs = [(name, args.output, args.seed, args.quick) for name in names]
    if args.jobs <= 1 or len(jobs) == 1:
        results = [train_one(*job) for job in jobs]
    else:
        context = multiprocessing.get_context("fork")  # workers inherit the data (no copy)
        with ProcessPoolExecutor(max_workers=args.jobs, mp_context=context) as pool:
            results = list(pool.map(train_one, *zip(*jobs)))
    for line in results:
        print(line, flush=True)
    write_models_readme(args.output)
    print(f"total: {time.perf_counter() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
