"""The analyst's dock widget and its review tools (QGIS side)."""
