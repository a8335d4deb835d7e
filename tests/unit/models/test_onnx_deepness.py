"""Our ONNX exports read the way Deepness 0.6.x reads a segmentation model's metadata.

The parser below is ours: it mirrors the keys and types Deepness' model loader asks
``session.get_modelmeta().custom_metadata_map`` for (every value JSON-decoded; class names a
dict of consecutive integer keys from 0; a one-channel output is taken as a sigmoid), and its
preprocessing (``tile * 1/255``, then ``(x - mean) / std``, NHWC -> NCHW).
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import onnxruntime as ort
import pytest

from isslide_qgis.core.models.checkpoint import load_checkpoint
from isslide_qgis.core.models.onnx_export import sample_tiles, torch_probability

MODELS = Path(__file__).resolve().parents[3] / "resources" / "models"
SEGMENTERS = sorted(p.stem for p in MODELS.glob("*.onnx"))
#: Deepness' metadata keys -> the type it converts the decoded JSON to
KEY_TYPES = {"model_type": str, "resolution": float, "tile_size": int, "tiles_overlap": int,
             "seg_thresh": float, "seg_small_segment": int}


def deepness_view(session: ort.InferenceSession) -> dict:
    """What a Deepness-like loader makes of the model's metadata and shapes."""
    meta = session.get_modelmeta().custom_metadata_map
    view = {key: kind(json.loads(meta[key])) for key, kind in KEY_TYPES.items()}
    names = json.loads(meta["class_names"])
    names = [names] if isinstance(names, dict) else names
    for layer in names:
        keys = sorted(int(k) for k in layer)
        assert keys == list(range(len(keys))), "class labels must be consecutive from 0"
    view["class_names"] = names
    view["mean"] = [float(v) for v in json.loads(meta["standardization_mean"])]
    view["std"] = [float(v) for v in json.loads(meta["standardization_std"])]
    view["input_shape"] = session.get_inputs()[0].shape
    view["outputs_are_sigmoid"] = [o.shape[-3] == 1 for o in session.get_outputs()]
    return view


def deepness_preprocess(tiles_nhwc: np.ndarray, mean: list[float], std: list[float]) -> np.ndarray:
    x = np.float32(tiles_nhwc * 1.0 / 255.0)
    x = (x - np.array(mean, dtype=np.float32)) / np.array(std, dtype=np.float32)
    return np.transpose(x, (0, 3, 1, 2)).astype(np.float32)


@pytest.mark.parametrize("name", SEGMENTERS)
def test_deepness_reads_our_metadata_and_gets_torchs_probability(name):
    session = ort.InferenceSession(str(MODELS / f"{name}.onnx"),
                                   providers=["CPUExecutionProvider"])
    view = deepness_view(session)
    model, card = load_checkpoint(MODELS / f"{name}.pt")
    assert view["model_type"] == "Segmentor"
    assert view["tile_size"] == card.patch_size == view["input_shape"][-1]
    assert view["input_shape"][1] == card.in_channels == len(view["mean"]) == len(view["std"])
    assert not isinstance(view["input_shape"][0], int)  # dynamic batch
    assert 0 <= view["tiles_overlap"] < 100 and view["resolution"] == pytest.approx(1464.0)
    assert view["seg_thresh"] == pytest.approx(card.thresholds["pixel"])
    assert view["seg_small_segment"] == 0  # an opening/closing kernel in Deepness: off
    assert view["outputs_are_sigmoid"] == [True] and view["class_names"] == [{"0": "moving_area"}]
    tiles = np.nan_to_num(sample_tiles(card, count=4))  # channels as preparechannels writes them
    x = deepness_preprocess(np.transpose(tiles, (0, 2, 3, 1)), view["mean"], view["std"])
    (probability,) = session.run(None, {session.get_inputs()[0].name: x})
    expected = torch_probability(model, card, tiles)
    assert float(np.max(np.abs(probability - expected))) <= 1e-4
