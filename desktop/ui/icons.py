"""Small icons drawn at run time: each status has its own shape as well as its colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from desktop.domain.workorders import Status

SIZE = 16

# (colour, shape)
_STATUS_STYLE: dict[Status, tuple[str, str]] = {
    Status.NEW: ("#1f6fb2", "ring"),
    Status.NEEDS_CLARIFICATION: ("#b26a00", "question"),
    Status.IN_PROGRESS: ("#1f6fb2", "disc"),
    Status.ON_HOLD: ("#7a5cb0", "pause"),
    Status.AWAITING_VERIFICATION: ("#b26a00", "half"),
    Status.COMPLETED: ("#2e8b57", "check"),
    Status.CLOSED: ("#5f6b73", "check"),
    Status.CANCELLED: ("#9a2b2b", "cross"),
    Status.REJECTED: ("#9a2b2b", "bar"),
    Status.NOT_DONE: ("#9a2b2b", "dash"),
}

OVERDUE_COLOUR = "#b00020"


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


@cache
def status_icon(status: Status) -> QIcon:
    colour, shape = _STATUS_STYLE[status]
    pixmap, painter = _canvas()
    pen = QPen(QColor(colour), 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    box = QRectF(2.5, 2.5, 11, 11)
    if shape == "ring":
        painter.drawEllipse(box)
    elif shape == "disc":
        painter.setBrush(QColor(colour))
        painter.drawEllipse(box)
    elif shape == "half":
        painter.drawEllipse(box)
        painter.setBrush(QColor(colour))
        painter.drawPie(box, 90 * 16, 180 * 16)
    elif shape == "pause":
        painter.drawLine(QPointF(5.5, 3), QPointF(5.5, 13))
        painter.drawLine(QPointF(10.5, 3), QPointF(10.5, 13))
    elif shape == "check":
        path = QPainterPath(QPointF(3, 8.5))
        path.lineTo(6.5, 12)
        path.lineTo(13, 4)
        painter.drawPath(path)
    elif shape == "cross":
        painter.drawLine(QPointF(4, 4), QPointF(12, 12))
        painter.drawLine(QPointF(12, 4), QPointF(4, 12))
    elif shape == "bar":
        painter.drawEllipse(box)
        painter.drawLine(QPointF(4.5, 11.5), QPointF(11.5, 4.5))
    elif shape == "dash":
        painter.drawEllipse(box)
        painter.drawLine(QPointF(5, 8), QPointF(11, 8))
    elif shape == "question":
        painter.drawEllipse(box)
        font = painter.font()
        font.setPixelSize(10)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "?")
    painter.end()
    return QIcon(pixmap)


@cache
def overdue_icon() -> QIcon:
    """A warning triangle with an exclamation mark."""
    pixmap, painter = _canvas()
    colour = QColor(OVERDUE_COLOUR)
    path = QPainterPath(QPointF(8, 1.5))
    path.lineTo(15, 14.5)
    path.lineTo(1, 14.5)
    path.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPath(path)
    painter.setPen(QPen(QColor("white"), 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(8, 6), QPointF(8, 10))
    painter.drawPoint(QPointF(8, 12.6))
    painter.end()
    return QIcon(pixmap)
