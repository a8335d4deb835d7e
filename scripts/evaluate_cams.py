"""Evaluate the CAM methods of the shipped models against two baselines on held-out scenes.

For every patch centred (with jitter) on a moving body of the held-out simulated scenes
(:func:`isslide_qgis.core.cam.evaluation.body_patches`), each CAM method of the registry (and
Score-CAM with all channels) explains the shipped ECSPLAIN's logit and a shipped segmenter's
logits over what it detects; the maps are scored by energy inside truth and the pointing game
(:mod:`isslide_qgis.core.evaluation.cam_metrics`) next to the coherence map and the
phase-gradient magnitude. Writes ``docs/cam_evaluation.json`` and the side-by-side figure
``docs/cam_methods.png``, and prints the README table. Rerun it whenever the shipped weights
change (the JSON records each checkpoint's SHA-256).

Both scores are also given on the patches whose areas reach a quarter fringe
(``*_visible``): the truth marks bodies down to 0.5 mm of motion, which no map can find.

``--select-layers`` instead compares candidate layer sets of every shipped model on
*validation* scenes of the selection family (never the held-out ones, never a training
family) and writes ``docs/cam_layer_selection.json``: for each CAM method the set chosen by
:func:`isslide_qgis.core.cam.layer_choice.choose_layer_set` (pointing game first, then energy
inside truth; the defaults ``METHOD_CAM_LAYERS`` of :mod:`isslide_qgis.core.cam.layers`), and
per segmenter family the set whose worst energy is best (the fallback ``FAMILY_CAM_LAYERS``). Candidates: the
ECSPLAIN-like five, single deep layers and pairs; for ECSPLAIN its training five, single
layers of its stages and two pairs.

Usage::

    PYTHONPATH=. .venv/bin/python scripts/evaluate_cams.py [--scenes 60] [--threads 1]
    PYTHONPATH=. .venv/bin/python scripts/evaluate_cams.py --select-layers --scenes 30
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MODELS = ("ecsplain_resnet18_w16", "fcn_resnet18_w16")
FIGURE_METHODS = ("gradcam", "layercam", "scorecam", "normgrad")
BASELINE_TITLES = {"coherence": "coherence (baseline)", "phase_gradient": "phase gradient (baseline)"}
TOLERANCE = 2
#: The simulator family whose validation scenes choose the default layers: the family that
#: picks models and thresholds (no model is trained on it).
SELECTION_FAMILY = "selection"
_RESNET = ("backbone.maxpool", "backbone.layer2", "backbone.layer3", "backbone.layer4")
_UNET = ("encoder.0", "encoder.1", "encoder.2", "decoder.0", "decoder.1")


def _resnet_candidates(head: str) -> dict[str, tuple[str, ...]]:
    """Layer sets of a ResNet segmenter whose head ends with the activation ``head``."""
    return {"five (ECSPLAIN-like)": (*_RESNET, head), "head": (head,),
            "stage 4": _RESNET[3:4], "stage 3": _RESNET[2:3], "stage 4 + head": (_RESNET[3], head),
            "stage 2 + head": (_RESNET[1], head), "stages 3-4 + head": (*_RESNET[2:4], head)}


#: shipped model -> candidate layer sets; () stands for the model's own ``cam_layers``
LAYER_CANDIDATES: dict[str, dict[str, tuple[str, ...]]] = {
    "ecsplain_resnet18_w16": {
        "training five": (), "stage 1": ("layer1",), "stage 1, last conv": ("layer1.1.conv2",),
        "stage 2, first conv": ("layer2.0.conv1",), "stage 3, first conv": ("layer3.0.conv1",),
        "stage 4, first conv": ("layer4.0.conv1",),
        "stage 1 + stage 3 first conv": ("layer1", "layer3.0.conv1"),
        "stage 4 convs": ("layer4.0.conv1", "layer4.1.conv2")},
    "fcn_resnet18_w16": _resnet_candidates("classifier.2"),
    "deeplabv3_resnet18_w16": _resnet_candidates("classifier.3"),
    **{name: {"five (ECSPLAIN-like)": _UNET, "last decoder": _UNET[4:], "first decoder": _UNET[3:4],
              "bottleneck": _UNET[2:3], "decoders": _UNET[3:], "bottleneck + first decoder": _UNET[2:4],
              "bottleneck + decoders": _UNET[2:]}
       for name in ("unet_w8", "resunet_w8", "sepunet_w8")},
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def evaluate_model(name: str, patches, baseline_scores: dict, methods: dict, batch_size: int):
    """Scores of every method on ``name``'s shipped checkpoint; its maps by method."""
    from isslide_qgis.core.cam.evaluation import cam_maps, per_patch_scores, summarise
    from isslide_qgis.core.cam.layers import default_cam_layers
    from isslide_qgis.core.models import load_checkpoint

    path = ROOT / "resources" / "models" / f"{name}.pt"
    model, card = load_checkpoint(path)
    results, maps_by_method = {}, {}
    for label, options in methods.items():
        start = time.perf_counter()
        maps = cam_maps(model, card, patches, batch_size=batch_size, **options)
        seconds = time.perf_counter() - start
        scores = per_patch_scores(maps, patches.truth, TOLERANCE)
        results[label] = {**summarise(scores, baseline_scores, patches.visible()),
                          "seconds_per_patch": round(seconds / len(patches), 4),
                          "layers": list(default_cam_layers(model, card.architecture, options["method"]))}
        maps_by_method[label] = maps
        print(f"{name:24s} {label:22s} {results[label]}", flush=True)
    return {"checkpoint": f"resources/models/{name}.pt", "sha256": sha256(path),
            "task": card.task, "methods": results}, maps_by_method


