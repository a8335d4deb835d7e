"""Which sample areas the default model finds, by the strength of their signal.

The bundled sample (resources/sample, simulated) holds six moving areas with their peak signal
in fringes (``moving_areas.gpkg``). Detection runs as the algorithm does (default model, its
card's threshold, the default minimum area) and each area counts as found when detections
cover 20 % of it (the rule of the out-of-family scores). ``make demo`` prints the same table.

The target is every area reaching a quarter fringe (7 mm of LOS motion on this 6-day pair).
The models retrained on the three training families (2026-12) do not reach it: area 3 (0.27
fringe, 9 ha, coherence 0.85, 12 px from the scene's west edge) peaks at 0.14 on the default
ECSPLAIN and 0.50 on the FCN (thresholds 0.20 and 0.55); of the shipped models only the UNet
finds it, among its 11 false alarms per 100 km^2. Mirroring the raster at its edges lifts it to
0.19 on ECSPLAIN (FCN: an area covering 18 % of it): still missed, and not adopted (README).
Drawing faint bodies (0.25-0.6 fringe) three or five times per epoch in training left it at
0.12 / 0.15. It is not the models' general weakness: on the selection family the default finds
98 % of the areas of 0.25-0.6 fringe (README, recall by signal strength); area 3 lies among
atmospheric blobs of about its own amplitude. What holds, and is tested, is every area of
half a fringe or more (areas 1, 4, 5, 6; area 1 is the 47 ha gentle bubble the 10-epoch
ECSPLAIN missed).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from isslide_qgis.core.evaluation.area_recall import areas_found, found
from isslide_qgis.core.inference.detection import DEFAULT_MODEL, DetectionRequest, DetectionSettings, detect_moving_areas

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "resources" / "sample"
HALF_FRINGE = 0.5


def test_default_model_finds_every_area_of_half_a_fringe(tmp_path: Path) -> None:
    result = detect_moving_areas(DetectionRequest(
        phase_path=SAMPLE / "phase.tif", coherence_path=SAMPLE / "coherence.tif",
        settings=DetectionSettings(ROOT / "resources" / "models" / f"{DEFAULT_MODEL}.pt",
                                   threads=1, backend="torch"),
        probability_path=tmp_path / "probability.tif", areas_path=tmp_path / "areas.gpkg"))
    measured = areas_found(SAMPLE / "moving_areas.gpkg", result.areas_path, SAMPLE / "phase.tif",
                           ("id", "fringes"))
    visible = [(values["id"], f) for values, f in measured if abs(values["fringes"]) >= HALF_FRINGE]
    assert len(visible) == 4  # areas 1, 4, 5, 6 (area 2: 0.12 fringe, area 3: 0.27)
    missed = [(i, round(f, 2)) for i, f in visible if not found([f])[0]]
    assert not missed, f"areas (id, covered fraction) missed by {DEFAULT_MODEL}: {missed}"


@pytest.mark.parametrize("fractions, expected", [([0.5, 0.19, float("nan")], [True, False, False])])
def test_found_needs_a_fifth_of_the_area(fractions: list[float], expected: list[bool]) -> None:
    assert found(fractions) == expected
