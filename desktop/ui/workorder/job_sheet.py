"""*Print…* and *Export PDF…* on a work order: its job sheet, for the technician, in the user's language.

The sheet (:func:`desktop.services.job_sheet.job_sheet`) is laid out as HTML, every value escaped, in a
QTextDocument (the customer's signature added to it as an image resource) and printed through the system's print
dialog or written as a PDF with QPdfWriter (Qt's own, in QtGui). A small first step asks whether to include the
activity log. The steps that talk to the user (:class:`JobSheetActions` ``ask_options``, ``choose_path`` and
``confirm_print``) are attributes, so that tests replace them and never print.
"""

from __future__ import annotations

import contextlib
import html
import os
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from babel.dates import format_time
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QSizeF, QStandardPaths, QUrl
from PySide6.QtGui import (
    QAction,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.db.types import utcnow
from desktop.domain.errors import BureauError
from desktop.formatting import Formatter
from desktop.services.job_sheet import JobSheet, job_sheet
from desktop.ui.i18n import formatter, translate_message
from desktop.ui.labels import priority_label, status_label, type_label
from desktop.ui.workorder.timeline import timeline_html

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from desktop.ui.workorder.detail_view import WorkOrderDetailView

SIGNATURE_URL = QUrl("bureau:signature.png")
SIGNATURE_WIDTH = 260  # the signature's box on the page, in pixels of the layout (96 dpi): about 7 cm
SIGNATURE_HEIGHT = 130  # by 3.5 cm
SIGNATURE_ANCHOR = "signature"
PRINT_MARGIN_CM = 2
LAYOUT_DPI = 96  # the sheet is laid out in pixels of a 96 dpi screen, then scaled to the page


def _signature_heading() -> str:
    return QCoreApplication.translate("JobSheet", "Customer signature")


STYLE = """
body { font-family: sans-serif; font-size: 10pt; color: #111; }
h1 { font-size: 16pt; margin-bottom: 2px; }
h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; border-bottom: 1px solid #999; }
td.caption { color: #555; padding-right: 12px; }
table.time { font-size: 9pt; }
table.time th { text-align: left; background-color: #e8ebef; white-space: nowrap; }
p.note { background-color: #f2f4f7; }
"""


def _text(value: str | None) -> str:
    """A value escaped for HTML, its line breaks kept."""
    return html.escape(value or "").replace("\n", "<br/>")


def duration_text(duration: timedelta) -> str:
    minutes = int(duration.total_seconds()) // 60
    return QCoreApplication.translate("JobSheet", "{hours} h {minutes} min").format(
        hours=minutes // 60, minutes=f"{minutes % 60:02d}"
    )


def _heading(text: str) -> str:
    return f"<h2>{html.escape(text)}</h2>"


def _paragraph(text: str) -> str:
    return f"<p>{_text(text)}</p>"


def _rows(pairs: list[tuple[str, str | None]]) -> str:
    """Caption and value rows, the empty values left out."""
    cells = "".join(
        f'<tr><td class="caption">{html.escape(caption)}</td><td>{_text(value)}</td></tr>'
        for caption, value in pairs
        if value
    )
    return f'<table cellspacing="0" cellpadding="2">{cells}</table>'


def _span(start: object, end: object) -> str:
    return QCoreApplication.translate("JobSheet", "{start} to {end}").format(start=start, end=end)


def sheet_html(sheet: JobSheet, fmt: Formatter) -> str:
    """The sheet as HTML in the UI language, every value escaped."""
    none = QCoreApplication.translate("JobSheet", "—")
    title = QCoreApplication.translate("JobSheet", "Job sheet: work order {number}").format(number=sheet.number)
    parts = [
        f"<h1>{html.escape(title)}</h1>",
        f"<p><b>{_text(sheet.title)}</b></p>",
        _rows(
            [
                (QCoreApplication.translate("JobSheet", "Type"), type_label(sheet.type)),
                (QCoreApplication.translate("JobSheet", "Status"), status_label(sheet.status)),
                (QCoreApplication.translate("JobSheet", "Priority"), priority_label(sheet.priority)),
                (QCoreApplication.translate("JobSheet", "Created"), fmt.datetime(sheet.created_at, "medium")),
                (QCoreApplication.translate("JobSheet", "Started"), fmt.datetime(sheet.started_at, "medium")),
                (QCoreApplication.translate("JobSheet", "Completed"), fmt.datetime(sheet.completed_at, "medium")),
                (QCoreApplication.translate("JobSheet", "Due"), fmt.date(sheet.due_date, "medium")),
                (
                    QCoreApplication.translate("JobSheet", "Assignee"),
                    sheet.assignee or QCoreApplication.translate("JobSheet", "Unassigned"),
                ),
                (QCoreApplication.translate("JobSheet", "Contract"), sheet.contract_reference),
                (QCoreApplication.translate("JobSheet", "Client reference"), sheet.client_reference),
            ]
        ),
        _heading(QCoreApplication.translate("JobSheet", "Client and building")),
        _rows(
            [
                (QCoreApplication.translate("JobSheet", "Client"), sheet.client),
                (QCoreApplication.translate("JobSheet", "Building"), sheet.building),
                (
                    QCoreApplication.translate("JobSheet", "Address"),
                    f"{sheet.address_line}\n{sheet.postcode} {sheet.city}\n{sheet.country}",
                ),
                (QCoreApplication.translate("JobSheet", "Access notes"), sheet.access_notes or none),
            ]
        ),
        _heading(QCoreApplication.translate("JobSheet", "Contact")),
    ]
    if sheet.contact_name:
        parts.append(
            _rows(
                [
                    (QCoreApplication.translate("JobSheet", "Name"), sheet.contact_name),
                    (QCoreApplication.translate("JobSheet", "Email"), sheet.contact_email),
                    (QCoreApplication.translate("JobSheet", "Phone"), sheet.contact_phone),
                ]
            )
        )
    else:
        parts.append(_paragraph(QCoreApplication.translate("JobSheet", "No contact.")))
    parts.append(_heading(QCoreApplication.translate("JobSheet", "Description")))
    parts.append(_paragraph(sheet.description or QCoreApplication.translate("JobSheet", "No description.")))
    if sheet.ppm_job is not None:
        period = visit = None
        if sheet.period_start is not None:
            period = _span(fmt.date(sheet.period_start, "medium"), fmt.date(sheet.period_end, "medium"))
        if sheet.visit_start is not None:
            visit = _span(fmt.date(sheet.visit_start, "medium"), fmt.date(sheet.visit_end, "medium"))
        parts.append(_heading(QCoreApplication.translate("JobSheet", "PPM visit")))
        parts.append(
            _rows(
                [
                    (QCoreApplication.translate("JobSheet", "PPM job"), sheet.ppm_job),
                    (QCoreApplication.translate("JobSheet", "Period"), period),
                    (QCoreApplication.translate("JobSheet", "Visit window"), visit),
                    (QCoreApplication.translate("JobSheet", "Instructions"), sheet.instructions or none),
                ]
            )
        )
    parts.append(_heading(QCoreApplication.translate("JobSheet", "Time")))
    parts.append(_time_html(sheet, fmt))
    signature = [f'<h2><a name="{SIGNATURE_ANCHOR}"></a>{html.escape(_signature_heading())}</h2>']
    if sheet.signature is not None:
        signed = fmt.datetime(sheet.signature.signed_at, "medium")
        if sheet.signature.signer:
            caption = QCoreApplication.translate("JobSheet", "Signed by {name} on {date}").format(
                name=sheet.signature.signer, date=signed
            )
        else:
            caption = QCoreApplication.translate("JobSheet", "Signed on {date}").format(date=signed)
        width, height = signature_size(sheet.signature.png)
        image = f'<img src="{SIGNATURE_URL.toString()}" width="{width}" height="{height}"/>'
        signature.append(f"<p>{image}<br/>{_text(caption)}</p>")
    else:
        signed_by = QCoreApplication.translate("JobSheet", "Signature:")
        name = QCoreApplication.translate("JobSheet", "Name:")
        signature.append(f"<p>{html.escape(signed_by)}<br/><br/><br/>{html.escape(name)}</p>")
    parts += signature
    if sheet.activity:
        parts.append(_heading(QCoreApplication.translate("JobSheet", "Activity log")))
        parts.append(timeline_html(sheet.activity, fmt, sheet.currency))
    printed = QCoreApplication.translate("JobSheet", "Printed by Bureau on {date}").format(
        date=fmt.datetime(utcnow(), "medium")
    )
    parts.append(f'<p style="color:#777; font-size:8pt">{html.escape(printed)}</p>')
    return f"<html><body>{''.join(parts)}</body></html>"


def signature_size(png: bytes) -> tuple[int, int]:
    """The size the signature image is shown at: its own shape, fitted in the signature's box."""
    image = QImage.fromData(png)
    if image.isNull() or image.width() <= 0 or image.height() <= 0:
        return SIGNATURE_WIDTH, SIGNATURE_HEIGHT
    scale = min(SIGNATURE_WIDTH / image.width(), SIGNATURE_HEIGHT / image.height())
    return max(1, round(image.width() * scale)), max(1, round(image.height() * scale))


def _time_html(sheet: JobSheet, fmt: Formatter) -> str:
    if not sheet.time_entries:
        return _paragraph(QCoreApplication.translate("JobSheet", "No time recorded."))
    headers = [
        (QCoreApplication.translate("JobSheet", "When"), 24),
        (QCoreApplication.translate("JobSheet", "Technician"), 16),
        (QCoreApplication.translate("JobSheet", "Duration"), 11),
        (QCoreApplication.translate("JobSheet", "Billable"), 14),
        (QCoreApplication.translate("JobSheet", "Amount"), 11),
        (QCoreApplication.translate("JobSheet", "Work done"), 24),
    ]
    head = "".join(f'<th width="{width}%">{html.escape(text)}</th>' for text, width in headers)
    body = []
    yes, no = QCoreApplication.translate("JobSheet", "Yes"), QCoreApplication.translate("JobSheet", "No")
    for entry in sheet.time_entries:
        amount = fmt.money(entry.amount, entry.currency) if entry.currency else ""
        cells = [
            _when(entry.started_at, entry.ended_at, fmt),
            entry.technician or QCoreApplication.translate("JobSheet", "—"),
            duration_text(entry.duration),
            yes if entry.billable else no,
            amount,
            entry.description,
        ]
        body.append("<tr>" + "".join(f"<td>{_text(cell)}</td>" for cell in cells) + "</tr>")
    totals = QCoreApplication.translate("JobSheet", "Total time: {total}; billable: {billable}").format(
        total=duration_text(sheet.total_time), billable=duration_text(sheet.billable_time)
    )
    amounts = ", ".join(fmt.money(amount, currency) for currency, amount in sorted(sheet.billable_amounts().items()))
    if amounts:
        totals += " · " + QCoreApplication.translate("JobSheet", "Billable amount: {amount}").format(amount=amounts)
    return (
        f'<table class="time" width="100%" cellspacing="0" cellpadding="3" border="1" style="border-color:#bbb">'
        f"<tr>{head}</tr>{''.join(body)}</table><p><b>{_text(totals)}</b></p>"
    )


def _when(start: datetime, end: datetime, fmt: Formatter) -> str:
    """A time entry's start and end on one line: the end's date left out when it is the start's."""
    local_start, local_end = start.astimezone(fmt.timezone), end.astimezone(fmt.timezone)
    if local_start.date() == local_end.date():
        until = format_time(local_end.time(), "short", locale=fmt.locale)
    else:
        until = fmt.datetime(end)
    return f"{fmt.datetime(start)} – {until}"


def sheet_document(sheet: JobSheet, fmt: Formatter | None = None) -> QTextDocument:
    """The sheet as a document ready to print, the signature image added to it."""
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    if sheet.signature is not None:
        image = QImage.fromData(sheet.signature.png)
        if not image.isNull():
            document.addResource(QTextDocument.ResourceType.ImageResource, SIGNATURE_URL, image)
    document.setHtml(sheet_html(sheet, fmt or formatter()))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, _title(sheet))
    return document


