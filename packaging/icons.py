"""Render Bureau's icon (resources/icons/bureau.svg) into the files installers want, with Qt alone.

    python packaging/icons.py OUT_DIR    # writes bureau.ico, bureau.icns and bureau.png into OUT_DIR

build_installer.spec runs this at build time: nothing generated is kept in the repository.
- bureau.ico (Windows): one PNG-compressed image per size from 16 to 256 pixels, as Windows Vista and later
  read them; written here, since Qt's own ico writer stores a single size.
- bureau.icns (macOS): one PNG per type from 16 to 1024 pixels (the 2x types for Retina screens), as Apple's
  iconutil writes them; written here too, since Qt's icns writer stores the largest size only.
- bureau.png: 256 pixels, for Linux desktop files.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "bureau.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# The icns types that hold PNG data, and their side in pixels (icp4-icp6 since macOS 10.7).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024),
    (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)
PNG_SIZE = 256


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG file: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode a PNG image")
    buffer.close()
    return bytes(data.data())


def write_ico(images: list[QImage], path: Path) -> None:
    """An ICO file holding each image as PNG: a 6-byte header, a 16-byte entry per image, then the images."""
    pngs = [png_bytes(image) for image in images]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for image, png in zip(images, pngs, strict=True):
        side = image.width()
        # A side of 256 is written as 0; planes 1, 32 bits per pixel.
        entries += struct.pack("<BBBBHHII", side % 256, side % 256, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    path.write_bytes(header + entries + b"".join(pngs))


def write_icns(images: dict[int, QImage], path: Path) -> None:
    """An icns file: "icns" and the file's length, then per type its code, its length (header included), a PNG."""
    body = b""
    for code, side in ICNS_TYPES:
        png = png_bytes(images[side])
        body += code + struct.pack(">I", 8 + len(png)) + png
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def make_icons(out_dir: Path, svg: Path = SVG) -> dict[str, Path]:
    """Write bureau.ico, bureau.icns and bureau.png into ``out_dir``; returns them by suffix."""
    out_dir.mkdir(parents=True, exist_ok=True)
    made = {"ico": out_dir / "bureau.ico", "icns": out_dir / "bureau.icns", "png": out_dir / "bureau.png"}
    write_ico([render(svg, size) for size in ICO_SIZES], made["ico"])
    write_icns({side: render(svg, side) for side in {side for _, side in ICNS_TYPES}}, made["icns"])
    made["png"].write_bytes(png_bytes(render(svg, PNG_SIZE)))
    return made


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 - painting needs one
    for path in make_icons(Path(argv[0])).values():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
