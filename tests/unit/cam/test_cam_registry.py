"""Registry, the ECSPLAIN convenience, and the light package import."""
from __future__ import annotations

import subprocess
import sys

import pytest
import torch
import torch.nn.functional as F

from isslide_qgis.core.cam import (
    CAM_METHOD_TITLES,
    CAM_METHODS,
    ClassifierLogit,
    GradCAM,
    LayerCAM,
    NormGrad,
    ScoreCAM,
    ecsplain_localisation,
    get_cam_method,
    list_cam_methods,
)


def test_registry_names_and_classes():
    assert list_cam_methods() == ["gradcam", "layercam", "scorecam", "normgrad", "normgrad_selective"]
    assert set(CAM_METHOD_TITLES) == set(CAM_METHODS)
    expected = {"gradcam": GradCAM, "layercam": LayerCAM, "scorecam": ScoreCAM, "normgrad": NormGrad}
    for name, cls in expected.items():
        cam = get_cam_method(name)
        assert type(cam) is cls and cam.name == name
    selective = get_cam_method("normgrad_selective")
    assert selective.selective and selective.name == "normgrad_selective"
    assert not get_cam_method("normgrad").selective
    assert not ScoreCAM.needs_gradients and GradCAM.needs_gradients
    assert get_cam_method("scorecam", channel_fraction=0.25).channel_fraction == 0.25


def test_unknown_name_and_options_are_reported():
    with pytest.raises(ValueError, match="gradcam, layercam, scorecam, normgrad, normgrad_selective"):
        get_cam_method("smoothgrad")
    with pytest.raises(ValueError, match="channel_fraction"):
        get_cam_method("gradcam", channel_fraction=0.5)


def test_ecsplain_localisation_equals_gradcam_of_the_logit(smooth_classifier, patches):
    model = smooth_classifier.double()
    result = ecsplain_localisation(model, patches, ["conv1", "conv2"])
    reference = GradCAM()(model, patches, ClassifierLogit(), ["conv1", "conv2"])
    assert result.differentiable and result.fused.requires_grad and result.method == "gradcam"
    torch.testing.assert_close(result.fused.detach(), reference.fused)
    sub = ecsplain_localisation(model, patches, ["conv1"], method="scorecam", differentiable=False, max_channels=2)
    assert sub.fused.grad_fn is None


def test_ecsplain_loss_trains_the_cam_towards_the_mask(smooth_classifier, patches):
    """A few Adam steps on wClass*BCEWithLogits + wSegm*BCE(CAM, mask) reduce the CAM term."""
    model = smooth_classifier.double()
    mask = torch.zeros(2, 8, 8, dtype=torch.float64)
    mask[:, 2:6, 1:5] = 1.0
    labels = torch.ones(2, dtype=torch.float64)
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-2, betas=(0.5, 0.999))

    def losses():
        result = ecsplain_localisation(model, patches, ["conv1", "conv2"])
        segm = F.binary_cross_entropy(result.fused.clamp(1e-6, 1 - 1e-6), mask)
        return F.binary_cross_entropy_with_logits(result.scores, labels), segm

    first = losses()[1].item()
    for _ in range(30):
        optimiser.zero_grad()
        cls, segm = losses()
        (0.1 * cls + segm).backward()
        optimiser.step()
    assert losses()[1].item() < 0.5 * first


def test_package_import_does_not_import_torch():
    code = "import sys, isslide_qgis.core.cam as c; assert 'torch' not in sys.modules; print(c.__all__[:1])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
