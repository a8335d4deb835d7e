"""Every list parameter's accepted strings are in its algorithm's help.

The plugin's lists use static strings (the Processing contract), while QGIS' generic
``qgis_process help`` text says they take the "number of selected option": the help must say
which strings to write, for the registered algorithms and the shipped graphical model alike.
"""
from __future__ import annotations

from qgis.core import QgsProcessingParameterEnum


def test_static_string_lists_are_spelled_out_in_the_help(isslide_provider) -> None:
    checked = 0
    for algorithm in isslide_provider.algorithms():
        help_text = algorithm.shortHelpString()
        for definition in algorithm.parameterDefinitions():
            if not isinstance(definition, QgsProcessingParameterEnum):
                continue
            assert definition.usesStaticStrings(), f"{algorithm.id()} {definition.name()}"
            line = f"{definition.name()}: " + ", ".join(definition.options())
            assert line in help_text, f"{algorithm.id()}: '{line}' missing from its help"
            checked += 1
    assert checked >= 10
