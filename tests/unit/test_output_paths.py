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


def test_outputs_written_through_a_temporary_file_get_a_new_file_s_permissions(tmp_path: Path) -> None:
    """mkstemp makes private (0600) files: the outputs moved from them into place must be
    readable like any file the analyst writes (colleagues, QGIS Server, shared folders)."""
    import os
    import stat

    import torch

    from isslide_qgis.core.evaluation.atomic_files import write_atomically
    from isslide_qgis.core.insar.geotiff import atomic_output
    from isslide_qgis.core.models.safe_load import atomic_torch_save
    from isslide_qgis.core.output_paths import new_file_mode

    previous = os.umask(0o027)
    try:
        assert new_file_mode() == 0o640
        plain = tmp_path / "plain.txt"
        plain.write_text("x")
        written = [write_atomically(tmp_path / "report.csv", b"a,b\n"),
                   atomic_torch_save({"w": torch.zeros(1)}, tmp_path / "model.pt")]
        with atomic_output(tmp_path / "map.tif") as temporary:
            temporary.write_bytes(b"not read back")
        written.append(tmp_path / "map.tif")
    finally:
        os.umask(previous)
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode) == 0o640, path
