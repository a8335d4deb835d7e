"""The command line of the core (``python -m isslide_qgis ...``), for servers without QGIS.

Each sub-command is a module with ``add_arguments(parser)`` and ``run(args) -> dict`` doing the
same as the Processing algorithm of the same name through the same core call; :mod:`.main`
holds the registry and the error handling. Nothing here imports QGIS or Qt.
"""
