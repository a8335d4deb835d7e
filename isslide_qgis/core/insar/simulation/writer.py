"""Write a simulated scene as the files an analyst (or the ISSLIDE loaders) would get.

- phase, coherence, DEM: float32 GeoTIFF, DEFLATE (floating-point predictor), 256 x 256
  tiles, nodata NaN (like the ISSLIDE products, which are float32 GeoTIFFs; another value,
  e.g. 0, can be asked for phase and coherence);
- truth: uint8 GeoTIFF, 1 = moving, 0 = not moving, everywhere (like ISSLIDE's rasterised
  annotations, which have no nodata); pass ``truth_nodata=255`` to mark the pixels without
  interferometric data with 255 (declared as the band's nodata value);
- moving areas: GeoPackage written with osgeo.ogr, layer ``moving_areas`` (fields id,
  rate_mm_day, area_m2, peak_los_mm, baseline_days, fringes, kind, landform), detectable
  bodies only, so it matches the truth raster; optionally a second layer ``decoys``;
- optical: 3-band uint8 GeoTIFF, photometric RGB, JPEG (quality 90 by default) or DEFLATE compression.
A scene without CRS gives GeoTIFFs without CRS and a GeoPackage in the "Undefined
cartesian SRS" (srs_id -1), coordinates in pixels. Files carry no timestamp:
the GeoPackage's ``last_change`` is pinned with GDAL's ``OGR_CURRENT_DATE``, so the same
scene gives byte-identical files.
"""
from __future__ import annotations

import contextlib
import warnings
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from ...errors import IsslideError, MissingDependencyError
from ...messages import translate
from .constants import WAVELENGTH_S1
from .scene import Scene

#: Standard file names of a scene folder (see :func:`write_scene_folder`).
FILE_NAMES: dict[str, str] = {
    "phase": "phase.tif",
    "coherence": "coherence.tif",
    "truth": "truth.tif",
    "areas": "moving_areas.gpkg",
    "dem": "dem.tif",
    "optical": "optical.tif",
}
AREAS_LAYER = "moving_areas"
DECOYS_LAYER = "decoys"
#: SRS of GeoPackage layers without CRS (srs_id -1 of the GeoPackage standard; pixel coordinates).
UNDEFINED_CARTESIAN = 'LOCAL_CS["Undefined cartesian SRS"]'
PHASE_DESCRIPTION = "wrapped interferometric phase (rad)"
#: Fixed date written in GeoPackage metadata (reproducible files).
FIXED_DATE = "2000-01-01T00:00:00Z"


def _profile(scene: Scene, count: int, dtype: str, transform, width: int, height: int, **extra) -> dict:
    blocks = {"tiled": True, "blockxsize": 256, "blockysize": 256} if min(width, height) >= 256 else {}
    profile = dict(
        driver="GTiff", width=width, height=height, count=count, dtype=dtype, transform=transform, **blocks
    )
    if scene.crs is not None:
        profile["crs"] = scene.crs
    profile.update(extra)
    return profile


def _tags(scene: Scene) -> dict[str, str]:
    cfg = scene.config
    return {
        "SIMULATION": "isslide_qgis synthetic Sentinel-1 interferogram",
        "SEED": str(scene.seed),
        "BASELINE_DAYS": str(cfg.baseline_days),
        "WAVELENGTH_M": repr(WAVELENGTH_S1),
        "PHASE_SIGN": f"phase = {cfg.phase_sign:+.0f} * 4*pi*d_LOS/lambda, d_LOS > 0 towards the satellite",
        "LOOKS": repr(cfg.looks),
        "GOLDSTEIN": f"alpha={cfg.goldstein_alpha} fft={cfg.goldstein_fft} window={cfg.goldstein_window} "
        f"grid={cfg.goldstein_grid}"
        if cfg.goldstein
        else "off",
    }


def _write_raster(
    path: Path, array: np.ndarray, profile: dict, description: str, tags: dict[str, str]
) -> Path:
    import rasterio
    from rasterio.errors import NotGeoreferencedWarning, RasterioError

    path.parent.mkdir(parents=True, exist_ok=True)
    data = array if array.ndim == 3 else array[None]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NotGeoreferencedWarning)
            with rasterio.open(path, "w", **profile) as dst:
                dst.write(data)
                dst.update_tags(**tags)
                for band in range(1, data.shape[0] + 1):
                    name = description if data.shape[0] == 1 else ("red", "green", "blue")[band - 1]
                    dst.set_band_description(band, name)
    except (OSError, RasterioError) as exc:
        raise IsslideError(
            translate(
                "IsslideCore",
                "Cannot write the simulated raster '{path}': {err}. Check that the folder is writable."
            ).format(path=path, err=exc)
        ) from exc
    return path


def _float_raster(
    scene: Scene, path: Path, array: np.ndarray, description: str, nodata: float = np.nan
) -> Path:
    profile = _profile(scene, 1, "float32", scene.transform, scene.width, scene.height,
                       nodata=float(nodata), compress="deflate", predictor=3, zlevel=9)
    data = array.astype(np.float32)
    if not np.isnan(nodata):
        data = np.where(np.isnan(data), np.float32(nodata), data)
    return _write_raster(path, data, profile, description, _tags(scene))


def _truth_raster(scene: Scene, path: Path, nodata: int | None) -> Path:
    truth = scene.truth.astype(np.uint8).copy()
    extra = dict(compress="deflate", zlevel=9)
    if nodata is not None:
        truth[~scene.valid] = nodata
        extra["nodata"] = nodata
    profile = _profile(scene, 1, "uint8", scene.transform, scene.width, scene.height, **extra)
    return _write_raster(path, truth, profile, "moving area (1) / not moving (0)", _tags(scene))


def _optical_raster(scene: Scene, path: Path, compression: str, quality: int) -> Path:
    if scene.optical is None:
        raise IsslideError(
            translate(
                "IsslideCore",
                "The scene has no optical image to write to '{path}'; simulate it with optical=True."
            ).format(path=path)
        )
    _, h, w = scene.optical.shape
    if compression.lower() == "jpeg":
        extra = dict(compress="jpeg", jpeg_quality=quality)
    else:
        extra = dict(compress="deflate", zlevel=9)
    profile = _profile(scene, 3, "uint8", scene.optical_transform, w, h, photometric="RGB", **extra)
    tags = {"SIMULATION": "SPOT-like synthetic optical image"}
    return _write_raster(path, scene.optical, profile, "", tags)


@contextlib.contextmanager
def _gdal_config(**options: str) -> Iterator[None]:
    from osgeo import gdal

    old = {k: gdal.GetConfigOption(k) for k in options}
    for k, v in options.items():
        gdal.SetConfigOption(k, v)
    try:
        yield
    finally:
        for k, v in old.items():
            gdal.SetConfigOption(k, v)


_FIELDS = [  # (name, OGR type name, record key)
    ("id", "OFTInteger", "id"),
    ("rate_mm_day", "OFTReal", "rate_mm_per_day"),
    ("area_m2", "OFTReal", "area_m2"),
    ("peak_los_mm", "OFTReal", "peak_los_mm"),
    ("baseline_days", "OFTInteger", "baseline_days"),
    ("fringes", "OFTReal", "fringes"),
    ("kind", "OFTString", "kind"),
    ("landform", "OFTString", "landform"),
]


