"""``python -m isslide_qgis ...``: the plugin's core on the command line, without QGIS.

Sub-commands ``detect``, ``stack``, ``simulate``, ``evaluate`` (``--help`` on each); see
:mod:`isslide_qgis.core.cli`. Only the core is imported: no QGIS, no Qt.
"""
import sys

from isslide_qgis.core.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
