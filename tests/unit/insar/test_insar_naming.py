"""Default interferogram names never collide with the ISSLIDE layout's own folder names."""
from __future__ import annotations

from pathlib import Path

from isslide_qgis.core.insar.isslide_layout import check_folder_name, default_ifg_name


def test_stem_is_used_when_it_can_name_a_folder() -> None:
    assert default_ifg_name(Path("/data/20200701_20200707.tif")) == "20200701_20200707"


def test_reserved_stem_takes_the_parent_folder_name() -> None:
    assert default_ifg_name(Path("/data/20200701_20200707/phase.tif")) == "20200701_20200707"


def test_reserved_stem_and_reserved_parent_fall_back_to_prefixed_stem() -> None:
    name = default_ifg_name(Path("/data/phase/phase.tif"))
    assert name == "ifg_phase" and check_folder_name(name, "interferogram") == name
