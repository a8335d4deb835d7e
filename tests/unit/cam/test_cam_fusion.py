"""Acceptance 1 (fusion): ReLU -> bilinear upsample -> per-image min-max -> mean, by hand."""
from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from isslide_qgis.core.cam import ClassifierLogit, get_cam_method
from isslide_qgis.core.cam.fusion import fuse_mean, minmax_normalise, tanh_rescale, upsample_maps


def hand_normalise(raw: torch.Tensor, size) -> torch.Tensor:
    up = F.interpolate(torch.clamp(raw, min=0)[:, None], size=size, mode="bilinear", align_corners=False)[:, 0]
    out = torch.empty_like(up)
    for i in range(up.shape[0]):
        low, high = up[i].min(), up[i].max()
        out[i] = (up[i] - low) / (high - low) if high > low else 0.0
    return out


def test_pipeline_fuses_layers_of_two_resolutions_by_hand(pooled_classifier, patches):
    layers = ["act", "pool"]  # 8x8 and 4x4
    result = get_cam_method("gradcam")(pooled_classifier, patches, ClassifierLogit(), layers)
    assert result.raw["pool"].shape == (2, 4, 4) and result.raw["act"].shape == (2, 8, 8)
    expected = {name: hand_normalise(result.raw[name], (8, 8)) for name in layers}
    for name in layers:
        torch.testing.assert_close(result.per_layer[name], expected[name], rtol=1e-12, atol=1e-12)
    torch.testing.assert_close(result.fused, (expected["act"] + expected["pool"]) / 2, rtol=1e-12, atol=1e-12)
    # each per-image map spans [0, 1] exactly
    for name in layers:
        flat = result.per_layer[name].flatten(1)
        torch.testing.assert_close(flat.min(1).values, torch.zeros(2, dtype=flat.dtype))
        torch.testing.assert_close(flat.max(1).values, torch.ones(2, dtype=flat.dtype))


def test_output_size_and_shallow_tanh_rescaling(pooled_classifier, patches):
    cam = get_cam_method("layercam")
    plain = cam(pooled_classifier, patches, ClassifierLogit(), ["act", "pool"], output_size=(16, 12))
    rescaled = cam(pooled_classifier, patches, ClassifierLogit(), ["act", "pool"], output_size=(16, 12),
                   shallow_layers=["act"])
    assert plain.fused.shape == (2, 16, 12)
    torch.testing.assert_close(plain.per_layer["act"], hand_normalise(plain.raw["act"], (16, 12)))
    torch.testing.assert_close(rescaled.per_layer["act"], torch.tanh(2 * plain.per_layer["act"]))
    torch.testing.assert_close(rescaled.per_layer["pool"], plain.per_layer["pool"])
    torch.testing.assert_close(rescaled.fused, (torch.tanh(2 * plain.per_layer["act"]) + plain.per_layer["pool"]) / 2)


def test_fuse_false_keeps_layers_only(pooled_classifier, patches):
    result = get_cam_method("gradcam")(pooled_classifier, patches, ClassifierLogit(), ["act"], fuse=False)
    assert result.fused is None and set(result.per_layer) == {"act"}


def test_minmax_constant_map_gives_zeros_without_nan_gradient():
    maps = torch.stack([torch.full((4, 4), 3.0), torch.arange(16.0).view(4, 4)]).requires_grad_(True)
    out = minmax_normalise(maps)
    torch.testing.assert_close(out[0], torch.zeros(4, 4))
    torch.testing.assert_close(out[1], torch.arange(16.0).view(4, 4) / 15)
    out.sum().backward()
    assert torch.isfinite(maps.grad).all()
    torch.testing.assert_close(maps.grad[0], torch.zeros(4, 4))


def test_helpers_shapes_and_values():
    maps = torch.arange(8.0).view(2, 2, 2)
    torch.testing.assert_close(upsample_maps(maps, (2, 2)), maps)  # same size: unchanged
    up = upsample_maps(maps, (4, 4))
    assert up.shape == (2, 4, 4)
    torch.testing.assert_close(up[:, 0, 0], maps[:, 0, 0])  # align_corners=False keeps the corners here
    torch.testing.assert_close(fuse_mean([maps, 3 * maps]), 2 * maps)
    torch.testing.assert_close(tanh_rescale(torch.tensor([0.0, 0.5, 1.0])), torch.tanh(torch.tensor([0.0, 1.0, 2.0])))
    for bad in ([], [maps, up]):
        with pytest.raises(ValueError):
            fuse_mean(bad)
