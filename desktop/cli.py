"""The command line: parsed before Qt starts, so --help and --version need no screen.

A mistake on the command line is a :class:`CommandLineError` rather than argparse's usage and exit: the caller
parses again with a translating function once the language is known, and prints the message in one line.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import NoReturn

from desktop import __version__
from desktop.domain.i18n import QT_TRANSLATE_NOOP

GENERATE_PPM = "generate-ppm"
IMPORT_BUILDINGS = "import-buildings"
# As desktop.demo.MAX_SIZE (checked again there): the command line stays free of the services.
MAX_DEMO_SIZE = 10_000_000
LANG_OPTION = "--lang"
# argparse's own messages that a mistake on Bureau's command line can show, as argparse writes them.
ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("CommandLine", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("CommandLine", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("CommandLine", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("CommandLine", "expected one argument"),
    QT_TRANSLATE_NOOP("CommandLine", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("CommandLine", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("CommandLine", "ignored explicit argument %r"),
)

Translate = Callable[[str], str]


def _untranslated(text: str) -> str:
    return text


# The translation of this module's messages while a translated parse runs (see parse_arguments).
_translate: Translate = _untranslated


class CommandLineError(Exception):
    """The command line cannot be used: the message says why in one line (translated when parsed so)."""


class BureauArgumentParser(argparse.ArgumentParser):
    """An argparse parser that raises CommandLineError instead of printing its usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise CommandLineError(message)


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        message = QT_TRANSLATE_NOOP("CommandLine", "not a whole number: {text}")
        raise argparse.ArgumentTypeError(_translate(message).format(text=text)) from None
    if value <= 0:
        message = QT_TRANSLATE_NOOP("CommandLine", "must be greater than 0: {text}")
        raise argparse.ArgumentTypeError(_translate(message).format(text=text))
    if value > MAX_DEMO_SIZE:
        message = QT_TRANSLATE_NOOP("CommandLine", "must be at most {limit}: {text}")
        raise argparse.ArgumentTypeError(_translate(message).format(limit=MAX_DEMO_SIZE, text=text))
    return value


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        message = QT_TRANSLATE_NOOP("CommandLine", "not a date (YYYY-MM-DD): {text}")
        raise argparse.ArgumentTypeError(_translate(message).format(text=text)) from None


def language_option(argv: Sequence[str]) -> str | None:
    """The value of --lang on a command line that may not parse, for its error to be in that language."""
    found = None
    for index, word in enumerate(argv):
        if word == LANG_OPTION and index + 1 < len(argv):
            found = argv[index + 1]
        elif word.startswith(LANG_OPTION + "="):
            found = word.partition("=")[2]
    return found


@contextmanager
def _translated(translate: Translate) -> Iterator[None]:
    """argparse's messages and this module's through ``translate`` for the time of one parse."""
    global _translate
    before = argparse._, _translate  # type: ignore[attr-defined]
    argparse._ = translate  # type: ignore[attr-defined]
    _translate = translate
    try:
        yield
    finally:
        argparse._, _translate = before  # type: ignore[attr-defined]


def parse_arguments(argv: Sequence[str] | None, translate: Translate | None = None) -> argparse.Namespace:
    """The parsed command line; a mistake is a CommandLineError, its message through ``translate`` if given."""
    parser = build_parser()
    if translate is None:
        return parser.parse_args(argv)
    with _translated(translate):
        return parser.parse_args(argv)


def build_parser() -> argparse.ArgumentParser:
    parser = BureauArgumentParser(
        prog="bureau",
        description="Bureau: the desktop for facilities-management helpdesk agents.",
    )
    parser.add_argument("--version", action="version", version=f"Bureau {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLite file path or URL, or a PostgreSQL URL (team mode); default: BUREAU_DATABASE_URL, "
        "then the settings, then bureau.sqlite in the data folder",
    )
    parser.add_argument("--create", action="store_true",
                        help="create a new database at the chosen path when there is none; without it, a path "
                        "where there is no Bureau database is refused (the default database is always created)")
    parser.add_argument("--demo", action="store_true", help="fill an empty database with demo data")
    parser.add_argument("--demo-size", type=positive_int, metavar="N",
                        help="fill an empty database with N demo work orders (scale testing)")
    parser.add_argument("--lang", metavar="CODE", help="user-interface language: en, fr, de or nl")
    parser.add_argument("--screenshot", metavar="PATH",
                        help="start, wait for the main window to show its data, save it as PNG and exit")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation offscreen in a temporary folder (database, translations, "
                        "formats, main window, export) and exit: one line per check, status 0 when all pass")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND",
                                     help="run a task on the database and exit, without a window")
    generate = commands.add_parser(
        GENERATE_PPM,
        help="create the PPM work orders whose auto-generation date has come",
        description="Create the work order of every valid PPM period whose auto-generation date is on or before "
        "DATE and that has none yet (invoice-only periods: an order closed at once), print per contract and in "
        "all what was created, missed and cancelled, and exit. Buildings whose visits follow their last completed "
        "visit are re-planned first, once per visit. A period whose financial end has passed without an order is "
        "missed: it is never generated. Contracts marked for manual generation are left to the preview of Work "
        "orders > Generate due PPMs. Then the PPM orders still open once their period's financial end has passed by "
        "their job's auto-close days are closed as Not done (not those of manual contracts). Safe to run again, and "
        "by several agents at once: each order is created once.",
    )
    generate.add_argument("--until", type=iso_date, metavar="DATE",
                          help="generate what is due on or before DATE (YYYY-MM-DD); default: today. A DATE before "
                          "today re-plans nothing; one more than a year ahead needs --far-ahead")
    generate.add_argument("--far-ahead", action="store_true",
                          help="allow --until more than a year after today")
    generate.add_argument("--dry-run", action="store_true",
                          help="print per contract each order a run would create, each period it would skip as "
                          "missed and each open order it would close as Not done, then the counts, without writing "
                          "anything")
    # Also accepted after the command name; default=SUPPRESS keeps the value given before it.
    generate.add_argument("--database", metavar="URL", default=argparse.SUPPRESS,
                          help="as --database before the command")
    generate.add_argument("--lang", metavar="CODE", default=argparse.SUPPRESS, help="as --lang before the command")
    generate.add_argument("--create", action="store_true", default=argparse.SUPPRESS,
                          help="as --create before the command")
    buildings = commands.add_parser(
        IMPORT_BUILDINGS,
        help="add the buildings listed in an Excel workbook (Directory > Import buildings... as a command)",
        description="Read FILE (an .xlsx made from the template of Directory > Import buildings...), check every "
        "row and add all its buildings in one transaction, or none: each row with an error is printed as "
        "\"row N: message\" and nothing is written. The exit status is 0 when the file imports cleanly.",
    )
    buildings.add_argument("file", metavar="FILE", help="the Excel workbook (.xlsx) to import")
    buildings.add_argument("--dry-run", action="store_true",
                           help="check the file and report, without writing anything")
    buildings.add_argument("--database", metavar="URL", default=argparse.SUPPRESS,
                           help="as --database before the command")
    buildings.add_argument("--lang", metavar="CODE", default=argparse.SUPPRESS, help="as --lang before the command")
    buildings.add_argument("--create", action="store_true", default=argparse.SUPPRESS,
                           help="as --create before the command")
    return parser
