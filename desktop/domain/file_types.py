"""The files a work order accepts as attachments, each recognised by its content, never by its name alone.

A file is accepted when its name's extension is on the allow-list (:data:`ALLOWED`) and its content is of that
type, as the ``filetype`` library reads it from its first bytes:

- pdf, png, jpg/jpeg and zip by their own signatures;
- docx, xlsx and pptx are zip archives: ``filetype`` names them by the parts they hold (``word/``, ``xl/``,
  ``ppt/``); an archive it reads only as a plain zip is accepted when its list of parts has
  ``[Content_Types].xml`` and the part folder of the type;
- doc, xls and ppt are OLE compound files: the compound file's signature and, in its directory, the stream that
  makes each one (``WordDocument``, ``Workbook`` or ``Book``, ``PowerPoint Document``) — ``filetype``'s own
  matchers for these take almost any compound file (an installer .msi) for a workbook;
- txt has no signature: text without the control bytes binary files hold (NUL, the C0 controls other than tab,
  line and page breaks and escape, DEL), or UTF-16 with its byte-order mark, and not a document ``filetype``
  recognises (PDF, PostScript, RTF) — a program renamed ``.txt`` is refused.

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
# Characters a file name may not carry into the list: controls (a new line would break the activity's text), the
# line and paragraph separators, the bidirectional controls (a right-to-left override shows "photo\u202egnp.exe"
# as "photoexe.png") and lone surrogates (a name the system could not decode), which no database stores.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")
# The characters that change how the text after them is shown (direction) or break its line, invisible themselves.
DISGUISING = re.compile("[\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")
# The bytes (and characters) of binary content, never in text: controls other than BEL to CR and ESC, and DEL.
_BINARY = re.compile(rb"[\x00-\x06\x0e-\x1a\x1c-\x1f\x7f]")
# What ``filetype`` recognises in content that may hold no binary byte at all: these are refused as text. Other
# signatures ("BM" for a bitmap, "ID3", "GIF", "SQLite"...) begin ordinary lines too ("BMS alarm log"): a real
# file of those types holds binary bytes, and is refused for them.
_TEXT_DOCUMENTS = frozenset({"pdf", "ps", "rtf"})
_BINARY_TEXT = re.compile("[\x00-\x06\x0e-\x1a\x1c-\x1f\x7f]")


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


def _ole(*streams: str) -> Callable[[bytes | bytearray | memoryview], bool]:
    wanted = frozenset(streams)

    def recognise(content: bytes | bytearray | memoryview) -> bool:
        if bytes(content[: len(OLE_SIGNATURE)]) != OLE_SIGNATURE:
            return False
        return not wanted.isdisjoint(ole_streams(content))

    return recognise


_END_OF_CHAIN = 0xFFFFFFFE
_MAX_SECTOR = 0xFFFFFFFA


def ole_streams(content: bytes | bytearray | memoryview) -> frozenset[str]:
    """The names of the streams in the directory of a compound file (OLE: .doc, .xls, .ppt, .msi...); none when
    ``content`` is not one or its directory cannot be read."""
    view = memoryview(content)
    if len(view) < 512 or bytes(view[:8]) != OLE_SIGNATURE:
        return frozenset()
    shift = int.from_bytes(view[0x1E:0x20], "little")
    if shift not in (9, 12):
        return frozenset()
    sector_size = 1 << shift
    per_sector = sector_size // 4

    def sector(number: int) -> memoryview | None:
        start = (number + 1) * sector_size
        return view[start : start + sector_size] if number <= _MAX_SECTOR and start + sector_size <= len(view) else None

    def entry(data: memoryview, index: int) -> int:
        return int.from_bytes(data[4 * index : 4 * index + 4], "little")

    fat_sectors = [entry(view[0x4C:0x200], index) for index in range(109)]
    difat, seen = entry(view, 0x44 // 4), 0
    while difat <= _MAX_SECTOR and seen < len(view) // sector_size:
        data = sector(difat)
        if data is None:
            return frozenset()
        fat_sectors += [entry(data, index) for index in range(per_sector - 1)]
        difat, seen = entry(data, per_sector - 1), seen + 1
    fat_count = entry(view, 0x2C // 4)
    fat_sectors = [number for number in fat_sectors[:fat_count] if number <= _MAX_SECTOR]

    def following(number: int) -> int:
        index, offset = divmod(number, per_sector)
        data = sector(fat_sectors[index]) if index < len(fat_sectors) else None
        return _END_OF_CHAIN if data is None else entry(data, offset)

    names: set[str] = set()
    current, visited = entry(view, 0x30 // 4), set()
    while current <= _MAX_SECTOR and current not in visited:
        visited.add(current)
        data = sector(current)
        if data is None:
            break
        for start in range(0, sector_size, 128):
            record = data[start : start + 128]
            length = int.from_bytes(record[64:66], "little")
            if record[66] == 2 and 2 <= length <= 64 and length % 2 == 0:  # a stream, its name with its NUL
                names.add(bytes(record[: length - 2]).decode("utf-16-le", "replace"))
        current = following(current)
    return frozenset(names)


def is_text(content: bytes | bytearray | memoryview) -> bool:
    """Whether ``content`` is plain text: none of the control bytes binary content holds (UTF-16 with its
    byte-order mark is decoded first) — a program, an archive or an image always holds some — and not a document
    ``filetype`` recognises that may be written in text alone (PDF, PostScript, RTF)."""
    if not content:
        return False
    head = _head(content)
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return _decodes(content, "utf-16-le" if head[:2] == b"\xff\xfe" else "utf-16-be", start=2)
    if _BINARY.search(content) is not None:
        return False
    found = filetype.guess(head)
    return found is None or found.extension not in _TEXT_DOCUMENTS


def _decodes(content: bytes | bytearray | memoryview, encoding: str, start: int = 0, chunk: int = 1 << 20) -> bool:
    """Whether ``content`` from ``start`` is text in ``encoding`` without binary controls, decoded a chunk at a
    time."""
    decoder = codecs.getincrementaldecoder(encoding)()
    view = memoryview(content)
    try:
        for offset in range(start, len(view), chunk):
            if _BINARY_TEXT.search(decoder.decode(view[offset : offset + chunk])):
                return False
        if _BINARY_TEXT.search(decoder.decode(b"", final=True)):
            return False
    except UnicodeDecodeError:
        return False
    return True


ALLOWED: dict[str, AllowedType] = {
    entry.extension: entry
    for entry in (
        AllowedType("txt", "text/plain", is_text),
        AllowedType("pdf", archive.Pdf.MIME, _matches(archive.Pdf())),
        AllowedType("doc", document.Doc.MIME, _ole("WordDocument")),
        AllowedType("docx", document.Docx.MIME, _office_open_xml(document.Docx(), "word/")),
        AllowedType("xls", document.Xls.MIME, _ole("Workbook", "Book")),
        AllowedType("xlsx", document.Xlsx.MIME, _office_open_xml(document.Xlsx(), "xl/")),
        AllowedType("ppt", document.Ppt.MIME, _ole("PowerPoint Document")),
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
    "DISGUISING",
    "EXTENSIONS",
    "IMAGE_TYPES",
    "AllowedType",
    "allowed_type",
    "attachment_name",
    "attachment_type",
    "extension_of",
    "is_text",
    "ole_streams",
]
