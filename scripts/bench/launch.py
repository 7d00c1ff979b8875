"""Run one command and write its own wall time, CPU time and peak RSS as JSON.

`python -I -S launch.py OUT CMD...` runs CMD and writes {"wall", "cpu",
"rss_kb"} to OUT; its exit status is CMD's.

Why a launcher: Linux keeps a process's peak RSS across exec (the larger of
the old and the new address space's high-water mark), so a command spawned
straight from the bench, which holds a few hundred MB, reports at least the
bench's own peak. This process is a few MB, so the command it spawns starts
from that. It imports nothing of the bench for the same reason.
"""

import json
import os
import sys
import time


def main(out: str, cmd: list[str]) -> int:
    start = time.perf_counter()
    pid = os.posix_spawnp(cmd[0], cmd, os.environ)
    _, status, usage = os.wait4(pid, 0)  # the command and its waited-for descendants
    wall = time.perf_counter() - start
    with open(out, "w", encoding="utf-8") as f:
        # ru_maxrss is in kilobytes on Linux.
        json.dump({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_kb": usage.ru_maxrss}, f)
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
