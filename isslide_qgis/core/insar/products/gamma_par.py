"""GAMMA parameter files (``.off``, ``.diff_par``, DEM_par): plain ``key: value`` text.

The size of a GAMMA raw binary lies in these files, never in the binary itself:

- OFF_par (``<pair>.off``): ``interferogram_width`` and ``interferogram_azimuth_lines`` of an
  interferogram in radar geometry, and a ``title`` (commonly the pair, ``<d1>_<d2>``);
- DIFF_par (``<pair>.diff_par``): ``range_samp_1`` and ``az_samp_1``, and a ``title``;
- DEM_par (``EQA.dem_par``, ``dem_seg.par``...): ``width``, ``nlines`` and the map grid of a
  geocoded product: ``DEM_projection`` EQA (``corner_lat/lon``, ``post_lat/lon``, degrees) or
  UTM (``corner_north/east``, ``post_north/east``, ``projection_zone``, ``false_northing``).
  GAMMA's corner coordinates are those of the centre of the first pixel.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rasterio.crs import CRS

#: radar-geometry size keys: (file suffix, width key, lines key)
RADAR_SIZES: tuple[tuple[str, str, str], ...] = (
    (".off", "interferogram_width", "interferogram_azimuth_lines"),
    (".diff_par", "range_samp_1", "az_samp_1"),
    (".diff.par", "range_samp_1", "az_samp_1"),
)
#: DEM_par names looked for beside a product, then in ``..`` and ``../geo`` / ``../DEM``
DEM_PAR_PATTERNS: tuple[str, ...] = ("*.dem_par", "*.dem.par", "dem_seg.par", "*dem_seg.par")
DEM_PAR_FOLDERS: tuple[str, ...] = (".", "..", "../geo", "../DEM", "geo")


@dataclass(frozen=True)
class GammaGrid:
    """Size (and map grid, when geocoded) of a GAMMA binary."""

    width: int
    height: int
    crs: CRS | None = None
    transform: tuple[float, float, float, float, float, float] | None = None
    source: Path | None = None  #: the parameter file it was read from


def read_par(path: Path) -> dict[str, str]:
    """``key -> value text`` of a GAMMA parameter file (units left in the text)."""
    values: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        key, sep, rest = line.partition(":")
        if sep and key.strip() and " " not in key.strip():
            values[key.strip()] = rest.strip()
    return values


def number(values: dict[str, str], key: str) -> float | None:
    """The first number of ``values[key]`` (``None`` when missing or not a number)."""
    tokens = values.get(key, "").split()
    try:
        return float(tokens[0]) if tokens else None
    except ValueError:
        return None


def radar_grid(par: Path) -> GammaGrid | None:
    """Width and lines from an OFF_par or DIFF_par file (``None`` when it tells neither)."""
    values = read_par(par)
    for _, width_key, lines_key in RADAR_SIZES:
        width, lines = number(values, width_key), number(values, lines_key)
        if width and lines:
            return GammaGrid(int(width), int(lines), source=par)
    return None


def _utm_crs(values: dict[str, str]) -> CRS | None:
    zone = number(values, "projection_zone")
    if zone is None or "84" not in values.get("ellipsoid_name", "WGS 84"):
        return None
    south = (number(values, "false_northing") or 0.0) >= 5_000_000
    return CRS.from_epsg((32700 if south else 32600) + int(zone))


def map_grid(par: Path) -> GammaGrid | None:
    """The map grid of a DEM_par file (``None`` when its projection is not EQA or WGS 84 UTM)."""
    values = read_par(par)
    width, lines = number(values, "width"), number(values, "nlines")
    projection = values.get("DEM_projection", "").split()[:1]
    if not width or not lines or not projection:
        return None
    if projection[0] == "EQA":
        crs, keys = CRS.from_epsg(4326), ("corner_lon", "corner_lat", "post_lon", "post_lat")
    elif projection[0] == "UTM":
        crs, keys = _utm_crs(values), ("corner_east", "corner_north", "post_east", "post_north")
    else:
        return None
    x0, y0, dx, dy = (number(values, key) for key in keys)
    if crs is None or None in (x0, y0, dx, dy):
        return None
    transform = (x0 - dx / 2, dx, 0.0, y0 - dy / 2, 0.0, dy)
    return GammaGrid(int(width), int(lines), crs, transform, par)


def dem_pars(folder: Path) -> list[Path]:
    """The DEM_par files near a product's folder, nearest first."""
    found: list[Path] = []
    for relative in DEM_PAR_FOLDERS:
        place = (folder / relative).resolve()
        if place.is_dir():
            near = {p for pattern in DEM_PAR_PATTERNS for p in place.glob(pattern) if p.is_file()}
            found += [p for p in sorted(near) if p not in found]
    return found
