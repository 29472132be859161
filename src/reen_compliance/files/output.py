"""Write output files atomically: a reader sees the old file or the whole new one, never half.

A new file gets the mode any program would give it (0666 less the umask), not the 0600 of a
temporary file, so colleagues on a shared drive read the report; an overwritten file keeps the
mode it had.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

NEW_FILE_MODE = 0o666
"""The mode `open()` asks for; the umask takes its bits away."""


def write_atomically(path: str | Path, content: str | bytes) -> None:
    """Write `content` to a temporary file beside `path`, flush it to disk, then rename it."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    write_chunks_atomically(path, (data,))


def write_chunks_atomically(path: str | Path, chunks: Iterable[bytes]) -> None:
    """`write_atomically` for content that comes in pieces, never held whole in memory."""
    target = Path(path)
    mode = target_mode(target)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
    except OSError as error:  # name the file the person asked for, not the temporary one
        raise OSError(error.errno, error.strerror, str(target)) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            os.fchmod(stream.fileno(), mode)
            for chunk in chunks:
                stream.write(chunk)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise


def replace_keeping_mode(source: str | Path, target: str | Path) -> None:
    """Rename `source` over `target`; an existing `target` keeps its mode."""
    destination = Path(target)
    with contextlib.suppress(FileNotFoundError):
        Path(source).chmod(stat.S_IMODE(destination.stat().st_mode))
    Path(source).replace(destination)


def target_mode(target: Path) -> int:
    """The mode of the file `target` already is, else the umask's mode for a new file."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return NEW_FILE_MODE & ~current_umask()


def current_umask() -> int:
    """The process's umask, read without changing it where the system says it (Linux)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)  # elsewhere: read it by setting it, then put it back at once
    os.umask(mask)
    return mask
