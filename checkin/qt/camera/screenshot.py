"""A picture of the camera view for the docs, from a picture source (no camera needed).

Run `python -m checkin.qt.camera.screenshot docs/screenshots [--language de]`: the desk
window on the demo event, its camera view fed a photo-like scene of a guest holding up
a phone with the ticket's QR code; the code is read and judged as it would be at a desk.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path


def ticket_scene(payload: str, name: str):  # -> PIL.Image.Image
    """A phone showing the ticket, held up a little turned, in front of a room."""
    import qrcode
    from PIL import Image, ImageDraw, ImageFilter

    scene = Image.new("RGB", (1280, 720), (122, 108, 96))
    draw = ImageDraw.Draw(scene)
    for y in range(0, 720, 4):  # a wall lit from above
        shade = 150 - y // 9
        draw.rectangle((0, y, 1280, y + 4), fill=(shade + 20, shade + 8, shade - 6))
    draw.rectangle((0, 560, 1280, 720), fill=(92, 70, 52))  # the desk's edge
    phone = Image.new("RGBA", (360, 640), (0, 0, 0, 0))
    pd = ImageDraw.Draw(phone)
    pd.rounded_rectangle((0, 0, 359, 639), radius=42, fill=(24, 24, 28))
    pd.rounded_rectangle((16, 60, 343, 600), radius=12, fill=(250, 250, 250))
    pd.rectangle((16, 60, 343, 130), fill=(30, 90, 160))
    pd.text((36, 80), "Strategiekonferenz 2017", fill="white")
    pd.text((36, 104), "E-Ticket", fill=(210, 225, 245))
    code = qrcode.QRCode(box_size=7, border=2)
    code.add_data(payload)
    code.make(fit=True)
    qr = code.make_image(fill_color="black", back_color="white").get_image().convert("RGB")
    phone.paste(qr, ((360 - qr.width) // 2, 150))
    pd.text((36, 160 + qr.height), name, fill=(20, 20, 20))
    turned = phone.rotate(-8, expand=True, resample=Image.Resampling.BICUBIC)
    scene.paste(turned, (470, 40), turned)
    return scene.filter(ImageFilter.GaussianBlur(0.6))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m checkin.qt.camera.screenshot")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--language", default="de")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QImage
    from PySide6.QtMultimedia import QVideoFrame

    from checkin.core.model import Status
    from checkin.qt.app import DeskApp, application, save_screenshot
    from checkin.qt.camera.sources import PictureSource
    from checkin.qt.settings import DeskSettings

    app = application()
    work = tempfile.TemporaryDirectory(prefix="checkin-shots-")
    qsettings = QSettings(str(Path(work.name) / "desk.ini"), QSettings.Format.IniFormat)
    DeskSettings(desk="Tisch 1", operator="Tom", language=args.language, sound=False).save(
        qsettings
    )
    desk = DeskApp.demo(qsettings)
    guest = next(
        a
        for a in desk.store.iter_attendees()
        if a.status is Status.ACTIVE and not a.attention and a.checked_in is None
    )
    window = desk.build_window()
    window.resize(1440, 820)
    window.show()
    source = PictureSource(fps=30)
    window.camera.make_source = lambda: source
    window.camera.set_on(True)
    scene = ticket_scene(f"https://tickets.example/t/?code={guest.code}", guest.display_name)
    data = scene.tobytes()
    image = QImage(data, scene.width, scene.height, scene.width * 3, QImage.Format.Format_RGB888)
    source.show_picture(QVideoFrame(image.convertToFormat(QImage.Format.Format_RGB32)))
    end = time.monotonic() + 10
    while window.last_verdict is None and time.monotonic() < end:
        app.processEvents()
    window.counters.refresh()  # normally a quarter second later
    settle = time.monotonic() + 0.3  # the outline of the code read, the list, the details
    while time.monotonic() < settle:
        app.processEvents()
    args.folder.mkdir(parents=True, exist_ok=True)
    save_screenshot(window, args.folder / "camera.png")
    verdict = window.last_verdict
    print(f"camera: {verdict.kind.value if verdict else 'no code read'}")
    window.camera.set_on(False)
    desk.close()
    work.cleanup()
    return 0 if verdict is not None else 1


if __name__ == "__main__":
    sys.exit(main())
