"""Interferograms: reading, validation, input channels, patches, datasets, simulation."""
