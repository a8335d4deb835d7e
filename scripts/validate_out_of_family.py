#!/usr/bin/env python3
"""Out-of-family validation of the shipped models, and calibration on the selection family.

Simulates scenes at the real density of moving areas (about 5.5 per 100 km^2) for three sets:
the training families together ("in-family"), the selection family and the untouched family,
each with at least --min-true-areas true areas plus --free-scenes movement-free scenes (seeds
from 2,000,000: training uses 0-899,999). Every shipped model runs through the detection path
of isslide:detectmovingareas (tiled engine, areas = 8-connected components above the
threshold, at least MIN_AREA of ground) and is scored by mutual coverage (>= 20 % both ways):
object F1 per scene averaged over scenes (and pooled), recall by area class with bootstrap
95 % intervals, false alarms per 100 km^2 on movement-free scenes, ECSPLAIN's patch accuracy.

Calibration uses the selection family only: each model's pixel threshold maximising the mean
object F1 at each minimum area, one minimum area for all (the best mean of the models' best
F1), and the default model (the best F1 there; among those within 0.01 of it, the best on the
in-family set). The untouched family is scored before (cards' thresholds, 1 ha) and after
(calibrated); it never takes part in a choice.

Writes docs/out_of_family_validation.json (atomically) and prints Markdown tables. Scenes and
maps are cached under build/out_of_family/. --apply writes the calibrated thresholds into the
shipped cards (with the calibration's family, figure and date) after the run.
Usage: OMP_NUM_THREADS=1 validate_out_of_family.py [--min-true-areas 200] [--free-scenes 15]
       [--jobs 2] [--apply] [--from-output] [--models resources/models]
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import math
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: first seed of each set (training seeds are 0-899,999; held-out ones from 900,000)
FIRST_SEEDS = {"in-family": 2_000_000, "selection": 2_100_000, "untouched": 2_200_000}
#: offset of the movement-free scenes' seeds within a set; of each training family's seeds
FREE_OFFSET, FAMILY_OFFSET = 50_000, 5_000
#: today's default minimum area (m^2), the "before" of the calibration
BEFORE_MIN_AREA_M2 = 10_000.0
SETS = ("in-family", "selection", "untouched")


def _families() -> dict[str, list[Any]]:
    """The families of each set (training families together for in-family)."""
    from isslide_qgis.core.insar.simulation.families import get_family, list_families

    return {"in-family": list_families("training"), "selection": [get_family("selection")],
            "untouched": [get_family("untouched")]}


def _scenes(families: list[Any], first_seed: int, args: argparse.Namespace) -> list[Any]:
    """Movement scenes (>= min true areas over the set) then movement-free ones."""
    from isslide_qgis.core.training.family_scenes import family_scene, scenes_until

    cache = args.cache / "scenes"
    scenes: list[Any] = []
    per_family = math.ceil(args.min_true_areas / len(families))
    for index, family in enumerate(families):
        seed = first_seed + index * FAMILY_OFFSET
        scenes += scenes_until(lambda s, f=family: family_scene(f, s, args.size, cache=cache),
                               seed, per_family, args.max_scenes)
    free = [family_scene(families[i % len(families)], first_seed + FREE_OFFSET + i, args.size,
                         movement_free=True, cache=cache) for i in range(args.free_scenes)]
    return scenes + free


def _previous_threshold(card: Any) -> float:
    """The card's threshold before any out-of-family calibration."""
    from isslide_qgis.core.inference.detection import map_threshold

    calibration = card.training.get("calibration", {})
    return float(calibration.get("previous_pixel_threshold", map_threshold(card)))


def _ecsplain_patches(model: Any, card: Any, scenes: list[Any]) -> dict[str, float]:
    from isslide_qgis.core.training.held_out import patch_accuracy
    from isslide_qgis.core.training.out_of_family import scene_patch_set

    patches = scene_patch_set([s for s in scenes if s.truth.any()], card.patch_size)
    result = patch_accuracy(model, card, patches)
    return {**result, "patches": len(patches), "moving_patches": int(patches.labels.sum())}


def _predict(loaded: dict[str, Any], data: dict[str, list[Any]], args: argparse.Namespace,
             started: float) -> list[str]:
    """Fill the map cache, set by set in order of need (selection, untouched, in-family);
    the sets every model finished before --deadline."""
    from isslide_qgis.core.training.out_of_family import detection_maps

    complete = []
    for key in ("selection", "untouched", "in-family"):
        for name, (model, card) in loaded.items():
            if args.deadline and datetime.datetime.utcnow().strftime("%H:%M") >= args.deadline:
                print(f"deadline {args.deadline} UTC: {key} not predicted by every model", flush=True)
                return complete
            detection_maps(model, card, data[key], args.cache / "maps")
            print(key, name, f"{time.perf_counter() - started:.0f} s", flush=True)
        complete.append(key)
    return complete


