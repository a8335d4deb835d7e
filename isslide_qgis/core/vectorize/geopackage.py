"""GeoPackage layers written with osgeo.ogr, all or nothing.

:func:`atomic_geopackage` gives a scratch path in a hidden folder beside the output and moves
the finished file into place only when everything succeeded: a cancelled or failed run leaves
no file (and an older file of the same name untouched). :func:`create_layer` makes a layer on
a raster's CRS; a raster without CRS (radar geometry) gives a layer in the GeoPackage's
"Undefined cartesian SRS" (srs_id -1), whose coordinates are pixel coordinates.

The functions work whether or not GDAL's Python exceptions are enabled: return codes are
checked and ``RuntimeError`` is caught, and both become an :class:`IsslideError` naming the file.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from isslide_qgis.core.errors import InputDataError, IsslideError, MissingDependencyError
from isslide_qgis.core.insar.grid import RasterGrid
from isslide_qgis.core.messages import translate
from isslide_qgis.core.output_paths import output_file

#: SRS of layers without CRS (srs_id -1 of the GeoPackage standard; pixel coordinates).
UNDEFINED_CARTESIAN = 'LOCAL_CS["Undefined cartesian SRS"]'


@dataclass(frozen=True)
class FieldSpec:
    """One attribute of a layer.

    Attributes:
        name: Field name.
        kind: One of :data:`FIELD_KINDS` ("integer", "real", "string", "date", "boolean",
            "datetime").
        width: Maximum text length (0: unlimited).
        default: SQL default expression, e.g. ``"'unreviewed'"`` or ``"CURRENT_TIMESTAMP"``.
        alias: Alternative name shown by QGIS as the field alias (GDAL writes it to
            ``gpkg_data_columns``; GDAL 3.6 keeps no field comment, so units and sign
            conventions go here).
    """

    name: str
    kind: str
    width: int = 0
    default: str | None = None
    alias: str = ""


#: field kind -> (OGR field type name, OGR subtype name)
FIELD_KINDS: dict[str, tuple[str, str]] = {
    "integer": ("OFTInteger", "OFSTNone"),
    "real": ("OFTReal", "OFSTNone"),
    "string": ("OFTString", "OFSTNone"),
    "date": ("OFTDate", "OFSTNone"),
    "datetime": ("OFTDateTime", "OFSTNone"),
    "boolean": ("OFTInteger", "OFSTBoolean"),
}


def _ogr():
    try:
        from osgeo import ogr, osr
    except ImportError as exc:  # pragma: no cover - GDAL is a hard dependency of QGIS
        raise MissingDependencyError(
            translate(
                "IsslideCore",
                "GDAL's Python bindings (osgeo) are needed to write GeoPackages; install "
                "python3-gdal (the GDAL that QGIS uses)."
            )
        ) from exc
    return ogr, osr


def write_error(path: Path, detail: object) -> IsslideError:
    """The error raised when the GeoPackage ``path`` cannot be written."""
    return IsslideError(
        translate(
            "IsslideCore",
            "Cannot write the GeoPackage '{path}': {error}. Check that the folder is writable, "
            "has free space, and that the file is not open in another program."
        ).format(path=path, error=detail)
    )


def _last_error(default: str = "") -> str:
    from osgeo import gdal

    return gdal.GetLastErrorMsg() or default


@contextmanager
def ogr_errors(path: Path) -> Iterator[None]:
    """Turn GDAL's exceptions (when enabled) and OS errors into :func:`write_error`."""
    try:
        yield
    except (RuntimeError, OSError) as exc:
        raise write_error(path, exc) from exc


def check(result: int, path: Path) -> None:
    """Raise :func:`write_error` when an OGR call returned an error code."""
    if result not in (0, None):
        raise write_error(path, _last_error(f"OGR error {result}"))


@contextmanager
def atomic_geopackage(out_path: str | Path) -> Iterator[Path]:
    """Yield a scratch GeoPackage path, moved to ``out_path`` only when the block succeeds."""
    out_path = output_file(out_path)
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=f".{out_path.stem}.", suffix=".part",
                                        dir=out_path.parent))
    except OSError as exc:
        raise write_error(out_path, exc) from exc
    try:
        temporary = scratch / f"{out_path.stem}.gpkg"
        yield temporary
        with ogr_errors(out_path):
            os.replace(temporary, out_path)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def create_geopackage(path: Path):
    """Create an empty GeoPackage (an ``ogr.DataSource``)."""
    ogr, _ = _ogr()
    with ogr_errors(path):
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    if ds is None:
        raise write_error(path, _last_error())
    return ds


def open_geopackage(path: Path, update: bool = True):
    """Open an existing GeoPackage (an ``ogr.DataSource``)."""
    ogr, _ = _ogr()
    with ogr_errors(path):
        ds = ogr.Open(str(path), 1 if update else 0)
    if ds is None:
        raise write_error(path, _last_error())
    return ds


