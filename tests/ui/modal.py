"""Driving modal dialogs from a test: they run their own event loop, so act on them from a timer."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.workorder import action_dialogs


def when_dialog_opens(act: Callable[[QWidget], None]) -> list[QWidget]:
    """Run ``act`` on the next modal dialog as soon as it is shown; the dialogs seen are appended to the list."""
    seen: list[QWidget] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, poll)
    return seen


def answer_reload_offers(monkeypatch: pytest.MonkeyPatch, *answers: bool) -> list[str]:
    """Answer the next boxes offering to reload a changed order with Reload (True) or Cancel (False), in turn;
    returns the texts they showed."""
    shown: list[str] = []
    queue = list(answers)

    def ask(_parent: QWidget, _title: str, text: str) -> bool:
        shown.append(text)
        return queue.pop(0)

    monkeypatch.setattr(action_dialogs, "ask_to_reload", ask)
    return shown
