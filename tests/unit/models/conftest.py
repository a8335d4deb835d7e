"""Shared fixtures of the model tests."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest


class CodeCarrier:
    """An object whose unpickling creates a marker file: loading it must never happen."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (open, (str(self.marker), "w"))


@pytest.fixture
def code_carrier() -> Callable[[Path], CodeCarrier]:
    """Factory of objects that run code (create ``marker``) when unpickled."""
    return CodeCarrier
