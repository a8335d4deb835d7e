"""Evaluation of a checkpoint on an ISSLIDE dataset (isslide:evaluatemodel's core) and the
training report: curves read at the card's thresholds, the ISSLIDE patch rule, files written."""
from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest
import torch

from isslide_qgis.core.errors import InputDataError, OperationCanceled
from isslide_qgis.core.models import load_checkpoint
from isslide_qgis.core.training.datasets import PatchDataset
from isslide_qgis.core.training.finetune import finetune
from isslide_qgis.core.training.model_report import evaluate_checkpoint, evaluation_patches
from isslide_qgis.core.training.patch_curves import rule_scores

from .test_training_finetune import _base_checkpoint, write_isslide_folder


@pytest.fixture(scope="module")
def isslide_root(tmp_path_factory) -> Path:
    return write_isslide_folder(tmp_path_factory.mktemp("isslide_eval"))


def test_rule_score_is_the_isslide_patch_rule():
    prob = np.random.default_rng(0).random((20, 16, 16)) ** 4
    prob[3, :2] = np.nan
    scores = rule_scores(prob)
    for threshold in np.linspace(0, 1, 101):
        counts = np.sum(np.nan_to_num(prob, nan=-1.0) > threshold, axis=(1, 2))
        assert np.array_equal(counts > 25, scores > threshold)


def _rows(path: Path) -> list[dict]:
    with open(path, newline="") as handle:
        return list(csv.DictReader(handle))


def test_segmenter_evaluation_reads_the_card_threshold(tmp_path, isslide_root):
    checkpoint = _base_checkpoint(tmp_path, "unet_w8")  # card pixel threshold 0.4
    result = evaluate_checkpoint(checkpoint, isslide_root, tmp_path / "r.html", tmp_path / "t.csv")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Evaluation of base.pt" in page and page.count("data:image/png;base64") >= 3
    rows = _rows(tmp_path / "t.csv")
    assert len(rows) == 2 * 101 and {r["curve"] for r in rows} == {"pixel", "detection"}
    chosen = [r for r in rows if r["chosen"] == "True"]
    assert [float(r["threshold"]) for r in chosen] == [0.4, 0.4]
    assert "hausdorff" in rows[0] and np.isfinite(float(rows[0]["auroc"]))
    # the detection curve at 0.4 is the papers' rule, recomputed here from the network
    model, card = load_checkpoint(checkpoint)
    patches, _ = evaluation_patches(isslide_root)
    inputs, _, labels = PatchDataset(patches, card.input_convention).batch(np.arange(len(patches)))
    with torch.no_grad():
        prob = torch.sigmoid(model.eval()(torch.from_numpy(inputs))[:, 0]).numpy()
    detected = np.sum(prob > 0.4, axis=(1, 2)) > 25
    expected_tp = int(np.sum(detected & (labels == 1)))
    assert result.summary["detection"]["threshold"] == pytest.approx(0.4)
    row = next(r for r in chosen if r["curve"] == "detection")
    assert int(float(row["tp"])) == expected_tp
    assert int(float(row["fp"])) == int(np.sum(detected & (labels == 0)))


def test_ecsplain_evaluation_has_detection_and_localisation(tmp_path, isslide_root):
    checkpoint = _base_checkpoint(tmp_path, "ecsplain_resnet18_w16")
    result = evaluate_checkpoint(checkpoint, isslide_root, tmp_path / "r.html", tmp_path / "t.csv",
                                 hausdorff=False)
    assert set(result.curves.curves) == {"detection", "localisation"}
    assert result.chosen == {"detection": 0.5, "localisation": 0.3}
    assert 0.0 <= result.curves.scalars["localisation_mae"] <= 1.0


def test_cancelled_or_empty_evaluation_writes_nothing(tmp_path, isslide_root):
    checkpoint = _base_checkpoint(tmp_path, "sepunet_w8")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(OperationCanceled):
        evaluate_checkpoint(checkpoint, isslide_root, out / "r.html", out / "t.csv",
                            is_canceled=lambda: True)
    with pytest.raises(InputDataError, match="not in the dataset"):
        evaluate_checkpoint(checkpoint, isslide_root, out / "r.html", test_zone="Nowhere")
    assert list(out.iterdir()) == []


def test_finetune_writes_a_training_report(tmp_path, isslide_root):
    base = _base_checkpoint(tmp_path, "sepunet_w8")
    finetune(base, isslide_root, tmp_path / "tuned.pt", epochs=2, batch_size=2,
             validation_fraction=0.34, report=tmp_path / "train.html")
    page = (tmp_path / "train.html").read_text(encoding="utf-8")
    assert "Training of tuned.pt" in page and "<h2>Training</h2>" in page
    assert page.count("<tr><td>") >= 2  # one history row per epoch, at least
