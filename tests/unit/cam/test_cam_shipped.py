"""Acceptance 3 in small: the shipped ECSPLAIN's CAMs point at held-out moving areas.

A few patches of the first held-out scenes (``scripts/evaluate_cams.py`` runs the full study):
every method's map peaks on a true moving area more often than the coherence and the
phase-gradient magnitude do (pointing game) and puts more of its mass on the true areas than
the coherence does; the CAM that ECSPLAIN's loss trains (its card's method) also puts more of
its mass there than the phase gradient does. Weights can be retrained: these bounds hold by a
wide margin on the shipped ones (see docs/cam_evaluation.json).
"""
from __future__ import annotations

from pathlib import Path

import pytest
import torch

from isslide_qgis.core.cam.evaluation import body_patches, cam_maps, per_patch_scores
from isslide_qgis.core.cam.registry import list_cam_methods
from isslide_qgis.core.models import load_checkpoint

CHECKPOINT = Path(__file__).resolve().parents[3] / "resources" / "models" / "ecsplain_resnet18_w16.pt"
TOLERANCE = 2


@pytest.fixture(scope="module")
def study():
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    patches = body_patches(6)
    model, card = load_checkpoint(CHECKPOINT)
    baselines = {name: per_patch_scores(maps, patches.truth, TOLERANCE)
                 for name, maps in patches.baselines.items()}
    yield patches, model, card, baselines
    torch.set_num_threads(previous)


@pytest.mark.parametrize("method", list_cam_methods())
def test_shipped_ecsplain_cams_point_at_moving_areas(study, method):
    patches, model, card, baselines = study
    assert len(patches) >= 5
    scores = per_patch_scores(cam_maps(model, card, patches, method=method), patches.truth, TOLERANCE)
    for name, baseline in baselines.items():
        assert scores["pointing_game"].mean() > baseline["pointing_game"].mean() + 0.2, name
    assert scores["energy_inside"].mean() > baselines["coherence"]["energy_inside"].mean()
    if method == card.training.get("cam_method", "gradcam"):
        assert scores["energy_inside"].mean() > baselines["phase_gradient"]["energy_inside"].mean() + 0.1
