"""The registry of the provider's algorithms (one class per file)."""
from __future__ import annotations

from .base import IsslideAlgorithm
from .check_installation import CheckInstallation
from .class_activation_map import ClassActivationMap
from .detect_moving_areas import DetectMovingAreas
from .evaluate_model import EvaluateModel
from .export_onnx import ExportOnnx
from .extract_patches import ExtractPatches
from .finetune_model import FinetuneModel
from .import_product import ImportProduct
from .prepare_channels import PrepareChannels
from .process_stack import ProcessStack
from .simulate_scene import SimulateScene
from .train_model import TrainModel
from .vectorize_probability import VectorizeProbability

#: every algorithm class the provider offers; add new ones here.
ALGORITHMS: tuple[type[IsslideAlgorithm], ...] = (
    CheckInstallation,
    SimulateScene,
    ImportProduct,
    PrepareChannels,
    ExtractPatches,
    TrainModel,
    FinetuneModel,
    EvaluateModel,
    ExportOnnx,
    DetectMovingAreas,
    VectorizeProbability,
    ClassActivationMap,
    ProcessStack,
)
