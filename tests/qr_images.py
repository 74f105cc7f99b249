"""Real QR codes, drawn with the qrcode package and then spoilt the ways a desk sees them.

Shared by the decoding tests, the camera tests and bench/bench_camera.py: rotated,
blurred, faded, shrunk to 1-pixel modules, inverted (a dark-mode phone), JPEG noise,
a covered corner (error correction level H) and a photo's perspective.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import qrcode
from PIL import Image, ImageDraw, ImageFilter, ImageOps
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_M


def qr(payload: str, box: int = 8, border: int = 4, level: int = ERROR_CORRECT_M) -> Image.Image:
    """The code as a grey picture, `box` pixels per module."""
    code = qrcode.QRCode(error_correction=level, box_size=box, border=border)
    code.add_data(payload)
    code.make(fit=True)
    return code.make_image(fill_color="black", back_color="white").get_image().convert("L")


def on_canvas(
    codes: list[Image.Image], size: tuple[int, int] = (1280, 720), grey: int = 170
) -> Image.Image:
    """Codes side by side on a grey 'desk' background (a camera frame, a photo)."""
    canvas = Image.new("L", size, grey)
    x = 60
    for code in codes:
        canvas.paste(code, (x, max(0, (size[1] - code.height) // 2)))
        x += code.width + 80
    return canvas


def _jpeg(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    return Image.open(buffer).convert("L")


def _perspective(image: Image.Image) -> Image.Image:
    """As photographed from below and to the side: one edge nearer than the other."""
    w, h = image.size
    # Coefficients map output to input pixels; a mild keystone, as a phone held up at an angle.
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    dst = [(w * 0.08, h * 0.02), (w * 0.95, h * 0.12), (w * 0.9, h * 0.9), (w * 0.02, h * 0.98)]
    coeffs = _perspective_coefficients(dst, src)
    return image.transform(
        (w, h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC, fillcolor=170
    )


def _perspective_coefficients(
    dst: list[tuple[float, float]], src: list[tuple[float, float]]
) -> list[float]:
    """Solve the 8 coefficients that take each dst corner to its src corner (Gauss-Jordan)."""
    rows: list[list[float]] = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y, u])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y, v])
    n = 8
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        lead = rows[col][col]
        rows[col] = [value / lead for value in rows[col]]
        for r in range(n):
            if r != col:
                factor = rows[r][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    return [rows[r][n] for r in range(n)]


def _covered_corner(payload: str) -> Image.Image:
    """Level H, a thumb over the corner without a finder pattern (about 15 % of the code)."""
    image = qr(payload, box=8, level=ERROR_CORRECT_H)
    draw = ImageDraw.Draw(image)
    w, h = image.size
    quiet = 4 * 8
    side = int((w - 2 * quiet) * 0.38)
    draw.rectangle((w - quiet - side, h - quiet - side, w - quiet, h - quiet), fill=120)
    return image


def _low_contrast(image: Image.Image) -> Image.Image:
    return image.point(lambda v: 110 + v * 40 // 255)


#: name -> payload -> picture; each a way a code reaches the desk spoilt.
DEGRADATIONS: dict[str, Callable[[str], Image.Image]] = {
    "clean": lambda p: on_canvas([qr(p, box=6)]),
    "rotated 17 degrees": lambda p: on_canvas(
        [qr(p, box=6).rotate(17, expand=True, fillcolor=255)]
    ),
    "rotated 90 degrees": lambda p: on_canvas([qr(p, box=6).rotate(90, expand=True)]),
    "upside down": lambda p: on_canvas([qr(p, box=6).rotate(180)]),
    "blurred": lambda p: on_canvas([qr(p, box=6)]).filter(ImageFilter.GaussianBlur(2)),
    "low contrast": lambda p: _low_contrast(on_canvas([qr(p, box=6)])),
    "one-pixel modules": lambda p: qr(p, box=1, border=4),
    "inverted (dark mode)": lambda p: ImageOps.invert(on_canvas([qr(p, box=6)])),
    "JPEG quality 12": lambda p: _jpeg(on_canvas([qr(p, box=5)]), 12),
    "covered corner, level H": lambda p: on_canvas([_covered_corner(p)]),
    "perspective": lambda p: _perspective(on_canvas([qr(p, box=6)])),
    "small, blurred and JPEG": lambda p: _jpeg(
        on_canvas([qr(p, box=3)]).filter(ImageFilter.GaussianBlur(0.8)), 30
    ),
}


def _faded(image: Image.Image, span: int) -> Image.Image:
    """Dark and light only `span` grey levels apart (a dim phone screen, a grey print)."""
    low = 128 - span // 2
    return image.point(lambda v: low + v * span // 255)


def graded_makers(payload: str) -> list[tuple[str, Callable[[], Image.Image]]]:
    """Each spoiling at several strengths, up to where zxing-cpp itself starts to fail;
    drawn only when called."""

    def clean() -> Image.Image:
        return on_canvas([qr(payload, box=6)])

    def small() -> Image.Image:
        return on_canvas([qr(payload, box=3)])

    def one_px() -> Image.Image:
        return qr(payload, box=1)

    makers: list[tuple[str, Callable[[], Image.Image]]] = [
        (name, lambda make=make: make(payload)) for name, make in DEGRADATIONS.items()
    ]
    makers += [
        (f"blur {r}", lambda r=r: clean().filter(ImageFilter.GaussianBlur(r))) for r in (3, 4, 5, 6)
    ]
    makers += [
        (f"small, blur {r}", lambda r=r: small().filter(ImageFilter.GaussianBlur(r)))
        for r in (1, 1.5)
    ]
    makers += [(f"contrast {s}", lambda s=s: _faded(clean(), s)) for s in (24, 12, 6)]
    makers += [(f"JPEG {q}", lambda q=q: _jpeg(small(), q)) for q in (10, 5, 2)]
    makers += [
        (
            f"rotated {a}",
            lambda a=a: on_canvas([qr(payload, box=4).rotate(a, expand=True, fillcolor=255)]),
        )
        for a in (33, 45, 61)
    ]
    makers += [
        ("one-pixel modules on a desk", lambda: on_canvas([one_px()], (320, 180))),
        (
            "two-pixel modules, blurred",
            lambda: on_canvas([qr(payload, box=2)]).filter(ImageFilter.GaussianBlur(1)),
        ),
        (
            "one-pixel modules, enlarged photo",
            lambda: one_px().resize((one_px().width * 5 // 2,) * 2, Image.Resampling.BILINEAR),
        ),
        ("inverted and faded", lambda: ImageOps.invert(_faded(clean(), 30))),
        ("perspective and blur", lambda: _perspective(clean()).filter(ImageFilter.GaussianBlur(2))),
        ("perspective, small", lambda: _perspective(small())),
    ]
    return makers


def graded(payload: str) -> list[tuple[str, Image.Image]]:
    return [(name, make()) for name, make in graded_makers(payload)]
