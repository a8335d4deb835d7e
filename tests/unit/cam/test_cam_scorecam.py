"""Acceptance 4: Score-CAM batching, seeded channel subsampling, cost, cancellation."""
from __future__ import annotations

import pytest
import torch

from isslide_qgis.core.cam import ClassifierLogit, ScoreCAM, estimated_forward_passes
from isslide_qgis.core.cam.hooks import record_layer_shapes
from isslide_qgis.core.errors import OperationCanceled

RESNET18_ECSPLAIN_CHANNELS = [64, 128, 256, 512, 512]


class CountingModel(torch.nn.Module):
    """Wraps a model and counts its calls and the images it saw."""

    def __init__(self, inner):
        super().__init__()
        self.inner = inner
        self.calls = 0
        self.images = 0

    def forward(self, x):
        self.calls += 1
        self.images += x.shape[0]
        return self.inner(x)


def test_batched_equals_one_pass_per_channel(smooth_classifier, patches):
    model = smooth_classifier.double()
    layers = ["conv1", "conv2"]
    single = ScoreCAM(batch_size=1)(model, patches, ClassifierLogit(), layers)
    for batch_size in (3, 32):
        batched = ScoreCAM(batch_size=batch_size)(model, patches, ClassifierLogit(), layers)
        for name in layers:
            torch.testing.assert_close(batched.raw[name], single.raw[name], rtol=1e-9, atol=1e-12)
        torch.testing.assert_close(batched.fused, single.fused, rtol=1e-9, atol=1e-12)


def test_forward_calls_match_the_estimate(smooth_classifier, patches):
    counting = CountingModel(smooth_classifier.double())
    cam = ScoreCAM(batch_size=3)
    cam(counting, patches, ClassifierLogit(), ["inner.conv1", "inner.conv2"])
    cost = cam.estimated_forward_passes([4, 4], num_images=2)
    assert (cost.masked_inputs, cost.batched_calls, cost.total_calls) == (16, 6, 8)
    assert counting.calls == cost.total_calls
    assert counting.images == cost.masked_inputs + 2 * 2  # original and baseline batches


def test_channel_subsampling_is_seeded_and_reproducible(smooth_classifier, patches):
    model = smooth_classifier.double()
    a = ScoreCAM(channel_fraction=0.5, seed=7)
    b = ScoreCAM(channel_fraction=0.5, seed=7)
    assert torch.equal(a.select_channels(64, "layer2.0.conv1"), b.select_channels(64, "layer2.0.conv1"))
    assert len(a.select_channels(64, "x")) == 32 and len(a.select_channels(64, "x").unique()) == 32
    others = {tuple(ScoreCAM(channel_fraction=0.5, seed=s).select_channels(64, "x").tolist()) for s in range(5)}
    assert len(others) == 5  # other seeds draw other channels
    ra = a(model, patches, ClassifierLogit(), ["conv1", "conv2"])
    rb = b(model, patches, ClassifierLogit(), ["conv1", "conv2"])
    torch.testing.assert_close(ra.fused, rb.fused, rtol=0, atol=0)


def test_subsampled_map_uses_only_the_drawn_channels(gap_classifier, patches):
    """Score-CAM with channels S equals full Score-CAM on a model whose other channels are cut."""
    cam = ScoreCAM(max_channels=2, seed=3)
    kept = cam.select_channels(3, "act")
    assert len(kept) == 2
    result = cam(gap_classifier, patches, ClassifierLogit(), ["act"])
    a = gap_classifier.manual_features(patches)["act"].detach()[:, kept]
    masks = []
    for i in range(2):
        row = []
        for k in range(2):
            h = a[i, k]
            row.append((h - h.min()) / (h.max() - h.min()))
        masks.append(torch.stack(row))
    scores = torch.stack([
        torch.stack([gap_classifier.manual_logit(patches[i : i + 1] * masks[i][k])[0] for k in range(2)])
        for i in range(2)
    ]).detach()
    weights = torch.softmax(scores, dim=1)
    expected = torch.clamp((weights[:, :, None, None] * a).sum(1), min=0)
    torch.testing.assert_close(result.raw["act"], expected, rtol=1e-10, atol=1e-12)


def test_unseeded_draws_follow_torch_global_generator():
    cam = ScoreCAM(channel_fraction=0.25, seed=None)
    torch.manual_seed(11)
    first = cam.select_channels(64, "x")
    torch.manual_seed(11)
    assert torch.equal(cam.select_channels(64, "x"), first)
    assert not torch.equal(cam.select_channels(64, "x"), first)


def test_resnet18_ecsplain_cost():
    full = estimated_forward_passes(RESNET18_ECSPLAIN_CHANNELS)
    assert full.masked_inputs == 1472 and full.batched_calls == 46 and full.total_calls == 48
    quarter = estimated_forward_passes(RESNET18_ECSPLAIN_CHANNELS, channel_fraction=0.25)
    assert quarter.channels_per_layer == (16, 32, 64, 128, 128)
    assert quarter.masked_inputs == 368 and quarter.batched_calls == 12
    batch8 = ScoreCAM(channel_fraction=0.25).estimated_forward_passes(RESNET18_ECSPLAIN_CHANNELS, num_images=8)
    assert batch8.masked_inputs == 8 * 368 and batch8.batched_calls == 92
    capped = estimated_forward_passes(RESNET18_ECSPLAIN_CHANNELS, max_channels=32)
    assert capped.masked_inputs == 5 * 32


def test_cost_from_recorded_shapes(smooth_classifier, patches):
    shapes = record_layer_shapes(smooth_classifier.double(), ["conv1", "conv2"], patches)
    cost = estimated_forward_passes([s[1] for s in shapes.values()], num_images=2, batch_size=4)
    assert cost.masked_inputs == 16 and cost.batched_calls == 4


def test_cancellation_between_batches(smooth_classifier, patches):
    polls = []

    def is_canceled():
        polls.append(1)
        return len(polls) >= 2

    with pytest.raises(OperationCanceled):
        cam = ScoreCAM(batch_size=2, is_canceled=is_canceled)
        cam(smooth_classifier.double(), patches, ClassifierLogit(), ["conv1"])


BAD_OPTIONS = [{"batch_size": 0}, {"channel_fraction": 0.0}, {"channel_fraction": 1.5}, {"max_channels": 0}]


@pytest.mark.parametrize("kwargs", BAD_OPTIONS)
def test_invalid_options(kwargs):
    with pytest.raises(ValueError):
        ScoreCAM(**kwargs)