def write_areas(scene: Scene, path: Path, decoys: bool = False) -> Path:
    """GeoPackage of the detectable bodies (layer ``moving_areas``; ``decoys`` optional)."""
    try:
        from osgeo import ogr, osr
    except ImportError as exc:  # pragma: no cover - GDAL is a hard dependency of QGIS
        raise MissingDependencyError(
            translate(
                "IsslideCore", "GDAL's Python bindings (osgeo) are needed to write '{path}'."
            ).format(path=path)
        ) from exc
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    srs = osr.SpatialReference()
    srs.SetFromUserInput(scene.crs if scene.crs is not None else UNDEFINED_CARTESIAN)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    with _gdal_config(OGR_CURRENT_DATE=FIXED_DATE):
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        if ds is None:
            raise IsslideError(
                translate(
                    "IsslideCore",
                    "Cannot create the GeoPackage '{path}'. Check that the folder is writable."
                ).format(path=path)
            )
        layer = ds.CreateLayer(AREAS_LAYER, srs, ogr.wkbPolygon)
        for name, type_name, _ in _FIELDS:
            layer.CreateField(ogr.FieldDefn(name, getattr(ogr, type_name)))
        layer.StartTransaction()
        for body in scene.detectable_bodies:
            feature = ogr.Feature(layer.GetLayerDefn())
            for name, type_name, key in _FIELDS:
                value = body[key]
                feature.SetField(name, int(value) if type_name == "OFTInteger" else value)
            feature.SetGeometry(ogr.CreateGeometryFromWkb(body["geometry"].wkb))
            layer.CreateFeature(feature)
        layer.CommitTransaction()
        if decoys:
            dlayer = ds.CreateLayer(DECOYS_LAYER, srs, ogr.wkbPolygon)
            dlayer.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
            for i, geom in enumerate(scene.decoys, start=1):
                feature = ogr.Feature(dlayer.GetLayerDefn())
                feature.SetField("id", i)
                feature.SetGeometry(ogr.CreateGeometryFromWkb(geom.wkb))
                dlayer.CreateFeature(feature)
        ds = None  # flush and close
    return path


def write_scene(
    scene: Scene,
    *,
    phase_path: str | Path | None = None,
    coherence_path: str | Path | None = None,
    truth_path: str | Path | None = None,
    areas_path: str | Path | None = None,
    dem_path: str | Path | None = None,
    optical_path: str | Path | None = None,
    truth_nodata: int | None = None,
    float_nodata: float = float("nan"),
    optical_compression: str = "jpeg",
    optical_quality: int = 90,
    decoys_layer: bool = False,
) -> dict[str, Path]:
    """Write the requested layers of ``scene``; returns ``{layer: path}`` of what was written.

    Args:
        scene: A simulated scene.
        phase_path, coherence_path, dem_path: float32 GeoTIFFs (NaN nodata).
        truth_path: uint8 GeoTIFF of the truth mask.
        areas_path: GeoPackage of the moving areas.
        optical_path: RGB GeoTIFF of the optical image.
        truth_nodata: None (truth is 0/1 everywhere) or a value (e.g. 255) written where the
            interferogram has no data and declared as nodata.
        float_nodata: Nodata value of phase and coherence (NaN, like ISSLIDE; 0 mimics
            processors that fill with zeros - to test readers on other conventions).
        optical_compression: ``"jpeg"`` (small) or ``"deflate"`` (lossless).
        optical_quality: JPEG quality (1-100).
        decoys_layer: Also write the decoy outlines as a layer ``decoys`` of the GeoPackage.

    Raises:
        IsslideError: A file cannot be written (message names the file).
    """
    def float_writer(array: np.ndarray, description: str, nodata: float) -> Callable[[Path], Path]:
        return lambda p: _float_raster(scene, p, array, description, nodata)

    writers = {
        "phase": (phase_path, float_writer(scene.phase, PHASE_DESCRIPTION, float_nodata)),
        "coherence": (coherence_path, float_writer(scene.coherence, "coherence", float_nodata)),
        "truth": (truth_path, lambda p: _truth_raster(scene, p, truth_nodata)),
        "areas": (areas_path, lambda p: write_areas(scene, p, decoys_layer)),
        "dem": (dem_path, float_writer(scene.dem, "altitude (m)", np.nan)),
        "optical": (optical_path, lambda p: _optical_raster(scene, p, optical_compression, optical_quality)),
    }
    return {name: write(Path(path)) for name, (path, write) in writers.items() if path is not None}


def write_scene_folder(scene: Scene, folder: str | Path, **options) -> dict[str, Path]:
    """Write every layer under ``folder`` with the names of :data:`FILE_NAMES`.

    The optical image is skipped when the scene has none. ``options`` go to :func:`write_scene`.
    """
    folder = Path(folder)
    paths = {f"{name}_path": folder / file for name, file in FILE_NAMES.items()}
    if scene.optical is None:
        paths.pop("optical_path")
    return write_scene(scene, **paths, **options)
