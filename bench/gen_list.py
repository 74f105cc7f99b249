"""Write a realistic generated guest list for benchmarks: `python bench/gen_list.py N OUT.csv`.

Same columns and name pools as the demo list (German, Polish, Czech, Vietnamese
and Turkish names, all categories, about 3 % cancelled, codes in the format
`checkin.core.codes` generates), seeded so every run writes the same file.
Options: `--seed S`, `--no-codes` (leave the Code column empty, as lists without
codes are), `--xlsx` (write an Excel workbook instead of CSV).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path
from random import Random

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "resources" / "demo"))

from make_demo_list import (  # noqa: E402
    COMPANIES,
    HEADERS,
    ORGANISATIONS,
    PRESS,
    SCIENCE,
    ascii_fold,
    gendered,
    invent_person,
)

from checkin.core.codes import ALPHABET, generate_code  # noqa: E402

CATEGORIES = (
    ("Teilnehmer", 80), ("Aussteller", 8), ("Presse", 4), ("Referent", 3),
    ("Organisation", 3), ("Ehrengast", 2),
)  # fmt: skip
NOTES = (("", 985), ("Rollstuhl", 5), ("VIP", 5), ("Protokoll", 2), ("Begleitperson", 3))


def rows(n: int, seed: int, codes: bool):
    rng = Random(seed)
    categories, category_weights = zip(*CATEGORIES, strict=True)
    notes, note_weights = zip(*NOTES, strict=True)
    affiliations = {
        "company": COMPANIES,
        "org": ORGANISATIONS,
        "science": SCIENCE,
        "press": PRESS,
    }
    for index in range(n):
        salutation, title, first, last = invent_person(rng)
        category = rng.choices(categories, category_weights)[0]
        kind = (
            "press"
            if category == "Presse"
            else rng.choice(("company", "company", "org", "science"))
        )
        company, domain = rng.choice(affiliations[kind])
        function = gendered(rng, kind, salutation == "Frau")
        email = f"{ascii_fold(first).split(' ')[0]}.{ascii_fold(last).replace(' ', '-')}.{index}@{domain}.example"
        status = "storniert" if rng.random() < 0.03 else "angemeldet"
        note = rng.choices(notes, note_weights)[0]
        code = generate_code(rng) if codes else ""
        yield [
            code,
            salutation,
            title,
            first,
            last,
            company,
            function,
            email,
            category,
            status,
            note,
        ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-codes", action="store_true")
    parser.add_argument("--xlsx", action="store_true")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    data = rows(args.n, args.seed, not args.no_codes)
    if args.xlsx:
        from openpyxl import Workbook

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Teilnehmer")
        ws.append(HEADERS)
        for row in data:
            ws.append(row)
        wb.save(args.out)
    else:
        with args.out.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
            writer.writerow(HEADERS)
            writer.writerows(data)
    elapsed = time.perf_counter() - started
    print(f"{args.n} rows written to {args.out} in {elapsed:.1f} s (code alphabet {ALPHABET})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
