"""Time the scale generator: N demo work orders into a fresh, migrated database.

    python benchmarks/demo_size.py [--size 1000000] [--database URL] [--language en]

Without --database, a new SQLite file in a temporary folder (deleted afterwards); a URL given must name an
empty database. Prints one JSON object:
{"size": N, "seconds": ..., "rows_per_second": ..., "peak_rss_mib": ...}
where rows are work orders and the peak resident set size is the whole process's.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.db.engine import Database, make_engine, parse_url  # noqa: E402
from desktop.db.migrate import upgrade  # noqa: E402
from desktop.demo import load_demo  # noqa: E402
from desktop.services.users import local_administrator  # noqa: E402

DEFAULT_SIZE = 1_000_000


def time_load(url: str, size: int, language: str) -> float:
    """Seconds taken by ``load_demo(..., size=size)`` on the database at ``url`` (migrated first)."""
    engine = make_engine(parse_url(url))
    try:
        upgrade(engine)
        db = Database(engine)
        local_administrator(db)
        start = time.perf_counter()
        load_demo(db, language, size=size)
        return time.perf_counter() - start
    finally:
        engine.dispose()


def peak_rss_mib() -> float:
    # ru_maxrss is in KiB on Linux (bytes on macOS).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE, help="work orders to make")
    parser.add_argument("--database", help="an empty database's URL (default: a temporary SQLite file)")
    parser.add_argument("--language", default="en", help="language of the demo texts")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bureau-demo-size-") as folder:
        url = args.database or f"sqlite:///{Path(folder) / 'bureau.sqlite'}"
        seconds = time_load(url, args.size, args.language)

    print(
        json.dumps(
            {
                "size": args.size,
                "seconds": round(seconds, 2),
                "rows_per_second": round(args.size / seconds),
                "peak_rss_mib": round(peak_rss_mib(), 1),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
