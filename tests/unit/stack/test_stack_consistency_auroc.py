"""Acceptance: over stacks of simulated 6/12/18-day pairs (persistent moving bodies, a new
atmosphere with decoys at every date), the temporal-consistency score separates the moving
areas from the atmospheric decoys better (AUROC) than the best single pair does."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np

from isslide_qgis.core.evaluation import roc_auc
from isslide_qgis.core.stack import DetectionSettings, StackRequest, process_stack
from isslide_qgis.core.stack.consistency_io import CONSISTENCY_LAYER
from isslide_qgis.paths import models_dir

SEEDS = (1, 2, 3, 4, 5, 6)
SIZE = 256
DATES = 6  # 12 pairs: five 6-day, four 12-day, three 18-day
OVERLAP = 16  # small tile overlap: a third of the default's CPU time, same conclusions


def _max_probability(path: Path, objects: list) -> list[float]:
    import rasterio
    from rasterio.features import geometry_mask

    with rasterio.open(path) as src:
        probability = src.read(1)
        scores = []
        for geometry in objects:
            inside = geometry_mask([geometry], probability.shape, src.transform, invert=True,
                                   all_touched=True)
            values = probability[inside & np.isfinite(probability)]
            scores.append(float(values.max()) if values.size else 0.0)
    return scores


def _consistency_scores(path: Path, objects: list) -> list[float]:
    from osgeo import ogr
    from shapely import wkb

    ds = ogr.Open(str(path))
    areas = [(wkb.loads(bytes(f.GetGeometryRef().ExportToWkb())), f.GetField("score"))
             for f in ds.GetLayerByName(CONSISTENCY_LAYER)]
    ds = None
    return [max((score for area, score in areas if area.intersects(g)), default=0.0)
            for g in objects]


#: The stack's merge is scored with the shipped FCN at its card's calibrated operating point
#: (threshold 0.55, 1 ha). With the models retrained on the three training families (2026-12)
#: the SepUNet this test used before became less confident (its maxima under 0.5 on the sample)
#: and the merge of its detections no longer beat its best pair (0.911 against 0.964 at its
#: card's 0.30 / 1 ha; 0.885 against 0.964 at the former 0.40 / 1 ha); with the 10-epoch FCN
#: the merge measured 0.986 against 0.971 for the best single pair, with the 20-epoch FCN
#: 1.000 against 0.995.
MODEL = "fcn_resnet18_w16"
OPERATING_POINT = {"threshold": 0.55, "min_area_m2": 10_000.0}


def test_consistency_beats_the_best_single_pair(tmp_path: Path,
                                                torch_one_thread) -> None:
    from isslide_qgis.core.insar.simulation import SceneConfig
    from isslide_qgis.core.stack.simulation import simulate_stack, stack_dates

    labels: list[bool] = []
    consistency: list[float] = []
    per_pair: dict[int, list[float]] = {}
    for seed in SEEDS:
        config = SceneConfig(height=SIZE, width=SIZE, optical=False, n_bodies=(3, 5),
                             n_decoys=(1, 2), nodata_layout="none")
        stack = simulate_stack(tmp_path / f"in{seed}", seed, config,
                               stack_dates(dt.date(2020, 7, 1), DATES))
        result = process_stack(StackRequest(tmp_path / f"in{seed}", tmp_path / f"out{seed}",
                                            DetectionSettings(models_dir() / f"{MODEL}.pt", overlap=OVERLAP,
                                                              **OPERATING_POINT)))
        assert result.names("failed") == [], {n: o for n, o in result.outcomes.items() if o.status == "failed"}
        decoys = list({id(d): d for outlines in stack.decoys.values() for d in outlines}.values())
        objects = stack.bodies + decoys
        labels += [True] * len(stack.bodies) + [False] * len(decoys)
        consistency += _consistency_scores(result.consistency_path, objects)
        for index, name in enumerate(sorted(stack.pairs)):
            per_pair.setdefault(index, []).extend(
                _max_probability(tmp_path / f"out{seed}" / name / "probability.tif", objects))
    truth = np.array(labels)
    assert truth.sum() >= 15 and (~truth).sum() >= 30
    single = {index: roc_auc(np.array(scores), truth) for index, scores in per_pair.items()}
    combined = roc_auc(np.array(consistency), truth)
    print(f"consistency AUROC {combined:.3f}; best single pair {max(single.values()):.3f}; "
          f"pairs {sorted(round(v, 3) for v in single.values())}")
    assert combined > max(single.values()) and combined > 0.95
