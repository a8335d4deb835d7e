"""Tests of whole-archive processing: pairs, resumable stack runs, temporal consistency, Dask."""
