"""Badge rendering figures: one badge (check-in to PDF bytes) and 1,000 badges on A4 4xA6.

Run: .venv/bin/python bench/bench_badges.py [--preview docs/badge-preview.png]
Targets (issue 4): one badge < 30 ms; 1,000 badges < 3 s and < 2 MB.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checkin.core.badges import get_stock, load_layout, preflight, render_badges  # noqa: E402
from checkin.core.model import Attendee, Category  # noqa: E402

FIRST = [
    "Anna",
    "Jürgen",
    "Łukasz",
    "Gülşen",
    "Petr",
    "Nguyễn Thị",
    "Maximilian-Alexander",
    "Sophie",
    "Karl-Heinz",
    "Zofia",
    "Ιωάννης",
    "Дмитрий",
    "Ngọc Bích",
    "Eberhard",
]
LAST = [
    "Nowak",
    "Weiß",
    "Wiśniewski",
    "Öztürk",
    "Dvořák",
    "Trương",
    "von Hohenzollern-Sigmaringen",
    "Müller",
    "Schmidt",
    "Kowalczyk",
    "Παπαδόπουλος",
    "Смирнов",
    "Lê",
    "Westkämper",
]
COMPANIES = [
    "Fraunhofer IPA",
    "Sächsische Maschinenbau GmbH",
    "Škoda Auto a.s.",
    "Bundesministerium für Wirtschaft und Klimaschutz",
    "Politechnika Wrocławska",
    "Công ty Cổ phần Sữa Việt Nam",
    "IG Metall",
    "",
]
TITLES = ["", "", "", "Dr.", "Prof. Dr.", "Prof. Dr.-Ing. habil."]
EVENT = {"name": "Strategiekonferenz – Industrie der ZUKUNFT", "date": "7. März 2017 · Leipzig"}


def guests(n: int, seed: int = 7) -> list[Attendee]:
    rnd = random.Random(seed)
    return [
        Attendee(
            code=f"SK17-{i:05d}",
            first_name=rnd.choice(FIRST),
            last_name=rnd.choice(LAST),
            title=rnd.choice(TITLES),
            company=rnd.choice(COMPANIES),
            function=rnd.choice(["", "Geschäftsführerin", "Referent für Industriepolitik"]),
            category=rnd.choice(Category.KNOWN),
            id=i,
        )
        for i in range(1, n + 1)
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--preview", type=Path, help="also write a PNG of one 4xA6 sheet")
    args = parser.parse_args()
    layout = load_layout("strategiekonferenz")
    a6, sheet = get_stock("a6"), get_stock("a4-4xa6")

    t0 = time.perf_counter()
    render_badges(guests(1), layout, a6, event=EVENT)  # font loading, first-use caches
    cold = (time.perf_counter() - t0) * 1000

    singles = []
    for a in guests(200, seed=11):
        t = time.perf_counter()
        render_badges([a], layout, a6, event=EVENT)
        singles.append((time.perf_counter() - t) * 1000)
    singles.sort()

    people = guests(1000)
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        pdf = render_badges(people, layout, sheet, event=EVENT, cut_marks=True)
        runs.append(time.perf_counter() - t)

    t = time.perf_counter()
    issues = preflight(people, layout, sheet, event=EVENT)
    pre = time.perf_counter() - t

    print(f"first badge in a fresh process (fonts load): {cold:.0f} ms")
    print(
        f"one badge, A6: median {statistics.median(singles):.1f} ms, "
        f"p95 {singles[int(len(singles) * 0.95)]:.1f} ms, max {singles[-1]:.1f} ms"
    )
    print(
        f"1,000 badges on A4 4xA6: best {min(runs):.2f} s, median {statistics.median(runs):.2f} s, "
        f"{len(pdf) / 1e6:.2f} MB, {250} pages"
    )
    print(f"preflight of 1,000 badges: {pre:.2f} s ({len(issues)} notes)")

    if args.preview:
        with tempfile.TemporaryDirectory() as tmp:
            sample = [
                Attendee(
                    "SK17-00001",
                    first_name="Anna",
                    last_name="Nowak",
                    title="Dr.",
                    company="Sächsisches Staatsministerium für Wirtschaft",
                    function="Referatsleiterin",
                    category="Referent",
                ),
                Attendee(
                    "SK17-00002",
                    first_name="Maximilian-Alexander",
                    last_name="von Hohenzollern-Sigmaringen",
                    title="Prof. Dr.-Ing.",
                    company="Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V.",
                    category="Ehrengast",
                ),
                Attendee(
                    "SK17-00003",
                    first_name="Nguyễn Thị",
                    last_name="Ngọc Bích",
                    title="",
                    company="Vietnam Tech Leipzig",
                    function="Redakteurin",
                    category="Presse",
                ),
                Attendee(
                    "SK17-00004",
                    first_name="Łukasz",
                    last_name="Wiśniewski",
                    title="",
                    company="Politechnika Wrocławska",
                    category="Teilnehmer",
                ),
            ]
            src = Path(tmp) / "p.pdf"
            src.write_bytes(render_badges(sample, layout, sheet, event=EVENT, cut_marks=True))
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    "50",
                    "-png",
                    "-singlefile",
                    str(src),
                    str(args.preview.with_suffix("")),
                ],
                check=True,
            )
            print(f"preview written to {args.preview}")


if __name__ == "__main__":
    main()
