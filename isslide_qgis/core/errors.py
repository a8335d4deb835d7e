"""Domain exceptions whose messages a GIS analyst can act on.

Every message says which file or value is at fault, what is wrong with it and what to do.
The Processing layer turns these into ``QgsProcessingException`` so that the Processing log
shows the message and never a Python traceback.
"""
from __future__ import annotations


class IsslideError(Exception):
    """Base class of every error the plugin reports to the analyst."""


class InputDataError(IsslideError):
    """An input raster or vector cannot be used as it is (missing, unreadable, wrong values)."""


class GridMismatchError(InputDataError):
    """Two rasters that must cover the same ground do not (no overlap, no common CRS)."""


class ModelError(IsslideError):
    """A model or checkpoint cannot be loaded or does not fit the data it is given."""


class MissingDependencyError(IsslideError):
    """A Python package the requested operation needs (e.g. torch) cannot be imported."""


class OperationCanceled(IsslideError):
    """The analyst cancelled the operation; partial outputs have been removed."""


class OutputWriteError(IsslideError):
    """An output could not be written (disk full, folder not writable); nothing was left."""
