"""The language of an email and its text in that language, without a database or Qt."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.i18n import Message
from desktop.domain.languages import LANGUAGES, SOURCE_LANGUAGE
from desktop.services.email_language import (
    EmailWriter,
    SourceLanguage,
    by_language,
    install_translator,
    installed_translator,
    recipient_language,
    sender_language,
    uninstall_translator,
)

PARIS = ZoneInfo("Europe/Paris")


class Table:
    """Translations from a table; anything else untranslated (an empty answer, as QTranslator gives)."""

    def __init__(self, table: dict[tuple[str, str, str], str]) -> None:
        self.table = table

    def translate(self, language: str, context: str, text: str) -> str:
        return self.table.get((language, context, text), "")


FRENCH = Table(
    {
        ("fr", "Emails", "Work order {number} is now {status}: {title}"): (
            "L’ordre de travail {number} est maintenant «\u00a0{status}\u00a0»\u00a0: {title}"
        ),
        ("fr", "Status", "In progress"): "En cours",
        ("fr", "Emails", "Due date: {date}"): "Échéance\u00a0: {date}",
        ("fr", "Emails", "Broken {number}"): "Cassé {nombre}",
    }
)


def test_a_contact_reads_their_language_else_the_senders() -> None:
    assert recipient_language("fr", "de") == "fr"
    assert recipient_language(None, "de") == "de"
    assert recipient_language("xx", "nl") == "nl"  # not a language Bureau speaks
    assert recipient_language("", "en") == "en"


def test_the_sender_is_the_agent_else_the_application_else_english() -> None:
    assert sender_language("de") == "de"
    assert sender_language(None) == SOURCE_LANGUAGE
    install_translator(SourceLanguage(), lambda: "nl")
    assert sender_language(None) == "nl"
    assert sender_language("fr") == "fr"
    install_translator(SourceLanguage(), lambda: "klingon")
    assert sender_language(None) == SOURCE_LANGUAGE
    uninstall_translator()
    assert sender_language(None) == SOURCE_LANGUAGE
    assert isinstance(installed_translator(), SourceLanguage)


@given(st.one_of(st.none(), st.text(max_size=12), st.sampled_from(LANGUAGES)), st.sampled_from(LANGUAGES))
def test_every_contact_gets_a_language_bureau_speaks(contact: str | None, sender: str) -> None:
    assert recipient_language(contact, sender) in LANGUAGES
    assert sender_language(contact) in LANGUAGES


@given(st.lists(st.tuples(st.integers(0, 50), st.sampled_from(LANGUAGES))))
def test_grouping_keeps_every_item_once_and_in_order(items: list[tuple[int, str]]) -> None:
    groups = by_language(items, lambda item: item[1])
    assert sorted(item for group in groups.values() for item in group) == sorted(items)
    for language, group in groups.items():
        assert group == [item for item in items if item[1] == language]
    assert list(groups) == list(dict.fromkeys(item[1] for item in items))


def test_a_text_is_translated_with_its_values() -> None:
    writer = EmailWriter("fr", FRENCH)
    subject = writer.text(
        "Work order {number} is now {status}: {title}",
        number=1234,
        status=Message("Status", "In progress"),
        title="Fuite",
    )
    assert subject == "L’ordre de travail 1234 est maintenant «\u00a0En cours\u00a0»\u00a0: Fuite"
    english = EmailWriter("en", FRENCH)
    assert english.text(
        "Work order {number} is now {status}: {title}", number=7, status=Message("Status", "In progress"), title="x"
    ) == ("Work order 7 is now In progress: x")


def test_an_untranslated_or_broken_text_is_english() -> None:
    writer = EmailWriter("fr", FRENCH)
    assert writer.text("Hello,") == "Hello,"
    assert writer.text("Broken {number}", number=3) == "Broken 3"


def test_dates_are_written_out_for_the_locale() -> None:
    day = date(2026, 3, 5)
    assert EmailWriter("fr", FRENCH).text("Due date: {date}", date=day) == "Échéance\u00a0: 5 mars 2026"
    assert EmailWriter("en").value(day) == "March 5, 2026"
    assert EmailWriter("de").value(day) == "5. März 2026"
    assert EmailWriter("nl").value(day) == "5 maart 2026"
    # A moment is the day in the local time zone: late on the 5th in UTC is the 6th in Paris.
    late = datetime(2026, 3, 5, 23, 30, tzinfo=UTC)
    assert EmailWriter("fr", FRENCH, PARIS).value(late) == "6 mars 2026"


def test_an_unknown_language_writes_english() -> None:
    writer = EmailWriter("xx", FRENCH)
    assert writer.language == SOURCE_LANGUAGE
    assert writer.value(date(2026, 12, 1)) == "December 1, 2026"


@given(st.text(max_size=40), st.text(max_size=40), st.sampled_from(LANGUAGES))
def test_any_translation_and_value_give_a_text(translation: str, value: str, language: str) -> None:
    """A translation file cannot break an email: a translation that does not fit its fields gives the English."""
    table = Table({(language, "Emails", "Work order: {number} - {title}"): translation})
    text = EmailWriter(language, table).text("Work order: {number} - {title}", number=5, title=value)
    english = f"Work order: 5 - {value}"
    try:
        expected = translation.format(number="5", title=value) if translation else english
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        expected = english
    assert text == expected
