"""QVideoFrame and QImage to the 8-bit luminance `checkin.core.pictures` reads.

Camera frames mostly arrive as YUV, whose first plane (or every other byte, for
packed YUYV/UYVY) already is the grey picture a decoder wants: it is read in place,
no conversion, no copy. Other formats go through QImage's grey conversion.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from checkin.core.pictures import FoundCode, decode_luminance, decode_picture

if TYPE_CHECKING:
    from PIL import Image

_F = QVideoFrameFormat.PixelFormat
# Formats whose plane 0 is 8-bit luminance, one byte per pixel.
_LUMA_PLANE = frozenset(
    {
        _F.Format_NV12,
        _F.Format_NV21,
        _F.Format_YUV420P,
        _F.Format_YUV422P,
        _F.Format_YV12,
        _F.Format_IMC1,
        _F.Format_IMC2,
        _F.Format_IMC3,
        _F.Format_IMC4,
        _F.Format_Y8,
    }
)
# Packed 4:2:2: luminance every second byte, starting at this offset.
_PACKED_OFFSET = {_F.Format_YUYV: 0, _F.Format_UYVY: 1}


def grey_image(image: QImage) -> QImage:
    """An 8-bit grey copy of `image` (the one conversion for formats that are not YUV)."""
    if image.format() is QImage.Format.Format_Grayscale8:
        return image
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def decode_frame(frame: QVideoFrame, attempt: int = 0) -> list[FoundCode]:
    """The codes in one camera frame (one decoder pass; `attempt` takes turns)."""
    if not frame.isValid():
        return []
    fmt = frame.pixelFormat()
    width, height = frame.width(), frame.height()
    if fmt in _LUMA_PLANE or fmt in _PACKED_OFFSET:
        if not frame.map(QVideoFrame.MapMode.ReadOnly):
            return []
        try:
            plane = frame.bits(0)
            stride = frame.bytesPerLine(0)
            if plane is None:
                return []
            if fmt in _LUMA_PLANE:
                return decode_luminance(plane, width, height, stride, attempt)
            return _decode_packed(plane, width, height, stride, _PACKED_OFFSET[fmt], attempt)
        finally:
            frame.unmap()
    grey = grey_image(frame.toImage())
    return decode_luminance(
        grey.constBits(), grey.width(), grey.height(), grey.bytesPerLine(), attempt
    )


def _decode_packed(
    plane: bytes | bytearray | memoryview,
    width: int,
    height: int,
    stride: int,
    offset: int,
    attempt: int,
) -> list[FoundCode]:
    luma = bytes(plane[offset::2])  # one copy: every pixel's Y (stride halves as well)
    return decode_luminance(luma, width, height, stride // 2, attempt)


def to_pil(image: QImage) -> Image.Image:
    """A grey PIL copy of a QImage (a pasted or dropped picture), for the still decoder."""
    from PIL import Image

    grey = grey_image(image)
    data = bytes(grey.constBits())
    return Image.frombytes(
        "L", (grey.width(), grey.height()), data, "raw", "L", grey.bytesPerLine()
    )


def decode_qimage(image: QImage) -> list[FoundCode]:
    """Every code in a still picture that arrived as a QImage (clipboard, drop)."""
    if image.isNull():
        return []
    return decode_picture(to_pil(image))
