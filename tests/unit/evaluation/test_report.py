"""The HTML report is self-contained and shows the numbers; CSV tables; atomic writing."""
from __future__ import annotations

import base64
import csv
import re
from pathlib import Path

import numpy as np
import pytest

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.evaluation.detection_metrics import patch_detection_scores
from isslide_qgis.core.evaluation.pixel_metrics import PixelCurveAccumulator
from isslide_qgis.core.evaluation.report import (
    ReportSection, format_value, write_evaluation_report, write_metrics_table)
from isslide_qgis.core.evaluation.thresholds import best_threshold

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _pixel_curve():
    rng = np.random.default_rng(9)
    truth = rng.random((4, 30, 30)) < 0.3
    prob = np.clip(truth * 0.35 + rng.random(truth.shape) * 0.65, 0, 1)
    accumulator = PixelCurveAccumulator(hausdorff=True, average="image")
    accumulator.update(prob, truth)
    return accumulator.curve()


def _detection_curve():
    rng = np.random.default_rng(10)
    labels = rng.random(50) < 0.5
    return patch_detection_scores(np.clip(labels * 0.3 + rng.random(50) * 0.7, 0, 1), labels)


def test_report_is_self_contained_and_contains_the_numbers(tmp_path: Path) -> None:
    pixel, detection = _pixel_curve(), _detection_curve()
    chosen = best_threshold(pixel, "f1")
    path = write_evaluation_report(
        tmp_path / "out" / "report.html", "UNet <w12> on Queyras",
        sections=[ReportSection("Data", ["Simulated scenes & decoys."])],
        curves={"unet_w12": pixel, "ecsplain detection": detection},
        tables={"Model card": {"architecture": "unet_w12", "in_channels": 3,
                               "band_names": ["coherence", "cos", "sin"]},
                "Per scene": [{"scene": "queyras_001", "f1": 0.8123, "false alarms": 3},
                              {"scene": "decoys_007", "f1": float("nan"), "false alarms": 12}]},
        figures_dir=tmp_path / "figures", chosen_thresholds={"ecsplain detection": 0.42})
    text = path.read_text(encoding="utf-8")
    assert path == tmp_path / "out" / "report.html"
    assert "http://" not in text and "https://" not in text
    assert "<script" not in text and "<link" not in text
    sources = re.findall(r'src="([^"]*)"', text)
    assert len(sources) == 4  # PR, two threshold plots, ROC
    assert all(s.startswith("data:image/png;base64,") for s in sources)
    assert base64.b64decode(sources[0].split(",", 1)[1]).startswith(PNG_SIGNATURE)
    assert "UNet &lt;w12&gt; on Queyras" in text and "Simulated scenes &amp; decoys." in text
    at = pixel.at(chosen)
    for value in (chosen, at["f1"], at["iou"], at["precision"], at["hausdorff"], pixel.auroc):
        assert f"{value:.4f}" in text
    assert f"{detection.at(0.42)['accuracy']:.4f}" in text and "0.4200" in text
    assert "queyras_001" in text and "0.8123" in text and "n/a" in text
    assert '["coherence", "cos", "sin"]' in text
    figures = sorted((tmp_path / "figures").glob("*.png"))
    assert len(figures) == 4 and all(f.read_bytes().startswith(PNG_SIGNATURE) for f in figures)
    assert not list((tmp_path / "out").glob(".*part"))


def test_report_from_a_plain_dict_of_sections(tmp_path: Path) -> None:
    path = write_evaluation_report(tmp_path / "r.html", "No curves",
                                   {"Summary": "Nothing evaluated yet."}, curves={}, tables={})
    text = path.read_text(encoding="utf-8")
    assert "<h2>Summary</h2>" in text and "<img" not in text


def test_metrics_table_csv(tmp_path: Path) -> None:
    curve = _detection_curve()
    path = write_metrics_table(tmp_path / "metrics.csv", curve.to_rows())
    with path.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 101 and rows[0].keys() >= {"threshold", "f1", "accuracy", "tp"}
    assert float(rows[42]["f1"]) == pytest.approx(curve.f1[42])
    mixed = write_metrics_table(tmp_path / "scenes.csv", [{"scene": "a", "f1": np.float32(0.5)},
                                                           {"scene": "b", "count": np.int64(3)}])
    assert mixed.read_text().splitlines() == ["scene,f1,count", "a,0.5,", "b,,3"]
    with pytest.raises(InputDataError, match="no rows"):
        write_metrics_table(tmp_path / "empty.csv", [])


def test_failed_write_leaves_nothing_behind(tmp_path: Path, monkeypatch) -> None:
    from isslide_qgis.core.errors import InputDataError

    (tmp_path / "taken.csv").mkdir()  # a folder where the file should go: refused up front
    with pytest.raises(InputDataError, match="is a folder, not a file"):
        write_metrics_table(tmp_path / "taken.csv", [{"a": 1}])
    assert [p.name for p in tmp_path.iterdir()] == ["taken.csv"]

    def failing_rename(*_args):  # the final rename fails (disk full, file locked...)
        raise OSError("simulated failure")

    monkeypatch.setattr("os.replace", failing_rename)
    with pytest.raises(OSError, match="simulated"):
        write_metrics_table(tmp_path / "table.csv", [{"a": 1}])
    assert [p.name for p in tmp_path.iterdir()] == ["taken.csv"]


def test_cell_formatting() -> None:
    assert [format_value(v) for v in (0.123456, 1.0, 1234.0, np.int64(7), None, np.nan, True)] \
        == ["0.1235", "1.0000", "1234", "7", "n/a", "n/a", "True"]
