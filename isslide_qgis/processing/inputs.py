"""Turning Processing parameters into what the core takes: file paths, shapely geometries,
progress and cancel callables. Shared by every algorithm (no logic of their own here)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Optional

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsFeatureRequest,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsRasterLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.cam.views import VIEW_SETS
from ..core.errors import OperationCanceled
from ..core.inference.backends import BACKEND_CHOICES, choose_backend
from ..core.insar.phase_encoding import PhaseEncoding
from ..core.models.onnx_metadata import onnx_beside
from ..core.models.shipped import resolve_checkpoint, shipped_models
from ..paths import models_dir

#: parameter names shared by every algorithm that reads an interferogram (public interface).
INTERFEROGRAM = "INTERFEROGRAM"
COHERENCE = "COHERENCE"
PHASE_ENCODING = "PHASE_ENCODING"
#: parameter names shared by every algorithm that runs a model (public interface).
MODEL = "MODEL"
CHECKPOINT = "CHECKPOINT"
DEVICE = "DEVICE"
DEVICES = ("auto", "cpu", "cuda")
BACKEND = "BACKEND"
VIEWS = "VIEWS"
#: The VIEWS choices (numbers of views of a tile a map can average), most first.
VIEW_CHOICES = [str(count) for count in sorted(VIEW_SETS, reverse=True)]
BASELINE_DAYS = "BASELINE_DAYS"


def translate(context: str, text: str) -> str:
    """Qt translation; called as ``translate("IsslideInputs", "...")`` so that pylupdate5
    extracts the text (it does not see calls through other names)."""
    return QCoreApplication.translate(context, text)


def add_interferogram_parameters(algorithm: QgsProcessingAlgorithm) -> None:
    """Declare INTERFEROGRAM, COHERENCE (optional) and PHASE_ENCODING on ``algorithm``."""
    algorithm.addParameter(QgsProcessingParameterRasterLayer(
        INTERFEROGRAM, translate("IsslideInputs", "Interferogram (wrapped phase or complex)")))
    algorithm.addParameter(QgsProcessingParameterRasterLayer(
        COHERENCE, translate("IsslideInputs", "Coherence [0, 1]"), optional=True))
    algorithm.addParameter(QgsProcessingParameterEnum(
        PHASE_ENCODING, translate("IsslideInputs", "Interferogram encoding"),
        options=[encoding.value for encoding in PhaseEncoding], defaultValue="auto",
        usesStaticStrings=True, optional=True))


def open_interferogram(algorithm: QgsProcessingAlgorithm, parameters: dict,
                       context: QgsProcessingContext, feedback: QgsProcessingFeedback):
    """Open and validate the interferogram parameters; return an ``InterferogramReader``.

    The reader's notes (radar geometry, resampled coherence...) go to the Processing log.
    """
    from ..core.insar.reading import InterferogramReader

    reader = InterferogramReader(
        raster_file(algorithm, parameters, INTERFEROGRAM, context),
        raster_file(algorithm, parameters, COHERENCE, context, optional=True),
        encoding=algorithm.parameterAsEnumString(parameters, PHASE_ENCODING, context) or "auto")
    report_notes(feedback, reader.notes)
    return reader


def add_model_parameters(algorithm: QgsProcessingAlgorithm, default: str | None = None) -> None:
    """Declare MODEL (a shipped default), CHECKPOINT (a file, overrides MODEL) and DEVICE."""
    names = list(shipped_models(models_dir()))
    algorithm.addParameter(QgsProcessingParameterEnum(
        MODEL, translate("IsslideInputs", "Shipped model"), options=names, usesStaticStrings=True,
        optional=True,
        defaultValue=default if default in names else (names[0] if names else None)))
    algorithm.addParameter(QgsProcessingParameterFile(
        CHECKPOINT, translate("IsslideInputs", "Checkpoint file (overrides the shipped model)"),
        optional=True, fileFilter=translate("IsslideInputs", "Models (*.pt *.onnx)")))
    algorithm.addParameter(QgsProcessingParameterEnum(
        DEVICE, translate("IsslideInputs", "Device (auto: CUDA when available)"), options=list(DEVICES),
        defaultValue="auto", usesStaticStrings=True, optional=True))


def checkpoint_path(algorithm: QgsProcessingAlgorithm, parameters: dict,
                    context: QgsProcessingContext):
    """Return the checkpoint chosen by CHECKPOINT or MODEL (raises ModelError if none)."""
    return resolve_checkpoint(models_dir(),
                              algorithm.parameterAsEnumString(parameters, MODEL, context),
                              algorithm.parameterAsFile(parameters, CHECKPOINT, context))


def add_backend_parameter(algorithm: QgsProcessingAlgorithm) -> None:
    """Declare BACKEND: auto (ONNX Runtime when it imports and the model has an ONNX file,
    else torch), torch or onnxruntime."""
    algorithm.addParameter(QgsProcessingParameterEnum(
        BACKEND, translate("IsslideInputs", "Inference backend (auto: ONNX Runtime when the "
                                            "model has an ONNX file, else PyTorch)"),
        options=list(BACKEND_CHOICES), defaultValue="auto", usesStaticStrings=True,
        optional=True))


def add_views_parameter(algorithm: QgsProcessingAlgorithm) -> None:
    """Declare VIEWS (advanced, optional): how many views of each tile ECSPLAIN's map averages;
    empty: the model card's (8 for the shipped ECSPLAIN)."""
    parameter = QgsProcessingParameterEnum(
        VIEWS, translate("IsslideInputs", "ECSPLAIN: views of each tile averaged (empty: the "
                                          "model's, 8 for the shipped one; 1: about six times "
                                          "faster)"),
        options=VIEW_CHOICES, usesStaticStrings=True,
        optional=True)
    parameter.setFlags(parameter.flags() | Qgis.ProcessingParameterFlag.Advanced)
    algorithm.addParameter(parameter)


