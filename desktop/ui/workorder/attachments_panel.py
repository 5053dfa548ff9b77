"""A work order's attachments: the *Attachments* tab of the order's view, *Attach file…* in its Actions menu, files
dropped onto the order and images pasted on the tab (Ctrl+V).

Reading, hashing and storing a file run in a worker thread behind a progress dialog (the window never freezes),
as do reading an attachment back to open it or save it elsewhere. Each file refused is listed with the reason.
Image attachments show a thumbnail, made in the worker when the tab is first shown and kept per content.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from babel.units import format_unit
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDateTime,
    QEvent,
    QIODevice,
    QObject,
    QSize,
    Qt,
    QThreadPool,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QDropEvent, QIcon, QImage, QImageReader, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.domain.file_types import ALLOWED_LIST, EXTENSIONS, attachment_name
from desktop.domain.i18n import Message
from desktop.services.actor import Actor
from desktop.services.app_settings import attachment_limit
from desktop.services.attachments import (
    AttachmentView,
    attach_file,
    attach_upload,
    copy_attachments,
    list_attachments,
    read_upload,
    remove_attachment,
)
from desktop.services.stored_files import read_file
from desktop.ui.background import BackgroundRunner
from desktop.ui.certificates.viewer import DocumentCopies, Opener, safe_file_name, session_copies, system_opener
from desktop.ui.i18n import formatter, translate_message

if TYPE_CHECKING:
    from desktop.ui.workorder.detail_view import WorkOrderDetailView

THUMBNAIL = 48  # pixels, the longer side
_thumbnails: dict[str, QImage] = {}  # made once per content (its SHA-256) in this session

# What a job in the worker gives back: the attachments made and the files refused, each with its reason.
Refusal = tuple[str, Message | str]


@dataclass
class AttachOutcome:
    attached: list[AttachmentView]
    refused: list[Refusal]
    stopped: bool = False


def size_text(size: int) -> str:
    """A file's size in the agent's language: bytes, kB or MB."""
    locale = formatter().locale
    if size < 1024:
        return format_unit(size, "digital-byte", length="long", locale=locale)
    if size < 1024 * 1024:
        return format_unit(size / 1024, "digital-kilobyte", length="short", format="#,##0.#", locale=locale)
    return format_unit(size / (1024 * 1024), "digital-megabyte", length="short", format="#,##0.#", locale=locale)


def copy_name(file_name: str, media_type: str) -> str:
    """The name of a copy written out: the attachment's name made safe, with the extension of its real type."""
    stem = Path(safe_file_name(file_name, "application/pdf")).stem
    return f"{stem}.{EXTENSIONS.get(media_type, 'bin')}"


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def thumbnail_of(content: bytes) -> QImage:
    """A small image of ``content`` (a PNG or JPEG), made without decoding it at full size when the format allows."""
    data = QByteArray(content)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > THUMBNAIL or size.height() > THUMBNAIL):
        reader.setScaledSize(size.scaled(THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    return image


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def shown_name(path: Path) -> str:
    """The name of a file as the agent reads it: without the controls that could disguise it (a right-to-left
    override, U+202E, shows "photo", the override, "gnp.exe" as "photoexe.png")."""
    try:
        return attachment_name(path.name)
    except BureauError:
        return path.name


def write_file(target: Path, content: bytes, stopped: Callable[[], bool]) -> bool:
    """Write ``content`` to ``target`` through a temporary file beside it, replacing ``target`` only once the copy
    is whole: a failure (a full disk) or ``stopped()`` leaves ``target`` as it was. False when stopped. A file
    replaced keeps its permissions; a new one is private to the agent."""
    descriptor, temporary = tempfile.mkstemp(prefix=".bureau-", suffix=".part", dir=target.parent)
    try:
        if target.is_file():
            shutil.copymode(target, temporary)
        with os.fdopen(descriptor, "wb") as stream:
            view = memoryview(content)
            for offset in range(0, len(view), 1024 * 1024):
                if stopped():
                    break
                stream.write(view[offset : offset + 1024 * 1024])
        if stopped():
            os.unlink(temporary)
            return False
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


def local_files(urls: Sequence[QUrl]) -> list[Path]:
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile() and url.toLocalFile()]


class AttachRunner(BackgroundRunner):
    """Attaches files, and reads attachments back, in a worker thread; one job at a time."""

    finished = Signal(object)  # an AttachOutcome, or the path written (open, save)

    def __init__(self, db: Database, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._title = ""

    def attach_paths(self, number: int, paths: Sequence[Path]) -> bool:
        """Read, check and attach ``paths`` to order ``number``; False when a job runs already."""
        if self._busy or not paths:
            return False
        paths = list(paths)
        db, actor, signals, stop = self._db, self._actor, self._signals, self._stop
        totals = [_size(path) for path in paths]
        total = max(sum(totals), 1)
        dialog = self._start(self.tr("Attach files"))
        dialog.setLabelText(self.tr("Reading {file}…").format(file=shown_name(paths[0])))
        dialog.setRange(0, 1000)

        def work() -> object:
            outcome = AttachOutcome([], [])
            limit = attachment_limit(db)
            before = 0
            for path, size in zip(paths, totals, strict=True):
                start = before

                def progress(done: int, _size: int, start: int = start) -> None:
                    signals.progressed.emit((start + done) * 1000 // total)

                try:
                    upload = read_upload(path, limit, progress, stop.is_set)
                    if upload is None or stop.is_set():  # cancelled, perhaps once the last chunk was read
                        outcome.stopped = True
                        break
                    outcome.attached.append(attach_upload(db, actor, number, upload))
                    del upload
                except BureauError as error:
                    outcome.refused.append((shown_name(path), error.message))
                before += size
            return outcome

        self._run(work, "attaching %d files failed", len(paths))
        return True

    def attach_content(self, number: int, file_name: str, content: bytes) -> bool:
        """Attach ``content`` (an image pasted) as ``file_name``; False when a job runs already."""
        if self._busy:
            return False
        db, actor = self._db, self._actor
        dialog = self._start(self.tr("Attach files"))
        dialog.setLabelText(self.tr("Attaching {file}…").format(file=file_name))
        dialog.setRange(0, 0)

        def work() -> object:
            try:
                return AttachOutcome([attach_file(db, actor, number, file_name, content)], [])
            except BureauError as error:
                return AttachOutcome([], [(file_name, error.message)])

        self._run(work, "attaching %s failed", file_name)
        return True

    def write_copy(self, attachment: AttachmentView, target: Path | None, copies: DocumentCopies) -> bool:
        """Read ``attachment`` and write it to ``target`` (Save as…), or to a private copy when None (Open)."""
        if self._busy:
            return False
        db, stop = self._db, self._stop
        dialog = self._start(self.tr("Open attachment") if target is None else self.tr("Save attachment"))
        dialog.setLabelText(self.tr("Reading {file}…").format(file=attachment.file_name))
        dialog.setRange(0, 0)

        def work() -> object:
            name = copy_name(attachment.file_name, attachment.media_type)
            if target is None:
                existing = copies.existing(attachment.sha256, name)
                if existing is not None:
                    return existing
            content = read_file(db, attachment.sha256)
            if stop.is_set():
                return None
            try:
                if target is None:
                    return copies.write(attachment.sha256, name, content)
                if not write_file(target, content, stop.is_set):
                    return None
            except OSError as error:
                return (attachment.file_name, error.strerror or str(error))
            return target

        self._run(work, "reading attachment %d failed", attachment.id)
        return True

    @property
    def stopped(self) -> bool:
        """Whether the agent cancelled the last job."""
        return self._stop.is_set()

    def _start(self, title: str) -> QProgressDialog:
        self._title = title
        self._stop.clear()
        self._set_busy(True)
        dialog = self._progress_dialog("attachProgress")
        dialog.setWindowTitle(title)
        dialog.setCancelButtonText(self.tr("Cancel"))
        self._cancel_button(dialog).setEnabled(True)
        dialog.setValue(0)
        return dialog

    def _dialog_made(self, dialog: QProgressDialog) -> None:
        dialog.setMinimumDuration(300)

    def _on_progressed(self, done: int) -> None:
        dialog = self._dialog
        if dialog is not None and self._busy and not self._stop.is_set():
            dialog.setValue(done)

    def _on_done(self, result: object) -> None:
        self._hide_dialog()
        self._set_busy(False)
        self.finished.emit(result)

    def _cancelling_text(self) -> str:
        return self.tr("Cancelling…")

    def _failure_text(self, error: str) -> str:
        return self.tr("The file could not be attached: {error}").format(error=error)

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self._window, self._title, text)


class ThumbnailSignals(QObject):
    made = Signal(str, QImage)  # the content's SHA-256, its thumbnail


class AttachmentsPanel(QWidget):
    """The Attachments tab: the list with its thumbnails, Attach file…, Open, Save as… and Remove."""

    changed = Signal()  # an attachment was added or removed: the order's view reads it again

    COLUMNS = ("name", "type", "size", "user", "created")

    def __init__(self, db: Database, actor: Actor, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsPanel")
        self.db = db
        self.actor = actor
        self.number = number
        self.attachments: tuple[AttachmentView, ...] = ()
        self.opener: Opener = system_opener
        self.copies: DocumentCopies = session_copies()
        # Where Save as… writes: asks the agent; tests give one that answers at once ("" to cancel).
        self.choose_save_path: Callable[[AttachmentView], str] = self._ask_save_path
        self.choose_files: Callable[[], list[str]] = self._ask_files
        self._pending_open = False
        self._shown_once = False

        self.runner = AttachRunner(db, actor, self)
        self.runner.finished.connect(self._job_done)
        self.thumbnails = QThreadPool(self)
        self.thumbnails.setMaxThreadCount(1)
        self._thumbnail_signals = ThumbnailSignals(self)
        self._thumbnail_signals.made.connect(self._thumbnail_made)
        self._asked: set[str] = set()

        self.hint = QLabel(self)
        self.hint.setObjectName("attachmentsHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6b7a;")
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("attachments")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_selected())

        self.attach_button = QPushButton(self)
        self.attach_button.setObjectName("attachFile")
        self.attach_button.clicked.connect(lambda _checked=False: self.attach_chosen())
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openAttachment")
        self.open_button.clicked.connect(lambda _checked=False: self.open_selected())
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveAttachment")
        self.save_button.clicked.connect(lambda _checked=False: self.save_selected())
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeAttachment")
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_selected())
        self.paste_action = QAction(self)
        self.paste_action.setObjectName("pasteImage")
        self.paste_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_action.triggered.connect(lambda _checked=False: self.paste_image())
        self.addAction(self.paste_action)

        buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.retranslate()
        self._update_buttons()

    # -- showing --------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QEvent) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        self._shown_once = True
        self._ask_thumbnails()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Type"), self.tr("Size"), self.tr("Added by"), self.tr("Added")]
        )
        self.hint.setText(
            self.tr(
                "Drop files onto the work order or paste an image (Ctrl+V) to attach them. Accepted: {types}."
            ).format(types=ALLOWED_LIST)
        )
        self.attach_button.setText(self.tr("Attach file…"))
        self.open_button.setText(self.tr("Open"))
        self.save_button.setText(self.tr("Save as…"))
        self.remove_button.setText(self.tr("Remove"))
        self.paste_action.setText(self.tr("Paste image"))
        self._fill()

    def refresh(self, number: int | None = None) -> None:
        """Read the order's attachments again."""
        if number is not None:
            self.number = number
        try:
            self.attachments = list_attachments(self.db, self.number)
        except BureauError:
            self.attachments = ()
        self._fill()
        if self._shown_once and self.isVisible():
            self._ask_thumbnails()

    def _fill(self) -> None:
        selected = self.selected()
        fmt = formatter()
        self.table.setRowCount(len(self.attachments))
        for row, attachment in enumerate(self.attachments):
            extension = attachment.file_name.rpartition(".")[2].upper()
            values = (
                attachment.file_name,
                EXTENSIONS.get(attachment.media_type, extension).upper(),
                size_text(attachment.size),
                attachment.user or "",
                fmt.datetime(attachment.created_at, "medium"),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, attachment.id)
                    item.setToolTip(attachment.file_name)
                    thumbnail = _thumbnails.get(attachment.sha256)
                    if thumbnail is not None and not thumbnail.isNull():
                        item.setIcon(QIcon(QPixmap.fromImage(thumbnail)))
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if any(attachment.is_image for attachment in self.attachments):
            self.table.verticalHeader().setDefaultSectionSize(THUMBNAIL + 6)
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def _ask_thumbnails(self) -> None:
        wanted = [
            a.sha256
            for a in self.attachments
            if a.is_image and a.sha256 not in _thumbnails and a.sha256 not in self._asked
        ]
        if not wanted:
            return
        self._asked.update(wanted)
        db, signals = self.db, self._thumbnail_signals

        def work() -> None:
            for sha256 in dict.fromkeys(wanted):
                try:
                    image = thumbnail_of(read_file(db, sha256))
                except BureauError:
                    image = QImage()
                signals.made.emit(sha256, image)

        self.thumbnails.start(work)

    def _thumbnail_made(self, sha256: str, image: QImage) -> None:
        _thumbnails[sha256] = image
        if image.isNull():
            return
        icon = QIcon(QPixmap.fromImage(image))
        for row, attachment in enumerate(self.attachments):
            item = self.table.item(row, 0)
            if attachment.sha256 == sha256 and item is not None:
                item.setIcon(icon)

    def wait_for_thumbnails(self, msecs: int = 30_000) -> bool:
        return self.thumbnails.waitForDone(msecs)

    def selected(self) -> AttachmentView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.attachments):
            return None
        return self.attachments[rows[0].row()]

    def select(self, attachment_id: int) -> None:
        for row, attachment in enumerate(self.attachments):
            if attachment.id == attachment_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(chosen)

    # -- attaching ------------------------------------------------------------------------------------
    def _ask_files(self) -> list[str]:
        patterns = " ".join(f"*.{extension}" for extension in ALLOWED_LIST.split(", ")) + " *.jpeg"
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files"), "", self.tr("Accepted files ({patterns})").format(patterns=patterns)
        )
        return paths

    def attach_chosen(self) -> bool:
        """*Attach file…*: choose files and attach them."""
        paths = self.choose_files()
        return self.attach_paths([Path(path) for path in paths])

    def attach_paths(self, paths: Sequence[Path]) -> bool:
        """Attach the files at ``paths`` in the worker; False when nothing was started."""
        if self._busy_said():
            return False
        return self.runner.attach_paths(self.number, paths)

    def _busy_said(self) -> bool:
        """Whether a file is being read or attached now (the agent is then told to wait)."""
        if not self.runner.busy:
            return False
        QMessageBox.information(
            self, self.tr("Attach files"), self.tr("A file is being attached: wait until it is done, then try again.")
        )
        return True

    def paste_image(self) -> bool:
        """Attach the clipboard's image as a PNG named after the moment it was pasted."""
        image = QApplication.clipboard().image()
        if image.isNull():
            QMessageBox.information(self, self.tr("Paste image"), self.tr("The clipboard holds no image to attach."))
            return False
        return self.attach_image(image)

    def attach_image(self, image: QImage) -> bool:
        moment = QDateTime.currentDateTime().toString("yyyy-MM-dd HH-mm-ss")
        name = self.tr("Pasted image {moment}.png").format(moment=moment)
        if self._busy_said():
            return False
        return self.runner.attach_content(self.number, name, png_bytes(image))

    def _job_done(self, result: object) -> None:
        if result is None:  # stopped: nothing written
            self._pending_open = False
            return
        if isinstance(result, AttachOutcome):
            if result.attached:
                self.changed.emit()
            if result.refused:
                lines = [
                    self.tr("{file}: {reason}").format(
                        file=name, reason=translate_message(reason) if isinstance(reason, Message) else reason
                    )
                    for name, reason in result.refused
                ]
                QMessageBox.warning(self, self.tr("Attach files"), "\n\n".join(lines))
            return
        if isinstance(result, tuple):  # writing the copy failed
            name, reason = result
            QMessageBox.warning(
                self,
                self.tr("Save attachment"),
                self.tr("“{file}” could not be written: {reason}").format(file=name, reason=reason),
            )
            return
        if isinstance(result, Path) and self._pending_open:
            self._pending_open = False
            if self.runner.stopped:  # cancelled: the copy written meanwhile is not opened
                return
            if not self.opener(QUrl.fromLocalFile(str(result))):
                QMessageBox.warning(
                    self, self.tr("Open attachment"), self.tr("No program could open {file}.").format(file=result.name)
                )

    # -- open, save, remove ---------------------------------------------------------------------------
    def open_selected(self) -> bool:
        """*Open*: a private temporary copy handed to the system's viewer."""
        attachment = self.selected()
        if attachment is None:
            return False
        self._pending_open = self.runner.write_copy(attachment, None, self.copies)
        return self._pending_open

    def _ask_save_path(self, attachment: AttachmentView) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save attachment"), attachment.file_name)
        return path

    def save_selected(self) -> bool:
        attachment = self.selected()
        if attachment is None:
            return False
        path = self.choose_save_path(attachment)
        if not path:
            return False
        self._pending_open = False
        return self.runner.write_copy(attachment, Path(path), self.copies)

    def remove_selected(self, confirm: bool = True) -> bool:
        attachment = self.selected()
        if attachment is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Remove attachment"),
                self.tr("Remove “{file}” from the work order?").format(file=attachment.file_name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            remove_attachment(self.db, self.actor, attachment.id)
        except BureauError as error:
            QMessageBox.warning(self, self.tr("Remove attachment"), translate_message(error.message))
            self.refresh()
            return False
        self.changed.emit()
        return True


class DropFilter(QObject):
    """Files dragged onto the order's view are attached when dropped; an image dragged without a file too."""

    def __init__(self, panel: AttachmentsPanel, parent: QObject) -> None:
        super().__init__(parent)
        self.panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            mime = event.mimeData()
            if local_files(mime.urls()) or mime.hasImage():
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop:
            return self._dropped(event)  # type: ignore[arg-type]
        return False

    def _dropped(self, event: QDropEvent) -> bool:
        mime = event.mimeData()
        paths = local_files(mime.urls())
        if paths:
            event.acceptProposedAction()
            self.panel.attach_paths(paths)
            return True
        if mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                event.acceptProposedAction()
                self.panel.attach_image(image)
                return True
        return False


def carry_attachments(parent: QWidget, db: Database, actor: Actor, source: int, target: int) -> int:
    """Log similar: attach to order ``target`` the attachments of order ``source``; how many (0 and the agent told
    why when it could not)."""
    try:
        return copy_attachments(db, actor, source, target)
    except BureauError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("AttachmentsPanel", "Attachments"),
            QCoreApplication.translate(
                "AttachmentsPanel", "The attachments of work order {number} were not copied: {reason}"
            ).format(number=source, reason=translate_message(error.message)),
        )
        return 0


