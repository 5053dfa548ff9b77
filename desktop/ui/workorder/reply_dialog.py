"""*Reply from template…* on a work order: pick a template by typing part of its title, read (and edit) it filled
in for the order in its contact's language, then post it as a comment and, if chosen, email it to the order's
notified contacts: one service call (:func:`desktop.services.reply_templates.reply_from_template`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.domain.languages import LANGUAGES
from desktop.domain.transitions import Edit
from desktop.services.actor import Actor
from desktop.services.reply_templates import TemplateRow, list_templates, preview_reply, reply_from_template
from desktop.services.workorder_detail import WorkOrderDetail
from desktop.ui.i18n import LANGUAGE_NAMES, translate_message
from desktop.ui.widgets import buddy_label
from desktop.ui.workorder.action_dialogs import SubmitDialog

if TYPE_CHECKING:
    from desktop.ui.workorder.detail_view import WorkOrderDetailView


class ReplyDialog(SubmitDialog):
    """The templates (filtered as the agent types), the language, the editable preview and "also email it"."""

    def __init__(self, db: Database, actor: Actor, detail: WorkOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, detail, parent)
        self.setObjectName("replyDialog")
        self.templates: list[TemplateRow] = []
        self.edited = False
        self.filled_language: str | None = None  # the language of the text shown
        self.filter = QLineEdit(self)
        self.filter.setObjectName("filter")
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("templates")
        self.list.setMaximumHeight(130)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("preview")
        self.preview.setTabChangesFocus(True)
        self.preview.setMinimumHeight(180)
        self.email = QCheckBox(self)
        self.email.setObjectName("emailNotified")
        self.email.setEnabled(bool(detail.notified))
        self.filter_label = buddy_label(self.filter)
        self.language_label = buddy_label(self.language)
        self.preview_label = buddy_label(self.preview)
        self.form.addRow(self.filter_label, self.filter)
        self.form.addRow("", self.list)
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.preview_label, self.preview)
        self.form.addRow("", self.email)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.list.currentItemChanged.connect(lambda _current, _previous: self._fill())
        self.language.currentIndexChanged.connect(lambda _index: self._fill())
        self.preview.textChanged.connect(self._edited)
        self.setMinimumWidth(560)
        self._load()
        self.filter.setFocus()
        self.retranslate()
        if self.list.count():  # the first template, in the contact's language
            with QSignalBlocker(self.list):
                self.list.setCurrentRow(0)
            self._fill(language_from_contact=True)

    # -- the templates ----------------------------------------------------------------------------------
    def _load(self) -> None:
        try:
            self.templates = list_templates(self.db)
        except BureauError as error:
            self._show_error(error)
            self.templates = []
        self.list.clear()
        for row in self.templates:
            item = QListWidgetItem(row.title, self.list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)

    def _filter(self, text: str) -> None:
        """Show the templates whose title holds every word typed; the first shown is chosen."""
        words = text.casefold().split()
        first: QListWidgetItem | None = None
        for index in range(self.list.count()):
            item = self.list.item(index)
            shown = all(word in item.text().casefold() for word in words)
            item.setHidden(not shown)
            if shown and first is None:
                first = item
        current = self.list.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.list.setCurrentItem(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """In the filter box, Up and Down choose among the templates shown and Enter goes on to the reply (it
        never sends it)."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.template_id() is not None:
                    self.preview.setFocus()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if event.key() == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def _step(self, step: int) -> None:
        """The next (or previous) template shown."""
        shown = [index for index in range(self.list.count()) if not self.list.item(index).isHidden()]
        if not shown:
            return
        current = self.list.currentRow()
        after = [index for index in shown if (index - current) * step > 0]
        if after:
            self.list.setCurrentRow(after[0] if step > 0 else after[-1])

    def template_id(self) -> int | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))

    def choose(self, title: str) -> None:
        """Pick the template titled ``title`` (as typing it in the filter does)."""
        self.filter.setText(title)

    # -- the preview ------------------------------------------------------------------------------------
    def _fill(self, *, language_from_contact: bool = False) -> None:
        template_id = self.template_id()
        if template_id is None:
            return
        if self.edited and self.preview.toPlainText().strip():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Replace the text you edited with the template?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                with QSignalBlocker(self.language):  # the language of the text kept
                    self.language.setCurrentIndex(max(0, self.language.findData(self.filled_language)))
                return
        language = None if language_from_contact else self.language.currentData()
        try:
            preview = preview_reply(self.db, self.detail.number, template_id, language)
        except BureauError as error:
            self._show_error(error)
            return
        with QSignalBlocker(self.language):
            self.language.setCurrentIndex(max(0, self.language.findData(preview.language)))
        with QSignalBlocker(self.preview):
            self.preview.setPlainText(preview.text)
        self.filled_language = preview.language
        self.edited = False
        self.error.hide()
        self.validate()

    def _edited(self) -> None:
        self.edited = True
        self.validate()

    def _show_error(self, error: BureauError) -> None:
        self.error.setText(translate_message(error.message))
        self.error.show()

    # -- the dialog -------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        d = self.detail
        self.setWindowTitle(self.tr("Reply from template: work order {number}").format(number=d.number))
        self.intro.setText(
            self.tr(
                "Choose a template: it is filled in for work order {number} in its contact's language. Edit the "
                "text if needed; it is added to the activity log as a comment."
            ).format(number=d.number)
        )
        self.filter_label.setText(self.tr("&Template:"))
        self.filter.setPlaceholderText(self.tr("Type part of a template's title"))
        self.language_label.setText(self.tr("&Language:"))
        self.preview_label.setText(self.tr("&Reply:"))
        if d.notified:
            self.email.setText(
                self.tr("Also &email it to the notified contacts ({names})").format(
                    names=", ".join(d.notified).replace("&", "&&")  # an "&" of a name is no shortcut
                )
            )
        else:
            self.email.setText(self.tr("Also &email it to the notified contacts (nobody is notified)"))
        self.ok_button.setText(self.tr("&Send"))
        super().retranslate()

    def problem(self) -> str | None:
        if not self.templates:
            return self.tr("There is no reply template yet: an administrator adds them in Administration.")
        if self.template_id() is None:
            return self.tr("Choose a template.")
        if not self.preview.toPlainText().strip():
            return self.tr("Write the reply first.")
        return None

    def submit(self) -> int:
        template_id = self.template_id()
        assert template_id is not None
        return reply_from_template(
            self.db,
            self.actor,
            self.detail.number,
            self.detail.version,
            template_id,
            self.preview.toPlainText(),
            self.email.isChecked(),
        )


def install_replies(view: WorkOrderDetailView) -> None:
    """*Reply from template…* in the order's Actions menu, next to its notifications."""
    action = QAction(view)
    action.setObjectName("action_reply_from_template")

    def run() -> None:
        refusal = view.detail.edits.get(Edit.ADD_COMMENT)
        if refusal is not None:
            QMessageBox.information(view, action.text(), translate_message(refusal.reason))
            return
        dialog = ReplyDialog(view.db, view.actor, view.detail, view)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted or dialog.reload_requested:
            view.reload()
        if accepted:
            view.changed.emit(view.number)

    def update(_title: str = "") -> None:
        action.setText(QCoreApplication.translate("ReplyDialog", "Reply from template…"))
        action.setToolTip(
            QCoreApplication.translate(
                "ReplyDialog", "Post a reply written from a template, and email it to the notified contacts if you wish"
            )
        )
        action.setEnabled(view.detail.edits.get(Edit.ADD_COMMENT) is None)

    action.triggered.connect(run)
    view.menu.insertAction(view.notifications_action, action)
    view.reply_action = action  # type: ignore[attr-defined]
    view.titleChanged.connect(update)
    update()


__all__ = ["ReplyDialog", "install_replies"]
