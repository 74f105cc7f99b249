"""Reading codes from pictures: real QR codes from the qrcode package, spoilt as a desk sees them.

The reference is zxing-cpp alone on the same picture: everything it reads must be read
here too, and nothing read may ever be another code (another attendee) than the one
drawn.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from checkin.core import pictures
from checkin.core.pictures import FoundCode, PictureError, decode_luminance, read_picture
from checkin.core.rules import CheckInService
from checkin.core.store.sqlite import SQLiteStore
from tests.conftest import people
from tests.qr_images import DEGRADATIONS, graded, graded_makers, on_canvas, qr

PRETIX = "https://pretix.example/org/ev/ticket/?secret=pz4n8bq2c6xh7k3tmwv5jd9ryfe2gsa8"
INDICO = (
    '{"registrant_id": 12, "checkin_secret": "8c5b0b0e-4a63-4f1d-bb0c-3c1f7a2d9e11", '
    '"event_id": 3, "server_url": "https://indico.example", "version": 1}'
)
PAYLOADS = ("WESTK1", PRETIX, INDICO)


def _texts(found: list[FoundCode]) -> list[str]:
    return [c.text for c in found]


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("spoilt", sorted(DEGRADATIONS))
def test_each_way_a_code_is_spoilt_still_reads(payload: str, spoilt: str) -> None:
    assert _texts(pictures.decode_picture(DEGRADATIONS[spoilt](payload))) == [payload]


def test_at_least_as_good_as_zxing_alone_and_never_another_code() -> None:
    ours_read = zxing_read = 0
    for payload in PAYLOADS:
        for name, picture in graded(payload):
            alone = [b.text for b in zxingcpp.read_barcodes(picture)]
            ours = _texts(pictures.decode_picture(picture))
            grey = picture.convert("L")
            frames = [
                _texts(decode_luminance(grey.tobytes(), *grey.size, attempt=n))
                for n in range(pictures.FRAME_PASSES)
            ]
            assert set(ours) <= {payload} and set(alone) <= {payload}, name
            assert all(set(f) <= {payload} for f in frames), name
            if alone == [payload]:
                assert ours == [payload], f"zxing-cpp alone reads {name!r}, we do not"
                # As a camera frame: within the frames that take turns.
                assert [payload] in frames, f"zxing-cpp alone reads {name!r}, a frame not"
            zxing_read += alone == [payload]
            ours_read += ours == [payload]
    # The set goes beyond what zxing-cpp reads by itself (faded codes, blur on small ones).
    assert zxing_read < ours_read


def test_camera_frames_take_turns_and_read_faded_codes_within_two_frames() -> None:
    faded = on_canvas([qr(PRETIX, box=6)]).point(lambda v: 122 + v * 12 // 255)
    frames = [decode_luminance(faded.tobytes(), *faded.size, attempt=n) for n in range(2)]
    assert [PRETIX] in [_texts(f) for f in frames]


def test_no_degraded_picture_yields_another_attendee(filled_store: SQLiteStore) -> None:
    """The door's worst defect: a code read as someone else's. Near-twins are on the list
    (MUELL1 / MUELL2, TWIN), and each guest's code is shown plain, as a URL and as JSON."""
    service = CheckInService(filled_store)
    guests = {a.code for a in people()}
    seen = 0
    for n, code in enumerate(sorted(guests)):
        holders = {a.id for a in filled_store.find_by_code(code)}
        forms = (code, f"https://tickets.example/t/?code={code}", f'{{"code": "{code}"}}')
        for payload in (forms[n % 3], forms[(n + 1) % 3]):
            for name, make in graded_makers(payload)[n % 4 :: 4]:
                for text in _texts(pictures.decode_picture(make())):
                    found = {a.id for a in service.find(text)}
                    assert found <= holders, (code, name, text)
                    seen += bool(found)
    assert seen > 50


def test_a_frame_with_padded_rows_is_read_in_place() -> None:
    picture = on_canvas([qr("WESTK1", box=6)])
    width, height = picture.size
    stride = width + 64  # a camera's luminance rows are often padded
    rows = picture.tobytes()
    padded = b"".join(rows[y * width : (y + 1) * width] + b"\x00" * 64 for y in range(height))
    assert _texts(decode_luminance(memoryview(padded), width, height, stride)) == ["WESTK1"]
    assert decode_luminance(b"", width, height, stride) == []  # a torn frame is no crash


def test_two_tickets_in_one_picture_are_both_found_left_to_right() -> None:
    picture = on_canvas([qr("DULIG1", box=6), qr("WESTK1", box=6)])
    found = pictures.decode_picture(picture)
    assert _texts(found) == ["DULIG1", "WESTK1"]
    assert found[0].centre[0] < found[1].centre[0]
    # The same ticket twice (a screenshot of a forwarded screenshot) is one code.
    assert _texts(pictures.decode_picture(on_canvas([qr("DULIG1")] * 2))) == ["DULIG1"]


def test_linear_barcodes_are_not_read() -> None:
    """Their checksums are too weak to trust at a door; only error-corrected codes count."""
    barcode = zxingcpp.create_barcode("WESTK1", zxingcpp.BarcodeFormat.Code128)
    image = barcode.to_image(scale=4)
    picture = Image.frombytes("L", (image.shape[1], image.shape[0]), bytes(image))
    assert [b.text for b in zxingcpp.read_barcodes(picture)] == ["WESTK1"]
    assert pictures.decode_picture(picture) == []


def test_picture_files(tmp_path: Path) -> None:
    jpeg = tmp_path / "ticket.jpg"
    DEGRADATIONS["perspective"](PRETIX).convert("RGB").save(jpeg, quality=70)
    assert _texts(read_picture(jpeg)) == [PRETIX]
    blank = tmp_path / "blank.png"
    Image.new("RGB", (640, 480), "white").save(blank)
    assert read_picture(blank) == []


def test_a_phone_photo_is_turned_upright_first(tmp_path: Path) -> None:
    upright = on_canvas([qr("WESTK1", box=1)], (160, 90))
    photo = tmp_path / "phone.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to view": the pixels lie on their side
    upright.rotate(90, expand=True).save(photo, exif=exif, quality=95)
    assert _texts(read_picture(photo)) == ["WESTK1"]


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("missing.png", None, "no such file"),
        ("notes.txt", b"not a picture at all", "not a picture"),
        ("folder", "dir", "folder"),
    ],
)
def test_unreadable_pictures_say_why(
    tmp_path: Path, name: str, content: bytes | str | None, said: str
) -> None:
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(PictureError, match=said):
        read_picture(path)


def test_a_huge_picture_is_refused_before_it_is_decoded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.png"
    Image.new("L", (400, 300), 255).save(path)
    monkeypatch.setattr(pictures, "MAX_PICTURE_PIXELS", 100_000)
    with pytest.raises(PictureError, match="too large"):
        read_picture(path)
