"""Writing outputs so that a killed run leaves the previous complete file or none."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import OutputError


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        os.chmod(temporary, 0o666 & ~_current_umask())
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({error.strerror or error})") from error


def _current_umask() -> int:
    """The process umask (mkstemp creates files 0600; outputs should be as readable as any other file)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


class OutputLock:
    """An exclusive lock on an output folder, so two runs into it never interleave their files.

    Notes: `fcntl.flock` on `DIR/.mediabrief.lock`; the kernel drops it when the process
    dies, so a killed run never leaves a stale lock behind.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._handle: object = None

    def __enter__(self) -> OutputLock:
        import fcntl

        self.folder.mkdir(parents=True, exist_ok=True)
        handle = open(self.folder / LOCK_NAME, "a+")  # noqa: SIM115  (held for the run)
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            handle.close()
            raise OutputError(
                f"{self.folder}: another mediabrief run is writing here; wait for it or choose another --out"
            ) from error
        self._handle = handle
        # Holding the lock, any temporary file here is a leftover of a killed run: never an output.
        for leftover in self.folder.glob(".*.part"):
            leftover.unlink(missing_ok=True)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


LOCK_NAME = ".mediabrief.lock"
