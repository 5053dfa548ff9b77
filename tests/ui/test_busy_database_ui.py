"""A dialog whose save meets a database held by another program: it says so, keeps the input, writes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import desktop.db.engine as engine_module
from desktop.db.engine import Database, make_engine
from desktop.db.migrate import upgrade
from desktop.services.users import local_administrator
from desktop.services.workorder_detail import get_detail
from desktop.ui.i18n import translations
from desktop.ui.workorder.action_dialogs import CommentDialog
from tests.factories import client_with_building, reactive_orders
from tests.service.test_busy_and_slow import write_locked


@pytest.fixture
def impatient_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 200)
    engine = make_engine(f"sqlite:///{tmp_path / 'bureau.sqlite'}")
    upgrade(engine)
    db = Database(engine)
    yield db
    db.dispose()


@pytest.mark.parametrize(
    ("language", "fragment"),
    [("en", "The database is busy"), ("fr", "La base de données est occupée")],
)
def test_the_comment_dialog_says_the_database_is_busy_and_keeps_the_comment(
    qtbot: QtBot, impatient_db: Database, tmp_path: Path, language: str, fragment: str
) -> None:
    admin = local_administrator(impatient_db)
    (number,) = reactive_orders(impatient_db, admin, client_with_building(impatient_db), 1)
    translations().switch(language)
    dialog = CommentDialog(impatient_db, admin, get_detail(impatient_db, admin, number))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText("Called the caretaker: back tomorrow")

    with write_locked(tmp_path / "bureau.sqlite"):
        dialog.accept()

    assert dialog.isVisible()
    assert fragment in dialog.error.text()
    assert dialog.text.toPlainText() == "Called the caretaker: back tomorrow"
    assert len(get_detail(impatient_db, admin, number).activity) == 1  # only its creation
    dialog.accept()  # the other program is done: the same input goes through
    assert not dialog.isVisible()
    assert len(get_detail(impatient_db, admin, number).activity) == 2
