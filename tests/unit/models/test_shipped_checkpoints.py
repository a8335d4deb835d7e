"""The shipped checkpoints load safely and work on the bundled sample without retraining.

A sanity figure, not the held-out evaluation (scripts/evaluate_held_out.py): the sample's seed
is not guaranteed to be outside the training seeds."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import rasterio
import torch

from isslide_qgis.core.evaluation import PixelCurveAccumulator, object_scores
from isslide_qgis.core.inference import predict_array
from isslide_qgis.core.inference.detection import map_threshold
from isslide_qgis.core.models import get_spec, load_checkpoint
from isslide_qgis.core.models.shipped import shipped_models

ROOT = Path(__file__).resolve().parents[3]
MODELS = shipped_models(ROOT / "resources" / "models")
SAMPLE = ROOT / "resources" / "sample"


def _read(name: str) -> np.ndarray:
    with rasterio.open(SAMPLE / name) as dataset:
        return dataset.read(1)


def test_six_compact_networks_are_shipped_within_15_mb() -> None:
    families = {get_spec(name).family for name in MODELS}
    assert families == {"fcn", "deeplabv3", "unet", "resunet", "sepunet", "ecsplain"}
    assert all(get_spec(name).compact for name in MODELS)  # never the papers' full size
    assert sum(path.stat().st_size for path in MODELS.values()) <= 15 * 2**20


#: least share of the sample's six areas a shipped model must find (IoU pairing). ECSPLAIN
#: retrained on the three training families (2026-12) finds 3: besides the 0.12- and
#: 0.27-fringe areas that every retrained model misses, the 47 ha bubble whose gentle 0.7-fringe
#: signal its localisation map no longer covers (its recall of areas over 10 ha on the untouched
#: family fell from 1.00 to 0.65; README, out-of-family validation).
LEAST_RECALL = {"ecsplain_resnet18_w16": 0.5}


@pytest.mark.parametrize("name", sorted(MODELS))
def test_shipped_model_finds_the_sample_moving_areas(name: str) -> None:
    torch.set_num_threads(2)
    model, card = load_checkpoint(MODELS[name])
    assert card.architecture == name and card.thresholds
    truth = _read("truth.tif")
    probability = predict_array(_read("phase.tif"), _read("coherence.tif"), model, card)
    scores = object_scores(probability, truth, map_threshold(card))
    accumulator = PixelCurveAccumulator()
    accumulator.update(probability, truth)
    assert scores.n_truth == 6
    assert scores.recall >= LEAST_RECALL.get(name, 0.6), f"{name} finds {scores.tp} of 6 moving areas"
    assert accumulator.auroc() >= 0.9
