"""Run a command; write its wall time and peak memory to a file. `python -m bench.peak OUT -- COMMAND...`

Why a separate process: Linux counts, in a child's peak memory (ru_maxrss), the size of the process it was
started from (subprocess starts children with vfork, and exec keeps the old high-water mark). Started from the
benchmark, which holds a 10,000-entry timeline in memory, every child would seem at least that big. Started
from this small process, the measure is the command's own.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    out, command = Path(argv[0]), argv[argv.index("--") + 1:]
    start = time.perf_counter()
    # A background job of a shell starts with Ctrl-C ignored, and Python then never turns it into
    # KeyboardInterrupt: give the command the default back, so that a forwarded SIGINT stops `mkdocs serve`.
    child = subprocess.Popen(command, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    for sig in (signal.SIGINT, signal.SIGTERM):              # pass a Ctrl-C on (mkdocs serve cleans up on it)
        signal.signal(sig, lambda number, _frame: child.send_signal(number))
    while True:
        try:
            _, status, usage = os.wait4(child.pid, 0)
            break
        except InterruptedError:
            continue
    seconds = time.perf_counter() - start
    out.write_text(json.dumps({"seconds": seconds, "peak_mb": usage.ru_maxrss / 1024}), encoding="utf-8")
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
