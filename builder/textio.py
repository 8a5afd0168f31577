"""Reading user text files with clear errors, and writing files atomically."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from builder.errors import Problem, TimelineError

LINE_BREAKS = str.maketrans({"\r": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})


def display_path(path: Path) -> str:
    """The path as a user would type it: relative to the working folder when inside it."""
    try:
        shown = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if shown.startswith("..") else shown


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


def read_text(path: Path) -> str:
    shown = display_path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise TimelineError(Problem(shown, message="expected a file here, got nothing; check the name")) from None
    except IsADirectoryError:
        raise TimelineError(Problem(shown, message="expected a file, got a folder")) from None
    except OSError as err:
        raise TimelineError(Problem(shown, message=f"cannot read the file: {err.strerror}")) from None
    return decode(data, shown)


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
