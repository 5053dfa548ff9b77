"""Viewing a certificate's document: a copy written to a temporary folder, opened with the system's viewer.

The copies of a session are kept in one folder of the system's temporary folder, removed when Bureau ends (the
viewer may still be reading one while Bureau runs). A document viewed again is opened from its copy, unless the
copy was changed or removed meanwhile, so it is read from the database once. Folders that a session ended without
removing (a crash) are removed once they are more than a day old.
"""

from __future__ import annotations

import atexit
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.services.certificates import certificate_file
from desktop.services.stored_files import EXTENSIONS, read_file
from desktop.ui.i18n import translate_message

# Opens a file's URL with the system's viewer; tests give one that launches nothing.
Opener = Callable[[QUrl], bool]
STEM_MAX = 80
COPIES_PREFIX = "bureau-documents-"
STALE_AFTER = 24 * 3600  # seconds: a folder of copies older than this belongs to no running session
# Names Windows gives to devices, whatever their extension: a file cannot be called CON.pdf or com1.png.
WINDOWS_DEVICES = frozenset({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}) | frozenset(
    f"{port}{digit}" for port in ("COM", "LPT") for digit in "123456789¹²³"
)


def system_opener(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


def safe_file_name(file_name: str, media_type: str) -> str:
    """A name for the copy: the document's name without characters a file system may refuse (nor a name Windows
    keeps for a device), and the extension of its real type."""
    stem = Path(file_name).stem if file_name else ""
    stem = re.sub(r"[^\w\- ]+", "_", stem).strip(" ._")[:STEM_MAX].strip(" ._") or "certificate"
    if stem.upper() in WINDOWS_DEVICES:
        stem = f"_{stem}"
    return f"{stem}.{EXTENSIONS.get(media_type, 'bin')}"


@dataclass(frozen=True)
class _Copy:
    path: Path
    size: int
    modified_ns: int


def remove_stale_copies(base: Path, now: float | None = None) -> None:
    """Remove the folders of copies in ``base`` that are more than a day old (left by a session that ended
    without removing its own)."""
    limit = (time.time() if now is None else now) - STALE_AFTER
    try:
        folders = [path for path in base.iterdir() if path.name.startswith(COPIES_PREFIX)]
    except OSError:
        return
    for folder in folders:
        try:
            if folder.is_dir() and not folder.is_symlink() and folder.stat().st_mtime < limit:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


class DocumentCopies:
    """The copies of documents written in this session, in a folder of their own inside ``base`` (by default the
    system's temporary folder), created when the first one is written."""

    def __init__(self, base: Path | None = None) -> None:
        self.base = base
        self.folder: Path | None = None
        self.copies: dict[tuple[str, str], _Copy] = {}

    def existing(self, sha256: str, name: str) -> Path | None:
        """The copy of this content under this name written earlier, when it is still as written."""
        copy = self.copies.get((sha256, name))
        if copy is None:
            return None
        try:
            stat = copy.path.stat()
        except OSError:
            return None
        return copy.path if (stat.st_size, stat.st_mtime_ns) == (copy.size, copy.modified_ns) else None

    def write(self, sha256: str, name: str, content: bytes) -> Path:
        """Write a copy, in a subfolder of its own (a copy still open in a viewer is never overwritten); its path."""
        if self.folder is None or not self.folder.is_dir():
            base = self.base or Path(tempfile.gettempdir())
            remove_stale_copies(base)
            self.folder = Path(tempfile.mkdtemp(prefix=COPIES_PREFIX, dir=base))
        path = Path(tempfile.mkdtemp(dir=self.folder)) / name
        path.write_bytes(content)
        stat = path.stat()
        self.copies[(sha256, name)] = _Copy(path, stat.st_size, stat.st_mtime_ns)
        return path

    def remove(self) -> None:
        """Remove every copy of the session (those a viewer still holds open may stay)."""
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None
        self.copies.clear()


_session_copies = DocumentCopies()
atexit.register(_session_copies.remove)


def session_copies() -> DocumentCopies:
    """The copies of this session, removed when Bureau ends."""
    return _session_copies


def view_certificate(
    parent: QWidget,
    db: Database,
    certificate_id: int,
    opener: Opener = system_opener,
    copies: DocumentCopies | None = None,
) -> bool:
    """Open the certificate's document with the system's viewer; False (and the agent told why) when it cannot."""
    title = QCoreApplication.translate("CertificateViewer", "View certificate")
    copies = copies or session_copies()
    try:
        document = certificate_file(db, certificate_id)
        name = safe_file_name(document.file_name, document.media_type)
        path = copies.existing(document.sha256, name)
        content = read_file(db, document.sha256) if path is None else b""
    except BureauError as error:
        QMessageBox.warning(parent, title, translate_message(error.message))
        return False
    if path is None:
        try:
            path = copies.write(document.sha256, name, content)
        except OSError as error:
            QMessageBox.warning(
                parent,
                title,
                QCoreApplication.translate(
                    "CertificateViewer", "The document could not be written to a temporary file: {error}"
                ).format(error=error.strerror or error),
            )
            return False
    if not opener(QUrl.fromLocalFile(str(path))):
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "CertificateViewer", "No program on this computer opens “{name}”. It was saved as {path}."
            ).format(name=document.file_name, path=path),
        )
        return False
    return True


__all__ = [
    "DocumentCopies",
    "Opener",
    "remove_stale_copies",
    "safe_file_name",
    "session_copies",
    "system_opener",
    "view_certificate",
]
