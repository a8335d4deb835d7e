"""Turning batches of tiles into per-pixel maps: one predictor per model task.

A predictor receives input channels ``(N, C, T, T)`` as :func:`make_channels` gives them (NaN
where invalid or below the coherence threshold) and returns maps ``(N, B, T, T)`` in [0, 1]:

- ``"segmentation"`` (FCN, DeepLabV3, U-Nets): one band, ``probability = sigmoid(logit)``.
- ``"classification"`` (ECSPLAIN): per tile a detection score ``s = sigmoid(logit)`` and a
  localisation map, the fused CAM in [0, 1] (the mean of the layers' maps, each min-max
  normalised per tile, see :func:`~isslide_qgis.core.cam.ecsplain.ecsplain_localisation`),
  scaled as the card says (:data:`LOCALISATION_SCALES`), and averaged over as many views of
  the tile as the card says (``training["detection_views"]``, 1 or 8: the tile's rotations and
  mirror images, :mod:`isslide_qgis.core.cam.views`). A CAM is relative: it says *where* in
  the tile, the score says *whether*. How the two make the ``probability`` band is the card's
  ``training["score_use"]`` (:data:`SCORE_USES`): ``"product"``, ``s * CAM`` per tile (low on
  tiles the classifier rejects, so one threshold works on the whole map); ``"gate"``, the
  blended CAM wherever the blended score reaches :data:`DETECTION_GATE` (the classifier's
  decision boundary) and 0 elsewhere, made after blending
  (:meth:`ClassificationPredictor.blended`).
  ``localisation = CAM``. The raw scores are returned too, for a grid of patch scores.

Input preparation, in this order: NaN -> 0 (an invalid pixel is a zero phasor of zero
coherence, as in the ISSLIDE patches), then the card's normalisation ``(x - mean) / std``.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, Callable, ClassVar, Sequence

import numpy as np
import torch
from rasterio.windows import Window
from torch import nn

from isslide_qgis.core.cam.ecsplain import ecsplain_localisation
from isslide_qgis.core.cam.fusion import minmax_normalise
from isslide_qgis.core.cam.views import views as symmetry_views
from isslide_qgis.core.errors import ModelError
from isslide_qgis.core.inference.prediction import TilePrediction
from isslide_qgis.core.messages import translate
from isslide_qgis.core.models.card import ModelCard

#: CAM method of ECSPLAIN inference when neither the caller nor the card names one.
DEFAULT_CAM_METHOD = "gradcam"

#: How ECSPLAIN's fused CAM is scaled before it weighs the tile score (card
#: ``training["localisation_scale"]``). ``"mean"``: as fused, the mean of the layers' maps, whose
#: peak is below 1 wherever the layers disagree on where the area is (a faint area then stays
#: under the threshold even in a tile the classifier is sure of); ``"range"``: that mean
#: stretched to [0, 1] in each tile, so the map peaks at the tile's score. New ECSPLAIN cards
#: (:data:`NEW_CARD_LOCALISATION_SCALE`) use ``"range"``; a card without the entry keeps
#: ``"mean"``, the map its thresholds were chosen on.
LOCALISATION_SCALES: dict[str, Callable[[torch.Tensor], torch.Tensor]] = {
    "mean": lambda cam: cam,
    "range": minmax_normalise,
}
#: The scale written into the cards of newly trained ECSPLAIN models (chosen on the selection
#: family, README "Detection maps of ECSPLAIN").
NEW_CARD_LOCALISATION_SCALE = "range"
#: Views of each tile ECSPLAIN's detection map averages in new cards (card
#: ``training["detection_views"]``; a card without the entry: 1). Eight views (the tile's
#: rotations and mirror images) cost eight CAMs per tile and were chosen on the selection
#: family (README "Detection maps of ECSPLAIN").
NEW_CARD_DETECTION_VIEWS = 8


#: Blended detection score from which the ``"gate"`` score use keeps the CAM: the decision
#: boundary of the classifier's sigmoid (not tuned: the selection family's F1 is flat from 0.45
#: to 0.6, README "Detection maps of ECSPLAIN").
DETECTION_GATE = 0.5


@dataclass(frozen=True)
class ScoreUse:
    """How ECSPLAIN's tile scores and CAMs make the ``probability`` band.

    Attributes:
        tile: ``(score (N, T, T), CAM (N, T, T)) -> band (N, T, T)``, per tile and view, before
            blending.
        blended: ``(band, CAM) -> probability`` on the blended rows (``None``: the band is
            the probability).
    """

    tile: Callable[[torch.Tensor, torch.Tensor], torch.Tensor]
    blended: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None


def _gate(score: np.ndarray, cam: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore"):
        return np.where(score >= DETECTION_GATE, cam, cam * 0)  # no data (NaN) stays NaN


#: Card ``training["score_use"]`` -> how score and CAM make ECSPLAIN's map. ``"product"``: the
#: tile's score times its CAM, then blended (cards without the entry: the map their thresholds
#: were chosen on). ``"gate"``: score and CAM blended separately, then the CAM wherever the
#: blended score reaches :data:`DETECTION_GATE`. The gate does not let a half-blank tile at
#: the raster's edge, whose score drops, dim an area the full tiles beside it detect.
SCORE_USES: dict[str, ScoreUse] = {
    "product": ScoreUse(lambda score, cam: score * cam),
    "gate": ScoreUse(lambda score, cam: score.expand_as(cam), _gate),
}
#: The score use written into the cards of newly trained ECSPLAIN models (chosen on the
#: selection family, README "Detection maps of ECSPLAIN").
NEW_CARD_SCORE_USE = "gate"


def _card_choice(card: ModelCard, key: str, known: dict[str, Any], default: str) -> str:
    """The card's ``training[key]``, one of ``known``; ``default`` when absent.

    Raises:
        ModelError: The card names a choice this version does not know.
    """
    choice = str(card.training.get(key, default))
    if choice not in known:
        raise ModelError(
            translate(
                "IsslideCore", "The model card of '{name}' sets its training entry '{key}' to "
                "'{choice}', which this version of the plugin does not know (known: {known}). "
                "Update the plugin, or use a model trained with this version."
            ).format(name=card.architecture, key=key, choice=choice, known=", ".join(known))
        )
    return choice


def score_use(card: ModelCard) -> str:
    """The card's ECSPLAIN score use (a key of :data:`SCORE_USES`; ``"product"`` if absent).

    Raises:
        ModelError: The card names a score use this version does not know.
    """
    return _card_choice(card, "score_use", SCORE_USES, "product")


def localisation_scale(card: ModelCard) -> str:
    """The card's ECSPLAIN localisation scale (a key of :data:`LOCALISATION_SCALES`).

    Raises:
        ModelError: The card names a scale this version does not know.
    """
    return _card_choice(card, "localisation_scale", LOCALISATION_SCALES, "mean")


def resolve_device(device: str | torch.device = "auto") -> torch.device:
    """``"auto"``: the GPU when PyTorch sees one, else the CPU; ``"cpu"``, ``"cuda"``, ``"cuda:1"``.

    Raises:
        ModelError: A CUDA device is asked for but PyTorch sees none, or the name is unknown.
    """
    name = str(device)
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    try:
        resolved = torch.device(name)
    except RuntimeError:
        resolved = None
    if resolved is None or resolved.type not in ("cpu", "cuda") or (
            resolved.type == "cuda" and not torch.cuda.is_available()):
        raise ModelError(
            translate(
                "IsslideCore", "Device '{device}' cannot be used: PyTorch sees no such device "
                "here. Choose 'cpu', or 'auto' to use a CUDA GPU when there is one."
            ).format(device=name)
        )
    return resolved


class TilePredictor:
    """Base class: checks the model against its card, prepares inputs, times the network.

    Args:
        model: The network; it is moved to ``device`` and put in evaluation mode.
        card: Its model card (task, convention, normalisation).
        device: Where to run it.
        cam_method: CAM method of classifiers (ignored by segmenters).

    Attributes:
        band_names: Name of each output map.
        forward_seconds: Time spent in the network (and CAM) since creation.
    """

    band_names: ClassVar[tuple[str, ...]] = ()

    def __init__(self, model: nn.Module, card: ModelCard, device: torch.device,
                 cam_method: str | None = None) -> None:
        expected = getattr(model, "in_channels", card.in_channels)
        if expected != card.in_channels:
            raise ModelError(
                translate(
                    "IsslideCore", "The network takes {given} input channels but its model card "
                    "'{name}' describes {expected}: load the model and its card from the same "
                    "checkpoint."
                ).format(given=expected, name=card.architecture, expected=card.in_channels)
            )
        self.model = model.to(device).eval()
        self.card = card
        self.device = device
        self.forward_seconds = 0.0
        mean_std = card.mean_std()
        self._mean_std = None if mean_std is None else tuple(
            torch.tensor(v, dtype=torch.float32, device=device).view(1, -1, 1, 1)
            for v in mean_std)

    def prepare(self, channels: np.ndarray) -> torch.Tensor:
        """NaN -> 0, then the card's normalisation; a float32 tensor on the device."""
        x = torch.from_numpy(np.nan_to_num(channels, nan=0.0)).to(self.device)
        if self._mean_std is not None:
            mean, std = self._mean_std
            x = (x - mean) / std
        return x

    def predict(self, channels: np.ndarray, windows: Sequence[Window] | None = None) -> TilePrediction:
        """Maps (and scores) of a batch ``(N, C, T, T)`` of tiles.

        ``windows`` are the tiles' raster windows, for predictors whose result depends on where
        a tile lies (polygons to explain); the others ignore them.
        """
        x = self.prepare(channels)
        start = time.perf_counter()
        maps, scores = self._forward_at(x, windows)
        if self.device.type == "cuda":
            torch.cuda.synchronize(self.device)
        self.forward_seconds += time.perf_counter() - start
        return TilePrediction(
            maps.detach().float().cpu().numpy(),
            None if scores is None else scores.detach().float().cpu().numpy(),
        )

    def _forward_at(self, x: torch.Tensor, windows: Sequence[Window] | None
                    ) -> tuple[torch.Tensor, torch.Tensor | None]:
        return self._forward(x)

    def _forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor | None]:
        raise NotImplementedError