def views_choice(algorithm: QgsProcessingAlgorithm, parameters: dict,
                 context: QgsProcessingContext) -> int | None:
    """The VIEWS parameter as a number, or None (the model card's)."""
    chosen = algorithm.parameterAsEnumString(parameters, VIEWS, context)
    return int(chosen) if chosen else None


def backend_name(algorithm: QgsProcessingAlgorithm, parameters: dict,
                 context: QgsProcessingContext) -> str:
    """Return the BACKEND parameter ("auto" when omitted)."""
    return algorithm.parameterAsEnumString(parameters, BACKEND, context) or "auto"


def needs_torch(algorithm: QgsProcessingAlgorithm, parameters: dict,
                context: QgsProcessingContext) -> bool:
    """Whether the model and backend chosen run on torch (ECSPLAIN, or no ONNX file)."""
    try:
        checkpoint = checkpoint_path(algorithm, parameters, context)
    except Exception:  # noqa: BLE001 - perform() reports a bad model choice with its message
        return False
    return choose_backend(backend_name(algorithm, parameters, context), checkpoint) == "torch"


#: the segmenter named in the missing-torch message as one that runs without torch
SEGMENTER_EXAMPLE = "fcn_resnet18_w16"


def without_torch(algorithm: QgsProcessingAlgorithm, parameters: dict,
                  context: QgsProcessingContext) -> str:
    """How the chosen detection could run without torch (a line of the missing-torch message)."""
    try:
        checkpoint = checkpoint_path(algorithm, parameters, context)
    except Exception:  # noqa: BLE001 - perform() reports a bad model choice with its message
        return ""
    if backend_name(algorithm, parameters, context) == "torch":
        return translate("IsslideInputs", "BACKEND is 'torch'; with 'auto' or 'onnxruntime' the "
                         "segmenters run on ONNX Runtime, without PyTorch.")
    if not onnx_beside(checkpoint).is_file():
        return translate("IsslideInputs", "The model {model} has no ONNX file (ECSPLAIN never "
                         "has one: its maps need gradients). The shipped segmenters, e.g. "
                         "{segmenter}, detect without PyTorch, on ONNX Runtime: choose one as "
                         "the model.").format(model=Path(checkpoint).stem,
                                              segmenter=SEGMENTER_EXAMPLE)
    return translate("IsslideInputs", "This model also runs on ONNX Runtime, without PyTorch, "
                     "but ONNX Runtime is not installed either: the same dialog installs it "
                     "('Detection only').")


