"""The numeric core of isslide_qgis: numpy, torch, rasterio and shapely only.

Nothing under ``core`` imports QGIS or Qt, so it runs on a server, in a notebook or in
unit tests without a display. Progress and cancellation reach it as plain callables.
"""
