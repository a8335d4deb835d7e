"""Starting ECSPLAIN from a trained segmenter's backbone: first-layer filters follow the bands,
batch norms are folded."""
from __future__ import annotations

import torch

from isslide_qgis.core.models import get_model, make_card, save_checkpoint
from isslide_qgis.core.training.initialisation import init_from_checkpoint, map_first_conv


def test_first_conv_filters_follow_the_bands():
    weight = torch.arange(2 * 3 * 1 * 1, dtype=torch.float32).reshape(2, 3, 1, 1)
    mapped = map_first_conv(weight, ["coherence", "cos_phase", "sin_phase"], ["coh_cos_phase", "coh_sin_phase"])
    assert torch.equal(mapped[:, 0], weight[:, 1]) and torch.equal(mapped[:, 1], weight[:, 2])
    back = map_first_conv(mapped, ["coh_cos_phase", "coh_sin_phase"], ["coherence", "cos_phase", "sin_phase"])
    assert torch.equal(back[:, 0], torch.zeros(2, 1, 1)) and torch.equal(back[:, 1:], weight[:, 1:])


def test_ecsplain_starts_from_the_folded_fcn_backbone(tmp_path):
    torch.manual_seed(0)
    fcn = get_model("fcn_resnet18_w16")
    bn = fcn.backbone.layer1[0].bn1
    with torch.no_grad():  # non-trivial batch-norm statistics
        bn.running_var.uniform_(0.5, 2.0)
        bn.running_mean.uniform_(-0.5, 0.5)
    save_checkpoint(tmp_path / "fcn.pt", fcn, make_card("fcn_resnet18_w16"))
    ecsplain = get_model("ecsplain_resnet18_w16")
    init_from_checkpoint(ecsplain, ["coh_cos_phase", "coh_sin_phase"], tmp_path / "fcn.pt")
    scale = bn.weight / torch.sqrt(bn.running_var + bn.eps)
    expected = fcn.backbone.layer1[0].conv1.weight * scale.view(-1, 1, 1, 1)
    torch.testing.assert_close(ecsplain.layer1[0].conv1.weight, expected, rtol=1e-5, atol=1e-6)
    torch.testing.assert_close(ecsplain.layer1[0].conv1.bias, bn.bias - bn.running_mean * scale,
                               rtol=1e-5, atol=1e-6)
    stem = fcn.backbone.bn1.weight / torch.sqrt(fcn.backbone.bn1.running_var + 1e-5)
    torch.testing.assert_close(ecsplain.conv1.weight[:, 1],  # coh*sin reads with the sin filter
                               fcn.backbone.conv1.weight[:, 2] * stem.view(-1, 1, 1), rtol=1e-5, atol=1e-6)
