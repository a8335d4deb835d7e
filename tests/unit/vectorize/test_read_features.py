"""Reading polygons back: a file that is not a GeoPackage gives a clear error naming it."""
from __future__ import annotations

from pathlib import Path

import pytest

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.stack.consistency_io import read_areas
from isslide_qgis.core.vectorize.geopackage import read_features


def test_a_file_that_is_no_geopackage(tmp_path: Path) -> None:
    path = tmp_path / "areas.gpkg"
    path.write_text("not a GeoPackage")
    with pytest.raises(InputDataError, match="areas.gpkg"):
        read_features(path)
    with pytest.raises(InputDataError, match="run the stack again"):
        read_areas(path)
