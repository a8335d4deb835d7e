"""Which sample areas the default model finds, by the strength of their signal.

The bundled sample (resources/sample, simulated) holds six moving areas with their peak signal
in fringes (``moving_areas.gpkg``). Detection runs as the algorithm does (default model, its
card's threshold, the default minimum area) and each area counts as found when detections
cover 20 % of it (the rule of the out-of-family scores). ``make demo`` prints the same table.

The target is every area reaching a quarter fringe (7 mm of LOS motion on this 6-day pair),
and it is what the test asks. The narrowest is area 3 (0.27 fringe, 9 ha, coherence 0.85, 12 px
from the scene's west edge, among atmospheric blobs of about its own amplitude): the default
ECSPLAIN with its gate (card ``score_use``) covers 27 % of it at its calibrated 0.55 (35 % at
0.50, 19 % at 0.60). Before the gate its map peaked at 0.39: the tile half outside the raster
scored 0.42 against 0.61-0.64 for the full tiles beside it and dimmed the blend (README,
"Detection maps of ECSPLAIN"). Area 2 (0.12 fringe) is below the target and missed.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from isslide_qgis.core.evaluation.area_recall import areas_found, found
from isslide_qgis.core.inference.detection import DEFAULT_MODEL, DetectionRequest, DetectionSettings, detect_moving_areas

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "resources" / "sample"
QUARTER_FRINGE = 0.25


def test_default_model_finds_every_area_from_a_quarter_fringe(tmp_path: Path) -> None:
    result = detect_moving_areas(DetectionRequest(
        phase_path=SAMPLE / "phase.tif", coherence_path=SAMPLE / "coherence.tif",
        settings=DetectionSettings(ROOT / "resources" / "models" / f"{DEFAULT_MODEL}.pt",
                                   threads=1, backend="torch"),
        probability_path=tmp_path / "probability.tif", areas_path=tmp_path / "areas.gpkg"))
    measured = areas_found(SAMPLE / "moving_areas.gpkg", result.areas_path, SAMPLE / "phase.tif",
                           ("id", "fringes"))
    visible = [(values["id"], f) for values, f in measured
               if abs(values["fringes"]) >= QUARTER_FRINGE]
    assert len(visible) == 5  # areas 1, 3, 4, 5, 6 (area 2: 0.12 fringe)
    missed = [(i, round(f, 2)) for i, f in visible if not found([f])[0]]
    assert not missed, f"areas (id, covered fraction) missed by {DEFAULT_MODEL}: {missed}"


@pytest.mark.parametrize("fractions, expected", [([0.5, 0.19, float("nan")], [True, False, False])])
def test_found_needs_a_fifth_of_the_area(fractions: list[float], expected: list[bool]) -> None:
    assert found(fractions) == expected
