"""A battery of awkward and bad inputs, run as an analyst runs them (processing.run).

Awkward inputs must give the right result; bad ones a message that names the file, the
problem and the fix, and leave nothing behind (no output, no temporary file, inputs intact).
Writers: tests/awkward_inputs.py and tests/processor_layouts.py. Rotated (non-north-up)
geotransforms are HANDLED: every output keeps the input's grid and transform, and areas use
the full affine transform (|det| of the pixel).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Callable

import numpy as np
import pytest
import rasterio
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests import awkward_inputs as aw
from tests.processor_layouts import as_gamma, as_hyp3, as_isce2_topsstack, as_licsar, as_snap
from tests.unit.insar.insar_synthetic import synthetic_coherence, synthetic_phase

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "tests" / "qgis" / "probes" / "write_limit.py"


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory) -> Path:
    """A random-weight compact segmenter (the plumbing, not the quality, is under test)."""
    import torch

    from isslide_qgis.core.models import get_model, make_card, save_checkpoint

    torch.manual_seed(0)
    return save_checkpoint(tmp_path_factory.mktemp("model") / "unet_random.pt",
                           get_model("unet_w8").eval(), make_card("unet_w8", thresholds={"pixel": 0.5}))


def _run(algorithm: str, parameters: dict) -> dict:
    import processing

    return processing.run(algorithm, {k: str(v) if isinstance(v, Path) else v
                                      for k, v in parameters.items()})


def _read(path: str | Path) -> np.ndarray:
    with rasterio.open(path) as src:
        return src.read(1)


def _import(source: Path, out: Path, **extra) -> dict:
    return _run("isslide:importproduct", {"INPUT": source, "OUTPUT_INTERFEROGRAM": out / "phase.tif",
                                          "OUTPUT_COHERENCE": out / "coherence.tif", **extra})


# --- inputs that must succeed with the right result ------------------------------------------

def case_licsar_0_255_coherence(tmp: Path, out: Path, checkpoint: Path) -> None:
    phase = aw.isslide_pair(tmp / "isslide")
    ifg = as_licsar(phase, tmp / "licsar", aw.D1, aw.D2)
    result = _import(ifg.parent, out)
    expected = np.clip(np.round(synthetic_coherence() * 255), 1, 255) / 255
    assert np.allclose(_read(result["OUTPUT_COHERENCE"]), expected, atol=1e-6)
    assert aw.wrapped_equal(_read(result["OUTPUT_INTERFEROGRAM"]), synthetic_phase(), sign=-1)


def case_nan_islands(tmp: Path, out: Path, checkpoint: Path) -> None:
    phase, islands = aw.nan_islands(tmp)
    result = _import(phase, out)
    read = _read(result["OUTPUT_INTERFEROGRAM"])
    assert np.isnan(read[islands]).all() and np.isfinite(read[~islands]).all()
    assert np.isnan(_read(result["OUTPUT_COHERENCE"])[islands]).all()


def case_all_zero_tile(tmp: Path, out: Path, checkpoint: Path) -> None:
    pair = aw.isslide_pair(tmp / "isslide")
    hole = (slice(10, 30), slice(15, 35))
    snap = as_snap(pair, tmp / "snap", aw.D1, aw.D2, hole=hole)
    read = _read(_import(snap, out)["OUTPUT_INTERFEROGRAM"])
    assert np.isnan(read[hole]).all()
    expected = synthetic_phase().copy()
    expected[hole] = np.nan
    assert aw.wrapped_equal(read, expected, sign=-1)


def case_undeclared_zero_region(tmp: Path, out: Path, checkpoint: Path) -> None:
    phase, region = aw.undeclared_zero_region(tmp)
    result = _import(phase, out)
    read = _read(result["OUTPUT_INTERFEROGRAM"])
    assert np.isnan(read[region]).all() and np.isfinite(read[~region]).all()
    assert read[100, 100] == 0  # an isolated zero is phase
    assert result["OUTPUT_COHERENCE"] is None and not (out / "coherence.tif").exists()


def _envi(tmp: Path, out: Path, big_endian: bool) -> None:
    phase = aw.envi(tmp / "ifg.img", synthetic_phase(), big_endian)
    coherence = aw.envi(tmp / "cor.img", synthetic_coherence(), big_endian=False)
    result = _run("isslide:preparechannels", {"INTERFEROGRAM": phase, "COHERENCE": coherence,
                                              "CONVENTION": "coh_cos_sin", "OUTPUT": out / "c.tif"})
    with rasterio.open(result["OUTPUT"]) as src:
        channels = src.read()
    assert np.allclose(channels[1], np.cos(synthetic_phase()), atol=1e-5)
    assert np.allclose(channels[0], synthetic_coherence(), atol=1e-6)


def case_envi_big_endian(tmp: Path, out: Path, checkpoint: Path) -> None:
    _envi(tmp, out, big_endian=True)


def case_envi_little_endian(tmp: Path, out: Path, checkpoint: Path) -> None:
    _envi(tmp, out, big_endian=False)


def case_isce2_vrt_headers(tmp: Path, out: Path, checkpoint: Path) -> None:
    pair = aw.isslide_pair(tmp / "isslide")
    ifg = as_isce2_topsstack(pair, tmp / "isce", aw.D1, aw.D2)
    result = _import(ifg.parent, out)
    assert aw.wrapped_equal(_read(result["OUTPUT_INTERFEROGRAM"]), synthetic_phase(), sign=-1)
    assert (result["PRODUCT"], result["BASELINE_DAYS"]) == ("isce2", 12)


def case_gamma_in_a_path_with_spaces(tmp: Path, out: Path, checkpoint: Path) -> None:
    pair = aw.isslide_pair(tmp / "isslide")
    ifg = as_gamma(pair, tmp / "my GAMMA pairs", aw.D1, aw.D2)
    result = _import(ifg.parent, out / "imported files")
    assert aw.wrapped_equal(_read(result["OUTPUT_INTERFEROGRAM"]), synthetic_phase(), sign=-1)
    with rasterio.open(result["OUTPUT_INTERFEROGRAM"]) as src, rasterio.open(pair) as ref:
        assert src.crs == ref.crs and src.transform.almost_equals(ref.transform)


def case_non_ascii_path(tmp: Path, out: Path, checkpoint: Path) -> None:
    """Accents and an ampersand: the GAMMA VRT header names the binary in escaped UTF-8."""
    pair = aw.isslide_pair(tmp / "isslide")
    ifg = as_gamma(pair, tmp / "données Écrins & Vanoise", aw.D1, aw.D2)
    result = _import(ifg, out / "résultats")
    assert aw.wrapped_equal(_read(result["OUTPUT_INTERFEROGRAM"]), synthetic_phase(), sign=-1)


def _detect(checkpoint: Path, phase: Path, out: Path, **extra) -> dict:
    return _run("isslide:detectmovingareas", {
        "INTERFEROGRAM": phase, "CHECKPOINT": checkpoint, "DEVICE": "cpu",
        "OUTPUT_PROBABILITY": out / "probability.tif", "OUTPUT_AREAS": out / "areas.gpkg", **extra})


def _tiny(tmp: Path, out: Path, checkpoint: Path, shape: tuple[int, int]) -> None:
    phase = aw.isslide_pair(tmp, *shape)
    result = _detect(checkpoint, phase, out)
    assert result["AREA_COUNT"] == 0
    assert _read(result["OUTPUT_PROBABILITY"]).shape == shape
    assert QgsVectorLayer(result["OUTPUT_AREAS"], "areas").featureCount() == 0


def case_one_pixel_raster(tmp: Path, out: Path, checkpoint: Path) -> None:
    _tiny(tmp, out, checkpoint, (1, 1))


def case_single_row(tmp: Path, out: Path, checkpoint: Path) -> None:
    _tiny(tmp, out, checkpoint, (1, 300))


def case_rotated_geotransform_is_handled(tmp: Path, out: Path, checkpoint: Path) -> None:
    transform = aw.rotated_transform(30.0)
    phase = aw.isslide_pair(tmp, 40, 50, transform=transform)
    result = _detect(checkpoint, phase, out, THRESHOLD=0.0, MIN_AREA=0)
    with rasterio.open(result["OUTPUT_PROBABILITY"]) as src:
        assert src.transform.almost_equals(transform)
    areas = QgsVectorLayer(result["OUTPUT_AREAS"], "areas")
    total = sum(f.geometry().area() for f in areas.getFeatures())
    assert total == pytest.approx(40 * 50 * 15.0 * 15.0, rel=1e-6)  # every pixel, 225 m² each


# --- inputs that must fail with a clear message and leave nothing ----------------------------
# Each case writes its inputs and returns (the pattern the message must match, the run).

Failure = tuple[str, Callable[[], object]]


def case_rgb_image(tmp: Path, out: Path, checkpoint: Path) -> Failure:
    image = aw.rgb_image(tmp / "quicklook.tif")
    return "is an RGB image", lambda: _run("isslide:preparechannels", {
        "INTERFEROGRAM": image, "COHERENCE": image, "OUTPUT": out / "c.tif"})


def case_vrt_whose_file_is_missing(tmp: Path, out: Path, checkpoint: Path) -> Failure:
    vrt = aw.vrt_without_data(tmp / f"{aw.PAIR}_phase.vrt")
    return r"VRT header whose data cannot be opened.*_phase\.bin", lambda: _import(vrt, out)


def case_truncated_geotiff(tmp: Path, out: Path, checkpoint: Path) -> Failure:
    phase = aw.truncated_geotiff(tmp)
    return "damaged or truncated", lambda: _import(phase, out)


def case_output_equal_to_input(tmp: Path, out: Path, checkpoint: Path) -> Failure:
    phase = aw.isslide_pair(tmp)
    return "also an input", lambda: _run("isslide:preparechannels", {
        "INTERFEROGRAM": phase, "COHERENCE": phase.with_name("coherence.tif"), "OUTPUT": phase})


def case_import_output_equal_to_its_coherence(tmp: Path, out: Path, checkpoint: Path) -> Failure:
    ifg = as_gamma(aw.isslide_pair(tmp / "isslide"), tmp / "gamma", aw.D1, aw.D2)
    coherence = ifg.with_name(f"{aw.PAIR}.adf.cc")
    return "also an input", lambda: _import(ifg.parent, out, OUTPUT_COHERENCE=coherence)


def case_output_is_a_folder(tmp: Path, out: Path, checkpoint: Path) -> Failure:
    phase = aw.isslide_pair(tmp)
    return "is a folder", lambda: _import(phase, out, OUTPUT_INTERFEROGRAM=out)


def case_percent_coherence_of_an_unknown_product(tmp: Path, out: Path, checkpoint: Path) -> Failure:
    phase, coherence = aw.percent_coherence(tmp)
    return "PERCENT", lambda: _run("isslide:preparechannels", {
        "INTERFEROGRAM": phase, "COHERENCE": coherence, "OUTPUT": out / "c.tif"})


def case_phase_in_degrees(tmp: Path, out: Path, checkpoint: Path) -> Failure:
    phase, coherence = aw.phase_in_degrees(tmp)
    return "DEGREES", lambda: _run("isslide:preparechannels", {
        "INTERFEROGRAM": phase, "COHERENCE": coherence, "OUTPUT": out / "c.tif"})


def case_gamma_without_its_parameter_files(tmp: Path, out: Path, checkpoint: Path) -> Failure:
    ifg = as_gamma(aw.isslide_pair(tmp / "isslide"), tmp / "gamma", aw.D1, aw.D2, geocoded=False)
    for suffix in (".off", ".diff_par"):
        ifg.with_name(f"{aw.PAIR}{suffix}").unlink()
    return r"\.off: interferogram_width", lambda: _import(ifg, out)


def case_los_displacement_is_not_phase(tmp: Path, out: Path, checkpoint: Path) -> Failure:
    files = as_hyp3(aw.isslide_pair(tmp / "isslide"), tmp / "hyp3", aw.D1, aw.D2)
    return "displacement in metres", lambda: _import(files["los_disp"], out)


def case_write_failure_mid_run(tmp: Path, out: Path, checkpoint: Path) -> Failure:
    """The disk fills up while the outputs are written: a 20 kB file-size limit
    (tests/qgis/probes/write_limit.py) makes the kernel refuse the writes, root included."""
    ifg = as_gamma(aw.isslide_pair(tmp / "isslide", 120, 150), tmp / "gamma", aw.D1, aw.D2)
    parameters = {"INPUT": str(ifg.parent), "OUTPUT_INTERFEROGRAM": str(out / "phase.tif"),
                  "OUTPUT_COHERENCE": str(out / "coherence.tif")}
    profile = tmp.parent / "profile"

    def run() -> None:
        env = {"QT_QPA_PLATFORM": "offscreen", "QGIS_CUSTOM_CONFIG_PATH": str(profile),
               "PATH": "/usr/bin:/bin", "HOME": str(profile), "PYTHONDONTWRITEBYTECODE": "1"}
        done = subprocess.run([sys.executable, str(PROBE), "isslide:importproduct",
                               json.dumps(parameters), "20000"], capture_output=True, text=True,
                              timeout=120, env=env)
        outcome = json.loads(done.stdout.strip().splitlines()[-1])
        assert outcome["error"], done.stderr[-2000:]
        raise QgsProcessingException(outcome["error"])
    return r"Writing '.*' failed \(.*File too large\).*free space", run


def _cases(kind: str) -> dict[str, Callable]:
    return {name[5:]: case for name, case in globals().items()
            if name.startswith("case_") and case.__annotations__.get("return") == kind}


SUCCEED, FAIL = _cases("None"), _cases("Failure")


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (QGIS' .aux.xml side files aside) and its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.endswith(".aux.xml")}


def test_the_battery_has_at_least_twenty_cases() -> None:
    assert len(SUCCEED) + len(FAIL) >= 20, (sorted(SUCCEED), sorted(FAIL))


@pytest.mark.parametrize("name", sorted(SUCCEED))
def test_awkward_input_gives_the_right_result(isslide_provider, checkpoint: Path, tmp_path: Path,
                                              name: str) -> None:
    out = tmp_path / "out"
    SUCCEED[name](tmp_path / "in", out, checkpoint)
    assert not [p for p in out.rglob("*") if ".part" in p.name]


@pytest.mark.parametrize("name", sorted(FAIL))
def test_bad_input_fails_clearly_and_leaves_nothing(isslide_provider, checkpoint: Path,
                                                    tmp_path: Path, name: str) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    out.mkdir()
    pattern, run = FAIL[name](inputs, out, checkpoint)
    before = _snapshot(inputs)
    with pytest.raises(QgsProcessingException) as raised:
        run()
    message = str(raised.value)
    assert "Traceback" not in message and "bug of the ISSLIDE plugin" not in message, message
    assert re.search(pattern, message, re.DOTALL), (pattern, message)
    assert list(out.rglob("*")) == [], "an output or temporary file was left behind"
    assert _snapshot(inputs) == before, "an input was changed, or a file was left beside it"
