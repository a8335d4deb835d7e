"""Review order and stepping through the areas; all-or-nothing staging of a run's files."""
from __future__ import annotations

from pathlib import Path

import pytest

from isslide_qgis.core.errors import IsslideError
from isslide_qgis.core.review import ReviewArea, StagedOutputs, review_order, status_title, step


def test_areas_are_reviewed_by_decreasing_score_added_ones_last():
    areas = [ReviewArea(fid=1, area_id=1, score=0.6), ReviewArea(fid=-2, origin="added"),
             ReviewArea(fid=2, area_id=2, score=0.9), ReviewArea(fid=3, area_id=3, score=0.6),
             ReviewArea(fid=-1, origin="added")]
    assert [a.fid for a in review_order(areas)] == [2, 1, 3, -2, -1]


@pytest.mark.parametrize("current, offset, count, expected", [
    (None, 1, 3, 0), (None, -1, 3, 2), (0, 1, 3, 1), (2, 1, 3, 2), (0, -1, 3, 0),
    (5, 1, 3, 0), (1, 1, 0, None),
])
def test_step_is_clamped(current, offset, count, expected):
    assert step(current, offset, count) == expected


def test_status_titles():
    assert status_title("accepted") == "Accepted" and status_title(None) == "Unreviewed"
    assert status_title("other") == "other"


def test_staged_outputs_move_all_files_on_commit(tmp_path: Path):
    folder = tmp_path / "out"
    with StagedOutputs(folder) as staged:
        staged.scratch(folder / "a.tif").write_text("a")
        staged.scratch(folder / "b.gpkg").write_text("b")
        staged.scratch(folder / "never_written.tif")
        staged.temporary("detection.gpkg").write_text("scratch only")
        assert sorted(p.name for p in folder.iterdir())[0].startswith(".isslide-run-")
        assert staged.commit() == [folder / "a.tif", folder / "b.gpkg"]
    assert sorted(p.name for p in folder.iterdir()) == ["a.tif", "b.gpkg"]


def test_staged_outputs_leave_nothing_without_commit(tmp_path: Path):
    (tmp_path / "old.tif").write_text("old")
    with pytest.raises(KeyboardInterrupt):
        with StagedOutputs(tmp_path) as staged:
            staged.scratch(tmp_path / "old.tif").write_text("new")
            raise KeyboardInterrupt
    assert [p.name for p in tmp_path.iterdir()] == ["old.tif"]
    assert (tmp_path / "old.tif").read_text() == "old"


def test_staged_outputs_undo_a_half_commit(tmp_path: Path):
    with StagedOutputs(tmp_path) as staged:
        staged.scratch(tmp_path / "a.tif").write_text("a")
        staged.scratch(tmp_path / "sub" / "b.tif").write_text("b")  # its folder is missing
        with pytest.raises(IsslideError, match="Cannot write"):
            staged.commit()
    assert list(tmp_path.iterdir()) == []


def test_round_trip_plan_names_everything_beside_the_corrections(tmp_path: Path):
    from datetime import datetime

    from isslide_qgis.core.review import ReviewSession, negative_count, plan_round_trip

    session = ReviewSession(interferogram="/data/20210704_20210716/phase.tif", probability="p.tif",
                            model="sepunet_w8", checkpoint="/models/sepunet_w8.pt")
    plan = plan_round_trip(tmp_path / "my review (Queyras).gpkg", session,
                           datetime(2024, 5, 6, 7, 8, 9))
    assert plan.folder == tmp_path / "my review (Queyras)_training" / "20240506_070809"
    assert plan.checkpoint.name == "sepunet_w8_finetuned_20240506_070809.pt"
    assert plan.checkpoint.parent == plan.dataset.parent == plan.annotations.parent == plan.folder
    assert plan.zone == "my_review_Queyras"
    assert (plan.interferogram_name, plan.delay_days) == ("20210704_20210716", 12)
    undated = plan_round_trip(tmp_path / "r.gpkg", ReviewSession("/x/scene.tif", "p.tif", "m"))
    assert (undated.interferogram_name, undated.delay_days) == ("scene", 6)
    assert negative_count(1) == 4 and negative_count(9) == 9


def test_review_statuses_are_those_of_the_moving_areas_layer():
    from isslide_qgis.core.review import REVIEW_STATUSES
    from isslide_qgis.core.vectorize.attributes import REVIEW_STATUSES as LAYER_STATUSES

    assert REVIEW_STATUSES == LAYER_STATUSES


def test_the_dock_side_of_the_review_core_imports_no_raster_library():
    import subprocess
    import sys

    code = ("import sys\n"
            "import isslide_qgis.core.review.schema, isslide_qgis.core.review.areas\n"
            "import isslide_qgis.core.review.vocabulary, isslide_qgis.core.review.training\n"
            "print(sorted(m for m in ('rasterio', 'osgeo', 'shapely', 'scipy', 'torch') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parents[3])
    assert done.stdout.strip() == "[]"
