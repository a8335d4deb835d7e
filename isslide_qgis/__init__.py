"""isslide_qgis: find slow ground movements on Sentinel-1 interferograms with deep learning.

QGIS calls :func:`classFactory` when it loads the plugin. Loading must stay cheap: nothing
heavy (torch, rasterio) is imported here or by the plugin's start-up; algorithms import what
they need when they run.
"""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    """Create the plugin object for QGIS (desktop or ``qgis_process``)."""
    from .settings import apply_packages_folder

    apply_packages_folder()
    from .plugin import IsslidePlugin

    return IsslidePlugin(iface)
