"""ECSPLAIN's loss: the CAM term trains the first convolution; w_segm = 0 is a plain
classifier; the target mask is smoothed by a 5 x 5 box; the segmenters' BCE."""
from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from isslide_qgis.core.models import get_model
from isslide_qgis.core.training.config import TrainConfig
from isslide_qgis.core.training.datasets import PatchDataset
from isslide_qgis.core.training.losses import EcsplainLoss, SegmentationLoss, smooth_mask

ECSPLAIN = "ecsplain_resnet18_w16"


def _batch(tiny_patches, convention="cohcos_cohsin"):
    data = PatchDataset(tiny_patches, convention)
    labels = tiny_patches.labels
    index = np.concatenate([np.flatnonzero(labels == 1)[:2], np.flatnonzero(labels == 0)[:2]])
    return tuple(torch.from_numpy(a) for a in data.batch(index))


def test_cam_term_has_a_nonzero_gradient_on_conv1(tiny_patches):
    torch.manual_seed(0)
    model = get_model(ECSPLAIN)
    inputs, masks, labels = _batch(tiny_patches)
    loss = EcsplainLoss(TrainConfig(ECSPLAIN, w_class=0.0, w_segm=1.0), model.cam_layers)
    terms = loss(model, inputs, masks, labels)
    assert terms.parts["classification"] > 0 and terms.parts["localisation"] > 0
    terms.total.backward()
    grad = model.conv1.weight.grad
    assert grad is not None and torch.isfinite(grad).all()
    assert grad.abs().max() > 1e-8
    # and the CAM term alone is the loss (w_class = 0)
    assert float(terms.total.detach()) == pytest.approx(terms.parts["localisation"], rel=1e-6)


def test_cam_term_depends_on_second_order_gradients(tiny_patches):
    """With Grad-CAM every layer's channel weights are d score / d activation: only
    create_graph=True lets the loss reach the layers *after* a CAM layer."""
    torch.manual_seed(0)
    model = get_model(ECSPLAIN)
    inputs, masks, labels = _batch(tiny_patches)
    config = TrainConfig(ECSPLAIN, w_class=0.0, w_segm=1.0)
    EcsplainLoss(config, ("maxpool",))(model, inputs, masks, labels).total.backward()
    # the maxpool's activations come from conv1 only; fc changes only the gradient weights
    assert model.fc.weight.grad is not None and model.fc.weight.grad.abs().max() > 0


def test_zero_segmentation_weight_is_the_plain_classifier(tiny_patches):
    torch.manual_seed(0)
    model = get_model(ECSPLAIN)
    inputs, masks, labels = _batch(tiny_patches)
    terms = EcsplainLoss(TrainConfig(ECSPLAIN, w_segm=0.0), model.cam_layers)(model, inputs, masks, labels)
    expected = F.binary_cross_entropy_with_logits(model(inputs)[:, 0], labels.float())
    assert float(terms.total.detach()) == pytest.approx(float(expected.detach()), rel=1e-6)
    assert "localisation" not in terms.parts


def test_scorecam_loss_runs_with_channel_subsampling(tiny_patches):
    torch.manual_seed(0)
    model = get_model(ECSPLAIN)
    inputs, masks, labels = _batch(tiny_patches)
    config = TrainConfig(ECSPLAIN, cam_method="scorecam", cam_options={"channel_fraction": 0.25, "seed": None})
    terms = EcsplainLoss(config, model.cam_layers)(model, inputs, masks, labels)
    terms.total.backward()
    assert torch.isfinite(terms.total.detach()) and model.conv1.weight.grad.abs().max() > 0


def test_smooth_mask_is_a_5x5_box_normalised_at_borders():
    mask = torch.zeros(1, 9, 9)
    mask[0, 4, 4] = 1.0
    mask[0, 0, 0] = 1.0
    smooth = smooth_mask(mask, 5)[0]
    assert float(smooth[4, 4]) == pytest.approx(1 / 25)
    assert float(smooth[2, 2]) == pytest.approx(2 / 25)  # its box holds both ones
    assert float(smooth[1, 1]) == pytest.approx(1 / 16)  # 4 x 4 of its box lie inside
    assert float(smooth[4, 7]) == 0.0  # 3 columns away: outside the box
    assert float(smooth[0, 0]) == pytest.approx(1 / 9)  # corner: mean of the 3 x 3 inside
    assert float(smooth.sum()) < 2.0 and float(smooth_mask(torch.ones(1, 6, 6)).min()) == pytest.approx(1.0)


def test_segmentation_loss_is_bce_and_pos_weight_raises_moving_pixels(tiny_patches):
    torch.manual_seed(0)
    model = get_model("sepunet_w8")
    inputs, masks, labels = _batch(tiny_patches, "coh_cos_sin")
    model.eval()
    plain = SegmentationLoss(TrainConfig("sepunet_w8"))(model, inputs, masks, labels)
    expected = F.binary_cross_entropy_with_logits(model(inputs)[:, 0], masks)
    assert float(plain.total.detach()) == pytest.approx(float(expected.detach()), rel=1e-6)
    weighted = SegmentationLoss(TrainConfig("sepunet_w8", pos_weight=5.0))(model, inputs, masks, labels)
    assert float(weighted.total.detach()) > float(plain.total.detach())
