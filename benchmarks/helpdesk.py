"""The helpdesk list at a million work orders: page queries, model updates, start time and memory.

    python benchmarks/helpdesk.py [--database PATH] [--size 1000000] [--runs 21]

Creates the SQLite database on first use (demo data of --size orders; about 80 s at a million), then reuses
it. Prints one JSON object; times are medians in milliseconds. Each page query is shown three ways:
- raw_ms: the same SQL run with the sqlite3 module directly, fetching the same rows (the floor);
- statement_ms: Bureau's cached SQLAlchemy Core statement, executed and fetched;
- page_ms: Bureau's page function (statement, plus turning the rows into ListRow values).
model_ms is from a filter or sort change to the item model holding its new first page (the count arrives
later from a worker thread: count_ms). Start times are of whole processes that show a window, grab it to a
PNG and exit: Bureau on this database against a bare PySide6 window. Memory is the peak resident set size
of Bureau with the list open and scrolled to the end.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import event  # noqa: E402

from desktop.db.engine import Database, make_engine  # noqa: E402
from desktop.db.migrate import upgrade  # noqa: E402
from desktop.domain.listing import SEARCH_MAX_LENGTH, ListFilter, Sort, SortField  # noqa: E402
from desktop.domain.workorders import Status  # noqa: E402
from desktop.services import helpdesk  # noqa: E402
from desktop.services.helpdesk import ListQuery  # noqa: E402

DEFAULT_DATABASE = ROOT / "benchmarks" / "data" / "helpdesk-1m.sqlite"
PAGE = 100

SCENARIOS: dict[str, tuple[ListFilter, bool]] = {
    # name: (filter, read from the end?)
    "open": (ListFilter(), False),
    "sort_by_due_date": (ListFilter(sort=Sort(SortField.DUE, descending=False)), False),
    "status_filter": (ListFilter(statuses=frozenset({Status.ON_HOLD, Status.AWAITING_VERIFICATION})), False),
    "text_search_common": (ListFilter(text="fire"), False),
    "text_search_rare": (ListFilter(text="100777"), False),
    # The longest text the search takes, made of a common word: every trigram of it is frequent.
    "text_search_longest": (ListFilter(text=("pump " * 40)[:SEARCH_MAX_LENGTH].strip()), False),
    "jump_to_end": (ListFilter(), True),
}


def median_ms(work: Callable[[], Any], runs: int) -> float:
    work()  # warm the caches: every figure is of a repeated run
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 3)


def ensure_database(path: Path, size: int) -> None:
    if path.exists():
        return
    from desktop.demo import load_demo
    from desktop.services.users import local_administrator

    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    db = Database(engine)
    local_administrator(db)
    load_demo(db, "en", size=size)
    db.dispose()


def driver_sql(connection: Any, statement: Any, params: dict[str, Any]) -> tuple[str, Any]:
    """The SQL text and values exactly as SQLAlchemy hands them to the driver for this statement."""
    seen: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, sql: str, parameters: Any, context: Any, executemany: bool) -> None:
        seen.append((sql, parameters))

    event.listen(connection, "before_cursor_execute", capture)
    try:
        connection.execute(statement, params).fetchall()
    finally:
        event.remove(connection, "before_cursor_execute", capture)
    return seen[-1]


def page_queries(db: Database, path: Path, runs: int) -> dict[str, Any]:
    results: dict[str, Any] = {}
    raw = sqlite3.connect(path)
    with db.engine.connect() as connection:
        for name, (list_filter, from_end) in SCENARIOS.items():
            query = helpdesk.prepare(connection, ListQuery.of(list_filter, None))
            shape, values = helpdesk._shape_and_values(query)  # noqa: SLF001
            values = helpdesk._bind_values(values)  # noqa: SLF001
            ascending = query.descending == from_end
            segment = helpdesk._segments(query, not from_end)[0]  # noqa: SLF001
            statement = helpdesk._page_statement(shape, "sqlite", query.sort, segment, ascending, False)  # noqa: SLF001
            params = {**values, "page_limit": PAGE}
            sql, positional = driver_sql(connection, statement, params)

            def run_page(query: ListQuery = query, from_end: bool = from_end) -> None:
                read = helpdesk.page_before if from_end else helpdesk.page_after
                read(connection, query, None, PAGE)

            raw_ms = median_ms(lambda sql=sql, positional=positional: raw.execute(sql, positional).fetchall(), runs)
            statement_ms = median_ms(
                lambda statement=statement, params=params: connection.execute(statement, params).fetchall(), runs
            )
            page_ms = median_ms(run_page, runs)
            results[name] = {
                "raw_ms": raw_ms,
                "statement_ms": statement_ms,
                "page_ms": page_ms,
                "statement_vs_raw": round(statement_ms / raw_ms, 2),
                "page_vs_raw": round(page_ms / raw_ms, 2),
                "text_mode": query.text_mode.value if query.text_mode else None,
            }
    raw.close()
    return results


def model_updates(db: Database, runs: int) -> dict[str, Any]:
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.helpdesk.model import HelpdeskModel
    from desktop.ui.i18n import translations

    app = QApplication.instance() or QApplication([])
    translations().switch("en")
    model = HelpdeskModel(db, None)
    results: dict[str, Any] = {}
    for name, (list_filter, _) in SCENARIOS.items():
        if name == "jump_to_end":
            continue
        model_ms = median_ms(lambda list_filter=list_filter: model.set_filter(list_filter), runs)
        counts = []
        for _ in range(3):
            timer = QElapsedTimer()
            timer.start()
            model.set_filter(list_filter)
            while not model.count_known:
                app.processEvents()
            counts.append(timer.elapsed())
        results[name] = {"model_ms": model_ms, "count_ms": statistics.median(counts)}
    model.wait_for_workers()
    return results


BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1360, 780)
window.show()
def shoot():
    window.grab().save(sys.argv[1], "PNG")
    app.exit(0)
QTimer.singleShot(0, shoot)
sys.exit(app.exec())
"""

