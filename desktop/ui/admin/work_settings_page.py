"""*Work orders* in the administration window: settings of the whole database for working an order — the size
limit of attachments and the work-order types whose completion asks for the customer's signature.

Save stores each setting changed with one service call (:mod:`desktop.services.app_settings`), naming the version
loaded: a setting someone else saved since is refused and the page shows the stored values again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.domain.workorders import WorkOrderType
from desktop.services.actor import Actor
from desktop.services.app_settings import (
    MAX_ATTACHMENT_LIMIT,
    MIN_ATTACHMENT_LIMIT,
    attachment_limit_and_version,
    set_attachment_limit,
    set_signature_types,
    signature_types_and_version,
)
from desktop.ui.admin.list_page import AdminPage, add_page, page_button
from desktop.ui.i18n import translate_message
from desktop.ui.labels import type_label
from desktop.ui.widgets import buddy_label

if TYPE_CHECKING:
    from desktop.ui.admin.window import AdministrationWindow


class WorkSettingsPage(AdminPage):
    """The size limit of attachments and, per work-order type, whether completing asks for a signature."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("workSettingsPage")
        self.limit_version = 0
        self.types_version = 0
        self.loaded_limit = 0
        self.loaded_types: frozenset[WorkOrderType] = frozenset()

        self.attachments_box = QGroupBox(self)
        self.limit = QSpinBox(self.attachments_box)
        self.limit.setObjectName("attachmentLimit")
        self.limit.setRange(MIN_ATTACHMENT_LIMIT, MAX_ATTACHMENT_LIMIT)
        self.limit_label = buddy_label(self.limit)
        form = QFormLayout(self.attachments_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.limit_label, self.limit)

        self.signature_box = QGroupBox(self)
        self.signature_intro = QLabel(self.signature_box)
        self.signature_intro.setWordWrap(True)
        self.signature_checks: dict[WorkOrderType, QCheckBox] = {}
        box_layout = QVBoxLayout(self.signature_box)
        box_layout.addWidget(self.signature_intro)
        for kind in WorkOrderType:
            check = QCheckBox(self.signature_box)
            check.setObjectName(f"signature_{kind.value}")
            self.signature_checks[kind] = check
            box_layout.addWidget(check)

        self.save_button = page_button(self, "saveWorkSettings", lambda: self.save())
        self.reload_button = page_button(self, "reloadWorkSettings", lambda: self.load())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.attachments_box)
        layout.addWidget(self.signature_box)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.attachments_box.setTitle(self.tr("Attachments"))
        self.limit_label.setText(self.tr("&Largest file:"))
        self.limit.setSuffix(self.tr(" MB"))
        self.limit.setToolTip(self.tr("Files larger than this cannot be attached to work orders"))
        self.signature_box.setTitle(self.tr("Customer signature"))
        self.signature_intro.setText(
            self.tr("Completing a work order of these types offers to take the customer's signature:")
        )
        for kind, check in self.signature_checks.items():
            check.setText(type_label(kind))
        self.save_button.setText(self.tr("&Save"))
        self.reload_button.setText(self.tr("&Reload"))
        self.name_tab(self.tr("&Work orders"))

    def load(self) -> None:
        """Show the settings as stored."""
        try:
            self.loaded_limit, self.limit_version = attachment_limit_and_version(self.db)
            self.loaded_types, self.types_version = signature_types_and_version(self.db)
        except BureauError as error:
            QMessageBox.warning(self, self.tr("Work order settings"), translate_message(error.message))
            return
        self.limit.setValue(self.loaded_limit)
        for kind, check in self.signature_checks.items():
            check.setChecked(kind in self.loaded_types)

    def chosen_types(self) -> frozenset[WorkOrderType]:
        return frozenset(kind for kind, check in self.signature_checks.items() if check.isChecked())

    def save(self) -> bool:
        """Store the settings changed; False (and the agent told why, the stored values shown) when refused."""
        try:
            if self.limit.value() != self.loaded_limit:
                self.limit_version = set_attachment_limit(self.db, self.actor, self.limit.value(), self.limit_version)
                self.loaded_limit = self.limit.value()
            if self.chosen_types() != self.loaded_types:
                self.types_version = set_signature_types(self.db, self.actor, self.chosen_types(), self.types_version)
                self.loaded_types = self.chosen_types()
        except BureauError as error:
            QMessageBox.warning(self, self.tr("Work order settings"), translate_message(error.message))
            self.load()
            return False
        return True


def install_work_settings_page(window: AdministrationWindow, db: Database, actor: Actor) -> WorkSettingsPage:
    """The *Work orders* tab of the administration window, loaded when the window opens."""
    page = add_page(window.tabs, WorkSettingsPage(db, actor, window.tabs))
    window.work_settings = page  # type: ignore[attr-defined]
    return page


__all__ = ["WorkSettingsPage", "install_work_settings_page"]
