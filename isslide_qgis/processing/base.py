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
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.dependencies import require_torch
from ..core.errors import IsslideError, OperationCanceled
from ..paths import icon_path
from ..settings import suggested_packages_folder
from .groups import group_name
from .inputs import device_name

LOG_TAG = "ISSLIDE"


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

    def optional_number(self, parameters: dict[str, Any], name: str,
                        context: QgsProcessingContext) -> float | None:
        """An optional number parameter: ``None`` when left empty (the core's default then)."""
        empty = parameters.get(name) in (None, "")
        return None if empty else self.parameterAsDouble(parameters, name, context)

    def detection_options(self, parameters: dict[str, Any],
                          context: QgsProcessingContext) -> dict[str, Any]:
        """The detection settings shared by the algorithms that detect (THRESHOLD, MIN_AREA,
        COHERENCE_THRESHOLD, OVERLAP, BATCH_SIZE, DEVICE, THREADS), as keyword arguments of
        the core's ``DetectionRequest`` / the stack's ``DetectionSettings``."""
        overlap = self.optional_number(parameters, "OVERLAP", context)
        threads = self.optional_number(parameters, "THREADS", context)
        return dict(
            threshold=self.optional_number(parameters, "THRESHOLD", context),
            min_area_m2=self.parameterAsDouble(parameters, "MIN_AREA", context),
            coherence_threshold=self.parameterAsDouble(parameters, "COHERENCE_THRESHOLD", context),
            overlap=int(overlap) if overlap is not None else None,
            batch_size=self.parameterAsInt(parameters, "BATCH_SIZE", context),
            device=device_name(self, parameters, context),
            threads=int(threads) if threads is not None else None)

    def createInstance(self) -> "IsslideAlgorithm":  # noqa: N802 (QGIS API name)
        return type(self)()

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        try:
            if self.NEEDS_TORCH:
                require_torch(suggested_packages_folder())
            return self.perform(parameters, context, feedback)
        except QgsProcessingException:
            raise
        except OperationCanceled as exc:
            raise QgsProcessingException(str(exc) or QCoreApplication.translate(
                "IsslideAlgorithm", "Cancelled: no output was written.")) from None
        except IsslideError as exc:
            raise QgsProcessingException(str(exc)) from None
        except Exception as exc:  # a bug: a clear message here, the traceback in the QGIS log
            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.Critical)
            raise QgsProcessingException(QCoreApplication.translate(
                "IsslideAlgorithm",
                "{name} failed unexpectedly: {error}. This is a bug of the ISSLIDE plugin; the "
                "details are in the QGIS message log (tab ISSLIDE). Please report them.").format(
                name=self.displayName(), error=f"{type(exc).__name__}: {exc}")) from None

    def perform(self, parameters: dict[str, Any], context: QgsProcessingContext,
            feedback: QgsProcessingFeedback) -> dict[str, Any]:
        """Do the algorithm's work (subclasses); raise ``IsslideError`` for bad input."""
        raise NotImplementedError