def spatial_reference(grid: RasterGrid | None):
    """The ``osr.SpatialReference`` of a grid (Undefined cartesian SRS without CRS)."""
    _, osr = _ogr()
    srs = osr.SpatialReference()
    has_crs = grid is not None and grid.has_crs
    srs.SetFromUserInput(grid.crs.to_wkt() if has_crs else UNDEFINED_CARTESIAN)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def create_layer(ds, path: Path, name: str, grid: RasterGrid | None, geometry_type: str | None,
                 fields: Sequence[FieldSpec], description: str = "", fid_column: str = "fid"):
    """Create layer ``name`` in ``ds`` with ``fields``.

    Args:
        ds: An open GeoPackage.
        path: Its file (named in error messages).
        name: Layer name.
        grid: Raster grid whose CRS the layer takes; ``None`` for a table without geometry.
        geometry_type: OGR geometry type name (e.g. ``"wkbMultiPolygon"``); ``None``: no
            geometry (an attribute table).
        fields: The attributes, in order.
        description: Layer description stored in ``gpkg_contents``.
        fid_column: Name of the integer primary key.
    """
    ogr, _ = _ogr()
    options = [f"FID={fid_column}"] + ([f"DESCRIPTION={description}"] if description else [])
    with ogr_errors(path):
        if geometry_type is None:
            layer = ds.CreateLayer(name, None, ogr.wkbNone, options)
        else:
            layer = ds.CreateLayer(name, spatial_reference(grid), getattr(ogr, geometry_type),
                                   options)
        if layer is None:
            raise write_error(path, _last_error())
        for spec in fields:
            check(layer.CreateField(field_definition(spec)), path)
    return layer


def field_definition(spec: FieldSpec):
    """The ``ogr.FieldDefn`` of ``spec`` (type, subtype, width, default, alias)."""
    ogr, _ = _ogr()
    kind, subtype = FIELD_KINDS[spec.kind]
    definition = ogr.FieldDefn(spec.name, getattr(ogr, kind))
    definition.SetSubType(getattr(ogr, subtype))
    if spec.width:
        definition.SetWidth(spec.width)
    if spec.default is not None:
        definition.SetDefault(spec.default)
    if spec.alias:
        definition.SetAlternativeName(spec.alias)
    return definition


def add_feature(layer, path: Path, values: Mapping[str, Any], geometry=None,
                fid: int | None = None) -> None:
    """Add one feature: ``values`` by field name (``None`` stays NULL), a shapely geometry."""
    ogr, _ = _ogr()
    with ogr_errors(path):
        feature = ogr.Feature(layer.GetLayerDefn())
        if fid is not None:
            feature.SetFID(int(fid))
        for name, value in values.items():
            if value is None:
                feature.SetFieldNull(name)
            else:
                feature.SetField(name, value)
        if geometry is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkb(geometry.wkb))
        check(layer.CreateFeature(feature), path)


#: One feature to write: field values (``None``: NULL), shapely geometry, FID or ``None``.
FeatureRow = tuple[Mapping[str, Any], Any, "int | None"]


def write_layer(path: Path, name: str, grid: RasterGrid | None, geometry_type: str,
                fields: Sequence[FieldSpec], rows: Iterable[FeatureRow],
                description: str = "") -> None:
    """Create the GeoPackage ``path`` holding one layer filled with ``rows`` (one transaction).

    ``rows`` may be a generator that raises (e.g. on cancellation): the file is closed before
    the exception leaves, so :func:`atomic_geopackage` can remove it on any platform.
    """
    ds = create_geopackage(path)
    layer = None
    try:
        layer = create_layer(ds, path, name, grid, geometry_type, fields, description)
        check(layer.StartTransaction(), path)
        for values, geometry, fid in rows:
            add_feature(layer, path, values, geometry, fid)
        check(layer.CommitTransaction(), path)
    finally:
        layer = ds = None  # noqa: F841 (releasing the OGR objects closes the file)


def read_features(path: Path, layer_name: str | None = None, fields: Sequence[str] = (),
                  unreadable: str | None = None) -> list[tuple[Any, dict[str, Any]]]:
    """``[(shapely geometry, {field: value}), ...]`` of a layer (the first one when
    ``layer_name`` is None or absent); features without geometry are skipped.

    Raises:
        InputDataError: the file cannot be opened (``unreadable`` or a generic message).
    """
    from shapely import wkb

    ogr, _ = _ogr()
    try:
        ds = ogr.Open(str(path), 0)
    except RuntimeError:  # GDAL exceptions enabled: the same answer as a None
        ds = None
    if ds is None:
        raise InputDataError(unreadable or translate(
            "IsslideCore", "Cannot read the vector file '{path}': {error}. Check that it exists "
            "and is a GeoPackage.").format(path=path, error=_last_error()))
    try:
        layer = (ds.GetLayerByName(layer_name) if layer_name else None) or ds.GetLayer(0)
        features = []
        for feature in layer:
            geometry = feature.GetGeometryRef()
            if geometry is not None:
                features.append((wkb.loads(bytes(geometry.ExportToWkb())),
                                 {name: feature.GetField(name) for name in fields}))
        return features
    finally:
        layer = ds = None  # noqa: F841 (closes the file)