def _title(sheet: JobSheet) -> str:
    return QCoreApplication.translate("JobSheet", "Job sheet: work order {number}").format(number=sheet.number)


def print_document(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Print ``document`` on ``device``: laid out in pages of the device's shape with margins of 2 cm, the
    signature's heading kept on the signature's page."""
    frame = document.rootFrame().frameFormat()
    frame.setMargin(PRINT_MARGIN_CM / 2.54 * LAYOUT_DPI)
    document.rootFrame().setFrameFormat(frame)
    document.setPageSize(
        QSizeF(
            device.width() * LAYOUT_DPI / device.logicalDpiX(),
            device.height() * LAYOUT_DPI / device.logicalDpiY(),
        )
    )
    _keep_signature_together(document)
    document.print_(device)


def _keep_signature_together(document: QTextDocument) -> None:
    """When the signature's heading ends a page and the image starts the next, the heading starts a new page."""
    heading = _anchor_block(document, SIGNATURE_ANCHOR)
    page_height = document.pageSize().height()
    if not heading.isValid() or not heading.next().isValid() or page_height <= 0:
        return
    layout = document.documentLayout()
    top = layout.blockBoundingRect(heading).top()
    bottom = layout.blockBoundingRect(heading.next()).bottom()
    if int(top // page_height) != int(bottom // page_height):
        block_format = QTextBlockFormat()
        block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(heading).mergeBlockFormat(block_format)


def _anchor_block(document: QTextDocument, anchor: str) -> QTextBlock:
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            if anchor in fragments.fragment().charFormat().anchorNames():
                return block
            fragments += 1
        block = block.next()
    return QTextBlock()


def pdf_bytes(sheet: JobSheet, fmt: Formatter | None = None) -> bytes:
    """The sheet as a PDF (A4, in memory)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(_title(sheet))
    writer.setCreator("Bureau")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),  # QTextDocument.print_ keeps margins of its own (2 cm)
            QPageLayout.Unit.Millimeter,
        )
    )
    document = sheet_document(sheet, fmt)
    print_document(document, writer)
    del writer  # ends the PDF
    buffer.close()
    return bytes(data.data())


def export_pdf(db: Database, number: int, path: Path, *, include_activity: bool = False) -> int:
    """Write the job sheet of order ``number`` to ``path``; its size in bytes. BureauError or OSError."""
    content = pdf_bytes(job_sheet(db, number, include_activity=include_activity))
    write_file(Path(path), content)
    return len(content)


def write_file(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path`` through a new file of the same folder that replaces it once complete: a
    failure (a full disk...) leaves the file that was there as it was and no part of the new one. OSError."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(temporary, flags, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


# --- the view's actions ----------------------------------------------------------------------------------------


class OptionsDialog(QDialog):
    """The small step before printing or exporting: include the activity log?"""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobSheetOptions")
        self.setWindowTitle(title)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.include_activity = QCheckBox(self)
        self.include_activity.setObjectName("includeActivity")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.include_activity)
        layout.addWidget(buttons)
        self.intro.setText(
            self.tr(
                "The job sheet holds the work order's header, client, building with its access notes, contact, "
                "description, PPM visit, time and signature."
            )
        )
        self.include_activity.setText(self.tr("Include the &activity log"))
        self.setMinimumWidth(420)


def ask_options(parent: QWidget, title: str) -> bool | None:
    """Whether to include the activity log; None when cancelled."""
    dialog = OptionsDialog(title, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.include_activity.isChecked()
    finally:
        dialog.deleteLater()


def choose_path(parent: QWidget, suggested: str) -> str | None:
    caption = QCoreApplication.translate("JobSheet", "Export the job sheet as PDF")
    path, _chosen = QFileDialog.getSaveFileName(
        parent, caption, suggested, QCoreApplication.translate("JobSheet", "PDF documents (*.pdf)")
    )
    return path or None


def confirm_print(parent: QWidget, printer: QPrinter) -> bool:
    """The system's print dialog for ``printer``; True when the user chose to print."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


class JobSheetActions:
    """*Print…* and *Export PDF…* of one order's view."""

    def __init__(self, view: WorkOrderDetailView) -> None:
        self.view = view
        self.ask_options: Callable[[QWidget, str], bool | None] = ask_options
        self.choose_path: Callable[[QWidget, str], str | None] = choose_path
        self.confirm_print: Callable[[QWidget, QPrinter], bool] = confirm_print
        self.print_action = QAction(view)
        self.print_action.setObjectName("action_print_job_sheet")
        self.print_action.triggered.connect(lambda _checked=False: self.print_sheet())
        self.export_action = QAction(view)
        self.export_action.setObjectName("action_export_job_sheet")
        self.export_action.triggered.connect(lambda _checked=False: self.export_pdf())

    def retranslate(self) -> None:
        self.print_action.setText(QCoreApplication.translate("JobSheet", "Print…"))
        self.print_action.setToolTip(
            QCoreApplication.translate("JobSheet", "Print the job sheet of this work order for the technician")
        )
        self.export_action.setText(QCoreApplication.translate("JobSheet", "Export PDF…"))
        self.export_action.setToolTip(
            QCoreApplication.translate("JobSheet", "Save the job sheet of this work order as a PDF document")
        )

    def _sheet(self, title: str) -> JobSheet | None:
        include = self.ask_options(self.view, title)
        if include is None:
            return None
        try:
            return job_sheet(self.view.db, self.view.number, include_activity=include)
        except BureauError as error:
            QMessageBox.warning(self.view, title, translate_message(error.message))
            return None

    def export_pdf(self) -> Path | None:
        """Ask for the options and a file, write the PDF there; the path written, None when cancelled or failed."""
        title = QCoreApplication.translate("JobSheet", "Export PDF")
        sheet = self._sheet(title)
        if sheet is None:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(
            Path(folder) / QCoreApplication.translate("JobSheet", "Job sheet {number}.pdf").format(number=sheet.number)
        )
        chosen = self.choose_path(self.view, suggested)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_file(path, pdf_bytes(sheet))
        except OSError as error:
            QMessageBox.warning(
                self.view,
                title,
                QCoreApplication.translate("JobSheet", "The PDF could not be written to {path}: {reason}").format(
                    path=str(path), reason=error.strerror or str(error)
                ),
            )
            return None
        return path

    def print_sheet(self) -> bool:
        """Ask for the options, then print through the system's print dialog; True when sent to the printer."""
        from PySide6.QtPrintSupport import QPrinter

        title = QCoreApplication.translate("JobSheet", "Print")
        sheet = self._sheet(title)
        if sheet is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(_title(sheet))
        if not self.confirm_print(self.view, printer):
            return False
        print_document(sheet_document(sheet), printer)
        return True


def install_job_sheet(view: WorkOrderDetailView) -> JobSheetActions:
    """*Print…* (Ctrl+P) and *Export PDF…* in the order's Actions menu, before *Log similar…*."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    actions = JobSheetActions(view)
    actions.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
    actions.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    view.addAction(actions.print_action)
    view.menu.insertAction(view.log_similar_action, actions.print_action)
    view.menu.insertAction(view.log_similar_action, actions.export_action)
    view.menu.insertSeparator(view.log_similar_action)
    view.titleChanged.connect(lambda _title: actions.retranslate())
    actions.retranslate()
    view.job_sheet = actions  # type: ignore[attr-defined]
    return actions


__all__ = [
    "JobSheetActions",
    "OptionsDialog",
    "duration_text",
    "export_pdf",
    "install_job_sheet",
    "pdf_bytes",
    "sheet_document",
    "sheet_html",
    "signature_size",
    "write_file",
]
