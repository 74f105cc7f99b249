"""Codes in pictures and camera frames, read with zxing-cpp.

Only symbologies protected by Reed-Solomon error correction are read (QR, Micro QR,
Aztec, Data Matrix, PDF417): a damaged or half-seen code of these either decodes to
exactly what was printed or not at all. Linear barcodes (Code 39, Codabar, ITF ...)
carry at most a weak checksum and zxing finds them in noise now and then; a desk that
admits people must not read a stranger's code out of a shirt pattern.

A camera frame gets one pass of zxing-cpp (the next frame is the next chance); a
still picture, which is all a guest will show, gets the same pass first and then a
few more (another binarizer, an enlarged copy for codes with 1-pixel modules), so it
reads everything zxing-cpp alone reads and a little more. Qt-free: the Qt layer hands
in a frame's luminance plane, the command line a file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PIL import Image

#: Pictures larger than this (pixels) are refused rather than decoded for seconds.
MAX_PICTURE_PIXELS = 60_000_000
#: A still picture narrower than this is also read enlarged (codes with 1-pixel modules).
_ENLARGE_BELOW = 1600


class PictureError(Exception):
    """The picture could not be read (missing, not an image, too large). Says what to do."""


@dataclass(frozen=True, slots=True)
class FoundCode:
    """One code found in a picture: its text and where it is (pixels, clockwise corners)."""

    text: str
    format: str
    corners: tuple[tuple[int, int], ...] = ()

    @property
    def centre(self) -> tuple[float, float]:
        if not self.corners:
            return (0.0, 0.0)
        xs, ys = zip(*self.corners, strict=True)
        return (sum(xs) / len(xs), sum(ys) / len(ys))


def _zxing() -> Any:
    import zxingcpp

    return zxingcpp


def _formats() -> Any:
    z = _zxing()
    return (
        z.BarcodeFormat.QRCode,
        z.BarcodeFormat.MicroQRCode,
        z.BarcodeFormat.Aztec,
        z.BarcodeFormat.DataMatrix,
        z.BarcodeFormat.PDF417,
    )


def _read(image: object, scale: float = 1.0, **options: Any) -> list[FoundCode]:
    z = _zxing()
    found = []
    for barcode in z.read_barcodes(
        image, formats=_formats(), text_mode=z.TextMode.Plain, **options
    ):
        if not barcode.valid or not barcode.text:
            continue
        p = barcode.position
        corners = tuple(
            (round(c.x / scale), round(c.y / scale))
            for c in (p.top_left, p.top_right, p.bottom_right, p.bottom_left)
        )
        found.append(FoundCode(barcode.text, str(barcode.format.name), corners))
    return found


def distinct(codes: Iterable[FoundCode]) -> list[FoundCode]:
    """One entry per text (two prints of the same ticket are one code), in reading order."""
    seen: dict[str, FoundCode] = {}
    for code in codes:
        seen.setdefault(code.text, code)
    rows: list[list[FoundCode]] = []
    for code in sorted(seen.values(), key=lambda c: c.centre[1]):
        # Side by side (vertical extents overlapping the row's first code): the same row.
        if rows and code.centre[1] <= _bottom(rows[-1][0]):
            rows[-1].append(code)
        else:
            rows.append([code])
    return [code for row in rows for code in sorted(row, key=lambda c: c.centre[0])]


def _bottom(code: FoundCode) -> float:
    return max((y for _x, y in code.corners), default=0.0)


def _passes(frame: bool = False) -> tuple[dict[str, Any], ...]:
    """zxing-cpp's own pass first, then a fixed threshold (faded and low-contrast codes,
    which the local binarizer gives up on).

    A camera frame skips the search for codes turned by 90 degrees: matrix codes are
    found at any angle without it, and on a busy scene it costs six times the rest
    (16 ms instead of 2.5 ms a 1280x720 frame). Only a PDF417 held sideways needs it;
    a still picture still gets it.
    """
    fixed = {"binarizer": _zxing().Binarizer.FixedThreshold}
    if frame:
        return ({"try_rotate": False}, {**fixed, "try_rotate": False})
    return ({}, fixed)


#: How many different passes a camera frame may get (one per frame, taking turns).
FRAME_PASSES = 2


def decode_luminance(
    pixels: bytes | bytearray | memoryview,
    width: int,
    height: int,
    stride: int | None = None,
    attempt: int = 0,
) -> list[FoundCode]:
    """The codes in one camera frame's luminance (8-bit grey) plane: one zxing-cpp pass.

    `attempt` picks the pass (the frames take turns: zxing-cpp's own, then a fixed
    threshold), so every frame costs one pass and a faded code is still read within
    two frames. `pixels` is read in place while zxing-cpp runs without the GIL.
    """
    z = _zxing()
    stride = stride or width
    if width <= 0 or height <= 0 or len(pixels) < stride * (height - 1) + width:
        return []
    view = z.ImageView(pixels, width, height, z.ImageFormat.Lum, stride, 1)
    return distinct(_read(view, **_passes(frame=True)[attempt % FRAME_PASSES]))


def decode_picture(image: Image.Image) -> list[FoundCode]:
    """Every code in a still picture (a ticket screenshot, a photo of a print-out).

    The first pass is exactly zxing-cpp's own; more passes run only while nothing is
    found (a fixed threshold; a small picture enlarged, for blurred codes with tiny
    modules), so whatever zxing-cpp alone reads is always read.
    """
    from PIL import Image as PILImage

    grey = image if image.mode == "L" else image.convert("L")
    for options in _passes():
        found = _read(grey, **options)
        if found:
            return distinct(found)
    if max(grey.size) < _ENLARGE_BELOW:
        factor = 3 if max(grey.size) < _ENLARGE_BELOW // 3 else 2
        big = grey.resize((grey.width * factor, grey.height * factor), PILImage.Resampling.BICUBIC)
        for options in _passes():
            found = _read(big, scale=factor, **options)
            if found:
                return distinct(found)
    return []


def read_picture(path: str | PathLike[str]) -> list[FoundCode]:
    """The codes in a picture file (PNG, JPEG, WebP, ...), turned upright as shot."""
    from PIL import Image as PILImage
    from PIL import ImageOps, UnidentifiedImageError

    target = Path(path)
    try:
        with PILImage.open(target) as opened:
            if opened.width * opened.height > MAX_PICTURE_PIXELS:
                raise PictureError(
                    f"{target}: the picture is too large (more than {MAX_PICTURE_PIXELS:,} pixels)"
                )
            opened.load()
            upright = ImageOps.exif_transpose(opened) or opened
            return decode_picture(upright)
    except FileNotFoundError:
        raise PictureError(f"{target}: no such file") from None
    except IsADirectoryError:
        raise PictureError(f"{target}: is a folder, not a picture") from None
    except UnidentifiedImageError:
        raise PictureError(f"{target}: not a picture this program can read") from None
    except OSError as exc:
        raise PictureError(f"{target}: {exc.strerror or exc}") from None
