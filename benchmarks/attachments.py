"""Attachments: attaching a 25 MB file, and opening a work order that has 200 attachments.

    python benchmarks/attachments.py [--runs 3] [--size-mb 25] [--attachments 200] [--postgres URL]

Each run makes a new SQLite file (and, with --postgres, a new schema on that server, dropped afterwards), then
measures:
- attach_s: reading a file of --size-mb MB from the disk in chunks, hashing it, checking its type and storing it
  in the database with its activity entry (what the worker does for a file dropped on an order);
- attach_peak_mb: the peak growth of Python's memory while attaching (tracemalloc), in MB; the database's own
  copy of the content in C (SQLite's, libpq's) is not traced; attach_peak_times_file is that peak over the file's
  size; attach_rss_peak_growth_mb the growth of the process's peak resident memory (Linux), which counts them,
  and attach_rss_peak_times_file that growth over the file's size (memory freed earlier is first given back to
  the system, glibc's malloc_trim, so that memory used again counts);
- read_s, read_peak_times_file, read_rss_peak_times_file: the same for reading the stored file back whole (what
  opening or saving the attachment does);
- open_order_ms: reading and showing an order with --attachments attachments and 1,000 activity entries (the
  order's view made with every tab, its Attachments tab listed), the median of 5 after a first view is made;
- attachments_tab_ms: of that, reading and listing the Attachments tab again;
- list_attachments_ms: reading the list of its attachments alone.
Prints one JSON object with the median of each figure.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shiboken6  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from benchmarks.bulk import postgres_database, sqlite_database  # noqa: E402
from desktop.db.engine import Database  # noqa: E402
from desktop.db.models import ActivityEntry, WorkOrder  # noqa: E402
from desktop.domain.workorders import ActivityKind  # noqa: E402
from desktop.services.attachments import attach_file, attach_path, list_attachments  # noqa: E402
from desktop.services.stored_files import read_file  # noqa: E402
from desktop.services.users import local_administrator  # noqa: E402
from desktop.services.workorder_detail import get_detail  # noqa: E402
from desktop.ui.workorder.detail_view import WorkOrderDetailView  # noqa: E402
from tests.factories import client_with_building, reactive_orders  # noqa: E402

MB = 1024 * 1024
ACTIVITY_ENTRIES = 1000
OPENINGS = 5


def big_pdf(folder: Path, size: int) -> Path:
    path = folder / "drawings.pdf"
    with path.open("wb") as stream:
        stream.write(b"%PDF-1.7\n")
        left = size - 9
        while left > 0:
            chunk = os.urandom(min(left, 4 * MB))
            stream.write(chunk)
            left -= len(chunk)
    return path


def _status(field: str) -> int | None:
    """A figure of /proc/self/status in bytes (Linux), None elsewhere."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def _reset_peak_rss() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _give_back_free_memory() -> None:
    """Return the C heap's free pages to the system (glibc): memory an earlier run freed is not counted as used."""
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _measured(step: Callable[[], Any], size: int, name: str, figures: dict[str, float]) -> Any:
    """Run ``step``, put its time and memory figures (see the module's description) under ``name``; its result."""
    _give_back_free_memory()
    _reset_peak_rss()
    rss_before = _status("VmRSS")
    tracemalloc.start()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    start = time.perf_counter()
    result = step()
    figures[f"{name}_s"] = round(time.perf_counter() - start, 3)
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    figures[f"{name}_peak_mb"] = round(peak / MB, 1)
    figures[f"{name}_peak_times_file"] = round(peak / size, 2)
    rss_peak = _status("VmHWM")
    if rss_before is not None and rss_peak is not None:
        figures[f"{name}_rss_peak_growth_mb"] = round((rss_peak - rss_before) / MB, 1)
        figures[f"{name}_rss_peak_times_file"] = round((rss_peak - rss_before) / size, 2)
    return result


def one_run(db: Database, size_mb: int, attachments: int) -> dict[str, float]:
    actor = local_administrator(db)
    building = client_with_building(db)
    first, second = reactive_orders(db, actor, building, 2)
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = big_pdf(Path(folder), size_mb * MB)
        attached = _measured(lambda: attach_path(db, actor, first, path), size_mb * MB, "attach", figures)
        assert attached is not None and attached.size == size_mb * MB
        content = _measured(lambda: read_file(db, attached.sha256), size_mb * MB, "read", figures)
        assert len(content) == size_mb * MB
        del content

    for index in range(attachments):
        attach_file(db, actor, second, f"page {index}.pdf", b"%PDF-1.4\n" + str(index).encode() * 200)
    with db.transaction() as session:
        order = session.query(WorkOrder).filter_by(number=second).one()
        for index in range(ACTIVITY_ENTRIES - attachments):
            session.add(ActivityEntry(work_order=order, kind=ActivityKind.COMMENT, text=f"Note {index}"))
    app = QApplication.instance() or QApplication([])
    shiboken6.delete(WorkOrderDetailView(db, actor, get_detail(db, actor, first)))  # Qt's first widgets made
    opening, tab = [], []
    for _ in range(OPENINGS):
        start = time.perf_counter()
        view = WorkOrderDetailView(db, actor, get_detail(db, actor, second))
        app.processEvents()
        opening.append(time.perf_counter() - start)
        panel = view.attachments_panel
        assert panel.table.rowCount() == attachments
        start = time.perf_counter()
        panel.refresh()
        tab.append(time.perf_counter() - start)
        shiboken6.delete(view)
    figures["open_order_ms"] = round(statistics.median(opening) * 1000, 1)
    figures["attachments_tab_ms"] = round(statistics.median(tab) * 1000, 1)
    start = time.perf_counter()
    assert len(list_attachments(db, second)) == attachments
    figures["list_attachments_ms"] = round((time.perf_counter() - start) * 1000, 1)
    return figures


def measure(make: Callable[[], Any], size_mb: int, attachments: int, runs: int) -> dict[str, float]:
    results = []
    for _ in range(runs):
        with make() as db:
            results.append(one_run(db, size_mb, attachments))
    return {name: statistics.median(result[name] for result in results) for name in results[0]}


@contextmanager
def _sqlite() -> Iterator[Database]:
    with sqlite_database() as db:
        yield db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size-mb", type=int, default=25)
    parser.add_argument("--attachments", type=int, default=200)
    parser.add_argument("--postgres", help="also measure on this PostgreSQL server (a schema per run)")
    args = parser.parse_args()
    report: dict[str, Any] = {
        "file_mb": args.size_mb,
        "attachments": args.attachments,
        "activity_entries": ACTIVITY_ENTRIES,
        "runs": args.runs,
        "sqlite": measure(_sqlite, args.size_mb, args.attachments, args.runs),
    }
    if args.postgres:
        base = make_url(args.postgres)
        report["postgres"] = measure(lambda: postgres_database(base), args.size_mb, args.attachments, args.runs)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
