"""The desk window opens on a shared PostgreSQL event, as a real `checkin gui` process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from checkin.core.demo import demo_list_path

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.postgres


def test_gui_opens_on_a_postgres_url(pg_url: str, tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.pop("CHECKIN_DB", None)
    cli = [sys.executable, "-m", "checkin"]
    subprocess.run(
        [*cli, "import", "--db", pg_url, str(demo_list_path())], check=True, env=env, timeout=120
    )
    shot = tmp_path / "desk.png"
    done = subprocess.run(
        [*cli, "gui", "--db", pg_url, "--screenshot", str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    with Image.open(shot) as image:
        assert image.width >= 800 and image.height >= 500


def test_gui_on_an_unreachable_server_says_so(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "checkin",
            "gui",
            "--db",
            "postgresql://desk@127.0.0.1:9/none",
            "--screenshot",
            str(tmp_path / "x.png"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "unreachable" in done.stderr and "Traceback" not in done.stderr
