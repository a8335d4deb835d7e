"""Training: patch sources, augmentation, losses (ECSPLAIN's CAM-constrained loss), the
training loop (progress, cancel, checkpoints, resume), thresholds and fine-tuning.

Importing this package does not import torch: names are loaded on first use.
"""
from __future__ import annotations

from ..lazy import lazy_exports

#: public name -> submodule defining it
_EXPORTS: dict[str, str] = {
    "TrainConfig": "config", "LR_SCHEDULES": "config",
    "Augmentation": "augmentation", "AugmentationDraw": "augmentation", "orient": "augmentation",
    "PatchSet": "patchset", "PATCH_KINDS": "patchset",
    "PatchDataset": "datasets", "SimulatedPatches": "datasets", "simulated_patches": "datasets",
    "scene_patches": "datasets", "simulated_scene": "datasets", "isslide_patches": "datasets",
    "network_inputs": "datasets", "NODATA_INPUT": "datasets",
    "EcsplainLoss": "losses", "SegmentationLoss": "losses", "LossTerms": "losses",
    "smooth_mask": "losses", "LOSSES": "losses",
    "TrainResult": "trainer", "train": "trainer", "build_model": "trainer",
    "TrainingState": "state", "save_training_state": "state", "load_training_state": "state",
    "FitResult": "fit", "fit_model": "fit", "choose_thresholds": "fit",
    "segmenter_patch_thresholds": "validation", "ecsplain_thresholds": "validation",
    "FREEZE_RULES": "freezing", "frozen_prefixes": "freezing", "freeze": "freezing",
    "trainable_cam_layers": "freezing",
    "FineTuneResult": "finetune", "finetune": "finetune",
    "TRAINING_SEEDS": "seeds", "VALIDATION_SEEDS": "seeds", "HELD_OUT_FIRST_SEED": "seeds",
    "seed_everything": "seeds",
}

__all__ = sorted(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
