"""What one training run does: :class:`TrainConfig` (a JSON-friendly dataclass, no torch).

The same config drives training from scratch, resuming and fine-tuning; it is stored in the
training-state checkpoints and summarised in the model card, so a run can be repeated.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from ..errors import ModelError
from ..messages import translate
from .augmentation import Augmentation
from .patchset import PATCH_KINDS

#: Learning-rate schedules (names; the formulas live in :mod:`.trainer`).
LR_SCHEDULES: tuple[str, ...] = ("constant", "cosine")


@dataclass(frozen=True)
class TrainConfig:
    """Settings of one training run.

    Attributes:
        model: Registry name of the network (:func:`~isslide_qgis.core.models.list_models`).
        model_arguments: Builder overrides (the card's ``arguments``); usually empty.
        normalisation: Input normalisation of the card (``{"kind": "none"}`` or
            ``{"kind": "mean_std", "mean": [...], "std": [...]}``), applied to the patches.
        epochs: Passes over the training patches.
        batch_size: Patches per optimiser step (the papers: 8).
        learning_rate: Adam's initial learning rate. The papers' 1e-5 does not converge in
            minutes on a CPU; 1e-3 (ECSPLAIN's default) to 2e-3 does.
        betas: Adam's betas; (0.5, 0.999) as both papers.
        weight_decay: Adam's L2 penalty.
        lr_schedule: ``"constant"`` or ``"cosine"`` (per step, from ``learning_rate`` down to
            ``learning_rate * min_lr_fraction`` at the last step).
        min_lr_fraction: Final learning rate of the cosine schedule, relative.
        seed: Seeds weights, patch order, augmentation and dropout (torch and numpy).
        pos_weight: Weight of moving pixels in the segmenters' BCE (1: plain BCE).
        w_class: ECSPLAIN: weight of BCEWithLogits(score, label).
        w_segm: ECSPLAIN: weight of BCE(CAM, smoothed mask); 0 trains a plain classifier.
        cam_method: ECSPLAIN: CAM used in the loss (``core.cam`` registry name).
        cam_options: ECSPLAIN: options of the CAM method (Score-CAM: ``channel_fraction``...).
        cam_layers: ECSPLAIN: layers of the CAM; empty = the model's 5 ``cam_layers`` (minus
            frozen ones when fine-tuning).
        mask_smoothing: Side of the box filter smoothing the CAM target (ECSPLAIN: 5).
        augmentation: Random phase offset, conjugation, flips and rotations.
        freeze: Parameter-name prefixes kept frozen (fine-tuning); see :mod:`.finetune`.
        init_checkpoint: Checkpoint whose ResNet backbone initialises the network (ECSPLAIN
            from a trained FCN, :mod:`.initialisation`); None: random initialisation.
        checkpoint_every: Write a training-state checkpoint every this many epochs (0: never).
        num_threads: torch CPU threads for the run (None: leave torch's setting).
        oversample: Patch kind (:data:`~.patchset.PATCH_KINDS`) -> extra draws of each of its
            patches per epoch, each with its own augmentation (``{"faint_body": 2}``: faint
            bodies seen three times per epoch); empty: every patch once.
    """

    model: str
    model_arguments: dict[str, Any] = field(default_factory=dict)
    normalisation: dict[str, Any] = field(default_factory=lambda: {"kind": "none"})
    epochs: int = 10
    batch_size: int = 16
    learning_rate: float = 1e-3
    betas: tuple[float, float] = (0.5, 0.999)
    weight_decay: float = 0.0
    lr_schedule: str = "cosine"
    min_lr_fraction: float = 0.05
    seed: int = 0
    pos_weight: float = 1.0
    w_class: float = 1.0
    w_segm: float = 1.0
    cam_method: str = "gradcam"
    cam_options: dict[str, Any] = field(default_factory=dict)
    cam_layers: tuple[str, ...] = ()
    mask_smoothing: int = 5
    augmentation: Augmentation = field(default_factory=Augmentation)
    freeze: tuple[str, ...] = ()
    init_checkpoint: str | None = None
    checkpoint_every: int = 0
    num_threads: int | None = None
    oversample: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        problems = [
            msg for ok, msg in (
                (self.epochs >= 1, f"epochs={self.epochs} must be >= 1"),
                (self.batch_size >= 1, f"batch_size={self.batch_size} must be >= 1"),
                (self.learning_rate > 0, f"learning_rate={self.learning_rate} must be > 0"),
                (len(self.betas) == 2 and all(0 <= b < 1 for b in self.betas),
                 f"betas={self.betas} must be two numbers in [0, 1)"),
                (self.lr_schedule in LR_SCHEDULES,
                 f"lr_schedule='{self.lr_schedule}' must be one of {', '.join(LR_SCHEDULES)}"),
                (0 < self.min_lr_fraction <= 1, f"min_lr_fraction={self.min_lr_fraction} must be in (0, 1]"),
                (self.pos_weight > 0, f"pos_weight={self.pos_weight} must be > 0"),
                (self.w_class >= 0 and self.w_segm >= 0 and self.w_class + self.w_segm > 0,
                 f"w_class={self.w_class}, w_segm={self.w_segm} must be >= 0, not both 0"),
                (self.mask_smoothing >= 1 and self.mask_smoothing % 2 == 1,
                 f"mask_smoothing={self.mask_smoothing} must be an odd number >= 1"),
                (self.checkpoint_every >= 0, f"checkpoint_every={self.checkpoint_every} must be >= 0"),
                (self.num_threads is None or self.num_threads >= 1,
                 f"num_threads={self.num_threads} must be None or >= 1"),
                (all(k in PATCH_KINDS and isinstance(v, int) and v >= 0 for k, v in self.oversample.items()),
                 f"oversample={self.oversample} must map patch kinds ({', '.join(PATCH_KINDS)}) "
                 f"to whole numbers >= 0"),
            ) if not ok
        ]
        if problems:
            raise ModelError(translate(
                "IsslideCore", "Invalid training settings for '{model}': {problems}. Fix these "
                "values.").format(model=self.model, problems="; ".join(problems)))

    def replace(self, **changes: Any) -> TrainConfig:
        """A copy with some fields changed (validated)."""
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON values (tuples become lists)."""
        data = dataclasses.asdict(self)
        return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainConfig:
        """Inverse of :meth:`to_dict`.

        Raises:
            ModelError: unknown or invalid fields.
        """
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - names)
        if unknown:
            raise ModelError(translate(
                "IsslideCore", "Unknown training setting(s) {names}; valid settings: {valid}.").format(
                    names=", ".join(unknown), valid=", ".join(sorted(names))))
        values = dict(data)
        for key in ("betas", "cam_layers", "freeze"):
            if key in values:
                values[key] = tuple(values[key])
        if isinstance(values.get("augmentation"), dict):
            values["augmentation"] = Augmentation(**values["augmentation"])
        return cls(**values)
