"""Predictors: input preparation, devices, model/card checks, ECSPLAIN scores and CAMs."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import torch
from torch import nn

from isslide_qgis.core.errors import InputDataError, ModelError
from isslide_qgis.core.inference import ArraySink, ArraySource, make_predictor, resolve_device, run_inference
from isslide_qgis.core.models import get_model, make_card
from tests.unit.inference.conftest import PixelModel, smooth_scene


class InputRecorder(nn.Module):
    """A segmenter returning zeros that keeps the last batch it was given."""

    in_channels = 3

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        self.last = x.clone()
        return torch.zeros(x.shape[0], 1, *x.shape[-2:])


def test_inputs_are_nan_free_then_normalised_with_the_card(segmenter_card):
    card = segmenter_card(8, normalisation={"kind": "mean_std", "mean": [0.5, 0.0, 0.1],
                                            "std": [0.25, 1.0, 2.0]})
    model = InputRecorder()
    predictor = make_predictor(model, card, torch.device("cpu"))
    channels = np.random.default_rng(0).uniform(-1, 1, (2, 3, 8, 8)).astype(np.float32)
    channels[0, :, 2, 3] = np.nan
    prediction = predictor.predict(channels)
    expected = (np.nan_to_num(channels) - np.array([0.5, 0.0, 0.1]).reshape(1, 3, 1, 1)) / \
        np.array([0.25, 1.0, 2.0]).reshape(1, 3, 1, 1)
    np.testing.assert_allclose(model.last.numpy(), expected, rtol=1e-6)
    np.testing.assert_allclose(prediction.maps, 0.5)  # sigmoid(0)
    assert prediction.maps.shape == (2, 1, 8, 8) and prediction.scores is None


def test_devices_and_mismatches_are_reported(segmenter_card):
    assert resolve_device("auto").type == ("cuda" if torch.cuda.is_available() else "cpu")
    assert resolve_device("cpu").type == "cpu"
    if not torch.cuda.is_available():
        with pytest.raises(ModelError, match="Device 'cuda'"):
            resolve_device("cuda")
    with pytest.raises(ModelError, match="Device 'tpu'"):
        resolve_device("tpu")
    with pytest.raises(ModelError, match="2 input channels .* describes 3"):
        make_predictor(get_model("ecsplain_resnet18_w16"), segmenter_card(), torch.device("cpu"))
    odd_task = dataclasses.replace(segmenter_card(), task="regression")
    with pytest.raises(ModelError, match="task 'regression'.*segmentation, classification"):
        make_predictor(PixelModel(), odd_task, torch.device("cpu"))


def test_ecsplain_gives_a_score_per_tile_and_score_times_cam():
    torch.manual_seed(0)
    model = get_model("ecsplain_resnet18_w16")
    card = make_card("ecsplain_resnet18_w16", patch_size=32)
    phase, coherence = smooth_scene(64, 64, seed=9)
    phase[:32, :32] = np.nan  # one tile without data: no score
    sink = ArraySink()
    summary = run_inference(ArraySource(phase, coherence), model, card, sink=sink, overlap=0,
                            device="cpu")
    assert summary.band_names == ("probability", "localisation")
    assert summary.tiles_processed == 3 and len(summary.tile_scores) == 3
    probability, localisation = sink.band("probability"), sink.band("localisation")
    assert np.isnan(probability[:32, :32]).all() and np.isnan(localisation[:32, :32]).all()
    for window, score in summary.tile_scores:
        assert 0 < score < 1
        rows = slice(window.row_off, window.row_off + 32)
        cols = slice(window.col_off, window.col_off + 32)
        cam = localisation[rows, cols]
        assert 0 <= cam.min() and 0 < cam.max() <= 1  # mean of min-max normalised layer maps
        np.testing.assert_allclose(probability[rows, cols], score * cam, atol=1e-6)


def test_cam_method_comes_from_the_parameter_then_the_card():
    model = get_model("ecsplain_resnet18_w16")
    card = make_card("ecsplain_resnet18_w16", training={"cam_method": "layercam"})
    cpu = torch.device("cpu")
    assert make_predictor(model, card, cpu).cam_method == "layercam"
    assert make_predictor(model, card, cpu, cam_method="normgrad").cam_method == "normgrad"
    assert make_predictor(model, make_card("ecsplain_resnet18_w16"), cpu).cam_method == "gradcam"
    assert not any(p.grad is not None for p in model.parameters())  # nothing trained


def test_localisation_scale_comes_from_the_card():
    torch.manual_seed(0)
    model = get_model("ecsplain_resnet18_w16")
    phase, coherence = smooth_scene(32, 32, seed=9)
    maps = {}
    for scale in ("mean", "range"):
        card = make_card("ecsplain_resnet18_w16", patch_size=32,
                         training={"localisation_scale": scale})
        sink = ArraySink()
        summary = run_inference(ArraySource(phase, coherence), model, card, sink=sink, overlap=0,
                                device="cpu")
        (_, score), = summary.tile_scores
        maps[scale] = sink.band("localisation")
        # "range": the map peaks at the tile's score, whatever the layers' agreement
        peak = sink.band("probability").max()
        assert np.isclose(peak, score, atol=1e-6) if scale == "range" else peak < score
    mean, stretched = maps["mean"], maps["range"]
    assert stretched.min() == 0 and np.isclose(stretched.max(), 1, atol=1e-6)
    expected = (mean - mean.min()) / (mean.max() - mean.min())
    np.testing.assert_allclose(stretched, expected, atol=1e-5)
    default = make_predictor(model, make_card("ecsplain_resnet18_w16"), torch.device("cpu"))
    assert default.scale(torch.ones(1, 2, 2) * 0.3).max() == pytest.approx(0.3)  # old cards: mean
    with pytest.raises(ModelError, match="'localisation_scale' to 'sharpened'"):
        make_predictor(model, make_card("ecsplain_resnet18_w16",
                                        training={"localisation_scale": "sharpened"}), torch.device("cpu"))


def test_detection_views_average_the_turned_tiles_maps():
    from isslide_qgis.core.cam.ecsplain import ecsplain_localisation
    from isslide_qgis.core.cam.fusion import minmax_normalise
    from isslide_qgis.core.cam.views import views
    from isslide_qgis.core.insar.channels import make_channels

    torch.manual_seed(0)
    model = get_model("ecsplain_resnet18_w16")
    card = make_card("ecsplain_resnet18_w16", patch_size=32,
                     training={"localisation_scale": "range", "detection_views": 8})
    phase, coherence = smooth_scene(32, 32, seed=9)
    predictor = make_predictor(model, card, torch.device("cpu"))
    channels = make_channels(phase, coherence, card.input_convention)[None]
    prediction = predictor.predict(channels)
    x = torch.from_numpy(channels)
    expected_probability, expected_score = torch.zeros(1, 32, 32), torch.zeros(1)
    for view in views(8):
        result = ecsplain_localisation(model, view.apply(x), model.cam_layers, differentiable=False)
        score = torch.sigmoid(result.scores)
        expected_probability += score[:, None, None] * view.undo(minmax_normalise(result.fused))
        expected_score += score
    np.testing.assert_allclose(prediction.maps[:, 0], expected_probability.numpy() / 8, atol=1e-5)
    np.testing.assert_allclose(prediction.scores, expected_score.numpy() / 8, atol=1e-6)
    mirrored = predictor.predict(np.ascontiguousarray(channels[..., ::-1])).maps
    np.testing.assert_allclose(mirrored[..., ::-1], prediction.maps, atol=1e-5)  # turns with the tile
    with pytest.raises(InputDataError, match="not 3"):
        make_predictor(model, make_card("ecsplain_resnet18_w16", training={"detection_views": 3}),
                       torch.device("cpu"))


def test_gate_keeps_the_blended_cam_where_the_blended_score_detects(monkeypatch):
    from isslide_qgis.core.inference import predictors

    torch.manual_seed(0)
    model = get_model("ecsplain_resnet18_w16")
    phase, coherence = smooth_scene(64, 64, seed=9)
    phase[:32, :32] = np.nan

    def run(score_use: str, overlap: int):
        card = make_card("ecsplain_resnet18_w16", patch_size=32,
                         training={"localisation_scale": "range", "score_use": score_use})
        sink = ArraySink()
        summary = run_inference(ArraySource(phase, coherence), model, card, sink=sink,
                                overlap=overlap, device="cpu")
        return summary, sink.band("probability"), sink.band("localisation")

    summary, _, _ = run("product", 0)
    scores = sorted(score for _, score in summary.tile_scores)
    monkeypatch.setattr(predictors, "DETECTION_GATE", (scores[0] + scores[-1]) / 2)
    summary, probability, localisation = run("gate", 0)
    assert np.isnan(probability[:32, :32]).all()  # no data stays no data
    kept = 0
    for window, score in summary.tile_scores:  # one tile per pixel: the tile's own score decides
        tile = (slice(window.row_off, window.row_off + 32), slice(window.col_off, window.col_off + 32))
        expected = localisation[tile] if score >= predictors.DETECTION_GATE else 0 * localisation[tile]
        np.testing.assert_array_equal(probability[tile], expected)
        kept += score >= predictors.DETECTION_GATE
    assert 0 < kept < len(summary.tile_scores)
    _, probability, localisation = run("gate", 16)  # blended: the CAM or 0, nothing between
    valid = np.isfinite(localisation)
    assert (np.isfinite(probability) == valid).all()
    assert np.all((probability[valid] == 0) | (probability[valid] == localisation[valid]))
    with pytest.raises(ModelError, match="'score_use' to 'sum'"):
        make_predictor(model, make_card("ecsplain_resnet18_w16", training={"score_use": "sum"}),
                       torch.device("cpu"))
