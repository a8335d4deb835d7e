"""Nodata in gives NaN out, never a detection; empty and incoherent tiles cost no forward pass."""
from __future__ import annotations

import numpy as np

from isslide_qgis.core.inference import ArraySink, ArraySource, predict_array, run_inference
from tests.unit.inference.conftest import PixelModel, expected_pixel_probability, smooth_scene


def test_nodata_pixels_are_nan_and_valid_pixels_never_are(segmenter_card):
    phase, coherence = smooth_scene(64, 80, seed=5)
    phase[10:30, 20:50] = np.nan  # a hole (layover, outside the swath)
    coherence[::7, ::5] = np.nan  # scattered invalid coherence
    invalid = np.isnan(phase) | np.isnan(coherence)
    model = PixelModel(bias=5.0)  # would call every pixel it sees a detection (p > 0.99)
    result = predict_array(phase, coherence, model, segmenter_card(16), device="cpu")
    np.testing.assert_array_equal(np.isnan(result), invalid)
    assert np.all(result[~invalid] > 0.99)


def test_empty_and_incoherent_tiles_are_skipped_without_forward_pass(segmenter_card):
    phase, coherence = smooth_scene(64, 64, seed=6)
    coherence = np.clip(coherence, 0.3, 1.0)
    phase[:32, :32] = np.nan  # 4 tiles without data
    coherence[32:, 32:] = 0.05  # 4 tiles below the threshold
    model = PixelModel()
    sink = ArraySink()
    summary = run_inference(ArraySource(phase, coherence), model, segmenter_card(16), sink=sink,
                            overlap=0, coherence_threshold=0.1, device="cpu", batch_size=3)
    assert summary.tiles_total == 16
    assert (summary.tiles_skipped_nodata, summary.tiles_skipped_coherence) == (4, 4)
    assert model.seen == summary.tiles_processed == 8
    assert model.calls == 4  # each strip has 2 tiles to predict: one batch (of at most 3)
    result = sink.band("probability")
    assert np.isnan(result[:32, :32]).all()
    assert np.all(result[32:, 32:] == 0.0)  # valid, skipped: probability 0, not NaN
    expected = expected_pixel_probability(coherence)
    np.testing.assert_allclose(result[32:, :32], expected[32:, :32], atol=1e-6)
    np.testing.assert_allclose(result[:32, 32:], expected[:32, 32:], atol=1e-6)


def test_skipped_tiles_blend_with_their_neighbours_at_the_default_overlap(segmenter_card):
    phase, coherence = smooth_scene(64, 64, seed=7)
    coherence = np.clip(coherence, 0.3, 1.0)
    coherence[:, 40:] = 0.05
    model = PixelModel()
    sink = ArraySink()
    summary = run_inference(ArraySource(phase, coherence), model, segmenter_card(16), sink=sink,
                            coherence_threshold=0.1, device="cpu")
    result = sink.band("probability")
    assert summary.tiles_skipped_coherence == 9 * 3  # tiles starting at columns 40, 48, 56
    assert model.seen == summary.tiles_processed == summary.tiles_total - 27
    assert np.isfinite(result).all()
    assert np.all(result[:, 48:] < 1e-6)  # only skipped tiles cover these columns
    # below the threshold inside a predicted tile: zeroed input, the network's own answer
    np.testing.assert_allclose(result[:, 40], expected_pixel_probability(np.zeros(64)), rtol=2e-3)
