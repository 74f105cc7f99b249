"""The default Strategiekonferenz badge compared pixel by pixel with approved renderings.

After an intended change, look at the new PNGs and approve them with
CHECKIN_UPDATE_GOLDEN=1 pytest tests/badges/test_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from checkin.core.badges import get_stock, load_layout, render_badges
from checkin.core.model import Attendee

from .helpers import EVENT, rasterise

GOLDEN = Path(__file__).parent / "golden"
DPI = 72
#: Anti-aliasing may differ by a few levels between poppler builds; layout changes do not.
MAX_CHANGED_PIXELS = 0.002
CHANGED = 48

CASES = {
    "short": Attendee(
        "SK-0001",
        first_name="Anna",
        last_name="Nowak",
        title="Dr.",
        company="SMWA",
        function="Referatsleiterin",
        category="Referent",
    ),
    "long": Attendee(
        "SK-0002",
        first_name="Maximilian-Alexander",
        last_name="von Hohenzollern-Sigmaringen",
        title="Prof. Dr.-Ing. habil.",
        company="Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V.",
        function="Leiter der Abteilung Produktions- und Fertigungstechnologien",
        category="Ehrengast",
    ),
    # Middle names and then the long first name as initials; the family name whole.
    "noble": Attendee(
        "SK-0004",
        first_name="Karl-Theodor Maria Nikolaus Johann Jacob Philipp Franz Joseph Sylvester",
        last_name="Freiherr von und zu Guttenberg",
        title="Dr.",
        company="Bundesministerium der Verteidigung",
        category="Ehrengast",
    ),
    "initials": Attendee(
        "SK-0005",
        first_name="Friedrich-Wilhelm Maximilian Konstantin Ludwig",
        last_name="von Hohenzollern-Sigmaringen",
        title="Prof. Dr.-Ing. habil. Dr. h.c. mult.",
        company="Technische Universität Dresden",
        category="Referent",
    ),
    "vietnamese": Attendee(
        "SK-0003",
        first_name="Nguyễn Thị",
        last_name="Ngọc Bích",
        title="",
        company="Công ty Cổ phần Sữa Việt Nam",
        function="Phóng viên",
        category="Presse",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_badge_matches_golden_image(case: str, tmp_path: Path) -> None:
    pdf = render_badges(
        [CASES[case]], load_layout("strategiekonferenz"), get_stock("a6"), event=EVENT
    )
    (got,) = rasterise(pdf, tmp_path, DPI)
    golden = GOLDEN / f"{case}.png"
    if os.environ.get("CHECKIN_UPDATE_GOLDEN"):
        got.save(golden)
    assert golden.exists(), f"no golden image {golden.name}; create it with CHECKIN_UPDATE_GOLDEN=1"
    want = Image.open(golden).convert("RGB")
    assert got.size == want.size
    diff = ImageChops.difference(got, want).convert("L").point(lambda v: 255 if v > CHANGED else 0)
    changed = diff.histogram()[255] / (got.size[0] * got.size[1])
    if changed > MAX_CHANGED_PIXELS:
        got.save(tmp_path / f"{case}-got.png")
        diff.save(tmp_path / f"{case}-diff.png")
    assert changed <= MAX_CHANGED_PIXELS, f"{changed:.2%} of pixels differ; see {tmp_path}"
