"""Installing the plugin's Python dependencies into a packages folder, without QGIS or Qt.

The flow (:func:`~.installer.install`): find the Python that QGIS embeds
(:mod:`.interpreter`), choose what to install (:mod:`.profiles`, with the PyTorch flavour of
:mod:`.cuda`), run pip into a *new* versioned folder (:mod:`.pip`), drop the numpy pip copied
in, verify the imports in a fresh interpreter (:mod:`.verify`), then switch the folder's
pointer atomically (:mod:`.folders`). The Qt dialog and the command line
(``python -m isslide_qgis install``) only call these functions.
"""
