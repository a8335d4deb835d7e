"""Reading and writing in background threads, overlapped with the network.

While the model predicts strip ``k``, :class:`BackgroundIO` reads strip ``k + 1`` in one thread
and writes the rows finished by strip ``k - 1`` in another: GDAL's reading, decompression,
compression and writing and numpy's channel maths release the GIL, so on a multi-core CPU they
run beside the network instead of adding to its time (and beside each other on the strips the
network skips, such as nodata borders). The source is only used by the reading thread and the
sink by the writing thread, one call at a time and in order; at most one strip is read ahead
and one block of rows waits to be written, so memory stays ``O(tile * width)``.
"""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import Callable, Iterator, Sequence

import numpy as np

from isslide_qgis.core.inference.strips import Strip
from isslide_qgis.core.inference.writers import ResultSink


class BackgroundIO:
    """Reads strips ahead and writes result rows behind, each in its own background thread.

    Use it as a context manager. Leaving it normally waits for the last write (its error is
    raised there); leaving it on an error or a cancellation waits for the work in flight and
    drops the rest, so the caller may abort the sink and close the source right after.
    """

    def __init__(self) -> None:
        self._reader: ThreadPoolExecutor | None = None
        self._writer: ThreadPoolExecutor | None = None
        self._write: Future | None = None

    def __enter__(self) -> "BackgroundIO":
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="isslide-read")
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="isslide-write")
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        pools, self._reader, self._writer = (self._reader, self._writer), None, None
        try:
            if kind is None:
                self._wait_write()
        finally:
            for pool in pools:
                pool.shutdown(wait=True, cancel_futures=True)

    def strips(self, read: Callable[[int], Strip], rows: Sequence[int]) -> Iterator[Strip]:
        """``read(row)`` for each row, in order; the next strip is read while this one is used."""
        pending: Future | None = None
        for index, row in enumerate(rows):
            current = (pending or self._submit(self._reader, read, row)).result()
            if index + 1 < len(rows):
                pending = self._submit(self._reader, read, rows[index + 1])
            yield current

    def write(self, sink: ResultSink, row: int, block: np.ndarray) -> None:
        """Queue ``sink.write(row, block)`` after the previous write (which must have succeeded).

        ``block`` must not be modified afterwards.
        """
        self._wait_write()
        self._write = self._submit(self._writer, sink.write, row, block)

    def _wait_write(self) -> None:
        pending, self._write = self._write, None
        if pending is not None:
            pending.result()

    @staticmethod
    def _submit(pool: ThreadPoolExecutor | None, function: Callable, *args: object) -> Future:
        if pool is None:
            raise RuntimeError("BackgroundIO must be used in a with block.")
        return pool.submit(function, *args)
