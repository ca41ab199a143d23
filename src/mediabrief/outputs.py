"""Writing outputs so that a killed run leaves the previous complete set of files, or none."""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path

from .errors import OutputError


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it into place."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as error:
        raise OutputError(f"{path}: cannot write ({error.strerror or error})") from error
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

    Notes: `fcntl.flock` on `.NAME.mediabrief-lock` beside the folder (the folder itself is
    replaced by each run, see `OutputSet`); the kernel drops it when the process dies, so a
    killed run never leaves a stale lock behind.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._handle: object = None

    def __enter__(self) -> OutputLock:
        import fcntl

        self.folder.parent.mkdir(parents=True, exist_ok=True)
        try:
            handle = open(sibling(self.folder, LOCK_SUFFIX), "a+")  # noqa: SIM115  (held for the run)
        except OSError as error:
            raise OutputError(f"{self.folder}: cannot write beside this folder ({error.strerror or error})") from error
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            handle.close()
            raise OutputError(
                f"{self.folder}: another mediabrief run is writing here; wait for it or choose another --out"
            ) from error
        self._handle = handle
        # Holding the lock, any temporary file here is a leftover of a killed run: never an output.
        if self.folder.is_dir():
            for leftover in self.folder.glob(".*.part"):
                leftover.unlink(missing_ok=True)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._handle is not None:
            self._handle.close()  # type: ignore[attr-defined]
            self._handle = None


LOCK_SUFFIX = "mediabrief-lock"
STAGING_SUFFIX = "mediabrief-staging"
OLD_SUFFIX = "mediabrief-old"
OLD_LOCK_NAME = ".mediabrief.lock"  # the lock of earlier versions, inside the folder


def sibling(folder: Path, suffix: str) -> Path:
    """`.NAME.SUFFIX` beside `folder`: hidden, so ingest never reads it, and on the same file system."""
    return folder.parent / f".{folder.name}.{suffix}"


def check_output_folder(folder: Path) -> None:
    """Raise OutputError now, before any analysis, when `folder` cannot take a report."""
    folder = folder.absolute()
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder}: is a file, not a folder; choose another --out or --figures")
    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if existing is None or not existing.is_dir():
        raise OutputError(f"{folder}: cannot be created ({existing} is not a folder)")
    try:  # a real write: access() says yes to root on a read-only mount, or in /proc
        tempfile.TemporaryFile(dir=existing).close()
    except OSError as error:
        raise OutputError(f"{folder}: cannot write here ({existing} is not writable: {_reason(error)})") from error
    if folder.exists() and folder.parent.exists() and not os.access(folder.parent, os.W_OK | os.X_OK):
        raise OutputError(f"{folder}: cannot replace it ({folder.parent} is not writable)")


class OutputSet:
    """The folders of one report, written whole and switched in one step each.

    `with OutputSet([out, figures]) as staged:` locks the folders, and `staged.path(out)` is where
    to write: a staging copy beside each folder, holding hard links to what the folder held
    (so charts can be reused and a user's own files stay). On a clean exit each staging copy
    takes its folder's place in one rename (`renameat2(RENAME_EXCHANGE)`, Linux 3.15), so a reader
    (or a run killed at any moment) sees the old set or the new one, never a mixture; on an
    error the staging copy is removed and the old set stays as it was.

    A folder that is the current directory, or holds it, cannot be swapped under the user's
    shell: there the files are replaced one by one, each atomically (`write_atomic`).
    """

    def __init__(self, folders: Sequence[Path]) -> None:
        self._roots = _roots([folder.absolute() for folder in folders])
        self._locks = ExitStack()
        self._staged: dict[Path, Path] = {}

    def __enter__(self) -> OutputSet:
        for root in self._roots:
            check_output_folder(root)
        with ExitStack() as locks:
            for root in sorted(self._roots):
                locks.enter_context(OutputLock(root))
            for root in self._roots:
                _recover(root)
                if not _holds_cwd(root):
                    self._staged[root] = _stage(root)
            self._locks = locks.pop_all()
        return self

    def path(self, folder: Path) -> Path:
        """Where to write what belongs in `folder`."""
        folder = folder.absolute()
        for root, staging in self._staged.items():
            if folder == root or root in folder.parents:
                return staging / folder.relative_to(root)
        return folder

    def final(self, path: Path) -> Path:
        """Where a file written at `path` (under `self.path(...)`) is once the set is switched."""
        for root, staging in self._staged.items():
            if path == staging or staging in path.parents:
                return root / path.relative_to(staging)
        return path

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, *rest: object) -> None:
        try:
            if kind is None:
                for root, staging in self._staged.items():
                    _switch(staging, root)
                return
            for staging in self._staged.values():
                shutil.rmtree(staging, ignore_errors=True)
        finally:
            self._locks.close()
        if isinstance(value, OutputError):  # named as the user knows it, not by the staging copy
            message = str(value)
            for root, staging in self._staged.items():
                message = message.replace(str(staging), str(root))
            if message != str(value):
                raise OutputError(message) from value


def _roots(folders: list[Path]) -> list[Path]:
    """The folders to switch, in the order given, none inside another (that one goes with it)."""
    unique = list(dict.fromkeys(folders))
    return [f for f in unique if not any(other in f.parents for other in unique if other != f)]


def _holds_cwd(root: Path) -> bool:
    cwd = Path.cwd().absolute()
    return cwd == root or root in cwd.parents


def _stage(root: Path) -> Path:
    staging = sibling(root, STAGING_SUFFIX)
    try:
        if root.is_dir():
            shutil.copytree(root, staging, symlinks=True, copy_function=_link_or_copy,
                            ignore=shutil.ignore_patterns(".*.part", OLD_LOCK_NAME))
        else:
            staging.mkdir(parents=True)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise OutputError(f"{root}: cannot prepare the new report beside it ({_reason(error)})") from error
    return staging


def _link_or_copy(source: str, target: str) -> None:
    """A hard link (instant, no space); a copy where the file system has none. Outputs are only
    ever replaced by rename (`write_atomic`), so the old set's files are never changed through it."""
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def _switch(staging: Path, root: Path) -> None:
    """`staging` becomes `root` in one step; the old `root` is removed."""
    try:
        if root.exists() and _exchange(staging, root):
            shutil.rmtree(staging, ignore_errors=True)  # it holds the old set now
        elif root.exists():
            old = sibling(root, OLD_SUFFIX)
            os.rename(root, old)  # no exchange here: a moment without `root`, never a mixture
            os.rename(staging, root)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(staging, root)
        _sync_folder(root.parent)
    except OSError as error:
        raise OutputError(f"{root}: could not put the new report in place ({_reason(error)})") from error


def _recover(root: Path) -> None:
    """Clear what a killed run left beside `root`: its staging copy, or the old set mid-switch."""
    old = sibling(root, OLD_SUFFIX)
    if old.is_dir() and not root.exists():
        os.rename(old, root)  # killed between the two renames of `_switch`: the old set comes back
    for leftover in (old, sibling(root, STAGING_SUFFIX)):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders atomically; False where the system cannot (not Linux, old kernel, some file systems)."""
    if sys.platform != "linux":
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    if renameat2(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE) == 0:
        return True
    number = ctypes.get_errno()
    if number in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(number, os.strerror(number), str(second))


AT_FDCWD = -100
RENAME_EXCHANGE = 2


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (a crash after the run keeps the new set)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _reason(error: OSError) -> str:
    return error.strerror or str(error)