SCROLLED_TO_END = """
import resource, sys
from PySide6.QtWidgets import QApplication
from desktop.db.engine import Database, make_engine
from desktop.domain.listing import ListFilter
from desktop.services.users import local_administrator
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.i18n import translations
app = QApplication([])
translations().switch("en")
db = Database(make_engine(sys.argv[1]))
window = MainWindow(db, local_administrator(db), Settings())
window.show_filter(ListFilter())
window.show()
while not window.model.count_known:
    app.processEvents()
window.table.scrollToBottom()
last = window.model.rowCount() - 1
while window.model.number_at(last) is None:
    app.processEvents()
app.processEvents()
window.model.wait_for_workers()
print(window.model.rowCount(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def start_times(path: Path, runs: int) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BUREAU_LANG": "en"}
    with tempfile.TemporaryDirectory() as folder:
        env["BUREAU_DATA_DIR"] = folder
        shot = str(Path(folder) / "shot.png")

        def timed(command: list[str]) -> float:
            start = time.perf_counter()
            subprocess.run(command, check=True, env=env, capture_output=True)
            return time.perf_counter() - start

        bureau = [sys.executable, "-m", "desktop", "--database", str(path), "--screenshot", shot]
        bare = [sys.executable, "-c", BARE_WINDOW, shot]
        timed(bureau)  # warm the file cache
        bureau_ms = statistics.median(timed(bureau) for _ in range(runs)) * 1000
        bare_ms = statistics.median(timed(bare) for _ in range(runs)) * 1000
        result = subprocess.run(
            [sys.executable, "-c", SCROLLED_TO_END, f"sqlite:///{path}"],
            check=True,
            env=env,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
    rows, peak = result.stdout.split()
    return {
        "bureau_screenshot_ms": round(bureau_ms),
        "bare_window_ms": round(bare_ms),
        "start_vs_bare": round(bureau_ms / bare_ms, 2),
        "rows_listed": int(rows),
        "peak_rss_scrolled_to_end_mib": round(float(peak), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, default=DEFAULT_DATABASE)
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    ensure_database(args.database, args.size)
    engine = make_engine(f"sqlite:///{args.database}")
    upgrade(engine)
    db = Database(engine)
    report = {
        "database": str(args.database),
        "page_rows": PAGE,
        "first_page": page_queries(db, args.database, args.runs),
        "model": model_updates(db, args.runs),
        "start": start_times(args.database, max(3, args.runs // 4)),
    }
    db.dispose()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
