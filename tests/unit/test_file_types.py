"""The allow-list of attachments: each type recognised by its content, a file renamed to another type refused."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.file_types import ALLOWED, attachment_name, attachment_type, is_text, ole_streams


def png_bytes() -> bytes:
    """A 1×1 PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 32 + b"\xff\xd9"
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64 + b"This program cannot be run in DOS mode"
ELF = b"\x7fELF\x02\x01\x01" + b"\x00" * 64


def zip_bytes(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


def ole_bytes(*streams: str, trailer: bytes = b"") -> bytes:
    """A compound file (512-byte sectors) whose directory holds ``streams`` (empty ones): the header, the FAT in
    sector 0, the directory from sector 1 on (4 entries a sector), then ``trailer``."""
    names = ("Root Entry", *streams)
    directory_sectors = (len(names) + 3) // 4
    fat = [0xFFFFFFFD] + [number + 2 for number in range(directory_sectors - 1)] + [0xFFFFFFFE]
    fat += [0xFFFFFFFF] * (128 - len(fat))
    difat = [0] + [0xFFFFFFFF] * 108
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\x00" * 6
        + struct.pack("<IIIIIIII", 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE)
        + struct.pack("<I", 0)
        + struct.pack("<109I", *difat)
    )
    assert len(header) == 512
    entries = b""
    for index, name in enumerate(names):
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        kind = 5 if index == 0 else 2
        sibling = index + 1 if 0 < index < len(names) - 1 else 0xFFFFFFFF
        child = 1 if index == 0 and len(names) > 1 else 0xFFFFFFFF
        entries += (
            encoded.ljust(64, b"\x00")
            + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", 0xFFFFFFFF, sibling, child)
            + b"\x00" * 36
            + struct.pack("<IQ", 0xFFFFFFFE, 0)
        )
    entries = entries.ljust(512 * directory_sectors, b"\x00")
    return header + struct.pack("<128I", *fat) + entries + trailer


DOCX = zip_bytes("[Content_Types].xml", "_rels/.rels", "word/document.xml")
XLSX = zip_bytes("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml")
PPTX = zip_bytes("[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml")

SAMPLES = {
    "notes.txt": "Boiler pressure 1.5 bar — vérifié.\n".encode(),
    "report.pdf": PDF,
    "letter.doc": ole_bytes("WordDocument", "1Table"),
    "letter.docx": DOCX,
    "sheet.xls": ole_bytes("Workbook"),
    "sheet.xlsx": XLSX,
    "slides.ppt": ole_bytes("PowerPoint Document"),
    "slides.pptx": PPTX,
    "photo.png": png_bytes(),
    "photo.jpg": JPEG,
    "photo.JPEG": JPEG,
    "bundle.zip": zip_bytes("a.txt", "b.txt"),
}


@pytest.mark.parametrize(("name", "content"), SAMPLES.items())
def test_each_allowed_type_is_accepted_by_its_content(name: str, content: bytes) -> None:
    entry = attachment_type(name, content)
    assert entry.extension == name.rpartition(".")[2].lower()


def test_a_real_workbook_is_an_xlsx() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Boiler"
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert attachment_type("costs.xlsx", buffer.getvalue()).media_type == ALLOWED["xlsx"].media_type


@pytest.mark.parametrize("name", ["report.pdf", "notes.txt", "photo.png", "photo.jpg", "letter.docx", "bundle.zip"])
def test_an_executable_renamed_is_refused_saying_what_it_is(name: str) -> None:
    with pytest.raises(ValidationError) as raised:
        attachment_type(name, EXE)
    assert raised.value.message.args["found"] == "exe"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("photo.png", JPEG),
        ("photo.jpg", png_bytes()),
        ("report.pdf", b"just text"),
        ("letter.docx", XLSX),
        ("sheet.xlsx", DOCX),
        ("slides.pptx", zip_bytes("a.txt")),
        ("letter.doc", ole_bytes("Workbook")),
        ("sheet.xls", ole_bytes("WordDocument")),
        ("installer.doc", ole_bytes("SummaryInformation")),
        ("notes.txt", b"text\x00with a NUL"),
        ("notes.txt", ELF),
        ("notes.txt", PDF),
        ("bundle.zip", PDF),
    ],
)
def test_content_of_another_type_is_refused(name: str, content: bytes) -> None:
    with pytest.raises(ValidationError) as raised:
        attachment_type(name, content)
    assert raised.value.message.args["name"] == name


@pytest.mark.parametrize("name", ["setup.exe", "script.sh", "noextension", ".txt", "archive.tar.gz", "photo.gif"])
def test_an_extension_off_the_list_is_refused(name: str) -> None:
    with pytest.raises(ValidationError) as raised:
        attachment_type(name, b"hello")
    assert "txt, pdf" in raised.value.message.args["extensions"]


def test_empty_content_is_refused() -> None:
    with pytest.raises(ValidationError):
        attachment_type("notes.txt", b"")


def test_utf16_text_with_its_mark_is_text() -> None:
    assert is_text("Ligne".encode("utf-16-le")) is False  # no mark: NUL bytes
    assert is_text(b"\xff\xfe" + "Ligne".encode("utf-16-le"))
    assert is_text("Grüße".encode("latin-1"))


