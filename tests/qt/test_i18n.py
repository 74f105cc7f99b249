"""Every shipped language compiles and loads; German has no untranslated message."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from checkin.core.model import Verdict, VerdictKind
from checkin.qt import i18n
from checkin.qt.verdict_text import describe


def test_german_and_english_ship():
    assert {"de", "en"} <= set(i18n.available_languages())


@pytest.mark.parametrize("language", i18n.available_languages())
def test_every_language_compiles_and_loads(qapp, tmp_path, language):
    qm = i18n.compiled_catalogue(language, tmp_path)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert not translator.isEmpty()


def test_broken_catalogue_is_rebuilt(qapp, tmp_path):
    qm = i18n.compiled_catalogue("de", tmp_path)
    qm.write_bytes(b"")  # a disk that filled up under an earlier start
    rebuilt = i18n.compiled_catalogue("de", tmp_path)
    assert rebuilt == qm
    assert rebuilt.stat().st_size > 0


def test_another_versions_catalogue_is_not_taken(qapp, tmp_path, monkeypatch):
    """Two installs share the per-user cache: a .qm compiled from one version's .ts is
    never shown by another, whatever the files' times say (an older .ts, or one a
    package manager stamped with the time it was built)."""
    cache = tmp_path / "cache"
    theirs = i18n.compiled_catalogue("de", cache)
    other = tmp_path / "other"
    other.mkdir()
    source = (i18n.translations_dir() / "checkin_de.ts").read_text(encoding="utf-8")
    marker = "<translation>Bereit</translation>"
    assert marker in source
    changed = other / "checkin_de.ts"
    changed.write_text(source.replace(marker, "<translation>Bereit (neu)</translation>", 1))
    import os

    os.utime(changed, (0, 0))  # older on disk than the .qm in the cache
    monkeypatch.setattr(i18n, "translations_dir", lambda: other)
    ours = i18n.compiled_catalogue("de", cache)
    assert ours != theirs
    translator = QTranslator()
    assert translator.load(str(ours))
    assert _translates(changed, translator, "Bereit (neu)")


def _translates(ts: Path, translator: QTranslator, text: str) -> bool:
    """Whether the message `ts` translates as `text` comes out of `translator` so."""
    root = ET.parse(ts).getroot()
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            if msg.findtext("translation") == text:
                source = msg.findtext("source") or ""
                return translator.translate(ctx.findtext("name") or "", source) == text
    return False


def test_german_catalogue_is_complete():
    root = ET.parse(i18n.translations_dir() / "checkin_de.ts").getroot()
    untranslated = [
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
        if (tr := msg.find("translation")) is None
        or tr.get("type") in ("unfinished",)
        or not (tr.text or "").strip()
    ]
    assert untranslated == []


def test_german_placeholders_match_the_source():
    root = ET.parse(i18n.translations_dir() / "checkin_de.ts").getroot()
    import re

    for msg in root.iter("message"):
        source, translation = msg.findtext("source"), msg.findtext("translation")
        if msg.find("translation").get("type") in ("vanished", "obsolete"):
            continue
        assert sorted(re.findall(r"\{\w+\}", source)) == sorted(
            re.findall(r"\{\w+\}", translation)
        ), source


def test_switching_to_german_translates_verdicts(qapp, tmp_path):
    translators = i18n.Translators()
    try:
        assert translators.install("de", tmp_path)
        content = describe(Verdict(VerdictKind.UNKNOWN, "X"))
        assert content.title == "Unbekannter Code"
        assert QCoreApplication.translate("Verdict", "Cancelled") == "Storniert"
    finally:
        translators.install("en")
    assert describe(Verdict(VerdictKind.UNKNOWN, "X")).title == "Unknown code"


def test_badge_printer_messages_are_german_too(qapp, tmp_path):
    from datetime import datetime

    from checkin.core.model import LogEntry, LogKind
    from checkin.qt.messages import printed_note

    translators = i18n.Translators()
    try:
        assert translators.install("de", tmp_path)
        entry = LogEntry(
            datetime(2026, 5, 22, 7, 14, tzinfo=UTC),
            LogKind.BADGE_PRINTED,
            "Tisch 2",
            "Anna",
        )
        assert printed_note(entry).startswith("Namensschild bereits gedruckt um ")
    finally:
        translators.install("en")


def test_operation_errors_are_german_too(qapp, tmp_path):
    import errno

    from checkin.qt.messages import describe_error

    translators = i18n.Translators()
    try:
        assert translators.install("de", tmp_path)
        full = describe_error(OSError(errno.ENOSPC, "No space left on device"))
        assert full.message.startswith("Der Datenträger ist voll.")
    finally:
        translators.install("en")


def _messages(ts_file):
    """(context, source, comment, numerus) of every live message of a .ts file."""
    root = ET.parse(ts_file).getroot()
    return {
        (ctx.findtext("name"), msg.findtext("source"), msg.findtext("comment"), msg.get("numerus"))
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
        if msg.find("translation") is None
        or msg.find("translation").get("type") not in ("vanished", "obsolete")
    }


@pytest.mark.parametrize("language", i18n.available_languages())
def test_lupdate_would_not_change_the_catalogue(tmp_path, language):
    """The README's lupdate run over checkin/qt finds exactly the committed messages:
    a string lupdate cannot see (a `tr` alias, a non-literal text, `window.tr` whose
    context lupdate takes from the variable) or a message nobody uses any more fails."""
    import shutil
    import subprocess
    from pathlib import Path

    import PySide6

    import checkin.qt

    committed = i18n.translations_dir() / f"checkin_{language}.ts"
    updated = tmp_path / committed.name
    shutil.copyfile(committed, updated)
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    subprocess.run(
        [str(lupdate), "-silent", "-extensions", "py", str(Path(checkin.qt.__file__).parent)]
        + ["-no-obsolete", "-ts", str(updated)],
        check=True,
        capture_output=True,
    )
    found, kept = _messages(updated), _messages(committed)
    assert sorted(found - kept, key=str) == [], "run lupdate (resources/translations/README.md)"
    assert sorted(kept - found, key=str) == [], "messages no code uses any more"


def test_every_translated_text_is_a_literal_lupdate_can_read():
    """`self.tr("…")` and `QCoreApplication.translate("Context", "…")` only: lupdate
    skips a text passed through a variable or a wrapper (`_tr(text)`), and takes the
    context of `window.tr(…)` from the variable's name, not from the class Qt uses."""
    import ast
    from pathlib import Path

    import checkin.qt

    hidden = []
    for path in sorted(Path(checkin.qt.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            receiver, name = ast.unparse(node.func.value), node.func.attr
            if name == "tr":
                texts, ok = node.args[:1], receiver == "self"
            elif name == "translate" and receiver in ("QCoreApplication", "QApplication"):
                texts, ok = node.args[:2], len(node.args) >= 2
            else:
                continue
            literal = all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in texts)
            if not (ok and literal and texts):
                hidden.append(f"{path.name}:{node.lineno}: {ast.unparse(node)[:80]}")
    assert hidden == []