def add_baseline_parameter(algorithm: QgsProcessingAlgorithm) -> None:
    """Declare BASELINE_DAYS: the pair's interval for velocities (optional; else the dates
    read from the interferogram's name)."""
    algorithm.addParameter(QgsProcessingParameterNumber(
        BASELINE_DAYS, translate("IsslideInputs", "Temporal baseline for velocities (days; "
                                                  "empty: from the dates in the name)"),
        Qgis.ProcessingNumberParameterType.Integer, optional=True, minValue=1))


def baseline_days(algorithm: QgsProcessingAlgorithm, parameters: dict,
                  context: QgsProcessingContext) -> int | None:
    """Return BASELINE_DAYS (``None`` when left empty)."""
    if parameters.get(BASELINE_DAYS) in (None, ""):
        return None
    return algorithm.parameterAsInt(parameters, BASELINE_DAYS, context)


def device_name(algorithm: QgsProcessingAlgorithm, parameters: dict,
                context: QgsProcessingContext) -> str:
    """Return the DEVICE parameter ("auto" when omitted)."""
    return algorithm.parameterAsEnumString(parameters, DEVICE, context) or "auto"


def raster_file(algorithm: QgsProcessingAlgorithm, parameters: dict, name: str,
                context: QgsProcessingContext, optional: bool = False) -> Optional[str]:
    """Return the file behind a raster parameter (None for an empty optional one)."""
    if optional and not parameters.get(name):
        return None
    layer: Optional[QgsRasterLayer] = algorithm.parameterAsRasterLayer(parameters, name, context)
    if layer is None:
        if optional:
            return None
        raise QgsProcessingException(algorithm.invalidRasterError(parameters, name))
    if layer.providerType() != "gdal":
        raise QgsProcessingException(translate(
            "IsslideInputs",
            "{layer}: this raster is not a file (provider {provider}); save it as a GeoTIFF "
            "first (right-click > Export > Save As...).").format(
            layer=layer.name(), provider=layer.providerType()))
    return layer.source().split("|")[0]


def raster_crs(algorithm: QgsProcessingAlgorithm, parameters: dict, name: str,
               context: QgsProcessingContext) -> QgsCoordinateReferenceSystem:
    """Return the CRS of a raster parameter (invalid for radar geometry without CRS)."""
    layer = algorithm.parameterAsRasterLayer(parameters, name, context)
    return layer.crs() if layer is not None else QgsCoordinateReferenceSystem()


def shapely_geometries(algorithm: QgsProcessingAlgorithm, parameters: dict, name: str,
                       context: QgsProcessingContext,
                       target_crs: QgsCoordinateReferenceSystem) -> list:
    """Read a vector parameter's geometries as shapely objects in ``target_crs``.

    Without a valid target CRS (radar geometry), coordinates are passed on unchanged.
    """
    from shapely import wkb

    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, name))
    request = QgsFeatureRequest()
    if target_crs.isValid() and source.sourceCrs().isValid():
        request.setDestinationCrs(target_crs, context.transformContext())
    geometries = []
    for feature in source.getFeatures(request):
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        geometries.append(wkb.loads(bytes(geometry.asWkb())))
    return geometries


def progress_callbacks(feedback: QgsProcessingFeedback, start: float = 0.0, end: float = 100.0,
                       ) -> tuple[Callable[[float], None], Callable[[], bool]]:
    """Return ``(progress, is_canceled)`` callables for the core, mapped to [start, end]."""
    def progress(percent: float) -> None:
        feedback.setProgress(start + (end - start) * max(0.0, min(100.0, percent)) / 100.0)

    return progress, feedback.isCanceled


def check_canceled(feedback: QgsProcessingFeedback) -> None:
    """Raise :class:`OperationCanceled` when the analyst pressed Cancel."""
    if feedback.isCanceled():
        raise OperationCanceled(translate("IsslideInputs", "Cancelled: no output was written."))


def report_notes(feedback: QgsProcessingFeedback, notes: Iterable[str]) -> None:
    """Show the core's notes (warnings, resampling decisions) in the Processing log."""
    for note in notes:
        feedback.pushWarning(note)
