"""Viewing a certificate's document: a copy written to a temporary file, opened with the system's viewer."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.services.certificates import certificate_document
from desktop.services.stored_files import EXTENSIONS
from desktop.ui.i18n import translate_message

# Opens a file's URL with the system's viewer; tests give one that launches nothing.
Opener = Callable[[QUrl], bool]
STEM_MAX = 80


def system_opener(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


def safe_file_name(file_name: str, media_type: str) -> str:
    """A name for the copy: the document's name without characters a file system may refuse, and the extension
    of its real type."""
    stem = Path(file_name).stem if file_name else ""
    stem = re.sub(r"[^\w\- ]+", "_", stem).strip(" ._")[:STEM_MAX] or "certificate"
    return f"{stem}.{EXTENSIONS.get(media_type, 'bin')}"


def write_copy(file_name: str, media_type: str, content: bytes) -> Path:
    """The document written to a folder of its own in the temporary folder; its path."""
    folder = Path(tempfile.mkdtemp(prefix="bureau-certificate-"))
    path = folder / safe_file_name(file_name, media_type)
    path.write_bytes(content)
    return path


def view_certificate(parent: QWidget, db: Database, certificate_id: int, opener: Opener = system_opener) -> bool:
    """Open the certificate's document with the system's viewer; False (and the agent told why) when it cannot."""
    title = QCoreApplication.translate("CertificateViewer", "View certificate")
    try:
        file_name, media_type, content = certificate_document(db, certificate_id)
    except BureauError as error:
        QMessageBox.warning(parent, title, translate_message(error.message))
        return False
    try:
        path = write_copy(file_name, media_type, content)
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
            ).format(name=file_name, path=path),
        )
        return False
    return True


__all__ = ["Opener", "safe_file_name", "system_opener", "view_certificate", "write_copy"]
