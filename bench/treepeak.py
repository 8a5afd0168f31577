"""Run a command; write its wall time, CPU time and the peak of its whole process tree's memory to a file.

    python -m bench.treepeak OUT.json -- COMMAND...

bench/peak.py reads ru_maxrss, which is the largest single process, not the tree: a build that starts Pagefind
while holding its own pages has both alive at once, and what the machine must hold is their sum. This samples
the resident memory of the command and all its descendants every 20 ms (/proc) and keeps the largest sum.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
INTERVAL = 0.02


def children_of() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        parent = int(stat[stat.rindex(b")") + 2:].split()[1])
        tree.setdefault(parent, []).append(int(name))
    return tree


def cmdline(pid: int) -> bytes | None:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read()
    except OSError:
        return None


def tree_rss_kb(root: int) -> int:
    """Resident memory of `root` and every process below it, in KB. A child that has not yet exec'd (its command
    line still its parent's) is the parent's memory, not more of it: subprocess starts children with vfork, and
    for those few milliseconds /proc shows the parent's whole memory twice (a 300 MB build seemed 600 MB)."""
    tree, total, todo = children_of(), 0, [(root, None)]
    while todo:
        pid, parent_cmdline = todo.pop()
        own = cmdline(pid)
        if own is not None and own == parent_cmdline:
            continue
        try:
            with open(f"/proc/{pid}/statm", "rb") as f:
                total += int(f.read().split()[1]) * PAGE_KB
        except (OSError, IndexError, ValueError):
            pass
        todo += [(child, own) for child in tree.get(pid, [])]
    return total


def main(argv: list[str]) -> int:
    out, command = Path(argv[0]), argv[argv.index("--") + 1:]
    start = time.perf_counter()
    child = subprocess.Popen(command, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss_kb(child.pid))
            time.sleep(INTERVAL)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda number, _frame: child.send_signal(number))
    while True:
        try:
            _, status, usage = os.wait4(child.pid, 0)
            break
        except InterruptedError:
            continue
    done.set()
    sampler.join()
    seconds = time.perf_counter() - start
    out.write_text(json.dumps({"seconds": seconds, "cpu_seconds": usage.ru_utime + usage.ru_stime,
                               "tree_peak_mb": peak[0] / 1024, "peak_mb": usage.ru_maxrss / 1024}),
                   encoding="utf-8")
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
