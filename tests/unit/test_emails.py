"""Email addresses are read by a real parser: what agents type is accepted or refused with a clear message."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.emails import checked_email
from desktop.domain.errors import BureauError, ValidationError


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("  i.garnier@hotels-lumiere.example ", "i.garnier@hotels-lumiere.example"),
        ("Zoë.Müller@exämple.de", "Zoë.Müller@exämple.de"),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_addresses_are_kept_as_typed_or_left_empty(typed: str | None, kept: str | None) -> None:
    assert checked_email(typed) == kept


@pytest.mark.parametrize(
    "typed", ["isabelle", "isabelle@", "@hotels.example", "a b@c.example", "a@@c.example", "a@localhost", "a@b..c"]
)
def test_what_is_not_an_address_is_refused_with_an_example(typed: str) -> None:
    with pytest.raises(ValidationError, match="not an email address: write it as name@example.com"):
        checked_email(typed)


@given(st.text(max_size=80))
def test_any_text_gives_an_address_or_a_refusal(typed: str) -> None:
    try:
        result = checked_email(typed)
    except BureauError:
        return
    assert result is None or "@" in result
