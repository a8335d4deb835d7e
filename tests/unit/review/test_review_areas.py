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
