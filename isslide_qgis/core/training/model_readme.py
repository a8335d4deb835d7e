"""The README of a folder of trained checkpoints, written from their model cards."""
from __future__ import annotations

from pathlib import Path

from ..models.checkpoint import read_checkpoint
from .seeds import HELD_OUT_FIRST_SEED, TRAINING_SEEDS, VALIDATION_SEEDS

_HEADER = """# Shipped default models

Checkpoints of the compact CPU networks, trained on simulated Sentinel-1 interferograms by
`scripts/train_default_weights.py` (`make weights`). Each `.pt` file holds a model card (JSON:
architecture, arguments, input channels, patch size, thresholds, training settings and data,
validation metrics) and float16 weights; load it with
`isslide_qgis.core.models.load_checkpoint` (safe: tensors and JSON only).
This file is rewritten by the script from the cards.

Data: scenes of the three *training* simulator families drawn in turn (`legacy`: the historical
`random_scene_config`; `lobate`: real ISSLIDE sizes, lobate tongues, two-slope turbulence;
`slab`: plug-flow slabs, parcel-patchwork coherence, unfiltered chain; all with varied CRS,
baselines 6/12/18 days, stratification, ramps, decorrelation, nodata, decoy-only scenes; see
`isslide_qgis.core.insar.simulation.families`), training seeds {train}, validation seeds {val};
seeds from {held} on are held out (never used for training or thresholds). The `selection`
family sets the thresholds and the minimum area; the `untouched` family (turbulence and
coherence models no other family uses) only measures (each card's `training.out_of_family`).
Training patches (100 x 100) hold a moving body anywhere (centred on it, shifted up to 40 px),
an atmospheric decoy, or background drawn away from bodies (about half hold no movement).
Augmentation: random phase offset before cos/sin, phase conjugation, flips, rotations by 90
degrees, and three perturbations of physics the simulator cannot pin down: a phase ramp (half
of the patches, up to 0.03 rad/px), coherence raised to a power (half, exp(+-0.4)) and white
phase noise (a third, up to 0.5 rad). No data is 0 in every input channel. Loss: BCE (segmenters); ECSPLAIN: BCEWithLogits(score, label) +
BCE(Grad-CAM of 5 layers, 5 x 5-smoothed mask), second-order, its ResNet started from the
trained FCN's backbone (batch norms folded). Adam, betas (0.5, 0.999), cosine decay, batch 16.
Thresholds: `pixel` maximises the pixel F1 of whole-scene tiled inference on the validation
scenes (for ECSPLAIN, on its map: the CAM where its score detects); ECSPLAIN's `detection` maximises the patch F1
and `localisation` the mean Dice of the CAM, on validation patches. "scene_*" metrics are
whole-scene inference on the validation scenes at `pixel` (false alarms: decoy-only scenes).
A card whose `training.calibration` is set had its `pixel` threshold recalibrated afterwards
on the selection simulator family at the real density of moving areas (mean object F1 by
mutual coverage; `scripts/validate_out_of_family.py`, `docs/out_of_family_validation.json`).

These models learnt the simulator, not real ISSLIDE data: fine-tune them on annotated
interferograms (`isslide_qgis.core.training.finetune`) before relying on them.

Every segmenter also ships as `<model>.onnx` (exported by the script after training, or alone by
`--onnx-only`; `isslide:exportonnx` for any checkpoint): the same weights (float16, computed in
float32) behind the card's normalisation and a sigmoid, its card and the source checkpoint's
SHA-256 in the ONNX metadata, checked against torch on the sample scene (max difference
<= 1e-4). Detection runs it with ONNX Runtime, without torch (backend `auto` or `onnxruntime`);
Deepness 0.6 reads its metadata too. ECSPLAIN needs gradients for its map: torch only.

| model | task | parameters | file (MB) | epochs | lr | training (s) | thresholds | validation |
|---|---|---|---|---|---|---|---|---|
"""

#: metrics shown in the table (the card holds them all)
_SHOWN = ("scene_pixel_f1", "scene_pixel_iou", "scene_object_f1", "scene_false_alarms_per_100km2",
          "detection_accuracy", "detection_f1", "localisation_dice")


def _row(path: Path) -> str:
    card, state = read_checkpoint(path)
    params = sum(int(t.numel()) for k, t in state.items() if t.is_floating_point()
                 and not k.endswith(("running_mean", "running_var")))
    thresholds = ", ".join(f"{k} {v:.2f}" for k, v in card.thresholds.items())
    metrics = ", ".join(f"{k} {card.metrics[k]}" for k in _SHOWN if k in card.metrics)
    training = card.training
    return (f"| `{card.architecture}` | {card.task} | {params:,} | {path.stat().st_size / 1e6:.2f} | "
            f"{training.get('epochs', '?')} | {training.get('learning_rate', '?')} | "
            f"{training.get('seconds', '?')} | {thresholds} | {metrics} |\n")


def write_models_readme(folder: str | Path) -> Path:
    """Write ``folder/README.md`` describing every ``*.pt`` checkpoint of ``folder``."""
    folder = Path(folder)
    rows = "".join(_row(path) for path in sorted(folder.glob("*.pt")))
    text = _HEADER.format(train=f"{TRAINING_SEEDS.start}-{TRAINING_SEEDS.stop - 1}",
                          val=f"{VALIDATION_SEEDS.start}-{VALIDATION_SEEDS.stop - 1}",
                          held=HELD_OUT_FIRST_SEED) + rows
    total = sum(p.stat().st_size for p in folder.glob("*.pt")) / 1e6
    onnx = sum(p.stat().st_size for p in folder.glob("*.onnx")) / 1e6
    text += f"\nTotal size of the checkpoints: {total:.2f} MB (ONNX files: {onnx:.2f} MB).\n"
    path = folder / "README.md"
    path.write_text(text, encoding="utf-8")
    return path
