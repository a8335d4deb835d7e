"""A cancelled or failed run leaves no output file, and says what failed."""
from __future__ import annotations

import numpy as np
import pytest

from isslide_qgis.core.errors import ModelError, OperationCanceled
from isslide_qgis.core.inference import predict_raster
from isslide_qgis.core.insar.reading import InterferogramReader
from tests.unit.inference.conftest import PixelModel, smooth_scene
from tests.unit.insar.insar_synthetic import UTM, UTM_TRANSFORM


@pytest.fixture
def reader(write_pair):
    phase, coherence = smooth_scene(60, 70, seed=8)
    with InterferogramReader(*write_pair(phase, coherence, UTM, UTM_TRANSFORM)) as opened:
        yield opened


def test_cancel_mid_run_leaves_no_file(reader, tmp_path, segmenter_card):
    out = tmp_path / "out" / "probability.tif"
    polls, reported = [], []

    def is_canceled() -> bool:
        polls.append(1)
        return len(polls) > 20

    model = PixelModel()
    with pytest.raises(OperationCanceled, match="no output was written"):
        predict_raster(reader, out, model, segmenter_card(16), device="cpu", batch_size=2,
                       progress=reported.append, is_canceled=is_canceled)
    assert 0 < model.seen < 9 * 10  # stopped part-way
    assert reported == sorted(reported) and 0 < reported[-1] < 100
    assert list(out.parent.iterdir()) == []


def test_cancel_leaves_an_existing_file_untouched(reader, tmp_path, segmenter_card):
    out = tmp_path / "probability.tif"
    out.write_bytes(b"previous result")
    with pytest.raises(OperationCanceled):
        predict_raster(reader, out, PixelModel(), segmenter_card(16), device="cpu",
                       is_canceled=lambda: True)
    assert out.read_bytes() == b"previous result"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inputs", "probability.tif"]


@pytest.mark.parametrize("cog", [False, True])
def test_failing_model_leaves_no_file_and_names_what_failed(reader, tmp_path, segmenter_card,
                                                            cog):
    out = tmp_path / "out" / "probability.tif"
    model = PixelModel(fail=True).train()
    with pytest.raises(ModelError) as caught:
        predict_raster(reader, out, model, segmenter_card(16), device="cpu", cog=cog)
    message = str(caught.value)
    assert "'unet_w8'" in message and "rows 0 to 7" in message  # first strip starts at -8
    assert "RuntimeError: simulated failure inside the network" in message
    assert list(out.parent.iterdir()) == []
    assert model.training  # the caller's mode is restored even on failure


def test_successful_run_reports_progress_to_100(reader, tmp_path, segmenter_card):
    reported = []
    model = PixelModel().train()
    summary = predict_raster(reader, tmp_path / "p.tif", model, segmenter_card(16),
                             device="cpu", progress=reported.append, threads=1)
    assert reported[-1] == pytest.approx(100.0) and len(reported) >= summary.tiles_total // 16
    assert model.training  # the caller's mode is restored
    assert 0 < summary.seconds_forward < summary.seconds_total
    assert np.isfinite(summary.pixels_per_second) and 0 < summary.forward_fraction < 1
