"""Fine-tuning through processing.run on tiny data: progress reported, cancel writes nothing."""
from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"


class ProgressFeedback(QgsProcessingFeedback):
    """Records progress; cancels once it passes ``cancel_at`` percent (if given)."""

    def __init__(self, cancel_at: float | None = None) -> None:
        super().__init__()
        self.values: list[float] = []
        self.cancel_at = cancel_at
        self.progressChanged.connect(self._seen)

    def _seen(self, value: float) -> None:
        self.values.append(value)
        if self.cancel_at is not None and value >= self.cancel_at:
            self.cancel()


@pytest.fixture(scope="module")
def dataset(tmp_path_factory, qgis_processing) -> Path:
    """Two dates of the sample as a tiny ISSLIDE dataset (positives and negatives)."""
    import processing

    from isslide_qgis.processing.provider import IsslideProvider
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    added = None
    if registry.providerById("isslide") is None:
        added = IsslideProvider()
        registry.addProvider(added)
    folder = tmp_path_factory.mktemp("dataset")
    for ifg in ("20210704_20210710", "20210710_20210716"):
        processing.run("isslide:extractpatches", {
            "INTERFEROGRAM": str(SAMPLE / "phase.tif"), "COHERENCE": str(SAMPLE / "coherence.tif"),
            "ANNOTATIONS": str(SAMPLE / "moving_areas.gpkg"), "ZONE": "Sample", "DELAY": 6,
            "INTERFEROGRAM_NAME": ifg, "NEGATIVES": 4, "OUTPUT_FOLDER": str(folder)})
    if added is not None:
        registry.removeProvider(added)
    return folder


def _parameters(dataset: Path, output: Path) -> dict:
    return {"MODEL": "unet_w8", "DATASET": str(dataset), "EPOCHS": 2, "BATCH_SIZE": 4,
            "OUTPUT_CHECKPOINT": str(output)}


def test_finetune_writes_a_loadable_checkpoint(isslide_provider, dataset, tmp_path: Path):
    import processing

    from isslide_qgis.core.models import load_checkpoint

    feedback = ProgressFeedback()
    result = processing.run("isslide:finetunemodel", _parameters(dataset, tmp_path / "ft.pt"),
                            feedback=feedback)
    model, card = load_checkpoint(result["OUTPUT_CHECKPOINT"])
    assert card.architecture == "unet_w8" and "pixel" in card.thresholds
    assert feedback.values and max(feedback.values) == pytest.approx(100.0)
    assert feedback.values == sorted(feedback.values)


def test_cancelled_finetune_writes_no_checkpoint(isslide_provider, dataset, tmp_path: Path):
    import processing

    output = tmp_path / "ft.pt"
    with pytest.raises(QgsProcessingException):
        processing.run("isslide:finetunemodel", _parameters(dataset, output),
                       feedback=ProgressFeedback(cancel_at=10.0))
    assert not output.exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("architecture", ["sepunet_w8", "ecsplain_resnet18_w16"])
def test_trainmodel_on_dataset_and_simulated_scenes(isslide_provider, dataset, tmp_path: Path,
                                                    architecture: str) -> None:
    import processing

    from isslide_qgis.core.models import load_checkpoint

    feedback = ProgressFeedback()
    result = processing.run("isslide:trainmodel", {
        "ARCHITECTURE": architecture, "DATASET": str(dataset), "SIMULATED_SCENES": 1,
        "EPOCHS": 1, "BATCH_SIZE": 4, "OUTPUT_CHECKPOINT": str(tmp_path / "m.pt")},
        feedback=feedback)
    model, card = load_checkpoint(result["OUTPUT_CHECKPOINT"])
    assert card.architecture == architecture and card.training["simulated"]["n_scenes"] == 1
    assert max(feedback.values) == pytest.approx(100.0)


def test_trainmodel_without_data_explains(isslide_provider, tmp_path: Path) -> None:
    import processing

    with pytest.raises(QgsProcessingException) as raised:
        processing.run("isslide:trainmodel", {"ARCHITECTURE": "unet_w8",
                                              "OUTPUT_CHECKPOINT": str(tmp_path / "m.pt")})
    assert "Nothing to train on" in str(raised.value)
    assert not (tmp_path / "m.pt").exists()


def test_finetune_writes_the_optional_training_report(isslide_provider, dataset, tmp_path: Path):
    import processing

    parameters = {**_parameters(dataset, tmp_path / "ft.pt"), "EPOCHS": 1,
                  "OUTPUT_REPORT": str(tmp_path / "training.html")}
    result = processing.run("isslide:finetunemodel", parameters)
    assert result["OUTPUT_REPORT"] == str(tmp_path / "training.html")
    assert "<h2>Training</h2>" in (tmp_path / "training.html").read_text(encoding="utf-8")


def _evaluation(dataset: Path, folder: Path) -> dict:
    return {"MODEL": "sepunet_w8", "DATASET": str(dataset),
            "OUTPUT_REPORT": str(folder / "evaluation.html"), "OUTPUT_TABLE": str(folder / "metrics.csv")}


def test_evaluatemodel_writes_report_and_table(isslide_provider, dataset, tmp_path: Path):
    import csv

    import processing

    feedback = ProgressFeedback()
    result = processing.run("isslide:evaluatemodel", _evaluation(dataset, tmp_path), feedback=feedback)
    page = Path(result["OUTPUT_REPORT"]).read_text(encoding="utf-8")
    assert "Evaluation of sepunet_w8.pt" in page and "data:image/png;base64" in page
    with open(result["OUTPUT_TABLE"], newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {"precision", "recall", "f1", "iou", "dice", "hausdorff", "auroc"} <= set(rows[0])
    assert sum(r["chosen"] == "True" for r in rows) == 2  # pixel and detection curves
    assert max(feedback.values) == pytest.approx(100.0) and len(feedback.values) >= 2


def test_cancelled_evaluation_writes_nothing(isslide_provider, dataset, tmp_path: Path):
    import processing

    with pytest.raises(QgsProcessingException, match="cancelled"):
        processing.run("isslide:evaluatemodel", _evaluation(dataset, tmp_path),
                       feedback=ProgressFeedback(cancel_at=1.0))
    assert list(tmp_path.iterdir()) == []


def test_cancelled_trainmodel_writes_no_checkpoint(isslide_provider, dataset, tmp_path: Path):
    import processing

    with pytest.raises(QgsProcessingException):
        processing.run("isslide:trainmodel", {
            "ARCHITECTURE": "sepunet_w8", "DATASET": str(dataset), "EPOCHS": 3, "BATCH_SIZE": 4,
            "OUTPUT_CHECKPOINT": str(tmp_path / "m.pt"), "OUTPUT_REPORT": str(tmp_path / "r.html")},
            feedback=ProgressFeedback(cancel_at=30.0))
    assert list(tmp_path.iterdir()) == []
