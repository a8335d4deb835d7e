"""Tests of the streaming inference engine (tiling, blending, sources, predictors, sinks)."""
