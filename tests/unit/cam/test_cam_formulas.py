"""Acceptance 1: each method's per-layer map equals its formula computed by hand.

On ``conv -> ReLU -> [max-pool] -> global average pool -> linear`` with fixed weights the
gradient of the logit is known in closed form: at the pooled features it is
``w_k / (h * w)`` everywhere; at the convolution (before the ReLU) it is that times
``[A > 0]``. The maps below are the papers' formulas written out with those gradients.
"""
from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from isslide_qgis.core.cam import ClassifierLogit, get_cam_method


def hand_gradient(model, features: dict[str, torch.Tensor], layer: str) -> torch.Tensor:
    """dy/dA for y = b + sum_k w_k mean(pooled_k), written out by hand."""
    pooled = features["pool"]
    w = model.fc.weight[0].detach().view(1, -1, 1, 1) / (pooled.shape[2] * pooled.shape[3])
    if layer in ("act", "pool"):
        return w.expand_as(features[layer])
    return w * (features["conv"] > 0)  # through the ReLU: zero where the unit is off


def hand_map(method: str, a: torch.Tensor, g: torch.Tensor) -> torch.Tensor:
    if method == "gradcam":
        return torch.clamp((g.mean(dim=(2, 3), keepdim=True) * a).sum(1), min=0)
    if method == "layercam":
        return torch.clamp((torch.clamp(g, min=0) * a).sum(1), min=0)
    if method == "normgrad":
        return (g**2).sum(1).sqrt() * (a**2).sum(1).sqrt()
    if method == "normgrad_selective":
        return (torch.clamp(a * g, min=0) ** 2).sum(1).sqrt()
    raise AssertionError(method)


CASES = [("gap", "conv"), ("gap", "act"), ("pooled", "pool")]


@pytest.mark.parametrize("method", ["gradcam", "layercam", "normgrad", "normgrad_selective"])
@pytest.mark.parametrize("net,layer", CASES)
def test_gradient_methods_match_formula(method, net, layer, gap_classifier, pooled_classifier, patches):
    model = gap_classifier if net == "gap" else pooled_classifier
    features = {k: v.detach() for k, v in model.manual_features(patches).items()}
    expected = hand_map(method, features[layer], hand_gradient(model, features, layer))
    result = get_cam_method(method)(model, patches, ClassifierLogit(), [layer])
    assert result.raw[layer].shape == expected.shape
    torch.testing.assert_close(result.raw[layer], expected, rtol=1e-10, atol=1e-12)
    assert expected.abs().max() > 1e-3  # the map is not trivially zero
    torch.testing.assert_close(result.scores, model.manual_logit(patches).detach(), rtol=1e-12, atol=1e-12)


def test_gradcam_and_layercam_differ_where_formulas_differ(gap_classifier, patches):
    """With mixed-sign fc weights the two formulas give different maps: the test can fail."""
    grad = get_cam_method("gradcam")(gap_classifier, patches, ClassifierLogit(), ["act"]).raw["act"]
    layer = get_cam_method("layercam")(gap_classifier, patches, ClassifierLogit(), ["act"]).raw["act"]
    assert (grad - layer).abs().max() > 1e-3


def hand_scorecam(model, x: torch.Tensor, layer: str, baseline: float, softmax: bool) -> torch.Tensor:
    a = model.manual_features(x)[layer].detach()
    n, k = a.shape[:2]
    base = model.manual_logit(torch.full_like(x, baseline)).detach()
    maps = []
    for i in range(n):
        increase = torch.empty(k, dtype=x.dtype)
        for c in range(k):
            h = F.interpolate(a[i : i + 1, c : c + 1], size=x.shape[-2:], mode="bilinear", align_corners=False)
            span = h.max() - h.min()
            h = (h - h.min()) / span if span > 0 else torch.zeros_like(h)
            increase[c] = model.manual_logit(x[i : i + 1] * h)[0].detach() - base[i]
        weights = torch.softmax(increase, 0) if softmax else increase
        maps.append(torch.clamp((weights.view(-1, 1, 1) * a[i]).sum(0), min=0))
    return torch.stack(maps)


@pytest.mark.parametrize("softmax,baseline", [(True, 0.0), (False, 0.0), (False, 0.3)])
@pytest.mark.parametrize("net,layer", CASES)
def test_scorecam_matches_formula(net, layer, softmax, baseline, gap_classifier, pooled_classifier, patches):
    model = gap_classifier if net == "gap" else pooled_classifier
    expected = hand_scorecam(model, patches, layer, baseline, softmax)
    cam = get_cam_method("scorecam", baseline=baseline, softmax=softmax, batch_size=4)
    result = cam(model, patches, ClassifierLogit(), [layer])
    torch.testing.assert_close(result.raw[layer], expected, rtol=1e-10, atol=1e-12)
    assert expected.abs().max() > 1e-3


def test_scorecam_baseline_changes_raw_weights_only(gap_classifier, patches):
    """softmax is shift-invariant: the baseline matters with raw increases, not with softmax."""
    def raw(**kw):
        return get_cam_method("scorecam", **kw)(gap_classifier, patches, ClassifierLogit(), ["act"]).raw["act"]

    torch.testing.assert_close(raw(baseline=0.0), raw(baseline=0.5))
    assert (raw(baseline=0.0, softmax=False) - raw(baseline=0.5, softmax=False)).abs().max() > 1e-4
