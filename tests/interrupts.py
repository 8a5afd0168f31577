"""A run stopped at its n-th write or removal, as a process dying there would be (a full disk, a kill)."""
from __future__ import annotations

import os
import pathlib
from collections.abc import Callable


class Crash(Exception):
    """Stands for the process dying: nothing after it runs."""


def stopped_at(step: int, run: Callable[[], object], monkeypatch) -> bool:
    """Run `run` with every os.replace and Path.unlink after the first `step` raising Crash; whether it finished.
    (Undoes the test's monkeypatches afterwards, as each caller did by hand.)"""
    real_replace, real_unlink = os.replace, pathlib.Path.unlink
    calls = 0

    def counting(real):
        def wrapper(*args, **kwargs):
            nonlocal calls
            calls += 1
            if calls > step:
                raise Crash()
            return real(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(os, "replace", counting(real_replace))
    monkeypatch.setattr(pathlib.Path, "unlink", counting(real_unlink))
    try:
        run()
        return True
    except Crash:
        return False
    finally:
        monkeypatch.undo()
