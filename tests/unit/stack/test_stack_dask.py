"""Acceptance: the stack run on a Dask LocalCluster of 2 workers (one task per pair, torch
threads pinned in each task) equals the local run to within 1e-6."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from isslide_qgis.core.errors import IsslideError, MissingDependencyError
from isslide_qgis.core.stack import DetectionSettings, StackRequest, process_stack

from .conftest import tiny_stack


def _probabilities(folder: Path) -> dict[str, np.ndarray]:
    import rasterio

    arrays = {}
    for path in sorted(folder.glob("*/probability.tif")):
        with rasterio.open(path) as src:
            arrays[path.parent.name] = src.read()
    return arrays


def _consistency(path: Path) -> list[tuple]:
    from osgeo import ogr

    ds = ogr.Open(str(path))
    rows = [(f.GetField("n_detected"), f.GetField("n_covered"), f.GetField("score"),
             f.GetField("pairs"), f.GetGeometryRef().Area()) for f in ds.GetLayer(0)]
    ds = None
    return rows


def test_dask_local_cluster_equals_local_run(tmp_path: Path, small_checkpoint: Path,
                                             torch_one_thread) -> None:
    distributed = pytest.importorskip("distributed")
    tiny_stack(tmp_path / "ifgs", dates=4)  # 6 pairs (6, 12 and 18 days)
    settings = DetectionSettings(small_checkpoint)
    local = process_stack(StackRequest(tmp_path / "ifgs", tmp_path / "local", settings))
    # threads in this process: a worker's "memory" is the whole test process's, so a limit
    # would pause the workers (tasks never start) once the suite has grown past it
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None, memory_limit=0) as cluster:
        remote = process_stack(StackRequest(tmp_path / "ifgs", tmp_path / "dask", settings,
                                            scheduler=cluster.scheduler_address))
        assert len(cluster.scheduler.workers) == 2
    assert remote.names("done") and not remote.names("failed")
    assert sorted(remote.names("done")) == sorted(local.names("done"))
    ours, theirs = _probabilities(tmp_path / "local"), _probabilities(tmp_path / "dask")
    assert ours.keys() == theirs.keys() and len(ours) == 6
    for name in ours:
        finite = np.isfinite(ours[name])
        assert np.array_equal(finite, np.isfinite(theirs[name]))
        assert np.max(np.abs(ours[name][finite] - theirs[name][finite])) <= 1e-6, name
    a, b = _consistency(local.consistency_path), _consistency(remote.consistency_path)
    assert len(a) == len(b) >= 1
    for x, y in zip(a, b):
        assert x[:2] == y[:2] and x[3] == y[3] and abs(x[2] - y[2]) <= 1e-6


def test_unreachable_scheduler_is_a_clear_error() -> None:
    pytest.importorskip("distributed")
    from isslide_qgis.core.stack.distributed import connect

    with pytest.raises(IsslideError, match="Cannot reach the Dask scheduler at 'tcp://127.0.0.1:9'"):
        connect("tcp://127.0.0.1:9", timeout_s=2)


def test_missing_dask_says_how_to_install(monkeypatch) -> None:
    import sys

    from isslide_qgis.core.stack.distributed import import_distributed

    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(MissingDependencyError, match=r'pip install "dask\[distributed\]"'):
        import_distributed()
