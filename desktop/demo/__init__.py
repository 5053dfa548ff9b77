"""Demo data, built on the services and the PPM planner like any other client of them.

``load_demo(db)`` fills an empty database with a coherent portfolio in the user's language;
``load_demo(db, size=N)`` makes N work orders for scale work.
"""

from desktop.demo.load import DEFAULT_SEED, DEMO_LOGIN, DEMO_PASSWORD, MAX_SIZE, DemoSummary, load_demo

__all__ = ["DEFAULT_SEED", "DEMO_LOGIN", "DEMO_PASSWORD", "MAX_SIZE", "DemoSummary", "load_demo"]
