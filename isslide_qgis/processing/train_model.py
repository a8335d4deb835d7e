"""isslide:trainmodel: train a network from scratch on annotations and/or simulated scenes."""
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

from ..core.cam.registry import list_cam_methods
from ..core.models.registry import list_models
from .base import IsslideAlgorithm
from .inputs import progress_callbacks
from .training_outputs import (OUTPUT_CHECKPOINT, OUTPUT_REPORT, add_training_outputs,
                               training_destinations, training_results)


class TrainModel(IsslideAlgorithm):
    """Train a registry network and write a checkpoint with its model card."""

    ID = "trainmodel"
    GROUP = "training"
    NEEDS_TORCH = True
    DATASET = "DATASET"
    ARCHITECTURE = "ARCHITECTURE"
    SIMULATED_SCENES = "SIMULATED_SCENES"
    TEST_ZONE = "TEST_ZONE"
    EPOCHS = "EPOCHS"
    LEARNING_RATE = "LEARNING_RATE"
    BATCH_SIZE = "BATCH_SIZE"
    SEED = "SEED"
    W_SEGM = "W_SEGM"
    CAM_METHOD = "CAM_METHOD"
    OUTPUT_CHECKPOINT = OUTPUT_CHECKPOINT
    OUTPUT_REPORT = OUTPUT_REPORT

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Train model")

    def help_text(self) -> str:
        """The algorithm's help (the accepted values of its lists are appended)."""
        return self.tr(
            "Trains one of the networks of the ISSLIDE/ECSPLAIN papers from scratch and writes a "
            "checkpoint (model card + weights) usable by detection, explanation and "
            "fine-tuning, and optionally an HTML training report (loss per epoch, curves on the "
            "validation patches).\n"
            "Data: an ISSLIDE-layout dataset folder (from 'Extract training patches') and/or a "
            "number of simulated training scenes. With a test zone, the papers' split is used "
            "and the zone's late dates stay unseen; a quarter of the interferograms chooses the "
            "thresholds (else 0.5).\n"
            "ECSPLAIN: the loss adds the class-activation-map constraint (weight W_SEGM; 0 "
            "trains a plain classifier) with the chosen CAM method. Paper-size networks are "
            "slow on a CPU: the compact variants (_w8, _w16) train in minutes.")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        number = QgsProcessingParameterNumber
        self.addParameter(QgsProcessingParameterEnum(
            self.ARCHITECTURE, self.tr("Network"), options=list_models(), defaultValue="unet_w8",
            usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterFile(
            self.DATASET, self.tr("Training dataset (ISSLIDE layout folder)"),
            behavior=Qgis.ProcessingFileParameterBehavior.Folder, optional=True))
        self.addParameter(number(self.SIMULATED_SCENES, self.tr("Simulated training scenes"),
                                 number.Integer, defaultValue=0, minValue=0, maxValue=100000))
        self.addParameter(QgsProcessingParameterString(
            self.TEST_ZONE, self.tr("Test zone (papers' split; empty: none)"), optional=True))
        self.addParameter(number(self.EPOCHS, self.tr("Epochs"), number.Integer, defaultValue=10,
                                 minValue=1, maxValue=10000))
        self.addParameter(number(self.LEARNING_RATE, self.tr("Learning rate"), number.Double,
                                 defaultValue=1e-3, minValue=1e-7, maxValue=1.0))
        self.addParameter(number(self.BATCH_SIZE, self.tr("Batch size"), number.Integer,
                                 defaultValue=16, minValue=1, maxValue=1024))
        self.addParameter(number(self.SEED, self.tr("Seed"), number.Integer, defaultValue=0,
                                 minValue=0))
        self.addParameter(number(self.W_SEGM, self.tr("ECSPLAIN: weight of the CAM constraint"),
                                 number.Double, defaultValue=1.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.CAM_METHOD, self.tr("ECSPLAIN: CAM method of the loss"),
            options=list_cam_methods(), defaultValue="gradcam", usesStaticStrings=True))
        add_training_outputs(self, self.tr("Trained checkpoint"))

    def perform(self, parameters: dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> dict[str, Any]:
        from ..core.training.from_scratch import train_from_sources

        output, report = training_destinations(self, parameters, context)
        progress, is_canceled = progress_callbacks(feedback)
        result = train_from_sources(
            self.parameterAsEnumString(parameters, self.ARCHITECTURE, context), output,
            dataset_root=self.parameterAsFile(parameters, self.DATASET, context) or None,
            test_zone=self.parameterAsString(parameters, self.TEST_ZONE, context) or None,
            simulated_scenes=self.parameterAsInt(parameters, self.SIMULATED_SCENES, context),
            epochs=self.parameterAsInt(parameters, self.EPOCHS, context),
            learning_rate=self.parameterAsDouble(parameters, self.LEARNING_RATE, context),
            batch_size=self.parameterAsInt(parameters, self.BATCH_SIZE, context),
            seed=self.parameterAsInt(parameters, self.SEED, context),
            w_segm=self.parameterAsDouble(parameters, self.W_SEGM, context),
            cam_method=self.parameterAsEnumString(parameters, self.CAM_METHOD, context),
            report=report, progress=progress, is_canceled=is_canceled)
        written = self.tr("Trained model written to {path}").format(path=output)
        return training_results(feedback, written, result.card.metrics, output, report)
