"""isslide:finetunemodel: adapt a model to a lab's own annotations (transfer learning)."""
from __future__ import annotations

from typing import Any

from qgis.core import (
    Qgis,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from .base import IsslideAlgorithm
from .inputs import add_model_parameters, checkpoint_path, progress_callbacks
from .training_outputs import (OUTPUT_CHECKPOINT, OUTPUT_REPORT, add_training_outputs,
                               training_destinations, training_results)

#: how much of the network stays frozen (see core.training.freezing)
DEPTHS = ("shallow", "deep")


class FinetuneModel(IsslideAlgorithm):
    """Fine-tune a shipped model or a checkpoint on an ISSLIDE-layout dataset."""

    ID = "finetunemodel"
    GROUP = "training"
    NEEDS_TORCH = True
    DATASET = "DATASET"
    EPOCHS = "EPOCHS"
    LEARNING_RATE = "LEARNING_RATE"
    BATCH_SIZE = "BATCH_SIZE"
    FREEZE = "FREEZE"
    TEST_ZONE = "TEST_ZONE"
    SEED = "SEED"
    OUTPUT_CHECKPOINT = OUTPUT_CHECKPOINT
    OUTPUT_REPORT = OUTPUT_REPORT

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Fine-tune model")

    def help_text(self) -> str:
        """The algorithm's help (the accepted values of its lists are appended)."""
        return self.tr(
            "Adapts a trained model (a shipped default or a checkpoint) to your own "
            "annotations with few labels: the early layers, which extract generic features, "
            "stay frozen and the rest is trained on the patches of an ISSLIDE-layout dataset "
            "(made by 'Extract training patches', e.g. from corrected detections).\n"
            "Frozen layers: 'shallow' = the ResNet stem and first stage (FCN, DeepLabV3, "
            "ECSPLAIN) or the first encoder level (U-Nets); 'deep' freezes one more stage. For "
            "ECSPLAIN the class-activation constraint is kept on the trainable layers only.\n"
            "A quarter of the interferograms is held out to choose the thresholds written in "
            "the new model card (or the papers' split when a test zone is given). The new "
            "checkpoint can be used by every detection and explanation algorithm. An optional HTML "
            "report shows the loss per epoch and the new model's curves on the held-out patches.")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        add_model_parameters(self)
        self.addParameter(QgsProcessingParameterFile(
            self.DATASET, self.tr("Training dataset (ISSLIDE layout folder)"),
            behavior=Qgis.ProcessingFileParameterBehavior.Folder))
        number = QgsProcessingParameterNumber
        self.addParameter(number(self.EPOCHS, self.tr("Epochs"), number.Integer, defaultValue=10,
                                 minValue=1, maxValue=10000))
        self.addParameter(number(self.LEARNING_RATE, self.tr("Learning rate"), number.Double,
                                 defaultValue=5e-4, minValue=1e-7, maxValue=1.0))
        self.addParameter(number(self.BATCH_SIZE, self.tr("Batch size"), number.Integer,
                                 defaultValue=8, minValue=1, maxValue=1024))
        self.addParameter(QgsProcessingParameterEnum(
            self.FREEZE, self.tr("Frozen layers"), options=list(DEPTHS), defaultValue="shallow",
            usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString(
            self.TEST_ZONE, self.tr("Test zone (papers' split; empty: none)"), optional=True))
        self.addParameter(number(self.SEED, self.tr("Seed"), number.Integer, defaultValue=0,
                                 minValue=0))
        add_training_outputs(self, self.tr("Fine-tuned checkpoint"))

    def perform(self, parameters: dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> dict[str, Any]:
        from ..core.training.finetune import finetune

        output, report = training_destinations(self, parameters, context)
        progress, is_canceled = progress_callbacks(feedback)
        result = finetune(
            checkpoint_path(self, parameters, context),
            self.parameterAsFile(parameters, self.DATASET, context), output,
            epochs=self.parameterAsInt(parameters, self.EPOCHS, context),
            learning_rate=self.parameterAsDouble(parameters, self.LEARNING_RATE, context),
            batch_size=self.parameterAsInt(parameters, self.BATCH_SIZE, context),
            depth=self.parameterAsEnumString(parameters, self.FREEZE, context),
            test_zone=self.parameterAsString(parameters, self.TEST_ZONE, context) or None,
            seed=self.parameterAsInt(parameters, self.SEED, context),
            report=report, progress=progress, is_canceled=is_canceled)
        written = self.tr("Fine-tuned model written to {path}").format(path=output)
        return training_results(feedback, written, result.card.metrics, output, report)
