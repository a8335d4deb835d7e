"""Resumable stack runs: an interrupted run, re-run, completes only the missing pairs."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from isslide_qgis.core.errors import OperationCanceled
from isslide_qgis.core.stack import DetectionSettings, StackRequest, process_stack
from isslide_qgis.core.stack.markers import DONE_MARKER, MANIFEST
from isslide_qgis.core.stack.pair_task import default_detector

from .conftest import tiny_stack


class CountingDetector:
    """The detection core's call, counting the model runs per pair."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.runs: list[str] = []
        self.fail_on = fail_on

    def __call__(self, request, progress=None, is_canceled=None):
        self.runs.append(request.interferogram_name)
        self.settings = request.settings
        if request.interferogram_name == self.fail_on:
            raise RuntimeError("simulated broken file")
        return default_detector(request, progress, is_canceled)


@pytest.fixture
def stack(tmp_path: Path, small_checkpoint: Path, torch_one_thread):
    tiny_stack(tmp_path / "ifgs")
    return StackRequest(tmp_path / "ifgs", tmp_path / "out", DetectionSettings(small_checkpoint))


def test_cancelled_run_resumes_with_only_the_missing_pairs(stack: StackRequest) -> None:
    first = CountingDetector()
    with pytest.raises(OperationCanceled, match="run again"):
        process_stack(stack, is_canceled=lambda: len(first.runs) >= 1 and
                      (stack.output_folder / first.runs[0] / DONE_MARKER).exists(), detector=first)
    assert len(first.runs) == 1
    done = stack.output_folder / first.runs[0]
    stamp = (done / "probability.tif").stat().st_mtime_ns
    assert not (stack.output_folder / "temporal_consistency.gpkg").exists()

    again = CountingDetector()
    result = process_stack(stack, detector=again)
    assert first.runs[0] not in again.runs and len(again.runs) == len(result.pairs) - 1 == 2
    assert (done / "probability.tif").stat().st_mtime_ns == stamp  # not redone
    assert result.names("skipped") == first.runs and result.consistency_path.is_file()
    third = CountingDetector()
    process_stack(stack, detector=third)
    assert third.runs == []  # everything done: nothing runs


def test_crashed_pair_without_marker_is_redone(stack: StackRequest) -> None:
    process_stack(stack)
    crashed = sorted(p for p in stack.output_folder.iterdir() if p.is_dir())[1]
    (crashed / DONE_MARKER).unlink()  # as if the machine died before the marker was written
    (crashed / "probability.tif").write_bytes(b"half a GeoTIFF")
    counting = CountingDetector()
    process_stack(stack, detector=counting)
    assert counting.runs == [crashed.name]
    assert (crashed / DONE_MARKER).is_file() and (crashed / "probability.tif").stat().st_size > 100


def test_changed_settings_redo_every_pair(stack: StackRequest) -> None:
    process_stack(stack)
    stack.settings = DetectionSettings(stack.settings.checkpoint, threshold=0.9)
    counting = CountingDetector()
    process_stack(stack, detector=counting)
    assert len(counting.runs) == 3


def test_each_pair_detects_with_the_stack_settings_and_its_own_paths(stack: StackRequest) -> None:
    stack.settings = DetectionSettings(str(stack.settings.checkpoint), threshold=0.7, min_area_m2=500.0)
    counting = CountingDetector()
    process_stack(stack, detector=counting)
    assert counting.settings.threshold == 0.7 and counting.settings.min_area_m2 == 500.0
    assert counting.settings.checkpoint == Path(stack.settings.checkpoint)  # a Path in the request


def test_a_cam_method_only_enters_the_fingerprint_when_chosen(tmp_path: Path) -> None:
    from isslide_qgis.core.stack.pair_task import settings_fingerprint
    from isslide_qgis.core.stack.pairs import discover_pairs

    tiny_stack(tmp_path / "ifgs")
    pair = discover_pairs(tmp_path / "ifgs")[0]
    plain = settings_fingerprint(DetectionSettings(Path("m.pt")), pair, "abc")
    assert "cam_method" not in plain  # markers written before the setting existed stay valid
    chosen = settings_fingerprint(DetectionSettings(Path("m.pt"), cam_method="layercam"), pair, "abc")
    assert chosen == {**plain, "cam_method": "layercam"}


def test_failed_pair_is_recorded_and_the_others_go_on(stack: StackRequest) -> None:
    counting = CountingDetector(fail_on="20210802_20210808")
    result = process_stack(stack, detector=counting)
    assert result.names("failed") == ["20210802_20210808"] and len(result.names("done")) == 2
    manifest = json.loads((stack.output_folder / MANIFEST).read_text())
    state = manifest["pairs"]["20210802_20210808"]
    assert state["status"] == "failed" and "simulated broken file" in state["error"]
    assert not any((stack.output_folder / "20210802_20210808").glob("*.tif"))
    assert any("20210802_20210808" in note for note in result.notes)
    retry = CountingDetector()
    process_stack(stack, detector=retry)
    assert retry.runs == ["20210802_20210808"]  # a re-run retries the failed pair only
