"""Cost of the pure functions on the scan and import paths: clean_scan, fold, index_terms.

Run: .venv/bin/python bench/bench_scan_clean.py   (about 20 s; prints per-call figures)
"""

from __future__ import annotations

import json
import random
import statistics
import time

from checkin.core.codes import clean_scan, format_for_display, generate_code, mangle_us_to_de
from checkin.core.model import Attendee
from checkin.core.search import fold, index_terms, query_words

FIRST = ["Anna", "Jürgen", "Łukasz", "Thị Hương", "Ayşe", "Jiří", "Michael", "Zoë", "Hans-Peter"]
LAST = ["Müller", "Nguyễn", "Dvořák", "Weiß", "Öztürk", "Kowalczyk", "Schröder", "Brzęczek"]
COMPANY = ["Stadtwerke Köln GmbH", "Bundesministerium für Digitales", "Škoda Auto a.s.", "ACME"]


def percentiles(samples: list[float]) -> str:
    samples.sort()
    p50 = statistics.median(samples)
    p99 = samples[int(len(samples) * 0.99)]
    return f"p50 {p50 * 1e6:6.2f} µs   p99 {p99 * 1e6:6.2f} µs"


def time_calls(fn, inputs: list[str], rounds: int = 20) -> list[float]:
    out = []
    clock = time.perf_counter
    for _ in range(rounds):
        for s in inputs:
            t0 = clock()
            fn(s)
            out.append(clock() - t0)
    return out


def bench_clean_scan() -> None:
    rng = random.Random(1)
    gen = [generate_code(rng) for _ in range(2000)]
    pretix = [
        "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(32)) for _ in gen
    ]
    kinds = {
        "generated code + CRLF": [c + "\r\n" for c in gen],
        "pretix-like secret": pretix,
        "generated, layout-mangled": [mangle_us_to_de(c) for c in gen],
        "hand-typed with hyphens": [format_for_display(c).lower() for c in gen],
        "URL ?code=": [f"https://t.example/checkin?code={c}" for c in gen],
        "layout-mangled URL": [mangle_us_to_de(f"https://t.example/c?code={c}") for c in gen],
        "Indico JSON": [
            json.dumps({"registrant_id": i, "checkin_secret": c, "event_id": "1", "version": 1})
            for i, c in enumerate(gen)
        ],
        "10,000-char garbage": ["x" * 10_000] * 200,
    }
    print("clean_scan per call")
    for name, inputs in kinds.items():
        print(f"  {name:28s} {percentiles(time_calls(clean_scan, inputs))}")


def bench_folding() -> None:
    rng = random.Random(2)
    n = 200_000
    people = [
        Attendee(
            code=str(i),
            first_name=rng.choice(FIRST),
            last_name=f"{rng.choice(LAST)}{rng.randrange(5000)}",
            company=f"{rng.choice(COMPANY)} {rng.randrange(2000)}",
            email=f"user{i}@example{rng.randrange(300)}.de",
        )
        for i in range(n)
    ]
    fields = [a.last_name for a in people[:50_000]]
    fold.cache_clear()
    t0 = time.perf_counter()
    for s in fields:
        fold.__wrapped__(s)
    uncached = (time.perf_counter() - t0) / len(fields)
    print(f"fold, uncached               {uncached * 1e6:6.2f} µs per field")
    fold.cache_clear()
    t0 = time.perf_counter()
    total = sum(len(index_terms(a)) for a in people)
    elapsed = time.perf_counter() - t0
    print(
        f"index_terms, {n:,} attendees  {elapsed:5.2f} s total, "
        f"{elapsed / n * 1e6:5.2f} µs per attendee, {total / n:.1f} terms each"
    )
    queries = ["mül", "Nguy", "dvor", "anna mü", "weiss", "Hans-Peter Sch"]
    samples = time_calls(query_words, queries, rounds=2000)
    print(f"query_words                  {percentiles(samples)}")


if __name__ == "__main__":
    bench_clean_scan()
    bench_folding()