#: what forked workers inherit (no pickling of scenes or models)
_FORKED: dict[str, Any] = {}


def _fill_scene_cache(key: str) -> str:
    """Worker: simulate the scenes of set ``key`` into the cache."""
    _scenes(_FORKED["families"][key], FIRST_SEEDS[key], _FORKED["args"])
    return key


def _fill_map_cache(name: str) -> str:
    """Worker: predict every set with model ``name`` (one torch thread) into the cache."""
    import torch

    from isslide_qgis.core.models.checkpoint import load_checkpoint
    from isslide_qgis.core.models.shipped import shipped_models
    from isslide_qgis.core.training.out_of_family import detection_maps

    torch.set_num_threads(1)
    args = _FORKED["args"]
    model, card = load_checkpoint(shipped_models(args.models)[name])
    for key in SETS:
        detection_maps(model, card, _FORKED["data"][key], args.cache / "maps")
    return name


def _in_workers(function: Any, items: list[str], jobs: int) -> None:
    """Run ``function`` on ``items`` in ``jobs`` forked processes (caches only)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        for done in pool.map(function, items):
            print("cached", done, flush=True)


def evaluate(args: argparse.Namespace) -> dict[str, Any]:
    """Simulate, predict, score and calibrate; the results as a JSON-friendly dict."""
    import torch

    from isslide_qgis.core.models.checkpoint import load_checkpoint
    from isslide_qgis.core.models.shipped import shipped_models
    from isslide_qgis.core.training.out_of_family import calibrate, choose_min_area, \
        detection_maps, summarise_maps

    torch.set_num_threads(1)
    started = time.perf_counter()
    families = _families()
    _FORKED.update(families=families, args=args)
    if args.jobs > 1:
        _in_workers(_fill_scene_cache, list(SETS), args.jobs)
    data = {name: _scenes(families[name], FIRST_SEEDS[name], args) for name in SETS}
    results: dict[str, Any] = {
        "families": {k: [f.name for f in v] for k, v in families.items()},
        "sets": {k: {"scenes": len(v), "movement_scenes": sum(bool(s.truth.any()) for s in v),
                     "true_areas": sum(s.true_areas for s in v),
                     "seeds": [FIRST_SEEDS[k], FIRST_SEEDS[k] + FREE_OFFSET + args.free_scenes]}
                 for k, v in data.items()},
        "scene_size": args.size, "density": "real", "coverage": 0.2,
        "bootstrap": args.bootstrap, "models": {}}
    print("scenes simulated", json.dumps(results["sets"]), f"{time.perf_counter() - started:.0f} s",
          flush=True)
    loaded = {name: load_checkpoint(path) for name, path in shipped_models(args.models).items()}
    if args.jobs > 1:
        _FORKED["data"] = data
        _in_workers(_fill_map_cache, list(loaded), args.jobs)
    sets = [k for k in SETS if k in _predict(loaded, data, args, started)]
    results["sets_measured"] = sets

    def maps(name: str, key: str) -> list[Any]:
        model, card = loaded[name]
        return detection_maps(model, card, data[key], args.cache / "maps")

    calibrations = {}
    for name, (model, card) in loaded.items():
        before = _previous_threshold(card)
        results["models"][name] = row = {"threshold_before": before, "before": {
            k: summarise_maps(maps(name, k), data[k], before, BEFORE_MIN_AREA_M2,
                              args.bootstrap).to_dict() for k in sets}}
        calibrations[name] = calibrate(maps(name, "selection"), data["selection"])
        if card.task == "classification":
            for key in sets:
                if key != "selection":
                    row[f"patch_accuracy_{key.replace('-', '_')}"] = _ecsplain_patches(
                        model, card, data[key])
        print(name, "scored", f"{time.perf_counter() - started:.0f} s", flush=True)
    min_area = choose_min_area(calibrations)
    for name, calibration in calibrations.items():
        threshold, f1 = calibration.best_threshold(min_area)
        row = results["models"][name]
        row["threshold_after"] = threshold
        row["selection_f1_grid"] = {"thresholds": list(calibration.thresholds),
                                    "min_areas_m2": list(calibration.min_areas_m2),
                                    "f1": [[round(v, 4) for v in r] for r in calibration.f1]}
        row["after"] = {k: summarise_maps(maps(name, k), data[k], threshold, min_area,
                                          args.bootstrap).to_dict() for k in sets}
    best = choose_default(results)
    results["calibration"] = {
        "family": families["selection"][0].name, "figure": "mean per-scene object F1 (coverage "
        ">= 20 % both ways), selection family, real density", "date": datetime.date.today().isoformat(),
        "min_area_m2": min_area, "min_area_before_m2": BEFORE_MIN_AREA_M2, "default_model": best,
        "default_rule": DEFAULT_RULE,
        "thresholds": {n: r["threshold_after"] for n, r in results["models"].items()},
        "selection_f1": {n: r["after"]["selection"]["object_f1_mean"]["value"]
                         for n, r in results["models"].items()}}
    results["seconds"] = round(time.perf_counter() - started, 1)
    results["machine"] = f"{os.cpu_count()} CPU cores, torch 1 thread"
    return results


#: how the default model is chosen (recorded in the JSON)
DEFAULT_RULE = ("best mean object F1 on the selection family; ties (within 0.01) go to the best "
                "in-family F1")
#: selection F1 within which models count as tied for the default (far inside the intervals)
DEFAULT_TIE = 0.01


def choose_default(results: dict[str, Any]) -> str:
    """The default model: the best mean object F1 on the selection family; among the models
    within :data:`DEFAULT_TIE` of it, the best on the in-family set (held-out seeds of the
    training families). The untouched family takes no part."""
    def f1(name: str, key: str) -> float:
        entry = results["models"][name]["after"].get(key)
        return entry["object_f1_mean"]["value"] if entry else float("-inf")

    best = max(f1(name, "selection") for name in results["models"])
    tied = [name for name in results["models"] if f1(name, "selection") >= best - DEFAULT_TIE]
    return max(tied, key=lambda name: (f1(name, "in-family"), f1(name, "selection")))


def _write_json(path: Path, results: dict[str, Any]) -> None:
    from isslide_qgis.core.evaluation.atomic_files import write_atomically

    write_atomically(path, (json.dumps(results, indent=1) + "\n").encode())


def apply_calibration(results: dict[str, Any], models: Path) -> None:
    """Write the calibrated pixel thresholds into the shipped cards, with the calibration."""
    from isslide_qgis.core.models.checkpoint import read_checkpoint, replace_card
    from isslide_qgis.core.models.shipped import shipped_models
    from isslide_qgis.core.training.model_readme import write_models_readme

    calibration = results["calibration"]
    for name, path in shipped_models(models).items():
        card, _ = read_checkpoint(path)
        row = results["models"][name]
        previous = card.training.get("calibration", {}).get(
            "previous_pixel_threshold", row["threshold_before"])
        training = {**card.training, "calibration": {
            "family": calibration["family"], "figure": calibration["figure"],
            "date": calibration["date"], "min_area_m2": calibration["min_area_m2"],
            "selection_object_f1": row["after"]["selection"]["object_f1_mean"]["value"],
            "previous_pixel_threshold": previous,
            "source": "scripts/validate_out_of_family.py, docs/out_of_family_validation.json"},
            "out_of_family": _card_figures(row["after"])}
        thresholds = {**card.thresholds, "pixel": row["threshold_after"]}
        replace_card(path, dataclasses.replace(card, thresholds=thresholds, training=training))
        print(f"{name}: pixel threshold {previous:.2f} -> {row['threshold_after']:.2f}")
    write_models_readme(models)


def _card_figures(sets: dict[str, Any]) -> dict[str, Any]:
    """What a model card records of each set at the calibrated operating point."""
    keep = ("object_f1_mean", "object_f1_mean_from_1ha", "recall_from_1ha",
            "object_precision_pooled", "object_recall_pooled", "false_alarms_per_100km2",
            "true_areas", "movement_scenes", "movement_free_scenes")
    return {name: {k: s[k] for k in keep if k in s} for name, s in sets.items()}


def _ci(entry: dict[str, Any], digits: int = 2) -> str:
    if entry["value"] is None:
        return "–"
    if entry["low"] is None:
        return f"{entry['value']:.{digits}f}"
    return f"{entry['value']:.{digits}f} [{entry['low']:.{digits}f}, {entry['high']:.{digits}f}]"


def tables(results: dict[str, Any]) -> str:
    """The README's Markdown tables."""
    cal = results["calibration"]
    lines = ["| model | threshold | in-family F1 | selection F1 | untouched F1 [95 % CI] | "
             "untouched precision / recall | untouched recall ≥ 1 ha | untouched F1 ≥ 1 ha | "
             "untouched FA /100 km² |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    rows = []
    for name, row in results["models"].items():
        rows.append((name, "before", row["threshold_before"], row["before"]))
    for name, row in results["models"].items():
        rows.append((name, "after", row["threshold_after"], row["after"]))
    for name, when, threshold, sets in rows:
        un = sets["untouched"]
        inside = f"{sets['in-family']['object_f1_mean']['value']:.2f}" if "in-family" in sets else "–"
        area = cal["min_area_before_m2"] if when == "before" else cal["min_area_m2"]
        label = f"{name}{' (default)' if name == cal['default_model'] and when == 'after' else ''}"
        lines.append(
            f"| {label}, {when} ({area / 1e4:g} ha) | {threshold:.2f} | "
            f"{inside} | {sets['selection']['object_f1_mean']['value']:.2f} | {_ci(un['object_f1_mean'])} | "
            f"{un['object_precision_pooled']:.2f} / {un['object_recall_pooled']:.2f} | "
            f"{_ci(un['recall_from_1ha']) if 'recall_from_1ha' in un else '–'} | "
            f"{_ci(un['object_f1_mean_from_1ha']) if 'object_f1_mean_from_1ha' in un else '–'} | "
            f"{_ci(un['false_alarms_per_100km2'], 1)} |")
    classes = list(next(iter(results["models"].values()))["after"]["untouched"]["recall_by_area_class"])
    lines += ["", "| model (calibrated) | set | " + " | ".join(f"recall {c}" for c in classes)
              + " | FA /100 km² |", "|---|---|" + "---:|" * (len(classes) + 1)]
    for name, row in results["models"].items():
        for key in [k for k in ("in-family", "untouched") if k in row["after"]]:
            s = row["after"][key]
            counts = [s["recall_by_area_class"][c] for c in classes]
            lines.append(f"| {name} | {key} | " + " | ".join(
                f"{_ci(c)} (n={c['n']})" for c in counts) + f" | {_ci(s['false_alarms_per_100km2'], 1)} |")
    lines += _signal_table(results)
    lines += _signal_table(results, "recall_by_offset")
    lines += _signal_table(results, "recall_by_edge")
    for name, row in results["models"].items():
        for key in ("in_family", "untouched"):
            if f"patch_accuracy_{key}" in row:
                pa = row[f"patch_accuracy_{key}"]
                lines.append(f"\n{name} patch accuracy on {key} patches (detection threshold): "
                             f"{pa['patch_accuracy']:.2f} ({pa['patches']} patches, "
                             f"{pa['moving_patches']} moving)")
    return "\n".join(lines)


def _signal_table(results: dict[str, Any], entry: str = "recall_by_signal") -> list[str]:
    """Recall by the true areas' peak signal (``recall_by_signal``), of the areas of at least
    one fringe by wrapped offset (``recall_by_offset``), or by distance to no data
    (``recall_by_edge``), for the calibrated models, when the results hold it."""
    first = next(iter(results["models"].values()))["after"]
    if not any(entry in s for s in first.values()):
        return []
    classes = list(next(s for s in first.values() if entry in s)[entry])
    lines = ["", "| model (calibrated) | set | " + " | ".join(f"recall {c}" for c in classes) + " |",
             "|---|---|" + "---:|" * len(classes)]
    for name, row in results["models"].items():
        for key in [k for k in ("in-family", "selection", "untouched") if entry in row["after"].get(k, {})]:
            cells = [row["after"][key][entry][c] for c in classes]
            lines.append(f"| {name} | {key} | " + " | ".join(
                f"{c['value']:.2f} (n={c['n']})" if c["value"] is not None else f"– (n={c['n']})"
                for c in cells) + " |")
    return lines


def add_set_arguments(parser: argparse.ArgumentParser) -> None:
    """The options that fix the sets' scenes (what :func:`_scenes` reads) and the models'
    folder; scripts/swap_physics.py takes the same, so its scenes are the validation's."""
    parser.add_argument("--models", type=Path, default=ROOT / "resources" / "models")
    parser.add_argument("--cache", type=Path, default=ROOT / "build" / "out_of_family")
    parser.add_argument("--size", type=int, default=512)
    parser.add_argument("--min-true-areas", type=int, default=200)
    parser.add_argument("--max-scenes", type=int, default=400)
    parser.add_argument("--free-scenes", type=int, default=15)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_set_arguments(parser)
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "out_of_family_validation.json")
    parser.add_argument("--bootstrap", type=int, default=1000)
    parser.add_argument("--apply", action="store_true",
                        help="write the calibrated thresholds into the shipped cards")
    parser.add_argument("--jobs", type=int, default=1,
                        help="processes simulating and predicting at once (same results for any number)")
    parser.add_argument("--deadline", help="HH:MM UTC: predict no further set after it")
    parser.add_argument("--from-output", action="store_true",
                        help="no run: print (and --apply) the results of an existing --output")
    args = parser.parse_args()
    if args.from_output:
        results = json.loads(args.output.read_text())
        calibration = results["calibration"]
        if calibration.get("default_rule") != DEFAULT_RULE:
            calibration.update(default_model=choose_default(results), default_rule=DEFAULT_RULE)
            _write_json(args.output, results)
    else:
        results = evaluate(args)
        _write_json(args.output, results)
    print(tables(results))
    if args.apply:
        apply_calibration(results, args.models)


if __name__ == "__main__":
    main()
