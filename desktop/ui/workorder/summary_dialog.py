"""A read-only summary of a work order, opened from the helpdesk list."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.services.workorders import WorkOrderSummary
from desktop.ui.i18n import formatter
from desktop.ui.labels import priority_label, status_label, type_label


class WorkOrderSummaryDialog(QDialog):
    def __init__(self, summary: WorkOrderSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.values: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key in ("type", "status", "priority", "client", "building", "address", "assignee", "created", "due",
                    "reference"):
            label, value = QLabel(self), QLabel(self)
            value.setObjectName(key)
            value.setWordWrap(True)
            self.labels[key], self.values[key] = label, value
            self.form.addRow(label, value)
        self.title = QLabel(self)
        self.title.setObjectName("title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.description = QPlainTextEdit(summary.description, self)
        self.description.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.description)
        layout.addWidget(self.buttons)
        self.resize(560, 480)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        s, fmt = self.summary, formatter()
        self.setWindowTitle(self.tr("Work order {number}").format(number=s.number))
        self.title.setText(f"{s.number} · {s.title}")
        captions = {
            "type": self.tr("Type:"),
            "status": self.tr("Status:"),
            "priority": self.tr("Priority:"),
            "client": self.tr("Client:"),
            "building": self.tr("Building:"),
            "address": self.tr("Address:"),
            "assignee": self.tr("Assignee:"),
            "created": self.tr("Created:"),
            "due": self.tr("Due:"),
            "reference": self.tr("Client reference:"),
        }
        values = {
            "type": type_label(s.type),
            "status": status_label(s.status),
            "priority": priority_label(s.priority),
            "client": s.client,
            "building": s.building,
            "address": s.address,
            "assignee": s.assignee or self.tr("Unassigned"),
            "created": fmt.datetime(s.created_at, "medium"),
            "due": fmt.date(s.due_date, "medium") or self.tr("None"),
            "reference": s.client_reference or self.tr("None"),
        }
        for key, caption in captions.items():
            self.labels[key].setText(caption)
            self.values[key].setText(values[key])
