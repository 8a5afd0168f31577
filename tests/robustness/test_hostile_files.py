"""Files no one can commit to git but anyone can leave in a working copy: named pipes, devices, odd names.

Each would once hang a run, fill the memory or print raw terminal escapes; now each is refused with a message
naming it. (Committable attacks, links among them, are cases in bad_inputs/.)
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from builder.cli import main
from builder.errors import TimelineError
from builder.textio import read_bytes

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")

ARTICLE = "Officials said on Sunday that four people were killed by shelling in Kyiv.\n"
METADATA = "title: Kyiv\npublished: 2022-03-21\n"
ENTRY = "id: e\ndate: 2022-03-20\ncategory: shelling\ntitle: Kyiv shelled\nsummary: Four people were killed.\n"


def run(argv: list[str], capsys) -> tuple[int, str]:
    """Run the command line with a watchdog: a run that blocks on a pipe fails the test instead of hanging it."""
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(main(argv)), daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert result, f"{' '.join(argv)} did not finish: it is waiting on a pipe"
    out, err = capsys.readouterr()
    return result[0], out + err


@pytest.mark.parametrize("pipe", ["seeds/kyiv.txt", "seeds/kyiv.yml", "timeline/.manifest.json",
                                  "timeline/articles/kyiv.yml"])
def test_a_named_pipe_as_an_article_its_metadata_its_record_or_the_manifest_is_refused(pipe, in_tmp, capsys):
    """... before anything is written (a record was refused only after the entries had been)."""
    (in_tmp / "seeds").mkdir()
    (in_tmp / "timeline" / "articles").mkdir(parents=True)
    for name, text in (("seeds/kyiv.txt", ARTICLE), ("seeds/kyiv.yml", METADATA)):
        if name != pipe:
            (in_tmp / name).write_text(text, encoding="utf-8")
    os.mkfifo(in_tmp / pipe)
    code, shown = run(["extract", "--out", "timeline"], capsys)
    assert code == 1
    assert f"{pipe}: expected a regular file, got a named pipe; replace it with a text file, or remove it" in shown
    assert not any((in_tmp / "timeline").glob("*.yml"))


def test_a_named_pipe_as_an_entry_is_refused_by_check_and_by_extract(in_tmp, capsys):
    (in_tmp / "timeline").mkdir()
    (in_tmp / "timeline" / "e.yml").write_text(ENTRY, encoding="utf-8")
    os.mkfifo(in_tmp / "timeline" / "pipe.yml")
    code, shown = run(["check", "timeline"], capsys)
    assert (code, shown) == (1, "timeline/pipe.yml: expected a regular file, got a named pipe; replace it with a "
                                "text file, or remove it\n1 problem in 1 file\n")
    (in_tmp / "seeds").mkdir()
    (in_tmp / "seeds" / "kyiv.txt").write_text(ARTICLE, encoding="utf-8")
    (in_tmp / "seeds" / "kyiv.yml").write_text(METADATA, encoding="utf-8")
    code, shown = run(["extract", "--out", "timeline"], capsys)
    assert code == 1 and "timeline/pipe.yml: expected a regular file, got a named pipe" in shown
    assert sorted(p.name for p in (in_tmp / "timeline").iterdir()) == ["e.yml", "pipe.yml"]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_is_refused_before_anything_is_read():
    """The size limit once read the size from stat, which is 0 for a device: /dev/zero filled the memory."""
    with pytest.raises(TimelineError, match="expected a regular file, got a device"):
        read_bytes(Path("/dev/zero"), "seeds/a.txt")


def test_the_size_limit_holds_on_what_is_read(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 1001)
    with pytest.raises(TimelineError, match="expected a file of at most 0.001 MB, got 0.0 MB"):
        read_bytes(big, "big.txt", limit=1000)
    assert read_bytes(big, "big.txt", limit=1001) == b"x" * 1001


@pytest.mark.parametrize("name, shown", [("\x1b[2Jcleared.yml", "\\x1b[2Jcleared.yml"),
                                         ("two\nlines.yml", "two\\nlines.yml")])
def test_a_file_name_with_a_terminal_escape_or_a_line_break_is_printed_escaped(name, shown, in_tmp, capsys):
    (in_tmp / "timeline").mkdir()
    (in_tmp / "timeline" / name).write_text(ENTRY, encoding="utf-8")
    code, printed = run(["check", "timeline"], capsys)
    assert code == 1
    assert printed.startswith(f"timeline/{shown}:1:5: id: expected ")
    assert "\x1b" not in printed and printed.count("\n") == 2
