"""Base class of the ISSLIDE algorithms: translation, groups, and clean error reporting.

Algorithms implement :meth:`IsslideAlgorithm.perform`. Domain errors (``IsslideError``) become a
``QgsProcessingException`` carrying the analyst-oriented message, so the Processing log shows
the message and never a traceback; unexpected errors are reported the same way, with the
traceback sent to the QGIS message log for developers.
"""
from __future__ import annotations

import traceback
from typing import Any

from qgis.core import (
    Qgis,
    QgsMessageLog,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.dependencies import require_torch
from ..core.errors import IsslideError, OperationCanceled
from ..core.output_paths import check_not_input, output_file
from ..paths import icon_path
from ..settings import suggested_packages_folder
from .groups import group_name
from .inputs import device_name, views_choice

LOG_TAG = "ISSLIDE"
#: destination parameter types read with parameterAsFileOutput (the others are layers)
FILE_DESTINATIONS = ("fileDestination",)


def accepted_values_help(algorithm: QgsProcessingAlgorithm) -> str:
    """One line per static-string list parameter of ``algorithm``: its accepted values.

    The lists take their option strings, not numbers (so saved models and scripts do not break
    when a list grows), while QGIS' generic ``qgis_process help`` text says "number of
    selected option": this says what to write instead.
    """
    lines = [f"{d.name()}: " + ", ".join(d.options())
             for d in algorithm.parameterDefinitions()
             if isinstance(d, QgsProcessingParameterEnum) and d.usesStaticStrings()]
    if not lines:
        return ""
    title = QCoreApplication.translate(
        "IsslideAlgorithm", "Accepted values of the lists (qgis_process, Python and graphical "
        "models take these strings, not numbers):")
    return "\n".join([title, *lines])


class IsslideAlgorithm(QgsProcessingAlgorithm):
    """Common behaviour of every ISSLIDE algorithm."""

    #: algorithm id inside the provider (``isslide:<ID>``); a public interface.
    ID = ""
    #: group id, one of :data:`groups.GROUPS`.
    GROUP = ""
    #: whether the algorithm needs torch (checked before :meth:`perform`, with the fix-it message).
    NEEDS_TORCH = False

    def tr(self, text: str) -> str:
        """Translate with the concrete class as context (as pylupdate5 files ``self.tr``)."""
        return QCoreApplication.translate(type(self).__name__, text)

    def name(self) -> str:
        return self.ID

    def group(self) -> str:
        return group_name(self.GROUP)

    def groupId(self) -> str:  # noqa: N802 (QGIS API name)
        return self.GROUP

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def help_text(self) -> str:
        """What the algorithm does (subclasses); :meth:`shortHelpString` adds the lists."""
        return ""

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API name)
        """The help, then the values each list parameter accepts on the command line."""
        return "\n".join(filter(None, [self.help_text(), accepted_values_help(self)]))

    def optional_number(self, parameters: dict[str, Any], name: str,
                        context: QgsProcessingContext) -> float | None:
        """An optional number parameter: ``None`` when left empty (the core's default then)."""
        empty = parameters.get(name) in (None, "")
        return None if empty else self.parameterAsDouble(parameters, name, context)

    def output_path(self, parameters: dict[str, Any], name: str,
                    context: QgsProcessingContext) -> str:
        """The file chosen for the destination ``name``.

        A required destination left empty (a graphical model's child output that is not a
        model output, run from ``qgis_process`` with its inputs only) gets a temporary file, as
        ``TEMPORARY_OUTPUT`` would; an optional one stays ``""`` (not written). A path that
        names a folder, or one of the run's input files, is refused with a clear message
        (before anything is written).
        """
        definition = self.parameterDefinition(name)
        if definition.type() in FILE_DESTINATIONS:
            path = self.parameterAsFileOutput(parameters, name, context)
        else:
            path = self.parameterAsOutputLayer(parameters, name, context)
        optional = bool(definition.flags() & Qgis.ProcessingParameterFlag.Optional)
        if not path and not optional:
            path = definition.generateTemporaryDestination(context)
        if path:
            try:
                output_file(path)
                check_not_input(path, self.input_files(parameters))
            except IsslideError as exc:
                raise QgsProcessingException(f"{definition.description()}: {exc}") from None
        return path

    def input_files(self, parameters: dict[str, Any]) -> list[str]:
        """The files named by the run's input parameters (layers by their source)."""
        files = []
        for definition in self.parameterDefinitions():
            if definition.isDestination():
                continue
            value = parameters.get(definition.name())
            for item in value if isinstance(value, (list, tuple)) else [value]:
                source = item.source() if hasattr(item, "source") else item
                if isinstance(source, str) and source:
                    files.append(source.split("|")[0])
        return files

    def detection_options(self, parameters: dict[str, Any],
                          context: QgsProcessingContext) -> dict[str, Any]:
        """The detection settings shared by the algorithms that detect (THRESHOLD, MIN_AREA,
        COHERENCE_THRESHOLD, OVERLAP, BATCH_SIZE, DEVICE, THREADS, VIEWS), as keyword arguments
        of the core's ``DetectionSettings`` (one detection's or a whole stack's)."""
        overlap = self.optional_number(parameters, "OVERLAP", context)
        threads = self.optional_number(parameters, "THREADS", context)
        return dict(
            threshold=self.optional_number(parameters, "THRESHOLD", context),
            min_area_m2=self.parameterAsDouble(parameters, "MIN_AREA", context),
            coherence_threshold=self.parameterAsDouble(parameters, "COHERENCE_THRESHOLD", context),
            overlap=int(overlap) if overlap is not None else None,
            batch_size=self.parameterAsInt(parameters, "BATCH_SIZE", context),
            device=device_name(self, parameters, context),
            threads=int(threads) if threads is not None else None,
            views=views_choice(self, parameters, context))

    def needs_torch(self, parameters: dict[str, Any], context: QgsProcessingContext) -> bool:
        """Whether this run needs torch (default :attr:`NEEDS_TORCH`; detection: the backend)."""
        return self.NEEDS_TORCH

    def without_torch(self, parameters: dict[str, Any], context: QgsProcessingContext) -> str:
        """How this run could do without torch, for the missing-torch message ('' if never)."""
        return ""

    def createInstance(self) -> "IsslideAlgorithm":  # noqa: N802 (QGIS API name)
        return type(self)()

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        try:
            if self.needs_torch(parameters, context):
                require_torch(suggested_packages_folder(),
                              self.without_torch(parameters, context))
            return self.perform(parameters, context, feedback)
        except QgsProcessingException:
            raise
        except OperationCanceled as exc:
            raise QgsProcessingException(str(exc) or QCoreApplication.translate(
                "IsslideAlgorithm", "Cancelled: no output was written.")) from None
        except IsslideError as exc:
            raise QgsProcessingException(str(exc)) from None
        except Exception as exc:  # a bug: a clear message here, the traceback in the QGIS log
            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.MessageLevel.Critical)
            raise QgsProcessingException(QCoreApplication.translate(
                "IsslideAlgorithm",
                "{name} failed unexpectedly: {error}. This is a bug of the ISSLIDE plugin; the "
                "details are in the QGIS message log (tab ISSLIDE). Please report them.").format(
                name=self.displayName(), error=f"{type(exc).__name__}: {exc}")) from None

    def perform(self, parameters: dict[str, Any], context: QgsProcessingContext,
            feedback: QgsProcessingFeedback) -> dict[str, Any]:
        """Do the algorithm's work (subclasses); raise ``IsslideError`` for bad input."""
        raise NotImplementedError
