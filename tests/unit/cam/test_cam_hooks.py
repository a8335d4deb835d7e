"""Acceptance 3: hooks are released (also after errors); clear errors for bad layers."""
from __future__ import annotations

import pytest
import torch
from torch import nn

from isslide_qgis.core.cam import ClassifierLogit, LayerRecorder, UnknownLayerError, get_cam_method, list_cam_methods
from isslide_qgis.core.cam.hooks import record_layer_shapes
from isslide_qgis.core.errors import ModelError


@pytest.mark.parametrize("method", list_cam_methods())
def test_hooks_removed_after_use(method, pooled_classifier, patches, hooks_of):
    get_cam_method(method)(pooled_classifier, patches, ClassifierLogit(), ["act", "pool"], differentiable=True)
    assert hooks_of(pooled_classifier) == []


def test_hooks_removed_after_exception_in_target(pooled_classifier, patches, hooks_of):
    def broken_target(output):
        raise RuntimeError("target failed")

    with pytest.raises(RuntimeError, match="target failed"):
        get_cam_method("gradcam")(pooled_classifier, patches, broken_target, ["act"])
    assert hooks_of(pooled_classifier) == []


def test_hooks_removed_after_exception_in_forward(pooled_classifier, hooks_of):
    wrong_channels = torch.zeros(1, 5, 8, 8, dtype=torch.float64)
    with pytest.raises(RuntimeError):
        get_cam_method("layercam")(pooled_classifier, wrong_channels, ClassifierLogit(), ["act"])
    assert hooks_of(pooled_classifier) == []


def test_recorder_removes_hooks_when_block_raises(pooled_classifier, hooks_of):
    with pytest.raises(KeyError):
        with LayerRecorder(pooled_classifier, ["conv", "pool"], keep_gradients=True):
            assert len(hooks_of(pooled_classifier)) == 2
            raise KeyError("inside")
    assert hooks_of(pooled_classifier) == []


def test_unknown_layer_error_lists_available_layers(pooled_classifier, patches, hooks_of):
    with pytest.raises(ValueError) as info:
        get_cam_method("gradcam")(pooled_classifier, patches, ClassifierLogit(), ["act", "layer4.conv9"])
    message = str(info.value)
    assert "layer4.conv9" in message
    for name in ["conv", "act", "pool", "gap", "fc"]:
        assert name in message.split("available layers:")[1]
    assert isinstance(info.value, UnknownLayerError) and isinstance(info.value, ModelError)
    assert hooks_of(pooled_classifier) == []


def test_unknown_layer_suggests_the_closest_name(pooled_classifier):
    with pytest.raises(UnknownLayerError, match="'pol' -> 'pool'"):
        LayerRecorder(pooled_classifier, ["pol"], keep_gradients=False)


def test_bad_layer_lists_are_rejected(pooled_classifier, patches):
    cam = get_cam_method("gradcam")
    for layers in ([], "act", ["act", "act"]):
        with pytest.raises(ValueError):
            cam(pooled_classifier, patches, ClassifierLogit(), layers)


def test_layer_without_feature_map_is_refused(pooled_classifier, patches, hooks_of):
    with pytest.raises(ModelError, match="'fc'.*feature map"):
        get_cam_method("gradcam")(pooled_classifier, patches, ClassifierLogit(), ["fc"])
    assert hooks_of(pooled_classifier) == []


def test_layer_off_the_path_is_reported(patches):
    class WithSpareHead(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(2, 3, 3, padding=1)
            self.unused = nn.Conv2d(3, 3, 1)
            self.fc = nn.Linear(3, 1)

        def forward(self, x):
            return self.fc(self.conv(x).mean(dim=(2, 3)))

    with pytest.raises(ModelError, match="did not run"):
        get_cam_method("gradcam")(WithSpareHead().double(), patches, ClassifierLogit(), ["unused"])


def test_in_place_relu_downstream_does_not_overwrite_the_recorded_map(gap_classifier, patches):
    """gap_classifier has ReLU(inplace=True) right after the recorded convolution."""
    with LayerRecorder(gap_classifier, ["conv"], keep_gradients=True) as rec:
        gap_classifier(patches)
        recorded = rec.activations["conv"]
    expected = gap_classifier.manual_features(patches)["conv"]
    assert (expected < 0).any()
    torch.testing.assert_close(recorded, expected)


def test_gradients_leave_no_grad_on_parameters(pooled_classifier, patches):
    with LayerRecorder(pooled_classifier, ["pool"], keep_gradients=True) as rec:
        score = pooled_classifier(patches)[:, 0]
        grads = rec.gradients(score)
    w = pooled_classifier.fc.weight[0].detach().view(1, 3, 1, 1) / 16
    torch.testing.assert_close(grads["pool"], w.expand(2, 3, 4, 4))
    assert all(p.grad is None for p in pooled_classifier.parameters())


def test_recorder_without_gradients_refuses_to_compute_them(pooled_classifier, patches):
    with LayerRecorder(pooled_classifier, ["pool"], keep_gradients=False) as rec:
        score = pooled_classifier(patches)[:, 0]
        with pytest.raises(RuntimeError):
            rec.gradients(score)


def test_record_layer_shapes(pooled_classifier, patches, hooks_of):
    shapes = record_layer_shapes(pooled_classifier, ["act", "pool"], patches)
    assert shapes == {"act": torch.Size([2, 3, 8, 8]), "pool": torch.Size([2, 3, 4, 4])}
    assert hooks_of(pooled_classifier) == []


def test_target_with_wrong_shape_is_reported(pooled_classifier, patches):
    with pytest.raises(ModelError, match=r"one score per image \(2,\)"):
        get_cam_method("gradcam")(pooled_classifier, patches, lambda out: out.sum(), ["act"])