def example_patches(patches, count: int = 4) -> list[int]:
    """One patch per scene (first scenes first) whose bodies cover 4-40 % of the valid pixels."""
    chosen, seen = [], set()
    for index, seed in enumerate(patches.seeds):
        share = patches.truth[index][patches.valid[index]].mean() if patches.valid[index].any() else 0
        if seed not in seen and 0.04 <= share <= 0.4:
            chosen.append(index)
            seen.add(seed)
        if len(chosen) == count:
            break
    return chosen


def draw_figure(path: Path, patches, maps: dict, model: str) -> bool:
    """Phase, coherence, truth and the four methods' maps (truth outlined), one row per patch;
    False (nothing drawn) when no patch suits (too few scenes, e.g. a smoke run)."""
    rows = example_patches(patches)
    if not rows:
        print(f"no patch whose bodies cover 4-40 % of it: {path} not drawn", flush=True)
        return False
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from isslide_qgis.core.cam.registry import CAM_METHOD_TITLES

    columns = ["wrapped phase", "coherence", "truth"] + [CAM_METHOD_TITLES[m] for m in FIGURE_METHODS]
    figure, axes = plt.subplots(len(rows), len(columns), figsize=(2.0 * len(columns), 2.05 * len(rows)),
                                squeeze=False)
    for r, index in enumerate(rows):
        truth = patches.truth[index]
        panels = [(patches.phase[index], "twilight", -np.pi, np.pi),
                  (patches.coherence[index], "gray", 0, 1), (truth, "gray", 0, 1)]
        panels += [(maps[m][index], "inferno", 0, 1) for m in FIGURE_METHODS]
        for c, (image, cmap, low, high) in enumerate(panels):
            axis = axes[r][c]
            axis.imshow(image, cmap=cmap, vmin=low, vmax=high, interpolation="nearest")
            if c >= 3:
                axis.contour(truth, levels=[0.5], colors="cyan", linewidths=0.8)
            axis.set_xticks([])
            axis.set_yticks([])
            if r == 0:
                axis.set_title(columns[c], fontsize=9)
        axes[r][0].set_ylabel(f"scene {patches.seeds[index]}", fontsize=8)
    figure.suptitle(f"Class activation maps of the shipped {model} on held-out simulated patches, "
                    "each method at its default layers (truth outlined in cyan)", fontsize=9)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return True


