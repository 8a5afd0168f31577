"""Reading user text files with clear errors, and writing files atomically."""
from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from builder.errors import Problem, TimelineError

LINE_BREAKS = str.maketrans({"\r": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})


# What the builder reads is committed by anyone: a link could publish a file from outside the repository and
# a device or a named pipe could make a run hang or fill the memory. So every file is opened without following
# a link, must be a regular file, and is read up to a limit; the folders it reads from are checked not to be
# links (check_folder). Only the folders above a path typed on the command line are the user's own business.
MAX_FILE_BYTES = 2_000_000            # an article, an entry or a metadata file
MAX_MANIFEST_BYTES = 256_000_000      # the builder's record of ~300 bytes per entry


def printable(text: str) -> str:
    """A file name as it can be printed: control characters (terminal escapes, line breaks) escaped."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def display_path(path: Path) -> str:
    """The path as a user would type it: relative to the working folder when inside it, control characters escaped."""
    try:
        shown = os.path.relpath(path)
    except ValueError:
        return printable(str(path))
    return printable(str(path) if shown.startswith("..") else shown)


def decode(data: bytes, shown: str) -> str:
    """UTF-8 text without a byte-order mark and with \\n line ends; TimelineError naming the bad byte otherwise."""
    if b"\x00" in data:
        raise TimelineError(Problem(shown, message="expected a text file, got binary data; "
                                    "remove the file or save it as UTF-8 text"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        raise TimelineError(Problem(shown, line, column, "",
                                    f"expected UTF-8 text, got byte 0x{data[err.start]:02x}; "
                                    "save the file as UTF-8")) from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    # Every other line break Unicode and YAML know (CR, NEL, line and paragraph separators) becomes \n,
    # so a sentence never carries a break that YAML would read back as something else.
    return text.translate(LINE_BREAKS)


KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a device"),
         (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket"))
LINK = ("expected a regular file, got a symbolic link; replace the link with the file itself (links are not "
        "followed, so that nothing outside the repository is read or published)")


def kind_of(mode: int) -> str:
    return next((name for test, name in KINDS if test(mode)), "a special file")


def read_bytes(path: Path, shown: str | None = None, limit: int = MAX_FILE_BYTES,
               what: str = "a file", fix: str = "split it into smaller files") -> bytes:
    """The bytes of a regular file that is not a symbolic link, at most `limit` of them; TimelineError otherwise
    (`what` and `fix` word the message for a file over the limit)."""
    shown = shown or display_path(path)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)           # O_NONBLOCK: opening a named pipe must not wait for a writer
    except FileNotFoundError:
        if os.path.islink(path):
            raise TimelineError(Problem(shown, message=LINK)) from None
        raise TimelineError(Problem(shown, message="expected a file here, got nothing; check the name")) from None
    except IsADirectoryError:
        raise TimelineError(Problem(shown, message="expected a file, got a folder")) from None
    except OSError as err:
        if err.errno == errno.ELOOP or os.path.islink(path):
            raise TimelineError(Problem(shown, message=LINK)) from None
        raise TimelineError(Problem(shown, message=f"cannot read the file: {err.strerror}")) from None
    try:
        status = os.fstat(fd)
        mode = status.st_mode
        if not stat.S_ISREG(mode):
            raise TimelineError(Problem(shown, message=f"expected a regular file, got {kind_of(mode)}; "
                                        "replace it with a text file, or remove it"))
        # The size is what is read, not what stat says (a file may grow while it is read).
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    except OSError as err:
        raise TimelineError(Problem(shown, message=f"cannot read the file: {err.strerror}")) from None
    finally:
        os.close(fd)
    if len(data) > limit:
        size = max(status.st_size, len(data))
        raise TimelineError(Problem(shown, message=f"expected {what} of at most {limit / 10**6:g} MB, "
                                    f"got {size / 10**6:.1f} MB; {fix}"))
    return data


def read_text(path: Path, shown: str | None = None, limit: int = MAX_FILE_BYTES, **wording: str) -> str:
    """A regular text file's UTF-8 text (see read_bytes and decode for what is refused, and the messages)."""
    shown = shown or display_path(path)
    return decode(read_bytes(path, shown, limit, **wording), shown)


def check_folder(path: Path, shown: str | None = None) -> None:
    """A folder the builder reads from or writes into must be a real folder, not a link to somewhere else."""
    if os.path.islink(path):
        raise TimelineError(Problem(shown or display_path(path), message="expected a folder, got a symbolic link; "
                                    "replace the link with the folder itself (links are not followed, so that "
                                    "nothing outside the repository is read, written or published)"))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder and rename: readers see the old or the new file, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600); give it the mode any new file would get, or keep the old one's.
        os.fchmod(fd, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
