"""The helpdesk filter bar and the saved-views drop-down."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.db.engine import Database
from desktop.domain.listing import AssigneeChoice, ListFilter, Sort, SortField
from desktop.domain.workorders import OPEN_STATUSES, Impact, Kind, Priority, Status, WorkOrderType
from desktop.formatting import four_digit_years
from desktop.services import saved_filters
from desktop.services.users import local_administrator
from desktop.ui.helpdesk.filter_bar import DEBOUNCE_MS, FilterBar, OptionalDateEdit
from desktop.ui.helpdesk.saved_views import SavedViewsButton
from desktop.ui.i18n import translations

AGENTS = [(1, "Administrator"), (2, "Bea Dupont"), (3, "Claire Martin")]
CLIENTS = [(10, "Acme Facilities"), (20, "Zenith")]
BUILDINGS = [(101, "Annex", 10), (201, "Depot", 20), (102, "Tour Horizon", 10), (202, "Warehouse", 20)]

BUSY = ListFilter(
    statuses=frozenset({Status.NEW, Status.ON_HOLD}),
    types=frozenset({WorkOrderType.REACTIVE, WorkOrderType.QUOTE}),
    priorities=frozenset({Priority.URGENT}),
    impacts=frozenset({Impact.MAJOR, Impact.SITE_DOWN}),
    kinds=frozenset({Kind.INCIDENT}),
    assignee=AssigneeChoice.USER,
    assignee_id=3,
    client_id=20,
    building_id=201,
    created_from=date(2026, 1, 1),
    created_to=date(2026, 3, 31),
    due_from=date(2026, 2, 1),
    due_to=date(2026, 4, 30),
    overdue_only=True,
    text="leak",
    sort=Sort(SortField.DUE, descending=False),
)


class Recorder:
    def __init__(self, bar: FilterBar) -> None:
        self.filters: list[ListFilter] = []
        bar.filterChanged.connect(self.filters.append)

    @property
    def last(self) -> ListFilter:
        return self.filters[-1]


def make_bar(qtbot: QtBot, show: bool = False) -> tuple[FilterBar, Recorder]:
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_options(AGENTS, CLIENTS, BUILDINGS)
    if show:
        bar.resize(1280, 80)
        bar.show()
        qtbot.waitExposed(bar)
    return bar, Recorder(bar)


def items(combo: object) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count()) if combo.itemText(i)]  # type: ignore[attr-defined]


def choose(combo: object, data: object) -> None:
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0, data
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_the_bar_starts_on_the_defaults_and_emits_nothing(qtbot: QtBot) -> None:
    bar, emitted = make_bar(qtbot)
    assert bar.current_filter() == ListFilter()
    assert bar.statuses.text() == "Any status"
    assert bar.types.text() == "Any type"
    assert bar.priorities.text() == "Any priority"
    assert bar.assignee.currentText() == "Anyone"
    assert bar.client.currentText() == "Any client"
    assert bar.building.currentText() == "Any building"
    assert bar.created_from.text() == "Not set"
    assert bar.search.placeholderText() == "Search number, title, building"
    assert bar.search.isClearButtonEnabled()
    assert bar.error_message() == ""
    qtbot.wait(DEBOUNCE_MS * 2)
    assert emitted.filters == []


def test_typing_in_search_emits_once_after_the_pause(qtbot: QtBot) -> None:
    bar, emitted = make_bar(qtbot)
    qtbot.keyClicks(bar.search, "leak")
    assert emitted.filters == [], "typing never waits for the list"
    qtbot.waitUntil(lambda: len(emitted.filters) == 1, timeout=2000)
    qtbot.wait(DEBOUNCE_MS * 2)
    assert emitted.filters == [ListFilter(text="leak")]

    qtbot.keyClicks(bar.search, "s ")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    assert emitted.last == ListFilter(text="leaks"), "Enter applies at once, trimmed"
    qtbot.wait(DEBOUNCE_MS * 2)
    assert len(emitted.filters) == 2, "the pending pause was cancelled by Enter"


def test_typing_then_undoing_within_the_pause_emits_nothing(qtbot: QtBot) -> None:
    bar, emitted = make_bar(qtbot)
    qtbot.keyClicks(bar.search, "x")
    qtbot.keyClick(bar.search, Qt.Key.Key_Backspace)
    qtbot.wait(DEBOUNCE_MS * 3)
    assert emitted.filters == []


def test_choosing_statuses_types_and_priorities(qtbot: QtBot) -> None:
    bar, emitted = make_bar(qtbot)
    bar.statuses.value_actions[Status.NEW].trigger()
    assert emitted.last.statuses == {Status.NEW}
    assert bar.statuses.text() == "New"
    bar.statuses.value_actions[Status.ON_HOLD].trigger()
    assert emitted.last.statuses == {Status.NEW, Status.ON_HOLD}
    assert bar.statuses.text() == "New, On hold"
    bar.statuses.value_actions[Status.CLOSED].trigger()
    assert emitted.last.statuses == {Status.NEW, Status.ON_HOLD, Status.CLOSED}
    assert bar.statuses.text().startswith("3 status")
    assert bar.statuses.toolTip() == "New, On hold, Closed"
    assert not bar.statuses.any_action.isChecked()

    bar.statuses.any_action.trigger()
    assert emitted.last.statuses == frozenset()
    assert bar.statuses.text() == "Any status" and bar.statuses.any_action.isChecked()
    bar.open_statuses.trigger()
    assert emitted.last.statuses == OPEN_STATUSES
    assert bar.statuses.text() == "Open statuses" and bar.open_statuses.isChecked()

    bar.types.value_actions[WorkOrderType.PPM].trigger()
    bar.priorities.value_actions[Priority.URGENT].trigger()
    bar.priorities.value_actions[Priority.HIGH].trigger()
    assert emitted.last == ListFilter(
        statuses=OPEN_STATUSES, types=frozenset({WorkOrderType.PPM}),
        priorities=frozenset({Priority.URGENT, Priority.HIGH}),
    )
    assert bar.types.text() == "PPM"
    assert bar.priorities.text() == "Urgent, High"
    assert len(emitted.filters) == 8, "one emission per choice"


def test_choosing_impacts_and_kinds(qtbot: QtBot) -> None:
    bar, emitted = make_bar(qtbot)
    assert (bar.impacts.text(), bar.kinds.text()) == ("Any impact", "Any kind")
    assert [action.text() for action in bar.impacts.value_actions.values()] == [
        "No impact", "Minor", "Major", "Site down", "Server issue", "Crisis"
    ]
    bar.impacts.value_actions[Impact.SITE_DOWN].trigger()
    bar.impacts.value_actions[Impact.CRISIS].trigger()
    assert emitted.last.impacts == {Impact.SITE_DOWN, Impact.CRISIS}
    assert bar.impacts.text() == "Site down, Crisis"
    bar.impacts.value_actions[Impact.MAJOR].trigger()
    assert bar.impacts.text().startswith("3 impact")
    bar.kinds.value_actions[Kind.REQUEST].trigger()
    assert emitted.last == ListFilter(
        impacts=frozenset({Impact.SITE_DOWN, Impact.CRISIS, Impact.MAJOR}), kinds=frozenset({Kind.REQUEST})
    )
    assert bar.kinds.text() == "Request"
    bar.reset()
    assert emitted.last == ListFilter()
    assert (bar.impacts.text(), bar.kinds.text()) == ("Any impact", "Any kind")


def test_assignee_anyone_me_unassigned_or_an_agent(qtbot: QtBot) -> None:
    bar, emitted = make_bar(qtbot)
    assert items(bar.assignee) == ["Anyone", "Me", "Unassigned", "Administrator", "Bea Dupont", "Claire Martin"]
    choose(bar.assignee, AssigneeChoice.ME.value)
    assert emitted.last.assignee is AssigneeChoice.ME and emitted.last.assignee_id is None
    choose(bar.assignee, AssigneeChoice.UNASSIGNED.value)
    assert emitted.last.assignee is AssigneeChoice.UNASSIGNED
    choose(bar.assignee, 2)
    assert (emitted.last.assignee, emitted.last.assignee_id) == (AssigneeChoice.USER, 2)
    choose(bar.assignee, AssigneeChoice.ANYONE.value)
    assert emitted.last == ListFilter()


def test_the_client_restricts_the_buildings(qtbot: QtBot) -> None:
    bar, emitted = make_bar(qtbot)
    assert items(bar.building) == [
        "Any building", "Annex (Acme Facilities)", "Depot (Zenith)", "Tour Horizon (Acme Facilities)",
        "Warehouse (Zenith)",
    ]
    choose(bar.building, 201)
    assert emitted.last.building_id == 201 and emitted.last.client_id is None

    choose(bar.client, 10)
    assert items(bar.building) == ["Any building", "Annex", "Tour Horizon"]
    assert emitted.last.client_id == 10 and emitted.last.building_id is None, "Depot is Zenith's"
    choose(bar.building, 102)
    assert (emitted.last.client_id, emitted.last.building_id) == (10, 102)

    choose(bar.client, 20)
    assert items(bar.building) == ["Any building", "Depot", "Warehouse"]
    choose(bar.building, 202)
    choose(bar.client, None)
    assert bar.building.currentData() == 202, "a building stays chosen when any client is allowed again"
    assert (emitted.last.client_id, emitted.last.building_id) == (None, 202)


def test_a_client_is_chosen_by_typing_its_name(qtbot: QtBot) -> None:
    """The client and building lists are editable: a name typed chooses it; anything else is undone on leaving.

    (The text is set rather than typed key by key: the completer's popup would warn on the offscreen platform.)
    """
    bar, emitted = make_bar(qtbot, show=True)
    bar.activateWindow()
    qtbot.waitUntil(bar.isActiveWindow)
    line = bar.client.lineEdit()
    bar.client.setFocus()
    line.setText("zenith")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert bar.client.currentData() == 20 and emitted.last.client_id == 20

    line.setText("no such client")
    bar.search.setFocus()
    qtbot.waitUntil(lambda: line.text() == "Zenith")
    assert bar.current_filter().client_id == 20 and len(emitted.filters) == 1

    bar.building.setFocus()
    bar.building.lineEdit().setText("WAREHOUSE")
    bar.search.setFocus()
    qtbot.waitUntil(lambda: bar.building.currentData() == 202)
    assert emitted.last.building_id == 202
    assert bar.client.completer().filterMode() == Qt.MatchFlag.MatchContains


def test_a_reversed_date_range_is_explained_and_not_applied(qtbot: QtBot) -> None:
    bar, emitted = make_bar(qtbot)
    bar.created_from.setDate(QDate(2026, 3, 1))
    qtbot.waitUntil(lambda: len(emitted.filters) == 1, timeout=2000)
    bar.created_to.setDate(QDate(2026, 2, 1))
    qtbot.waitUntil(lambda: bar.error_message() != "", timeout=2000)
    assert bar.error_message() == "The start of a date range must not be after its end."
    assert bar.error.objectName() == "filterError" and not bar.error.isHidden()
    qtbot.wait(DEBOUNCE_MS * 2)
    bar.overdue.setChecked(True)
    assert len(emitted.filters) == 1, "nothing is applied while the range is reversed"

    bar.created_to.setDate(QDate(2026, 3, 31))
    qtbot.waitUntil(lambda: len(emitted.filters) == 2, timeout=2000)
    assert bar.error.isHidden() and bar.error_message() == ""
    assert emitted.last == ListFilter(created_from=date(2026, 3, 1), created_to=date(2026, 3, 31), overdue_only=True)

    bar.due_from.setDate(QDate(2026, 5, 2))
    bar.due_to.setDate(QDate(2026, 5, 1))
    qtbot.waitUntil(lambda: bar.error_message() != "", timeout=2000)
    bar.due_to.clear_value()
    qtbot.waitUntil(lambda: len(emitted.filters) == 3, timeout=2000)
    assert emitted.last.due_from == date(2026, 5, 2) and emitted.last.due_to is None


def test_a_date_can_be_typed_stepped_and_cleared_with_the_keyboard(qtbot: QtBot) -> None:
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setSpecialValueText("Not set")
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    changes: list[object] = []
    edit.valueChanged.connect(lambda: changes.append(edit.value()))
    assert edit.value() is None

    qtbot.keyClicks(edit, "05")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    today = date.today()
    assert edit.value() == today.replace(day=5), "typing starts from today's month and year"
    assert changes == [today.replace(day=5)], "reported once, when the typing is done"

    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.value() is None and edit.text() == "Not set"
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.value() == today, "stepping from 'not set' starts today"
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.value() == today
    assert changes[-3:] == [today, None, today]


def test_reset_returns_to_the_defaults_and_keeps_the_sort(qtbot: QtBot) -> None:
    bar, emitted = make_bar(qtbot)
    bar.set_filter(BUSY)
    qtbot.mouseClick(bar.reset_button, Qt.MouseButton.LeftButton)
    assert emitted.filters == [ListFilter(sort=BUSY.sort)]
    assert bar.current_filter() == ListFilter(sort=BUSY.sort)
    assert bar.search.text() == "" and bar.statuses.text() == "Any status"
    assert bar.assignee.currentText() == "Anyone" and bar.client.currentText() == "Any client"
    assert bar.created_from.value() is None and not bar.overdue.isChecked()
    qtbot.wait(DEBOUNCE_MS * 2)
    assert len(emitted.filters) == 1, "reset emits exactly once"


def test_a_reversed_range_is_cleared_by_reset(qtbot: QtBot) -> None:
    bar, emitted = make_bar(qtbot)
    bar.set_filter(ListFilter(due_from=date(2026, 5, 2), due_to=date(2026, 5, 1)))
    assert bar.error_message() != ""
    bar.reset()
    assert bar.error_message() == "" and emitted.filters == [ListFilter()]


def test_set_filter_shows_a_saved_filter_without_emitting(qtbot: QtBot) -> None:
    bar, emitted = make_bar(qtbot)
    bar.set_filter(BUSY)
    assert bar.current_filter() == BUSY
    assert bar.search.text() == "leak"
    assert bar.statuses.text() == "New, On hold"
    assert bar.types.text() == "Reactive, Quote"
    assert (bar.impacts.text(), bar.kinds.text()) == ("Major, Site down", "Incident")
    assert bar.assignee.currentText() == "Claire Martin"
    assert bar.client.currentText() == "Zenith"
    assert items(bar.building) == ["Any building", "Depot", "Warehouse"]
    assert bar.building.currentText() == "Depot"
    assert bar.overdue.isChecked()
    qtbot.wait(DEBOUNCE_MS * 2)
    assert emitted.filters == []

    bar.set_options(AGENTS[:1], CLIENTS, BUILDINGS)
    assert bar.current_filter() == BUSY, "new options keep what is chosen"
    assert bar.assignee.currentText() == "Unknown agent (3)"
    assert emitted.filters == []

    bar.overdue.setChecked(False)
    assert emitted.filters == [replace(BUSY, overdue_only=False)], "the sort given is kept in what is emitted"


def test_a_filter_given_before_the_options_round_trips(qtbot: QtBot) -> None:
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_filter(BUSY)
    assert bar.current_filter() == BUSY
    assert bar.client.currentText() == "Unknown client (20)"
    bar.set_options(AGENTS, CLIENTS, BUILDINGS)
    assert bar.current_filter() == BUSY
    assert bar.client.currentText() == "Zenith" and bar.building.currentText() == "Depot"


def test_focus_search_selects_the_text(qtbot: QtBot) -> None:
    bar, _ = make_bar(qtbot, show=True)
    bar.set_filter(ListFilter(text="boiler"))
    bar.focus_search()
    qtbot.waitUntil(bar.search.hasFocus)
    assert bar.search.selectedText() == "boiler"


def test_every_field_has_a_label_with_its_own_mnemonic(qtbot: QtBot) -> None:
    bar, _ = make_bar(qtbot)
    labels = [label for label in bar.findChildren(QLabel) if label.buddy() is not None]
    assert {label.buddy() for label in labels} == {
        bar.search, bar.statuses, bar.types, bar.priorities, bar.assignee, bar.client, bar.building,
        bar.impacts, bar.kinds, bar.created_from, bar.due_from,
    }
    texts = [label.text() for label in labels] + [bar.overdue.text(), bar.reset_button.text()]
    letters = [re.search(r"&(\w)", text).group(1).lower() for text in texts]  # type: ignore[union-attr]
    assert len(letters) == len(set(letters)), texts
    assert not {"f", "w", "v", "h"} & set(letters), "the main window's menus use these"
    for edit in bar.date_edits():
        assert edit.accessibleName() and edit.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_tab_follows_the_rows(qtbot: QtBot, sqlite_db: Database) -> None:
    bar, _ = make_bar(qtbot, show=True)
    button = SavedViewsButton(sqlite_db, local_administrator(sqlite_db), bar)
    bar.add_trailing_widget(button)
    bar.activateWindow()
    qtbot.waitUntil(bar.isActiveWindow)
    bar.focus_search()
    expected = [bar.search, bar.statuses, bar.types, bar.priorities, bar.impacts, bar.kinds, bar.assignee,
                bar.overdue, bar.client, bar.building, *bar.date_edits(), button, bar.reset_button, bar.search]
    seen = []
    for _ in expected:
        focused = QApplication.focusWidget()
        seen.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert [w.objectName() for w in seen] == [w.objectName() for w in expected]


def test_the_bar_fits_two_rows_at_1280_pixels(qtbot: QtBot) -> None:
    bar, _ = make_bar(qtbot, show=True)
    bar.set_filter(BUSY)
    assert bar.minimumSizeHint().width() <= 1280
    fields = [bar.search, bar.statuses, bar.types, bar.priorities, bar.impacts, bar.kinds, bar.assignee,
              bar.overdue, bar.client, bar.building, *bar.date_edits(), bar.reset_button]
    rows = {field.geometry().center().y() // 10 for field in fields}
    assert len(rows) == 2, rows
    for field in fields:
        assert bar.rect().contains(field.geometry()), field.objectName()


def test_the_date_pattern_keeps_four_digit_years() -> None:
    assert four_digit_years("M/d/yy") == "M/d/yyyy"
    assert four_digit_years("dd.MM.yy") == "dd.MM.yyyy"
    assert four_digit_years("dd/MM/yyyy") == "dd/MM/yyyy"


def test_the_bar_follows_the_language(qtbot: QtBot) -> None:
    bar, _ = make_bar(qtbot)
    bar.set_filter(ListFilter(statuses=frozenset({Status.NEW}), created_from=date(2026, 3, 1),
                              created_to=date(2026, 2, 1)))
    assert bar.statuses.text() == "New"
    translations().switch("fr")
    qtbot.waitUntil(lambda: bar.statuses.text() == "Nouveau")
    assert bar.statuses.value_actions[Status.ON_HOLD].text() == "En attente"
    assert bar.error_message() == "Le début d’une période ne peut pas être postérieur à sa fin."
    assert bar.created_from.displayFormat() == "dd/MM/yyyy"
    assert bar.created_from.value() == date(2026, 3, 1)


# --- saved views ------------------------------------------------------------------------------------------------


@pytest.fixture
def views(qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> tuple[SavedViewsButton, FilterBar]:
    bar, _ = make_bar(qtbot)
    button = SavedViewsButton(sqlite_db, local_administrator(sqlite_db), bar)
    bar.add_trailing_widget(button)
    answers: dict[str, object] = {"name": "Urgent", "confirm": True}
    button.errors = []  # type: ignore[attr-defined]
    monkeypatch.setattr(button, "ask_name", lambda: answers["name"])
    monkeypatch.setattr(button, "confirm", lambda question: answers["confirm"])
    monkeypatch.setattr(button, "show_error", lambda error: button.errors.append(button.error_text(error)))
    button.answers = answers  # type: ignore[attr-defined]
    return button, bar


def test_saving_showing_and_deleting_a_view(views: tuple[SavedViewsButton, FilterBar], sqlite_db: Database) -> None:
    button, bar = views
    actor = button.actor
    assert button.names() == []
    assert [a.text() for a in button.view_menu.actions() if a.text()][:1] == ["No saved views"]

    bar.set_filter(BUSY)
    button.save_current()
    assert saved_filters.list_views(sqlite_db, actor) == ["Urgent"]
    assert saved_filters.load_view(sqlite_db, actor, "Urgent") == BUSY
    assert button.names() == ["Urgent"]

    emitted = Recorder(bar)
    chosen: list[ListFilter] = []
    button.viewChosen.connect(chosen.append)
    bar.reset()
    button.view_actions["Urgent"].trigger()
    assert bar.current_filter() == BUSY
    assert emitted.last == BUSY and chosen == [BUSY]

    button.delete_menu.actions()[0].trigger()
    assert saved_filters.list_views(sqlite_db, actor) == [] and button.names() == []
    assert button.errors == []  # type: ignore[attr-defined]


def test_replacing_a_view_asks_first(views: tuple[SavedViewsButton, FilterBar], sqlite_db: Database) -> None:
    button, bar = views
    bar.set_filter(BUSY)
    button.save_current()
    bar.set_filter(ListFilter(text="other"))
    button.answers["name"] = "urgent"  # type: ignore[attr-defined]
    button.answers["confirm"] = False  # type: ignore[attr-defined]
    button.save_current()
    assert saved_filters.load_view(sqlite_db, button.actor, "Urgent") == BUSY
    button.answers["confirm"] = True  # type: ignore[attr-defined]
    button.save_current()
    assert saved_filters.load_view(sqlite_db, button.actor, "Urgent") == ListFilter(text="other")
    assert button.names() == ["urgent"]


def test_view_errors_are_shown_translated(views: tuple[SavedViewsButton, FilterBar], sqlite_db: Database) -> None:
    button, bar = views
    button.answers["name"] = "x" * 101  # type: ignore[attr-defined]
    button.save_current()
    assert button.errors == ["A view name must not be longer than 100 characters."]  # type: ignore[attr-defined]
    button.answers["name"] = None  # type: ignore[attr-defined]
    button.save_current()
    button.show_view("Gone")
    assert button.errors[-1] == "There is no saved view named Gone."  # type: ignore[attr-defined]
    assert saved_filters.list_views(sqlite_db, button.actor) == []


def test_the_views_button_sits_in_the_bar(views: tuple[SavedViewsButton, FilterBar]) -> None:
    button, bar = views
    assert button.parentWidget() is bar
    assert bar.second.indexOf(button) == bar.second.indexOf(bar.reset_button) - 1
    assert isinstance(button, QAbstractButton) and button.text() == "Vi&ews"


def test_space_ticks_a_menu_entry_and_keeps_the_menu_for_the_next(qtbot: QtBot) -> None:
    bar, emitted = make_bar(qtbot)
    menu = bar.priorities.menu_
    for priority in (Priority.URGENT, Priority.HIGH):
        menu.setActiveAction(bar.priorities.value_actions[priority])
        qtbot.keyClick(menu, Qt.Key.Key_Space)
    assert emitted.last.priorities == {Priority.URGENT, Priority.HIGH}
    assert bar.priorities.text() == "Urgent, High"
