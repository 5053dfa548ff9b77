"""*Reply templates* in the administration window: the quick replies agents answer work orders with.

The page lists the templates (archived ones greyed) with New, Edit, Archive and Restore; the dialog edits a
template's title and its bodies (the default body and one per language, each on its tab) beside the list of
placeholders, a double-click on one inserting it where the cursor is. Each change is one service call
(:mod:`desktop.services.reply_templates`); a refusal (an unknown placeholder...) keeps the dialog open.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.languages import LANGUAGES
from desktop.domain.placeholders import PLACEHOLDERS
from desktop.services.actor import Actor
from desktop.services.reply_templates import (
    TITLE_MAX,
    TemplateFields,
    TemplateRow,
    create_template,
    list_templates,
    save_template,
    set_template_active,
)
from desktop.ui.admin.form_dialog import FormDialog
from desktop.ui.admin.list_page import ArchivableListPage, add_page, page_button
from desktop.ui.i18n import LANGUAGE_NAMES

if TYPE_CHECKING:
    from desktop.ui.admin.window import AdministrationWindow

TOOLTIP_MAX = 600  # characters of a body its title's tooltip shows


def placeholder_help(name: str) -> str:
    """What a placeholder stands for, in the UI language."""
    return QCoreApplication.translate("Placeholders", PLACEHOLDERS[name])


def body_tooltip(body: str) -> str:
    """The beginning of a body as a tooltip shows it as written: markup and line breaks kept as text."""
    shown = body if len(body) <= TOOLTIP_MAX else body[: TOOLTIP_MAX - 1] + "…"
    return f'<p style="white-space:pre-wrap">{html.escape(shown)}</p>'


class TemplateDialog(FormDialog):
    """A new template (``row`` None) or one to edit: the title, the bodies on tabs, the placeholders."""

    def __init__(self, db: Database, actor: Actor, row: TemplateRow | None = None, parent: QWidget | None = None):
        super().__init__(db, actor, parent)
        self.setObjectName("templateDialog")
        self.row = row
        self.template_id: int | None = row.id if row is not None else None
        self.title = self.line("title", TITLE_MAX, row.title if row is not None else "")
        self.title_label = QLabel(self)
        self.title_label.setBuddy(self.title)
        self.form.addRow(self.title_label, self.title)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("bodies")
        self.default_body = self._body("body_default", row.body if row is not None else "")
        self.tabs.addTab(self.default_body, "")
        self.bodies: dict[str, QPlainTextEdit] = {}
        for language in LANGUAGES:
            text = row.bodies.get(language, "") if row is not None else ""
            self.bodies[language] = self._body(f"body_{language}", text)
            self.tabs.addTab(self.bodies[language], "")
        self.placeholders = QListWidget(self)
        self.placeholders.setObjectName("placeholders")
        self.placeholders.setWordWrap(True)
        self.placeholders.setAlternatingRowColors(True)
        self.placeholders.setSpacing(1)
        self.placeholders.setMaximumWidth(260)
        for name in PLACEHOLDERS:
            item = QListWidgetItem(self.placeholders)
            item.setData(Qt.ItemDataRole.UserRole, name)
        self.placeholders.itemActivated.connect(self._insert)
        self.placeholders_label = QLabel(self)
        self.placeholders_label.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.placeholders_label)
        side.addWidget(self.placeholders, 1)
        row_layout = QHBoxLayout()
        row_layout.addWidget(self.tabs, 1)
        row_layout.addLayout(side)
        self.main_layout.insertLayout(self.main_layout.indexOf(self.hint), row_layout, 1)
        self.resize(860, 480)
        self.title.setFocus()
        self.retranslate()

    def _body(self, name: str, text: str) -> QPlainTextEdit:
        body = QPlainTextEdit(text, self)
        body.setObjectName(name)
        body.setTabChangesFocus(True)
        body.textChanged.connect(self.validate)
        return body

    def _insert(self, item: QListWidgetItem) -> None:
        """The placeholder at the cursor of the body shown."""
        body = self.tabs.currentWidget()
        if isinstance(body, QPlainTextEdit):
            body.insertPlainText("{" + str(item.data(Qt.ItemDataRole.UserRole)) + "}")
            body.setFocus()

    def retranslate(self) -> None:
        if self.row is None:
            self.setWindowTitle(self.tr("New reply template"))
        else:
            self.setWindowTitle(self.tr("Reply template “{title}”").format(title=self.row.title))
        self.intro.setText(
            self.tr(
                "Agents reply to a work order with this text, filled in for the order. The default body is used for "
                "the languages without a body of their own."
            )
        )
        self.title_label.setText(self.tr("&Title:"))
        self.tabs.setTabText(0, self.tr("Default body"))
        for index, language in enumerate(LANGUAGES, start=1):
            self.tabs.setTabText(index, LANGUAGE_NAMES[language])
            self.bodies[language].setPlaceholderText(self.tr("Empty: the default body is used"))
        self.default_body.setPlaceholderText(self.tr("Hello {contact}, …"))
        self.placeholders_label.setText(self.tr("Placeholders (double-click to insert):"))
        for index in range(self.placeholders.count()):
            item = self.placeholders.item(index)
            name = str(item.data(Qt.ItemDataRole.UserRole))
            item.setText(f"{{{name}}}\n{placeholder_help(name)}")
        self.ok_button.setText(self.tr("Save"))
        super().retranslate()

    def problem(self) -> str | None:
        if not self.title.text().strip():
            return self.tr("Give the template a title.")
        if not self.default_body.toPlainText().strip():
            return self.tr("Write the default body.")
        return None

    def fields(self) -> TemplateFields:
        return TemplateFields(
            self.title.text(),
            self.default_body.toPlainText(),
            {language: body.toPlainText() for language, body in self.bodies.items()},
        )

    def save(self) -> None:
        if self.row is None:
            self.template_id = create_template(self.db, self.actor, self.fields())
        else:
            save_template(self.db, self.actor, self.row.id, self.row.version, self.fields())


class TemplatesPage(ArchivableListPage[TemplateRow]):
    """The templates, active first, with the languages they have a body in."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("templatesPage")
        self.set_table("templates", 3, self.edit_template)
        self.new_button = page_button(self, "newTemplate", self.new_template)
        self.edit_button = page_button(self, "editTemplate", self.edit_template)
        self.archive_button = page_button(self, "archiveTemplate", lambda: self.set_active(False))
        self.restore_button = page_button(self, "restoreTemplate", lambda: self.set_active(True))
        self.lay_out((self.new_button, self.edit_button, self.archive_button, self.restore_button))
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Bodies"), self.tr("Status")])
        self.new_button.setText(self.tr("&New template…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.archive_button.setText(self.tr("Arc&hive"))
        self.archive_button.setToolTip(self.tr("The template is kept but no longer offered to reply with"))
        self.restore_button.setText(self.tr("Re&store"))
        self.name_tab(self.tr("Reply &templates"))
        self._fill()

    def fetch(self) -> list[TemplateRow]:
        return list_templates(self.db, archived=True)

    def warning_title(self) -> str:
        return self.tr("Reply templates")

    def texts(self, row: TemplateRow) -> list[str]:
        languages = ", ".join(LANGUAGE_NAMES[code] for code in LANGUAGES if code in row.bodies)
        return [
            row.title,
            self.tr("Default, {languages}").format(languages=languages) if languages else self.tr("Default"),
            self.tr("Active") if row.active else self.tr("Archived"),
        ]

    def decorate(self, item: QTableWidgetItem, row: TemplateRow, column: int) -> None:
        if column == 0:
            item.setToolTip(body_tooltip(row.body))

    def created_id(self, dialog: QDialog) -> int | None:
        return dialog.template_id if isinstance(dialog, TemplateDialog) else None

    def store_active(self, row: TemplateRow, active: bool) -> None:
        set_template_active(self.db, self.actor, row.id, row.version, active)

    def new_template(self) -> bool:
        return self._run(TemplateDialog(self.db, self.actor, None, self))

    def edit_template(self) -> bool:
        row = self.current()
        return row is not None and self._run(TemplateDialog(self.db, self.actor, row, self))


def install_templates_page(window: AdministrationWindow, db: Database, actor: Actor) -> TemplatesPage:
    """The *Reply templates* tab of the administration window, loaded when the window opens."""
    page = add_page(window.tabs, TemplatesPage(db, actor, window.tabs))
    window.templates = page  # type: ignore[attr-defined]
    return page


__all__ = ["TemplateDialog", "TemplatesPage", "body_tooltip", "install_templates_page"]
