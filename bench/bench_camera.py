"""Camera view benchmark: frame decode, code in view -> verdict painted, idle CPU.

    .venv/bin/python bench/bench_camera.py [--n 200000] [--frames 200] [--entries 30]
        [--idle-seconds 10]

Targets (issue 13): decoding one 1280x720 frame p95 <= 20 ms; a code entering the
view -> its verdict painted <= 150 ms; the camera view running with no code in sight
<= 30 % of one core. The frames are real NV12 frames (as a webcam's YUV stream) made
by `PictureSource` from QR codes drawn with qrcode, pushed at 30 frames a second
through the QVideoSink a camera fills, into the real desk window on the benchmark's
200,000-guest event (bench_gui's database). Offscreen.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_gui import database, ms  # noqa: E402
from PIL import Image, ImageFilter  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402

from checkin.core.model import Status  # noqa: E402
from checkin.core.store.sqlite import SQLiteStore  # noqa: E402
from checkin.qt.app import DeskApp, application  # noqa: E402
from checkin.qt.camera.frames import decode_frame  # noqa: E402
from checkin.qt.camera.sources import PictureSource, yuv_frame  # noqa: E402
from checkin.qt.settings import DeskSettings  # noqa: E402
from tests.qr_images import DEGRADATIONS, on_canvas, qr  # noqa: E402


def qimage(picture: Image.Image) -> QImage:
    grey = picture.convert("L")
    return QImage(
        grey.tobytes(), grey.width, grey.height, grey.width, QImage.Format.Format_Grayscale8
    ).copy()


def desk_scene() -> Image.Image:
    """No code in sight, but a picture with edges and texture (the desk window itself)."""
    shot = Image.open(ROOT / "docs" / "screenshots" / "main.png").convert("L")
    return shot.resize((1280, 720)).filter(ImageFilter.GaussianBlur(0.7))


def wait(app, condition, timeout: float = 5.0) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("the camera view did not answer")
        app.processEvents()
        time.sleep(0.0005)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=200_000)
    parser.add_argument("--frames", type=int, default=200)
    parser.add_argument("--entries", type=int, default=30)
    parser.add_argument("--idle-seconds", type=float, default=10.0)
    args = parser.parse_args()
    app = application()

    # -- one frame: decode time (the work the decoder thread does per frame) ------------
    payload = "https://pretix.example/org/ev/ticket/?secret=pz4n8bq2c6xh7k3tmwv5jd9ryfe2gsa8"
    scenes = {
        "no code (desk scene)": yuv_frame(qimage(desk_scene())),
        "clean code": yuv_frame(qimage(DEGRADATIONS["clean"](payload))),
        "perspective": yuv_frame(qimage(DEGRADATIONS["perspective"](payload))),
        "blurred": yuv_frame(qimage(DEGRADATIONS["blurred"](payload))),
        "JPEG quality 12": yuv_frame(qimage(DEGRADATIONS["JPEG quality 12"](payload))),
    }
    every: list[float] = []
    for name, frame in scenes.items():
        values = []
        for attempt in range(args.frames):
            t = time.perf_counter()
            decode_frame(frame, attempt)
            values.append(time.perf_counter() - t)
        every += values
        print(f"decode one 1280x720 NV12 frame, {name:>22} ({len(values)}): {ms(values)}")
    print(f"decode one 1280x720 NV12 frame, all ({len(every)}): {ms(every)}")

    master = database(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "event.sqlite3"
        db.write_bytes(master.read_bytes())
        qsettings = QSettings(str(Path(tmp) / "desk.ini"), QSettings.Format.IniFormat)
        DeskSettings(desk="Bench", operator="B", language="de", sound=False).save(qsettings)
        desk = DeskApp(SQLiteStore.open(db), qsettings, translation_cache=Path(tmp) / "qm")
        window = desk.build_window()
        loaded: list[float] = []
        window.listLoaded.connect(lambda: loaded.append(1.0))
        window.resize(1600, 900)
        window.show()
        wait(app, lambda: bool(loaded), 30)
        source = PictureSource(fps=30)
        window.camera.make_source = lambda: source
        window.camera.set_on(True)
        blank = qimage(desk_scene())

        # -- code enters the view -> verdict painted ------------------------------------
        rng = random.Random(13)
        people = [a for _, a in zip(range(20000), desk.store.iter_attendees(), strict=False)]
        codes = [a.code for a in people if a.status is Status.ACTIVE and not a.checked_in]
        rng.shuffle(codes)
        pictures = [yuv_frame(qimage(on_canvas([qr(c, box=6)]))) for c in codes[: args.entries]]
        latencies: list[float] = []
        for code, frame in zip(codes, pictures, strict=False):
            source.show_picture(blank)
            pause = time.perf_counter() + 0.4  # the previous code has left the view
            wait(app, lambda p=pause: time.perf_counter() > p)
            seen: list[float] = []

            def shown(verdict, code=code, seen=seen) -> None:
                if verdict.code == code:
                    seen.append(time.perf_counter())  # show_verdict has repainted the banner

            window.verdictShown.connect(shown)
            t = time.perf_counter()
            source.show_picture(frame)  # in view from the next frame the camera sends
            wait(app, lambda seen=seen: bool(seen))
            window.verdictShown.disconnect(shown)
            latencies.append(seen[0] - t)
        print(
            f"code enters the view -> verdict painted, 30 fps ({len(latencies)}): {ms(latencies)}"
        )

        # -- idle: camera view on, no code in sight, 30 frames a second -----------------
        source.show_picture(blank)
        wait(app, lambda: window.camera.decoder.offered > 0)
        offered, dropped, pushed = (
            window.camera.decoder.offered,
            window.camera.decoder.dropped,
            source.pushed,
        )
        loop = QEventLoop()
        QTimer.singleShot(round(args.idle_seconds * 1000), loop.quit)
        cpu, wall = time.process_time(), time.perf_counter()
        loop.exec()  # the window's own event loop: nothing of the benchmark runs meanwhile
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        frames = source.pushed - pushed
        decoded = (window.camera.decoder.offered - offered) - (
            window.camera.decoder.dropped - dropped
        )
        print(
            f"camera view on, no code, {frames / wall:.0f} frames/s for {wall:.0f} s: "
            f"{cpu / wall * 100:.0f} % of one core (every thread of the process), "
            f"{decoded / wall:.0f} frames/s decoded, the rest dropped"
        )
        window.camera.set_on(False)
        desk.close()


if __name__ == "__main__":
    main()
