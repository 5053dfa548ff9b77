"""*Customer signature…* on a work order: the customer signs on a pad (mouse, pen or touch) and gives their name;
Save keeps the drawing as ``Signature.png`` among the order's attachments and logs who signed and when.

Completing an order of a type whose completion asks for a signature (a setting administrators keep) offers the
dialog at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QMessageBox, QPushButton, QSizePolicy, QWidget

from desktop.db.engine import Database
from desktop.domain.workorders import Status
from desktop.services.actor import Actor
from desktop.services.app_settings import signature_types
from desktop.services.attachments import SIGNER_MAX, save_signature
from desktop.ui.admin.form_dialog import FormDialog
from desktop.ui.widgets import buddy_label
from desktop.ui.workorder.attachments_panel import png_bytes

if TYPE_CHECKING:
    from desktop.ui.workorder.detail_view import WorkOrderDetailView

PAD_SIZE = QSize(480, 200)
INK = QColor("#0d1b4c")
PEN_WIDTH = 2.5


class SignaturePad(QWidget):
    """A white pad the customer draws on; each stroke a path, from mouse, pen (tablet) or finger (touch)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setMinimumSize(PAD_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.strokes: list[QPainterPath] = []
        self._drawing = False

    def sizeHint(self) -> QSize:  # noqa: N802
        return PAD_SIZE

    def is_empty(self) -> bool:
        return not self.strokes

    def clear(self) -> None:
        self.strokes.clear()
        self._drawing = False
        self.update()
        self.changed.emit()

    # -- strokes --------------------------------------------------------------------------------------
    def begin(self, point: QPointF) -> None:
        path = QPainterPath(point)
        path.lineTo(point + QPointF(0.1, 0.1))  # a dot shows even without moving
        self.strokes.append(path)
        self._drawing = True
        self.update()
        self.changed.emit()

    def extend(self, point: QPointF) -> None:
        if self._drawing and self.strokes:
            self.strokes[-1].lineTo(point)
            self.update()

    def end(self, point: QPointF) -> None:
        self.extend(point)
        self._drawing = False

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.extend(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.end(event.position())
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self.begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self.extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self.end(event.position())
        event.accept()  # no mouse event follows

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            touch: QTouchEvent = event  # type: ignore[assignment]
            points = touch.points()
            if points:
                position = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self.begin(position)
                elif kind == QEvent.Type.TouchUpdate:
                    self.extend(position)
                else:
                    self.end(position)
            event.accept()
            return True
        return super().event(event)

    # -- painting -------------------------------------------------------------------------------------
    def _paint(self, painter: QPainter, rect: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(rect, Qt.GlobalColor.white)
        pen = QPen(INK, PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self.strokes:
            painter.drawPath(stroke)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        self._paint(painter, QRectF(self.rect()))
        painter.setPen(QColor("#c5cbd3"))
        baseline = self.height() * 0.78
        painter.drawLine(QPointF(16, baseline), QPointF(self.width() - 16, baseline))
        painter.end()

    def image(self) -> QImage:
        """The strokes on white, at the pad's size."""
        image = QImage(self.size(), QImage.Format.Format_RGB32)
        painter = QPainter(image)
        self._paint(painter, QRectF(image.rect()))
        painter.end()
        return image


class SignatureDialog(FormDialog):
    """The pad, Clear and the signer's name; Save stores the signature with one service call."""

    def __init__(
        self, db: Database, actor: Actor, number: int, signer: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("signatureDialog")
        self.number = number
        self.pad = SignaturePad(self)
        self.pad.changed.connect(self.validate)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearSignature")
        self.clear_button.clicked.connect(lambda _checked=False: self.pad.clear())
        self.signer = self.line("signer", SIGNER_MAX, signer)
        self.signer_label = buddy_label(self.signer)
        self.main_layout.insertWidget(1, self.pad, 1)
        self.main_layout.insertWidget(2, self.clear_button, 0, Qt.AlignmentFlag.AlignRight)
        self.form.addRow(self.signer_label, self.signer)
        self.saved = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Customer signature – work order {number}").format(number=self.number))
        self.intro.setText(self.tr("Ask the customer to sign in the box below, then type their name."))
        self.clear_button.setText(self.tr("Clear"))
        self.signer_label.setText(self.tr("&Signed by:"))
        self.signer.setPlaceholderText(self.tr("The customer's full name"))
        self.ok_button.setText(self.tr("Save"))
        super().retranslate()

    def problem(self) -> str | None:
        if self.pad.is_empty():
            return self.tr("The customer has not signed yet.")
        if not self.signer.text().strip():
            return self.tr("Type the name of the person who signed.")
        return None

    def save(self) -> None:
        self.saved = save_signature(self.db, self.actor, self.number, self.signer.text(), png_bytes(self.pad.image()))


def install_signature(view: WorkOrderDetailView) -> QAction:
    """Give a work order's view *Customer signature…* in its Actions menu, and offer it when the agent completes an
    order of a type that asks for a signature."""
    action = QAction(view)
    action.setObjectName("action_customer_signature")
    action.triggered.connect(lambda _checked=False: take_signature(view))
    view.menu.insertAction(view.log_similar_action, action)
    view.signature_action = action  # type: ignore[attr-defined]
    statuses = [view.detail.status, view.detail.status]  # before and after the last reading of the order

    def shown() -> None:
        statuses[:] = [statuses[1], view.detail.status]
        action.setText(QCoreApplication.translate("SignatureDialog", "Customer signature…"))
        action.setToolTip(
            QCoreApplication.translate(
                "SignatureDialog", "Let the customer sign for the work on a pad; kept as Signature.png"
            )
        )

    def changed(_number: int) -> None:
        before, now = statuses
        if now is Status.COMPLETED and before is not Status.COMPLETED and view.detail.type in signature_types(view.db):
            offer_signature(view)

    view.titleChanged.connect(lambda _title: shown())
    view.changed.connect(changed)
    return action


def offer_signature(view: WorkOrderDetailView) -> bool:
    answer = QMessageBox.question(
        view,
        QCoreApplication.translate("SignatureDialog", "Customer signature"),
        QCoreApplication.translate(
            "SignatureDialog", "This type of work order asks for the customer's signature on completion. Take it now?"
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes and take_signature(view)


def take_signature(view: WorkOrderDetailView) -> bool:
    """Run the signature dialog for the view's order; True when a signature was saved."""
    dialog = SignatureDialog(view.db, view.actor, view.number, parent=view)
    view.signature_dialog = dialog  # type: ignore[attr-defined]
    try:
        saved = dialog.exec() == SignatureDialog.DialogCode.Accepted
    finally:
        view.signature_dialog = None  # type: ignore[attr-defined]
        dialog.deleteLater()
    if saved:
        view.reload()
        view.changed.emit(view.number)
    return saved


__all__ = ["SignatureDialog", "SignaturePad", "install_signature", "offer_signature", "take_signature"]
