"""An output path must name a file: folders are refused before anything is written."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.output_paths import output_file


@pytest.mark.parametrize("text", ["", ".", "..", "out/", "./"])
def test_folder_like_paths_are_refused(text: str) -> None:
    with pytest.raises(InputDataError, match="is a folder, not a file"):
        output_file(text)


def test_existing_folder_refused_file_accepted(tmp_path: Path) -> None:
    with pytest.raises(InputDataError):
        output_file(tmp_path)
    assert output_file(tmp_path / "a.tif") == tmp_path / "a.tif"


def test_geotiff_writer_leaves_no_temporary_file_in_the_current_folder(tmp_path, monkeypatch):
    """The case of the shipped model run with '.' as an output: a clear error, no file."""
    from isslide_qgis.core.insar.geotiff import atomic_output

    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputDataError):
        with atomic_output(Path(".")) as temporary:
            np.save(temporary, np.zeros(1))
    assert list(tmp_path.iterdir()) == []
