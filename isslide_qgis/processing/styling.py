"""The plugin's QML styles applied to algorithm outputs when QGIS loads them into the project.

Processing loads an algorithm's outputs after it finishes (the "Open output file" boxes,
``processing.runAndLoadResults``); a post-processor attached to an output then runs on the
loaded layer. ``LayerDetails.setPostProcessor`` takes ownership of the post-processor and
deletes it with the context, so every output gets a new instance; the Python side keeps a
reference too (:attr:`ShippedStyle.alive`) so the wrapper outlives the call that made it.
"""
from __future__ import annotations

from qgis.core import (
    QgsMapLayer,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
)

from ..paths import style_path


class ShippedStyle(QgsProcessingLayerPostProcessorInterface):
    """Loads the shipped style ``resources/styles/<qml>`` onto a layer when it is loaded."""

    #: every instance made (a few bytes each): Python must not collect one QGIS still holds
    alive: list["ShippedStyle"] = []

    def __init__(self, qml: str) -> None:
        super().__init__()
        self.qml = qml

    @classmethod
    def create(cls, qml: str) -> "ShippedStyle":
        """A new post-processor of ``qml`` for one output (QGIS owns and deletes it)."""
        instance = cls(qml)
        cls.alive.append(instance)
        return instance

    def postProcessLayer(self, layer: QgsMapLayer, context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> None:
        if layer is None or not layer.isValid():
            return
        message, loaded = layer.loadNamedStyle(str(style_path(self.qml)))
        if not loaded and feedback is not None:
            feedback.reportError(message)
        set_field_aliases(layer)
        layer.triggerRepaint()


def set_field_aliases(layer: QgsMapLayer) -> None:
    """Give the plugin's fields of a vector layer their aliases (units, sign conventions:
    :data:`~isslide_qgis.core.kinematics.fields.FIELD_ALIASES`)."""
    from ..core.kinematics.fields import FIELD_ALIASES

    fields = getattr(layer, "fields", None)
    if fields is None:
        return
    for index, field in enumerate(fields()):
        alias = FIELD_ALIASES.get(field.name())
        if alias:
            layer.setFieldAlias(index, alias)


def style_on_load(context: QgsProcessingContext, output: str | None, qml: str) -> None:
    """Style ``output`` (a path the algorithm returns) with ``qml`` if Processing loads it."""
    if output and context.willLoadLayerOnCompletion(output):
        context.layerToLoadOnCompletionDetails(output).setPostProcessor(ShippedStyle.create(qml))
