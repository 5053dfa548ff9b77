"""What a re-plan did to PPM work orders, told to the agent after a contract, job or job building was saved."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.ppm.saving import SaveResult


def replanned_text(results: Iterable[SaveResult]) -> str:
    """Which PPM work orders were cancelled automatically, and which started ones were left on invalid periods;
    empty when neither."""
    results = tuple(results)
    cancelled = sorted({number for result in results for number in result.cancelled_orders})
    started = sorted({number for result in results for number in result.started_invalid})
    parts = []
    if cancelled:
        parts.append(
            QCoreApplication.translate(
                "PpmReplanned", "The PPM periods were re-planned. Work orders cancelled automatically: {numbers}."
            ).format(numbers=", ".join(str(number) for number in cancelled))
        )
    if started:
        parts.append(
            QCoreApplication.translate(
                "PpmReplanned",
                "These started work orders are no longer in a valid PPM period and were left open: {numbers}. "
                "Complete or cancel them yourself.",
            ).format(numbers=", ".join(str(number) for number in started))
        )
    return "\n\n".join(parts)


def tell_replanned(parent: QWidget, results: Iterable[SaveResult]) -> None:
    """Tell the agent what :func:`replanned_text` says, if anything."""
    text = replanned_text(results)
    if text:
        QMessageBox.information(parent, QCoreApplication.translate("PpmReplanned", "PPM periods re-planned"), text)


__all__ = ["replanned_text", "tell_replanned"]
