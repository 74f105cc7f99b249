"""Synthesise the short verdict sounds with nothing but the standard library.

Run it again after changing a tone; the WAV files it writes are committed so the
app needs no build step. Each verdict has its own contour a person learns within
a few guests: rising for welcome, a double mid beep for "already", a low buzz
for every refusal, so a glance at the screen only confirms what the ear heard.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
HERE = Path(__file__).resolve().parent

#: verdict kind -> list of (frequency Hz, seconds); frequency 0 is silence.
TONES: dict[str, list[tuple[float, float]]] = {
    "admitted": [(880.0, 0.09), (1318.5, 0.14)],
    "already_checked_in": [(660.0, 0.1), (0.0, 0.06), (660.0, 0.1)],
    "unknown": [(220.0, 0.32)],
    "cancelled": [(330.0, 0.14), (0.0, 0.05), (220.0, 0.22)],
    "ambiguous": [(523.3, 0.08), (392.0, 0.08), (523.3, 0.08), (392.0, 0.08)],
    "invalid": [(180.0, 0.12), (0.0, 0.05), (180.0, 0.12)],
    "not_paid": [(330.0, 0.14), (0.0, 0.05), (330.0, 0.14), (0.0, 0.05), (220.0, 0.22)],
    "not_approved": [(392.0, 0.14), (0.0, 0.05), (330.0, 0.14), (0.0, 0.05), (220.0, 0.22)],
}


def samples(tones: list[tuple[float, float]]) -> bytes:
    out = bytearray()
    for freq, seconds in tones:
        count = int(RATE * seconds)
        ramp = max(1, int(RATE * 0.008))  # soft edges: no clicks
        for i in range(count):
            envelope = min(1.0, i / ramp, (count - i) / ramp)
            if freq <= 0:
                value = 0.0
            elif freq < 300:  # a buzz for refusals: square-ish, easy to hear in a noisy foyer
                value = 0.35 * math.copysign(1.0, math.sin(2 * math.pi * freq * i / RATE))
            else:
                value = 0.5 * math.sin(2 * math.pi * freq * i / RATE)
            out += struct.pack("<h", int(32767 * value * envelope))
    return bytes(out)


def main() -> None:
    for kind, tones in TONES.items():
        with wave.open(str(HERE / f"{kind}.wav"), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(RATE)
            wav.writeframes(samples(tones))
        print(f"wrote {kind}.wav")


if __name__ == "__main__":
    main()