def install_attachments(view: WorkOrderDetailView) -> AttachmentsPanel:
    """Give a work order's view (``WorkOrderDetailView``) its Attachments tab, *Attach file…* in its Actions menu,
    and drops of files onto it; the tab follows every reload of the order."""
    panel = AttachmentsPanel(view.db, view.actor, view.number, view.work_tabs)
    view.attachments_panel = panel
    tabs = view.work_tabs
    index = tabs.addTab(panel, "")

    action = QAction(view)
    action.setObjectName("action_attach_file")
    action.triggered.connect(lambda _checked=False: _attach_from_menu(view, panel))
    view.menu.insertAction(view.log_similar_action, action)
    view.attach_action = action

    def retitle() -> None:
        count = len(panel.attachments)
        title = QCoreApplication.translate("AttachmentsPanel", "Attachments")
        tabs.setTabText(index, f"{title} ({count})" if count else title)
        action.setText(QCoreApplication.translate("AttachmentsPanel", "Attach file…"))
        action.setToolTip(QCoreApplication.translate("AttachmentsPanel", "Attach files to this work order"))

    def shown() -> None:  # after every show_detail: a reload, a change, a language change
        panel.refresh(view.number)
        retitle()

    def changed() -> None:
        view.reload()
        view.changed.emit(view.number)

    view.titleChanged.connect(lambda _title: shown())
    panel.changed.connect(changed)
    view.setAcceptDrops(True)
    view.attachments_drop = DropFilter(panel, view)
    view.installEventFilter(view.attachments_drop)
    return panel


def _attach_from_menu(view: WorkOrderDetailView, panel: AttachmentsPanel) -> None:
    view.work_tabs.setCurrentWidget(panel)
    panel.attach_chosen()


__all__ = [
    "AttachOutcome",
    "AttachRunner",
    "AttachmentsPanel",
    "carry_attachments",
    "DropFilter",
    "copy_name",
    "install_attachments",
    "shown_name",
    "write_file",
    "png_bytes",
    "size_text",
    "thumbnail_of",
]
