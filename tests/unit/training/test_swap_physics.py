"""scripts/swap_physics.py scores a family and its one-effect swaps with recall by signal and offset."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[3] / "scripts"


def _module(monkeypatch):
    monkeypatch.syspath_prepend(str(SCRIPTS))
    spec = importlib.util.spec_from_file_location("swap_physics", SCRIPTS / "swap_physics.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


def test_a_swap_scores_the_family_and_its_variant(tmp_path, capsys, monkeypatch):
    module = _module(monkeypatch)
    assert module.main(["deformation=bump", "--model", "sepunet_w8", "--size", "256",
                        "--min-true-areas", "1", "--max-scenes", "6", "--free-scenes", "1",
                        "--cache", str(tmp_path)]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| selection")]
    assert [r.split(" | ")[0] for r in rows] == ["| selection", "| selection_deformation_bump"]
    assert all(len(r.split("|")) == 13 for r in rows)  # F1, P/R, FA, four signal and three offset classes
    assert all("–" not in r.split("|")[2] for r in rows)  # scenes with a true area: an F1
    assert (tmp_path / "scenes" / "selection_deformation_bump").is_dir()


def test_a_bad_swap_is_refused_with_the_reason(monkeypatch):
    module = _module(monkeypatch)
    from isslide_qgis.core.insar.simulation.families import get_family

    with pytest.raises(SystemExit, match="effect=model"):
        module.swapped_family(get_family("selection"), "bump")
    with pytest.raises(SystemExit, match="unknown deformation model 'wobble'"):
        module.swapped_family(get_family("selection"), "deformation=wobble")