@pytest.mark.parametrize(
    ("given_name", "kept"),
    [
        ("C:\\Users\\jan\\Desktop\\photo.png", "photo.png"),
        ("/etc/../../passwd.txt", "passwd.txt"),
        ("../../evil.pdf", "evil.pdf"),
        ("  report\n.pdf ", "report.pdf"),
    ],
)
def test_attachment_name_keeps_the_last_part_only(given_name: str, kept: str) -> None:
    assert attachment_name(given_name) == kept


def test_a_long_name_keeps_its_extension() -> None:
    name = attachment_name("x" * 400 + ".docx")
    assert len(name) == 255 and name.endswith(".docx")


@pytest.mark.parametrize("bad", ["", "/", "C:\\dir\\", "..", None, 12])
def test_no_name_is_refused(bad: object) -> None:
    with pytest.raises(ValidationError):
        attachment_name(bad)


@given(st.text(max_size=400))
def test_any_name_is_refused_or_a_plain_name(text: str) -> None:
    try:
        name = attachment_name(text)
    except ValidationError:
        return
    assert name and len(name) <= 255
    assert "/" not in name and "\\" not in name
    assert not any(ord(character) < 32 for character in name)
    assert not any(character in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" for character in name)


@given(st.sampled_from(sorted(ALLOWED)), st.binary(max_size=2048))
def test_any_content_is_accepted_as_the_type_or_refused(extension: str, content: bytes) -> None:
    try:
        entry = attachment_type(f"file.{extension}", content)
    except ValidationError:
        return
    assert entry.extension == extension


def test_an_office_document_filetype_reads_as_a_plain_zip_is_recognised_by_its_parts() -> None:
    parts = ("docProps/app.xml", "docProps/core.xml", "customXml/a.xml", "customXml/b.xml", "customXml/c.xml")
    late_docx = zip_bytes(*parts, "[Content_Types].xml", "word/document.xml")
    assert attachment_type("letter.docx", bytearray(late_docx)).extension == "docx"
    with pytest.raises(ValidationError):
        attachment_type("sheet.xlsx", late_docx)


MSI = ole_bytes(
    "\x05SummaryInformation", "\x05DocumentSummaryInformation", "!Tables", "!Files", "!Registry", "!Property"
)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("installer.xls", MSI),
        ("installer.ppt", MSI),
        ("installer.doc", MSI),
        ("letter.xls", ole_bytes("WordDocument", "1Table", trailer="Booking at 9:00".encode("utf-16-le"))),
        ("letter.ppt", ole_bytes("WordDocument", trailer="PowerPoint Document".encode("utf-16-le"))),
        ("broken.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "Workbook".encode("utf-16-le").ljust(1024, b"\x00")),
    ],
)
def test_a_compound_file_without_the_stream_of_its_type_is_refused(name: str, content: bytes) -> None:
    with pytest.raises(ValidationError):
        attachment_type(name, content)


def test_the_streams_of_a_compound_file_are_read_from_its_directory() -> None:
    assert ole_streams(ole_bytes("Workbook", "a", "b", "c", "d", "e")) == {"Workbook", "a", "b", "c", "d", "e"}
    assert ole_streams(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 600) == frozenset()
    assert ole_streams(PDF) == frozenset()


@pytest.mark.parametrize(
    "content",
    [
        bytes(range(1, 256)) * 8,  # binary without a NUL byte
        b"plain start\n" + b"\x01\x02\x03\x04\x90\x91" * 50,
        b"\xff\xfe" + bytes(range(1, 256)) * 8,  # "UTF-16" that decodes to controls
    ],
)
def test_binary_content_is_not_text(content: bytes) -> None:
    assert not is_text(content)
    with pytest.raises(ValidationError):
        attachment_type("notes.txt", content)


def test_text_with_tabs_escapes_and_form_feeds_is_text() -> None:
    assert is_text(b"col1\tcol2\r\n\x1b[1mbold\x1b[0m\x0cnext page\x07")
    assert is_text(memoryview("Straße\n".encode()))


@pytest.mark.parametrize(
    ("given_name", "kept"),
    [
        ("photo\u202egnp.exe.png", "photognp.exe.png"),
        ("invoice\u2067fdp\u2069.txt", "invoicefdp.txt"),
        ("line\u2028break.pdf", "linebreak.pdf"),
        ("\u200freport.pdf", "report.pdf"),
    ],
)
def test_bidirectional_controls_are_removed_from_the_name(given_name: str, kept: str) -> None:
    assert attachment_name(given_name) == kept


@pytest.mark.parametrize(
    "content",
    [
        b"BMS alarm log\nAHU-2 supply temperature high\n",  # "BM": a bitmap's signature
        b"ID3 tags to check on the lobby screens\n",  # "ID3": an MP3's
        b"GIF of the leak sent by the tenant\n",
        b"SQLite export of the meter readings\n",
        b"MZ-12 boiler serviced\n",  # "MZ": a Windows program's
    ],
)
def test_text_beginning_like_a_binary_signature_is_text(content: bytes) -> None:
    assert attachment_type("notes.txt", content).extension == "txt"


@pytest.mark.parametrize("content", [PDF, b"%!PS-Adobe-3.0\n%%EOF\n", b"{\\rtf1\\ansi hello}"])
def test_a_text_only_document_renamed_txt_is_refused(content: bytes) -> None:
    with pytest.raises(ValidationError):
        attachment_type("notes.txt", content)
