"""What a PPM generation run reports, in the user's language: per contract, then the totals, the orders closed as
Not done by auto-close, the started orders left open and the buildings left as stored. The command line prints
the lines; the window shows the totals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.ppm.generation import GenerationResult

# Order numbers a line names before "…": a first auto-close can close thousands, and the window shows these lines
# in a message box that must stay on the screen. Each order's activity log says it, and the helpdesk list
# filters Not done.
SHOWN_NUMBERS = 20


def contract_lines(result: GenerationResult) -> list[str]:
    """One line per contract with something to report."""
    lines = []
    for contract in result.contracts:
        line = QCoreApplication.translate(
            "GenerationReport",
            "Contract {reference}: created {created} (invoice only: {invoice_only}), missed {missed}, "
            "cancelled {cancelled}.",
        ).format(
            reference=contract.reference,
            created=contract.created,
            invoice_only=contract.invoice_only,
            missed=contract.missed,
            cancelled=contract.cancelled,
        )
        if contract.not_done:
            line += " " + QCoreApplication.translate("GenerationReport", "Closed as not done: {count}.").format(
                count=contract.not_done
            )
        lines.append(line)
    return lines


def total_lines(result: GenerationResult) -> list[str]:
    """The totals, then what an agent has to look at, if anything."""
    lines = [
        QCoreApplication.translate(
            "GenerationReport",
            "PPM work orders created: {count} (of which invoice only, closed at once: {invoice_only}). Missed "
            "periods skipped: {missed}. Cancelled by re-plans: {cancelled}.",
        ).format(
            count=result.created,
            invoice_only=result.invoice_only,
            missed=result.missed,
            cancelled=len(result.cancelled),
        )
    ]
    if result.not_done:
        lines.append(
            QCoreApplication.translate(
                "GenerationReport", "Open work orders closed as not done by auto-close: {count} ({numbers})."
            ).format(count=len(result.not_done), numbers=_numbers(result.not_done))
        )
    if result.not_done_skipped:
        lines.append(
            QCoreApplication.translate(
                "GenerationReport",
                "Work orders left open because they changed since the preview was read: {numbers}.",
            ).format(numbers=_numbers(result.not_done_skipped))
        )
    if result.started_invalid:
        lines.append(
            QCoreApplication.translate(
                "GenerationReport",
                "Started work orders left open although their PPM period is no longer valid: {numbers}.",
            ).format(numbers=", ".join(str(number) for number in result.started_invalid))
        )
    if result.held:
        lines.append(
            QCoreApplication.translate(
                "GenerationReport", "Buildings left as stored, to re-plan in their period editor: {count}."
            ).format(count=len(result.held))
        )
    return lines


def _numbers(numbers: tuple[int, ...]) -> str:
    """The first :data:`SHOWN_NUMBERS` order numbers, then "…" when there are more."""
    shown = ", ".join(str(number) for number in numbers[:SHOWN_NUMBERS])
    return f"{shown}, …" if len(numbers) > SHOWN_NUMBERS else shown
