"""The files a work order accepts as attachments, each recognised by its content, never by its name alone.

A file is accepted when its name's extension is on the allow-list (:data:`ALLOWED`) and its content is of that
type, as the ``filetype`` library reads it from its first bytes:

- pdf, png, jpg/jpeg and zip by their own signatures;
- docx, xlsx and pptx are zip archives: ``filetype`` names them by the parts they hold (``word/``, ``xl/``,
  ``ppt/``); an archive it reads only as a plain zip is accepted when its list of parts has
  ``[Content_Types].xml`` and the part folder of the type;
- doc, xls and ppt are OLE compound files: the compound file's signature and the stream that makes each one
  (``WordDocument``, ``Workbook`` or ``Book``, ``PowerPoint Document``), or ``filetype``'s own matcher;
- txt has no signature: text without NUL bytes (or UTF-16 with its byte-order mark) that ``filetype`` does not
  recognise as anything else — a program renamed ``.txt`` is refused.

The user's file name is kept to show (:func:`attachment_name`), never used as a path.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

import filetype
from filetype.types import archive, document, image

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

NAME_MAX = 255
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Characters a file name may not carry into the list: controls (a new line would break the activity's text) and
# lone surrogates (a name the system could not decode), which no database stores.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


@dataclass(frozen=True)
class AllowedType:
    """One entry of the allow-list: the extension, the media type stored, and how its content is recognised."""

    extension: str
    media_type: str
    recognise: Callable[[bytes | bytearray | memoryview], bool]

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


def _matches(matcher: filetype.Type) -> Callable[[bytes | bytearray | memoryview], bool]:
    return lambda content: bool(matcher.match(_head(content)))


def _head(content: bytes | bytearray | memoryview, size: int = 8192) -> bytearray:
    return bytearray(content[:size])


def _office_open_xml(matcher: filetype.Type, folder: str) -> Callable[[bytes | bytearray | memoryview], bool]:
    def recognise(content: bytes | bytearray | memoryview) -> bool:
        if matcher.match(_head(content)):
            return True
        if not archive.Zip().match(_head(content)):
            return False
        names = _zip_names(content)
        return "[Content_Types].xml" in names and any(name.startswith(folder) for name in names)

    return recognise


class _Reader(io.RawIOBase):
    """A seekable stream over content in memory that copies nothing (``io.BytesIO`` copies a bytearray)."""

    def __init__(self, content: bytes | bytearray | memoryview) -> None:
        self._view = memoryview(content)
        self._position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        chunk = self._view[self._position : self._position + len(buffer)]
        buffer[: len(chunk)] = chunk
        self._position += len(chunk)
        return len(chunk)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: len(self._view)}[whence]
        self._position = max(0, base + offset)
        return self._position

    def tell(self) -> int:
        return self._position


def _zip_names(content: bytes | bytearray | memoryview) -> list[str]:
    try:
        with zipfile.ZipFile(io.BufferedReader(_Reader(content))) as archive_file:
            return archive_file.namelist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        return []


def _ole(matcher: filetype.Type, *streams: str) -> Callable[[bytes | bytearray | memoryview], bool]:
    names = tuple(stream.encode("utf-16-le") for stream in streams)

    def recognise(content: bytes | bytearray | memoryview) -> bool:
        if bytes(content[: len(OLE_SIGNATURE)]) != OLE_SIGNATURE:
            return False
        if matcher.match(_head(content, 4096)):
            return True
        # The directory of a compound file names its streams in UTF-16.
        data = content if isinstance(content, bytes | bytearray) else bytes(content)
        return any(data.find(name) >= 0 for name in names)

    return recognise


def is_text(content: bytes | bytearray | memoryview) -> bool:
    """Whether ``content`` is plain text: no NUL bytes (UTF-16 with its byte-order mark excepted), and nothing
    ``filetype`` recognises as another type (a program, an archive, an image...)."""
    if not content:
        return False
    head = _head(content)
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return _decodes(content, "utf-16-le" if head[:2] == b"\xff\xfe" else "utf-16-be", start=2)
    if filetype.guess(head) is not None:
        return False
    data = content if isinstance(content, bytes | bytearray) else bytes(content)
    return data.find(b"\x00") < 0


def _decodes(content: bytes | bytearray | memoryview, encoding: str, start: int = 0, chunk: int = 1 << 20) -> bool:
    """Whether ``content`` from ``start`` is text in ``encoding``, decoded a chunk at a time."""
    decoder = codecs.getincrementaldecoder(encoding)()
    view = memoryview(content)
    try:
        for offset in range(start, len(view), chunk):
            decoder.decode(view[offset : offset + chunk])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


ALLOWED: dict[str, AllowedType] = {
    entry.extension: entry
    for entry in (
        AllowedType("txt", "text/plain", is_text),
        AllowedType("pdf", archive.Pdf.MIME, _matches(archive.Pdf())),
        AllowedType("doc", document.Doc.MIME, _ole(document.Doc(), "WordDocument")),
        AllowedType("docx", document.Docx.MIME, _office_open_xml(document.Docx(), "word/")),
        AllowedType("xls", document.Xls.MIME, _ole(document.Xls(), "Workbook", "Book")),
        AllowedType("xlsx", document.Xlsx.MIME, _office_open_xml(document.Xlsx(), "xl/")),
        AllowedType("ppt", document.Ppt.MIME, _ole(document.Ppt(), "PowerPoint Document")),
        AllowedType("pptx", document.Pptx.MIME, _office_open_xml(document.Pptx(), "ppt/")),
        AllowedType("png", image.Png.MIME, _matches(image.Png())),
        AllowedType("jpg", image.Jpeg.MIME, _matches(image.Jpeg())),
        AllowedType("jpeg", image.Jpeg.MIME, _matches(image.Jpeg())),
        AllowedType("zip", archive.Zip.MIME, _matches(archive.Zip())),
    )
}
# How the allow-list is shown to the agent.
ALLOWED_LIST = ", ".join(extension for extension in ALLOWED if extension != "jpeg")
# The extension of a copy written out to be opened, by media type.
EXTENSIONS = {entry.media_type: entry.extension for entry in reversed(ALLOWED.values())}
IMAGE_TYPES = frozenset(entry.media_type for entry in ALLOWED.values() if entry.is_image)


def attachment_name(file_name: object) -> str:
    """The name an attachment is shown with: the last part of ``file_name`` (whatever folders it named, with / or
    \\), without control characters, at most 255 characters, its extension kept. Refused when nothing is left."""
    if not isinstance(file_name, str):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file has no name."))
    name = re.split(r"[\\/]", file_name)[-1]
    name = _CONTROL.sub("", name).strip()
    if name in ("", ".", ".."):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file has no name."))
    if len(name) > NAME_MAX:
        stem, dot, extension = name.rpartition(".")
        if dot and 0 < len(extension) < 16:
            name = stem[: NAME_MAX - len(extension) - 1].rstrip() + "." + extension
        else:
            name = name[:NAME_MAX]
    return name


def extension_of(file_name: str) -> str:
    """The extension of ``file_name`` in lower case, without its dot ("" when it has none)."""
    stem, dot, extension = file_name.rpartition(".")
    return extension.lower() if dot and stem.strip() else ""


def allowed_type(file_name: str) -> AllowedType:
    """The allow-list's entry for the extension of ``file_name``; refused when it has none or another one."""
    entry = ALLOWED.get(extension_of(file_name))
    if entry is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{name}” cannot be attached: only {extensions} files are accepted."),
            name=file_name,
            extensions=ALLOWED_LIST,
        )
    return entry


def attachment_type(file_name: str, content: bytes | bytearray | memoryview) -> AllowedType:
    """The type of an attachment: the allow-list's entry for its name's extension when its content is of that type;
    refused otherwise, saying what the content looks like when ``filetype`` recognises it."""
    entry = allowed_type(file_name)
    if not content:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{name}” is empty."), name=file_name)
    if entry.recognise(content):
        return entry
    found = filetype.guess(_head(content))
    if found is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{name}” is not a .{extension} file: its content is a .{found} file. Files are accepted by what "
                "they contain, not by their name.",
            ),
            name=file_name,
            extension=entry.extension,
            found=found.extension,
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "“{name}” is not a .{extension} file: its content does not match its name. Files are accepted by what "
            "they contain, not by their name.",
        ),
        name=file_name,
        extension=entry.extension,
    )


__all__ = [
    "ALLOWED",
    "ALLOWED_LIST",
    "EXTENSIONS",
    "IMAGE_TYPES",
    "AllowedType",
    "allowed_type",
    "attachment_name",
    "attachment_type",
    "extension_of",
    "is_text",
]
