"""Every shipped language compiles and loads; German has no untranslated message."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC

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


def test_stale_catalogue_is_rebuilt(qapp, tmp_path):
    qm = i18n.compiled_catalogue("de", tmp_path)
    qm.write_bytes(b"")
    import os

    os.utime(qm, (0, 0))  # older than its source
    rebuilt = i18n.compiled_catalogue("de", tmp_path)
    assert rebuilt.stat().st_size > 0


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
