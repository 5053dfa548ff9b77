"""After *File > My account*, every part of the main window acts as the agent now saved (name and language)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.db.engine import Database
from desktop.domain.listing import ListFilter
from desktop.domain.transitions import Action
from desktop.services import bulk_actions
from desktop.services.actor import Actor
from desktop.services.users import local_administrator
from desktop.ui.admin.my_account_dialog import MyAccountDialog
from desktop.ui.helpdesk.bulk import BulkJob, BulkKind
from desktop.ui.main_window import MainWindow
from desktop.ui.neworder.dialog import NewWorkOrderDialog
from desktop.ui.settings import Settings
from tests.bulk_factories import many_orders
from tests.factories import client_with_building
from tests.ui.modal import when_dialog_opens

WAIT_MS = 60_000

# The Agents and roles window is raised when opened, which the offscreen platform does not support.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support propagate")


def held_actors(window: MainWindow) -> list[tuple[str, Actor]]:
    """Every Actor a part of the window holds, with the part's class name."""
    found = []
    for holder in (window, *window.findChildren(QObject)):
        for name in ("actor", "_actor"):
            held = getattr(holder, name, None)
            if isinstance(held, Actor):
                found.append((f"{type(holder).__name__}.{name}", held))
    return found


def rename_me(window: MainWindow, name: str, language: str) -> None:
    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, MyAccountDialog)
        dialog.display_name.setText(name)
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[union-attr]

    when_dialog_opens(rename)
    window.administration.my_account_action.trigger()


def test_after_my_account_the_whole_window_acts_as_the_renamed_agent(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = local_administrator(sqlite_db)
    orders = many_orders(sqlite_db, client_with_building(sqlite_db), 2)
    window = MainWindow(sqlite_db, admin, Settings())
    qtbot.addWidget(window)
    window.show_filter(ListFilter())
    qtbot.waitUntil(lambda: window.model.count_known)
    window.administration.open_administration()  # open before the change: it follows it too
    assert {part for part, _ in held_actors(window)} >= {
        "MainWindow.actor",
        "BulkActions.actor",
        "BulkRunner._actor",
        "NewOrderLauncher.actor",
        "DirectoryTools.actor",
        "AdministrationTools.actor",
        "AgentsPage.actor",
    }

    rename_me(window, "Sophie Lefèvre", "fr")

    stale = [
        part for part, actor in held_actors(window) if (actor.display_name, actor.language) != ("Sophie Lefèvre", "fr")
    ]
    assert stale == []
    assert window.database_label.text().startswith("Sophie Lefèvre ")

    # A bulk status change reaches the services as the renamed agent (their name on the emails it sends).
    seen: list[Actor] = []
    real = bulk_actions.bulk_transition

    def spy(db: Database, actor: Actor, *args: Any, **kwargs: Any) -> Any:
        seen.append(actor)
        return real(db, actor, *args, **kwargs)

    monkeypatch.setattr(bulk_actions, "bulk_transition", spy)
    monkeypatch.setattr(
        window.bulk, "ask", lambda _dialog: BulkJob(BulkKind.STATUS, action=Action.START, text="On site")
    )
    window.table.selectRow(0)
    with qtbot.waitSignal(window.bulk.runner.finished, timeout=WAIT_MS) as finished:
        window.bulk.status_action.trigger()
    assert finished.args[1].done in ([orders[0]], [orders[1]])
    assert [(actor.display_name, actor.language) for actor in seen] == [("Sophie Lefèvre", "fr")]

    # So does a new work order.
    opened: list[Actor] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, NewWorkOrderDialog)
        opened.append(dialog.actor)
        dialog.done(QDialog.DialogCode.Rejected)

    when_dialog_opens(look)
    window.order_intake.new_order()
    assert [actor.display_name for actor in opened] == ["Sophie Lefèvre"]