def markdown(report: dict) -> str:
    """The README table: one row per model and map."""
    lines = ["| model | map | default layers | energy inside truth | energy − phase gradient (± s.e.) "
             "| pointing game | pointing game, areas ≥ ¼ fringe | patches beating both baselines (energy) "
             "| s / patch |",
             "|---|---|---|---:|---:|---:|---:|---:|---:|"]
    for name, result in report["models"].items():
        for label, row in result["methods"].items():
            margin = (f"{row['energy_margin_phase_gradient']:+.3f} "
                      f"(± {row['energy_margin_phase_gradient_se']:.3f})")
            lines.append(f"| {name} | {label} | {', '.join(row['layers'])} "
                         f"| {row['energy_inside']:.3f} | {margin} | {row['pointing_game']:.3f} "
                         f"| {row['pointing_game_visible']:.3f} | {row['beats_baselines_share']:.0%} "
                         f"| {row['seconds_per_patch']:.3f} |")
    for name, row in report["baselines"].items():
        lines.append(f"| – | {BASELINE_TITLES[name]} | – | {row['energy_inside']:.3f} | – | "
                     f"{row['pointing_game']:.3f} | {row['pointing_game_visible']:.3f} | – | – |")
    return "\n".join(lines)


def select_layers(scenes: int, output: Path, family: str = SELECTION_FAMILY,
                  only: tuple[str, ...] | None = None) -> None:
    """Compare the candidate layer sets on validation patches; write and print the choices.

    ``only``: re-choose for these models (e.g. the retrained ones) and keep the others' entries
    of ``output``, which must have been made on the same scenes and family."""
    from isslide_qgis.core.cam.evaluation import (VISIBLE_FRINGES, body_patches, cam_maps, per_patch_scores,
                                                  summarise)
    from isslide_qgis.core.cam.layer_choice import POINTING_MARGIN, choose_layer_set
    from isslide_qgis.core.cam.raster import SCORECAM_CHANNEL_FRACTION
    from isslide_qgis.core.cam.registry import list_cam_methods
    from isslide_qgis.core.models import load_checkpoint
    from isslide_qgis.core.models.registry import MODELS as REGISTRY

    patches = body_patches(scenes, split="validation", family=family)
    visible = patches.visible()

    def scores(maps: np.ndarray) -> dict[str, float]:
        """Mean scores over the patches whose areas reach a quarter fringe."""
        summary = summarise(per_patch_scores(maps, patches.truth, TOLERANCE), visible=visible)
        return {key: summary[f"{key}_visible"] for key in ("energy_inside", "pointing_game")}

    report = {"split": "validation", "family": family, "scenes": scenes, "patches": len(patches),
              "visible_patches": int(visible.sum()), "visible_fringes": VISIBLE_FRINGES,
              "rule": f"per method: most energy inside truth among the candidates whose pointing game "
                      f"is within {POINTING_MARGIN} of the best (core/cam/layer_choice.py); scores on "
                      f"the patches whose areas reach {VISIBLE_FRINGES} fringe",
              "scorecam_channel_fraction": SCORECAM_CHANNEL_FRACTION,
              "baselines": {name: scores(maps) for name, maps in patches.baselines.items()},
              "models": {}}
    if only is not None:
        kept = json.loads(output.read_text(encoding="utf-8"))
        if (kept["family"], kept["scenes"]) != (family, scenes):
            raise SystemExit(f"{output} was made on {kept['scenes']} scenes of the {kept['family']} "
                             f"family: run --select-layers on every model instead")
        report["models"] = {n: r for n, r in kept["models"].items() if n not in only}
    for name, candidates in LAYER_CANDIDATES.items():
        if only is not None and name not in only:
            continue
        path = ROOT / "resources" / "models" / f"{name}.pt"
        model, card = load_checkpoint(path)
        rows = {}
        for label, layers in candidates.items():
            layers = layers or tuple(model.cam_layers)
            by_method = {m: scores(cam_maps(model, card, patches, method=m, layers=layers))
                         for m in list_cam_methods()}
            rows[label] = {"layers": list(layers),
                           **{key: {m: row[key] for m, row in by_method.items()}
                              for key in ("energy_inside", "pointing_game")}}
            rows[label]["worst"] = min(rows[label]["energy_inside"].values())
            print(f"{name:24s} {label:30s} {by_method}", flush=True)
        per_method = {m: choose_layer_set(rows, m) for m in list_cam_methods()}
        scorecam_layers = rows[per_method["scorecam"]]["layers"]
        report["models"][name] = {
            "family": REGISTRY[card.architecture].family, "sha256": sha256(path), "candidates": rows,
            "per_method": per_method, "fallback": max(rows, key=lambda label: rows[label]["worst"]),
            "scorecam_all_channels": scores(cam_maps(model, card, patches, method="scorecam",
                                                     layers=scorecam_layers, scorecam_fraction=1.0))}
        print(f"{name}: {per_method}; fallback {report['models'][name]['fallback']}", flush=True)
    report["models"] = {n: report["models"][n] for n in LAYER_CANDIDATES if n in report["models"]}
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scenes", type=int, default=60,
                        help="held-out (or, with --select-layers, validation) scenes; one patch per body "
                             "(60: about 160 patches, a pointing game to about +-0.03)")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--family", default="untouched",
                        help="simulator family of the held-out scenes (default: untouched, the family no "
                             "model was trained or selected on)")
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--models", nargs="+",
                        help=f"models to evaluate (default: {' '.join(MODELS)}); with --select-layers, "
                             "re-choose only these (the others keep their recorded choice)")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "cam_evaluation.json")
    parser.add_argument("--figure", type=Path, default=ROOT / "docs" / "cam_methods.png")
    parser.add_argument("--select-layers", action="store_true",
                        help="compare default layer sets on validation scenes instead")
    parser.add_argument("--selection-family", default=SELECTION_FAMILY,
                        help="simulator family of the validation scenes of --select-layers")
    args = parser.parse_args(argv)

    import torch

    from isslide_qgis.core.cam.evaluation import (EXTRA_METHODS, VISIBLE_FRINGES, body_patches,
                                                  per_patch_scores, summarise)
    from isslide_qgis.core.cam.registry import list_cam_methods
    from isslide_qgis.core.cam.raster import SCORECAM_CHANNEL_FRACTION
    from isslide_qgis.core.training.seeds import HELD_OUT_FIRST_SEED

    torch.set_num_threads(args.threads)
    if args.select_layers:
        only = tuple(args.models) if args.models else None
        select_layers(args.scenes, ROOT / "docs" / "cam_layer_selection.json", args.selection_family, only)
        return 0
    start = time.perf_counter()
    patches = body_patches(args.scenes, family=args.family)
    visible = patches.visible()
    print(f"{len(patches)} patches from {args.scenes} held-out scenes of the {args.family} family", flush=True)
    baseline_scores = {name: per_patch_scores(maps, patches.truth, TOLERANCE)
                       for name, maps in patches.baselines.items()}
    methods = {name: {"method": name} for name in list_cam_methods()} | EXTRA_METHODS
    report = {
        "spec": {"first_seed": HELD_OUT_FIRST_SEED, "family": args.family, "scenes": args.scenes,
                 "scene_size": 512,
                 "patch_size": 100, "jitter": 30, "patches": len(patches),
                 "pointing_tolerance_px": TOLERANCE, "threads": args.threads,
                 "visible_fringes": VISIBLE_FRINGES, "visible_patches": int(visible.sum()),
                 "scorecam_channel_fraction": SCORECAM_CHANNEL_FRACTION,
                 "targets": {"classification": "all (the logit)",
                             "segmentation": "prediction (logits over the detected pixels)"}},
        "baselines": {name: summarise(scores, visible=visible) for name, scores in baseline_scores.items()},
        "models": {},
    }
    drawn = False
    for name in args.models or MODELS:
        result, maps = evaluate_model(name, patches, baseline_scores, methods,
                                      args.batch_size)
        report["models"][name] = result
        if result["task"] == "classification":
            drawn = draw_figure(args.figure, patches, maps, name) or drawn
    report["seconds_total"] = round(time.perf_counter() - start, 1)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(markdown(report))
    written = f"{args.output} and {args.figure}" if drawn else str(args.output)
    print(f"written {written} in {report['seconds_total']} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
