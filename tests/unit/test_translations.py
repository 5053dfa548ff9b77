"""Every .ts file is complete and up to date with the sources: no string ships untranslated."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "translations"
LANGUAGES = ("fr", "de", "nl")
PLACEHOLDER = re.compile(r"\{\w*\}|%L?n|%\d")


def load_tools():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("translation_tools", TS_DIR / "tools.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[tuple[str, str]]]:
    """What lupdate finds in the sources now, for each language file."""
    tools = load_tools()
    out = tmp_path_factory.mktemp("ts")
    found = {}
    for language in ("en", *LANGUAGES):
        target = out / f"bureau_{language}.ts"
        flags = ["-pluralonly"] if language == "en" else []
        tools._run_in_root("lupdate", *tools.sources(), "-silent", *flags, "-ts", str(target))
        found[language] = set(messages(target))
    return found


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_ts_file_holds_exactly_the_strings_of_the_sources(
    language: str, fresh: dict[str, set[tuple[str, str]]]
) -> None:
    committed = set(messages(TS_DIR / f"bureau_{language}.ts"))
    missing = fresh[language] - committed
    stale = committed - fresh[language]
    assert not missing, f"run `python translations/tools.py update`; missing: {sorted(missing)[:10]}"
    assert not stale, f"run `python translations/tools.py update`; stale: {sorted(stale)[:10]}"


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_every_string_is_translated(language: str) -> None:
    unfinished = []
    for (context, source), message in messages(TS_DIR / f"bureau_{language}.ts").items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
            text.strip() for text in translations_of(message)
        ):
            unfinished.append(f"{context}: {source}")
    assert not unfinished, f"{len(unfinished)} unfinished in bureau_{language}.ts: {unfinished[:10]}"


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_translations_keep_placeholders_and_mnemonics(language: str) -> None:
    for (context, source), message in messages(TS_DIR / f"bureau_{language}.ts").items():
        expected = sorted(PLACEHOLDER.findall(source))
        for text in translations_of(message):
            assert sorted(PLACEHOLDER.findall(text)) == expected, f"{context}: {source!r} -> {text!r}"
            assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), f"{source!r} -> {text!r}"
