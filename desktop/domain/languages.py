"""The languages Bureau speaks: its screens, and the emails it sends to contacts and agents."""

from __future__ import annotations

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "fr", "de", "nl")
