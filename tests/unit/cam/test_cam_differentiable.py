"""Acceptance 2: sizes, finiteness, constant inputs, differentiable vs detached maps.

The second-order checks compare the parameter gradient of a CAM loss with the gradient
obtained when dy/dA is treated as a constant (``gradient_graph=False``), and with a central
finite difference of the loss along a random direction (float64): only the second-order
gradient is the true derivative of the CAM loss.
"""
from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from isslide_qgis.core.cam import ClassifierLogit, get_cam_method, list_cam_methods

LAYERS = ["conv1", "conv2"]
GRADIENT_METHODS = ["gradcam", "layercam", "normgrad", "normgrad_selective"]


def cam_loss(result) -> torch.Tensor:
    """An ECSPLAIN-like loss: BCE of the fused CAM against a box mask (left half)."""
    mask = torch.zeros_like(result.fused)
    mask[..., :4] = 1.0
    return F.binary_cross_entropy(result.fused.clamp(1e-6, 1 - 1e-6), mask)


def first_layer_grad(model, x, method, **kw) -> torch.Tensor:
    model.zero_grad(set_to_none=True)
    result = get_cam_method(method)(model, x, ClassifierLogit(), LAYERS, differentiable=True, **kw)
    cam_loss(result).backward()
    return model.conv1.weight.grad.clone()


@pytest.mark.parametrize("method", list_cam_methods())
def test_maps_have_input_size_are_finite_and_normalised(method, smooth_classifier, patches):
    result = get_cam_method(method)(smooth_classifier.double(), patches, ClassifierLogit(), LAYERS)
    assert result.fused.shape == patches.shape[:1] + patches.shape[2:]
    assert result.scores.shape == (2,)
    for m in [result.fused, *result.per_layer.values()]:
        assert torch.isfinite(m).all() and m.min() >= 0 and m.max() <= 1
    assert result.fused.max() >= 0.5 - 1e-12  # at least one layer gives a full-range map


@pytest.mark.parametrize("value", [0.0, 1.0])
@pytest.mark.parametrize("method", list_cam_methods())
def test_constant_inputs_give_finite_maps_and_gradients(method, value, smooth_classifier):
    model = smooth_classifier.double()
    x = torch.full((2, 2, 8, 8), value, dtype=torch.float64)
    result = get_cam_method(method)(model, x, ClassifierLogit(), LAYERS, differentiable=True)
    assert torch.isfinite(result.fused).all()
    cam_loss(result).backward()
    assert all(torch.isfinite(p.grad).all() for p in model.parameters() if p.grad is not None)


@pytest.mark.parametrize("method", list_cam_methods())
def test_differentiable_cam_trains_the_first_layer(method, smooth_classifier, patches):
    grad = first_layer_grad(smooth_classifier.double(), patches, method)
    assert torch.isfinite(grad).all() and grad.abs().max() > 1e-6


@pytest.mark.parametrize("method", GRADIENT_METHODS)
def test_second_order_path_changes_the_first_layer_gradient(method, smooth_classifier, patches):
    model = smooth_classifier.double()
    full = first_layer_grad(model, patches, method)
    first_order = first_layer_grad(model, patches, method, gradient_graph=False)
    assert (full - first_order).abs().max() > 1e-3 * full.abs().max()


@pytest.mark.parametrize("method", GRADIENT_METHODS)
def test_differentiable_gradient_matches_finite_difference(method, smooth_classifier, patches):
    model = smooth_classifier.double()
    cam = get_cam_method(method)
    direction = torch.randn(model.conv1.weight.shape, generator=torch.Generator().manual_seed(5), dtype=torch.float64)

    def loss_at(step: float) -> float:
        with torch.no_grad():
            model.conv1.weight.add_(step * direction)
        value = cam_loss(cam(model, patches, ClassifierLogit(), LAYERS)).item()
        with torch.no_grad():
            model.conv1.weight.sub_(step * direction)
        return value

    h = 1e-6
    numeric = (loss_at(h) - loss_at(-h)) / (2 * h)
    analytic = (first_layer_grad(model, patches, method) * direction).sum().item()
    assert analytic == pytest.approx(numeric, rel=1e-4, abs=1e-9)
    detached = (first_layer_grad(model, patches, method, gradient_graph=False) * direction).sum().item()
    assert abs(detached - numeric) > 1e-3 * abs(numeric)


@pytest.mark.parametrize("method", list_cam_methods())
def test_non_differentiable_result_is_detached_and_leaves_no_grad(method, smooth_classifier, patches):
    model = smooth_classifier.double()
    result = get_cam_method(method)(model, patches, ClassifierLogit(), LAYERS, differentiable=False)
    tensors = [result.fused, result.scores, *result.per_layer.values(), *result.raw.values()]
    assert all(t.grad_fn is None and not t.requires_grad for t in tensors)
    assert all(p.grad is None for p in model.parameters())


def test_differentiable_scores_keep_the_classification_graph(smooth_classifier, patches):
    """ECSPLAIN backpropagates BCEWithLogits(score) and the CAM loss in one backward."""
    model = smooth_classifier.double()
    result = get_cam_method("gradcam")(model, patches, ClassifierLogit(), LAYERS, differentiable=True)
    labels = torch.tensor([1.0, 0.0], dtype=torch.float64)
    loss = F.binary_cross_entropy_with_logits(result.scores, labels) + cam_loss(result)
    loss.backward()
    assert model.head[2].weight.grad.abs().max() > 0


def test_called_inside_no_grad_still_explains(smooth_classifier, patches):
    model = smooth_classifier.double()
    with torch.no_grad():
        inside = get_cam_method("gradcam")(model, patches, ClassifierLogit(), LAYERS)
    outside = get_cam_method("gradcam")(model, patches, ClassifierLogit(), LAYERS)
    torch.testing.assert_close(inside.fused, outside.fused)


def test_frozen_model_is_explained_post_hoc(smooth_classifier, patches):
    model = smooth_classifier.double().requires_grad_(False)
    result = get_cam_method("layercam")(model, patches, ClassifierLogit(), LAYERS)
    trainable = get_cam_method("layercam")(smooth_classifier.requires_grad_(True), patches, ClassifierLogit(), LAYERS)
    torch.testing.assert_close(result.fused, trainable.fused)
