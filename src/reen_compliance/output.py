"""Write output files atomically: a reader sees the old file or the whole new one, never half."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_atomically(path: str | Path, content: str | bytes) -> None:
    """Write `content` to a temporary file beside `path`, flush it to disk, then rename it."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    write_chunks_atomically(path, (data,))


def write_chunks_atomically(path: str | Path, chunks: Iterable[bytes]) -> None:
    """`write_atomically` for content that comes in pieces, never held whole in memory."""
    target = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
    except OSError as error:  # name the file the person asked for, not the temporary one
        raise OSError(error.errno, error.strerror, str(target)) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            for chunk in chunks:
                stream.write(chunk)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise
