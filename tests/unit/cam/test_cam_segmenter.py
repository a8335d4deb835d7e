"""Acceptance 5: explaining a segmenter through a masked sum of its logits."""
from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from isslide_qgis.core.cam import (
    MaskedLogitSum,
    PredictedAreaLogitSum,
    get_cam_method,
    list_cam_methods,
)

LAYERS = ["act", "conv1"]


def corner_mask() -> torch.Tensor:
    mask = torch.zeros(8, 8, dtype=torch.float64)
    mask[1:3, 1:3] = 1.0  # a small "polygon" near the top-left corner
    return mask


def test_masked_logit_sum_value_and_mask_shapes(segmenter, patches):
    out = segmenter(patches).detach()
    mask = corner_mask()
    expected = (out[:, 0] * mask).sum(dim=(1, 2))
    torch.testing.assert_close(MaskedLogitSum(mask)(out), expected)
    torch.testing.assert_close(MaskedLogitSum(mask.expand(2, 1, 8, 8))(out), expected)
    torch.testing.assert_close(MaskedLogitSum(mask.expand(2, 8, 8))(out[:, 0]), expected)
    with pytest.raises(ValueError, match="rasterise"):
        MaskedLogitSum(torch.ones(4, 4))(out)


def test_predicted_area_target_is_the_mask_of_positive_logits(segmenter, patches):
    out = segmenter(patches).detach()
    area = out > 0.0
    assert area.any() and not area.all()
    torch.testing.assert_close(PredictedAreaLogitSum()(out), (out * area).sum(dim=(1, 2, 3)))
    bound = PredictedAreaLogitSum(threshold=0.1).bind(out)
    assert isinstance(bound, MaskedLogitSum) and torch.equal(bound.mask, (out[:, 0] > 0.1))


def test_gradcam_of_segmenter_matches_formula(segmenter, patches):
    """dy/dA for y = sum_mask conv2(A) is conv2's transpose applied to the mask."""
    mask = corner_mask()
    result = get_cam_method("gradcam")(segmenter, patches, MaskedLogitSum(mask), ["act"])
    a = torch.relu(F.conv2d(patches, segmenter.conv1.weight, segmenter.conv1.bias, padding=1)).detach()
    g = F.conv_transpose2d(mask.expand(2, 1, 8, 8), segmenter.conv2.weight.detach(), padding=1)
    expected = torch.clamp((g.mean(dim=(2, 3), keepdim=True) * a).sum(1), min=0)
    torch.testing.assert_close(result.raw["act"], expected, rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("method", ["layercam", "normgrad", "normgrad_selective"])
def test_local_methods_stay_inside_the_receptive_field_of_the_mask(method, segmenter, patches):
    """conv2 is 3x3: the gradient of the masked sum is zero more than one pixel from the mask."""
    result = get_cam_method(method)(segmenter, patches, MaskedLogitSum(corner_mask()), ["act"])
    near = torch.zeros(8, 8, dtype=torch.bool)
    near[0:4, 0:4] = True
    raw = result.raw["act"]
    assert raw[:, ~near].abs().max() == 0
    assert (raw[:, near].amax(dim=1) > 0).all()


@pytest.mark.parametrize("method", list_cam_methods())
def test_every_method_explains_a_segmenter_per_image(method, segmenter, patches):
    """A batch gives the same maps as each image alone (per-image masks are selected)."""
    masks = torch.stack([corner_mask(), corner_mask().flip(0, 1)])[:, None]
    cam = get_cam_method(method)
    batch = cam(segmenter, patches, MaskedLogitSum(masks), LAYERS, differentiable=True)
    assert batch.fused.shape == (2, 8, 8) and torch.isfinite(batch.fused).all()
    for i in range(2):
        alone = cam(segmenter, patches[i : i + 1], MaskedLogitSum(masks[i : i + 1]), LAYERS)
        torch.testing.assert_close(batch.fused[i : i + 1].detach(), alone.fused, rtol=1e-9, atol=1e-12)
        torch.testing.assert_close(batch.scores[i : i + 1].detach(), alone.scores)
    batch.fused.mean().backward()
    assert segmenter.conv1.weight.grad.abs().max() > 0


def test_predicted_area_target_in_scorecam_uses_the_original_prediction(segmenter, patches):
    out = segmenter(patches).detach()
    bound = get_cam_method("scorecam")(segmenter, patches, MaskedLogitSum(out > 0), LAYERS)
    predicted = get_cam_method("scorecam")(segmenter, patches, PredictedAreaLogitSum(), LAYERS)
    torch.testing.assert_close(predicted.fused, bound.fused)


def test_empty_predicted_area_gives_zero_maps(segmenter, patches):
    result = get_cam_method("gradcam")(segmenter, patches, PredictedAreaLogitSum(threshold=1e9), LAYERS)
    assert torch.equal(result.fused, torch.zeros_like(result.fused))
    assert torch.equal(result.scores, torch.zeros(2, dtype=torch.float64))
