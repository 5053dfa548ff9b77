"""Quick-reply placeholders: what a template body may hold, and a body filled in for one order."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop.domain.errors import BureauError, ValidationError
from desktop.domain.placeholders import PLACEHOLDERS, ReplyValues, check_body, placeholders_in, render

ORDER = ReplyValues(
    number=1042,
    title="Leaking tap",
    client="Acme Facilities",
    building="Tour Horizon",
    contact="Carla Dupont",
    assignee="Béatrice Martin",
    due_date=date(2026, 3, 5),
)
BARE = ReplyValues(1, "Broken door", "Acme", "Annex", contact=None, assignee=None, due_date=None)


def test_every_placeholder_is_filled_in() -> None:
    body = "{contact}: {number} {title} at {building} ({client}), {assignee} by {due_date}."
    assert render(body, ORDER) == (
        "Carla Dupont: 1042 Leaking tap at Tour Horizon (Acme Facilities), Béatrice Martin by March 5, 2026."
    )
    assert placeholders_in(body) == (
        "contact",
        "number",
        "title",
        "building",
        "client",
        "assignee",
        "due_date",
    )
    assert set(PLACEHOLDERS) == {"number", "title", "client", "building", "contact", "assignee", "due_date"}


@pytest.mark.parametrize(
    ("language", "written"),
    [("en", "March 5, 2026"), ("fr", "5 mars 2026"), ("de", "5. März 2026"), ("nl", "5 maart 2026")],
)
def test_the_due_date_is_written_in_the_replys_language(language: str, written: str) -> None:
    assert render("{due_date}", ORDER, language) == written


def test_what_an_order_lacks_is_left_empty_and_braces_are_doubled() -> None:
    assert render("[{contact}|{assignee}|{due_date}] {{number}} {number}", BARE) == "[||] {number} 1"
    assert render("No placeholder at all.", BARE) == "No placeholder at all."
    assert render("{number}{number}", ORDER, "xx") == "10421042"  # an unknown language: English


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ("Dear {customer},", "{customer}"),
        ("{Number}", "{Number}"),
        ("{number.real}", "{number.real}"),
        ("{title[0]}", "{title[0]}"),
        ("{ title }", "{ title }"),
    ],
)
def test_an_unknown_placeholder_is_refused_by_name(body: str, named: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_body(body)
    assert refused.value.message.text == "The placeholder “{placeholder}” is unknown: use one of {known}."
    assert refused.value.message.args["placeholder"] == named
    assert "{due_date}" in refused.value.message.args["known"]


@pytest.mark.parametrize("body", ["Hello {}", "Hello {0}", "{1} and {number}", "{!r}"])
def test_a_field_without_a_name_is_refused(body: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_body(body)
    assert "has no placeholder name" in refused.value.message.text


@pytest.mark.parametrize(("body", "plain"), [("{due_date:%d/%m}", "{due_date}"), ("{title!r}", "{title}")])
def test_formats_and_conversions_are_refused(body: str, plain: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_body(body)
    assert refused.value.message.args["placeholder"] == body
    assert refused.value.message.args["plain"] == plain


@pytest.mark.parametrize(
    ("body", "near"),
    [
        ("Your order {number is on its way", "{number is on its way"),
        ("Closed} today", "Closed}"),
        ("{", "{"),
        ("ok {{ and } here", "ok {{ and }"),
    ],
)
def test_a_brace_without_its_pair_is_refused_quoting_where(body: str, near: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_body(body)
    assert refused.value.message.text.startswith("A brace is not closed or not opened")
    assert refused.value.message.args["near"] == near
    assert "{near}" not in refused.value.message.english()


def test_a_body_that_is_not_text_is_refused() -> None:
    with pytest.raises(ValidationError):
        check_body(None)  # type: ignore[arg-type]


fragments = st.sampled_from(["{", "}", "{{", "}}", "{number}", "{due_date}", ":", "!", "[", ".", "0", "x", " "])
bodies = st.one_of(st.text(max_size=60), st.lists(st.one_of(fragments, st.text(max_size=4)), max_size=12).map("".join))


@given(body=bodies, language=st.sampled_from(["en", "fr", "de", "nl"]))
@example(body="{number:{title}}", language="en")
@example(body="{number!}", language="en")
@example(body="}{", language="fr")
def test_random_bodies_are_refused_or_filled_in_like_python_formats_them(body: str, language: str) -> None:
    try:
        used = placeholders_in(body)
    except BureauError as error:
        assert isinstance(error, ValidationError)
        assert error.message.english()  # a message that reads, whatever the body
        return
    assert set(used) <= set(PLACEHOLDERS)
    filled = render(body, ORDER, language)
    values = {name: render(f"{{{name}}}", ORDER, language) for name in PLACEHOLDERS}
    assert filled == body.format(**values)
    if "{" not in body and "}" not in body:
        assert filled == body


def test_values_are_inserted_as_written_never_read_as_placeholders() -> None:
    sly = ReplyValues(7, "{number} {{title}} {title.__class__}", "Acme {0}", "{building", "}", "{due_date}", None)
    assert render("{title}|{client}|{building}|{contact}|{assignee}", sly) == (
        "{number} {{title}} {title.__class__}|Acme {0}|{building|}|{due_date}"
    )


@pytest.mark.parametrize("body", ["{number.__class__}", "{title[0]}", "{number:{title}}", "{title!a}"])
def test_a_body_reaching_into_a_value_is_refused_when_filled_in_too(body: str) -> None:
    with pytest.raises(ValidationError):
        render(body, ORDER)
