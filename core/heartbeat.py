"""`python -m core.heartbeat [FILE] [--max-age SECONDS]`: exit 0 when FILE was touched recently, 1 otherwise.

Beat's health check in docker-compose; it needs no Django set-up, so it is cheap to run every few seconds.
"""

from __future__ import annotations

import argparse
import os
import sys
import time


def heartbeat_age(path: str) -> float | None:
    try:
        return time.time() - os.stat(path).st_mtime
    except OSError:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    default = os.environ.get("CELERY_BEAT_HEARTBEAT_FILE", "/tmp/celery-beat-heartbeat")  # noqa: S108
    parser.add_argument("file", nargs="?", default=default)
    parser.add_argument("--max-age", type=float, default=120.0)
    options = parser.parse_args(argv)
    age = heartbeat_age(options.file)
    if age is None:
        print(f"no heartbeat at {options.file}")
        return 1
    if age > options.max_age:
        print(f"heartbeat is {age:.0f}s old (limit {options.max_age:.0f}s)")
        return 1
    print(f"heartbeat {age:.0f}s old")
    return 0


if __name__ == "__main__":
    sys.exit(main())