class SegmentationPredictor(TilePredictor):
    """Pixel probability ``sigmoid(logit)`` of a segmenter with one logit channel."""

    band_names = ("probability",)

    def _forward(self, x: torch.Tensor) -> tuple[torch.Tensor, None]:
        with torch.inference_mode():
            logits = self.model(x)
        if logits.dim() == 3:
            logits = logits.unsqueeze(1)
        if tuple(logits.shape) != (x.shape[0], 1, *x.shape[-2:]):
            raise ModelError(
                translate(
                    "IsslideCore", "The segmenter '{name}' returned an output of shape {shape} "
                    "for tiles of shape {tiles}; a segmenter must return one logit per pixel (N, "
                    "1, H, W)."
                ).format(name=self.card.architecture, shape=tuple(logits.shape),
                         tiles=tuple(x.shape))
            )
        return torch.sigmoid(logits), None


class ClassificationPredictor(TilePredictor):
    """ECSPLAIN: detection score per tile and its CAM; bands ``probability`` (made of score and
    CAM as the card's score use says) and ``localisation`` (the CAM).

    The CAM method is ``cam_method`` when given, else the card's ``training["cam_method"]``,
    else :data:`DEFAULT_CAM_METHOD`; the layers are the model's ``cam_layers``; the CAM is
    scaled by the card's :func:`localisation_scale`; score and map are the means over the card's
    ``detection_views`` views of the tile (each map turned back); the card's :func:`score_use`
    makes the probability band.
    """

    band_names = ("probability", "localisation")

    def __init__(self, model: nn.Module, card: ModelCard, device: torch.device,
                 cam_method: str | None = None) -> None:
        super().__init__(model, card, device)
        self.cam_method = cam_method or str(card.training.get("cam_method", DEFAULT_CAM_METHOD))
        self.layers = tuple(getattr(model, "cam_layers", ()))
        self.scale = LOCALISATION_SCALES[localisation_scale(card)]
        self.views = symmetry_views(int(card.training.get("detection_views", 1)))
        self.score_use = SCORE_USES[score_use(card)]
        if not self.layers:
            raise ModelError(
                translate(
                    "IsslideCore", "The classifier '{name}' names no layers for its class "
                    "activation map (attribute cam_layers), so it cannot localise detections: use "
                    "an ECSPLAIN model of the registry."
                ).format(name=card.architecture)
            )

    def _forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        probability = cam = score = torch.zeros(())
        for view in self.views:
            result = ecsplain_localisation(self.model, view.apply(x), self.layers,
                                           self.cam_method, differentiable=False)
            view_score = torch.sigmoid(result.scores)
            view_cam = view.undo(self.scale(result.fused))
            probability = probability + self.score_use.tile(view_score[:, None, None], view_cam)
            cam, score = cam + view_cam, score + view_score
        count = len(self.views)
        return torch.stack([probability / count, cam / count], dim=1), score / count

    def blended(self, block: np.ndarray) -> np.ndarray:
        """The probability band made from the blended rows, as the card's score use says."""
        if self.score_use.blended is None:
            return block
        return np.stack([self.score_use.blended(block[0], block[1]), block[1]]).astype(
            np.float32, copy=False)


#: Model task (card.task) -> predictor class.
PREDICTORS: dict[str, Callable[..., TilePredictor]] = {
    "segmentation": SegmentationPredictor,
    "classification": ClassificationPredictor,
}


def make_predictor(model: nn.Module, card: ModelCard, device: torch.device,
                   **options: Any) -> TilePredictor:
    """The predictor of ``card.task`` (see :data:`PREDICTORS`).

    Raises:
        ModelError: No predictor for the task, or the model does not fit its card.
    """
    if card.task not in PREDICTORS:
        raise ModelError(
            translate(
                "IsslideCore", "No inference is defined for models of task '{task}' ('{name}'); "
                "known tasks: {tasks}."
            ).format(task=card.task, name=card.architecture, tasks=", ".join(PREDICTORS))
        )
    return PREDICTORS[card.task](model, card, device, **options)
