"""``bureau --self-test``: one plain line per check, status 0 when everything an installation needs is there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.ui import self_test
from desktop.ui.self_test import LANGUAGE_CHECKS, run_self_test

KNOWN_OFFSCREEN_LINE = "This plugin does not support propagateSizeHints()"
CHECKS = (
    "versions", "database", "translation fr", "Qt translation fr", "money fr", "translation de",
    "Qt translation de", "money de", "translation nl", "Qt translation nl", "money nl", "demo data", "main window",
    "window language", "window drawing", "application icon", "XLSX export", "job sheet PDF", "PostgreSQL driver",
)


def names(lines: list[str], prefix: str) -> list[str]:
    return [line.removeprefix(prefix).split(":", 1)[0] for line in lines if line.startswith(prefix)]


def test_the_self_test_passes_from_source(data_dir: Path) -> None:
    env = {**os.environ, "BUREAU_DATA_DIR": str(data_dir), "BUREAU_LANG": "en"}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test goes offscreen by itself
    result = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], capture_output=True, text=True,
                            env=env, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("ok: ") for line in lines), result.stdout
    assert names(lines, "ok: ") == list(CHECKS)
    assert [line for line in result.stderr.splitlines() if line.strip() and line != KNOWN_OFFSCREEN_LINE] == []
    # It works in a temporary folder of its own, never in the data folder.
    assert not (data_dir / "bureau.sqlite").exists()
    assert not (data_dir / "settings.ini").exists()


def test_the_lines_name_what_was_checked(qapp: object, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_self_test() == 0
    out = capsys.readouterr().out
    assert "ok: translation fr: '&File' is '&Fichier'" in out
    assert "ok: Qt translation de: Qt's Cancel button is 'Abbrechen'" in out
    assert "ok: main window: the helpdesk list shows 50 rows" in out
    assert "ok: XLSX export: 50 rows written with openpyxl" in out
    for check in LANGUAGE_CHECKS.values():
        assert check.menu in out


def test_a_missing_translation_is_one_failed_line(
    qapp: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    empty = tmp_path / "no-translations"
    empty.mkdir()
    monkeypatch.setattr("desktop.ui.i18n.locale_dir", lambda: empty)
    assert run_self_test() == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    assert captured.err == ""
    failed = [line for line in captured.out.splitlines() if line.startswith("FAILED: ")]
    assert f"FAILED: translation fr: bureau_fr.qm could not be loaded from {empty}" in failed
    assert names(failed, "FAILED: ") == [
        "translation fr", "translation de", "translation nl", "window language", "4 check(s) failed"
    ]
    # Qt's own translations, babel and the rest do not depend on Bureau's files.
    assert "ok: Qt translation fr: Qt's Cancel button is 'Annuler'" in captured.out
    assert "ok: main window:" in captured.out


def test_a_database_that_cannot_be_migrated_skips_what_needs_it(
    qapp: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(engine: object) -> None:
        raise RuntimeError("no migration scripts\nsecond line")

    monkeypatch.setattr("desktop.db.migrate.upgrade", broken)
    assert run_self_test() == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    assert captured.err == ""
    failed = [line for line in captured.out.splitlines() if line.startswith("FAILED: ")]
    assert failed[0] == "FAILED: database: RuntimeError: no migration scripts"
    assert "FAILED: demo data: skipped: an earlier check it needs failed" in failed
    assert "FAILED: XLSX export: skipped: an earlier check it needs failed" in failed
    assert "ok: translation nl: '&File' is '&Bestand'" in captured.out


def test_an_error_in_a_qt_slot_is_remembered_as_one_line() -> None:
    test = self_test.SelfTest(Path("."))
    try:
        raise ValueError("raised in a slot")
    except ValueError as error:
        test.excepthook(ValueError, error, error.__traceback__)
    assert test.unexpected == ["ValueError: raised in a slot"]


def test_a_job_sheet_pdf_with_blank_pages_fails(
    qapp: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A PDF is written, but nothing is drawn on its pages (as when no font can be found): the check fails."""
    monkeypatch.setattr("desktop.ui.workorder.job_sheet.sheet_html", lambda _sheet, _fmt: "<html><body></body></html>")
    assert run_self_test() == 1
    failed = [line for line in capsys.readouterr().out.splitlines() if line.startswith("FAILED: ")]
    assert names(failed, "FAILED: ") == ["job sheet PDF", "1 check(s) failed"]
    assert "holds blank pages" in failed[0]
