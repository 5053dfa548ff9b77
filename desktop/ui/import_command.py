"""``bureau import-buildings FILE.xlsx [--dry-run]``: the building import of the Directory, without a window.

Every row with an error is a line "row N: message" on standard output, then one line on standard error says
nothing was imported (status 1). A clean file is imported in one transaction (with --dry-run: only counted);
the status is then 0. A file or database that cannot be used is one line on standard error, status 1.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import SQLAlchemyError

from desktop.app import _name_application, print_error, sign_in_user, start_settings
from desktop.domain.errors import BureauError
from desktop.services.building_import import accepted_headers, check_file, import_buildings, rows_with_errors
from desktop.ui.i18n import in_every_language, translate_message
from desktop.ui.opening import StartupError, first_line, open_database
from desktop.ui.plurals import plural


class _Declare:
    @staticmethod
    def translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
        return text


# Plural messages (see desktop.ui.plurals), shown with plural(message, count).
REFUSED = _Declare.translate("Plural", "%Ln of {total} row(s) have errors: no building was imported.", "", 2)
WOULD_IMPORT = _Declare.translate("Plural", "The file is correct: %Ln building(s) would be imported.", "", 2)
IMPORTED = _Declare.translate("Plural", "%Ln building(s) imported.", "", 2)


def import_buildings_command(args: argparse.Namespace) -> int:
    """Check ``args.file`` and, unless ``args.dry_run``, import it; returns the exit status."""
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    _name_application(app)
    try:
        settings = start_settings(args.lang)
        db = open_database(args.database, settings, create=args.create)
    except StartupError as error:
        print_error(error)
        return 1
    try:
        rows = check_file(db, args.file, accepted_headers(in_every_language))
        wrong = rows_with_errors(rows)
        for row in wrong:
            for error in row.errors:
                line = QCoreApplication.translate("ImportCommand", "row {row}: {error}")
                print(line.format(row=row.number, error=translate_message(error)))
        if wrong:
            sys.stdout.flush()
            print_error(plural(REFUSED, len(wrong)).format(total=len(rows)))
            return 1
        if args.dry_run:
            print(plural(WOULD_IMPORT, len(rows)))
            return 0
        actor = sign_in_user(db, settings, interactive=False)
        count = import_buildings(db, actor, rows)
    except StartupError as error:
        print_error(error)
        return 1
    except BureauError as error:
        print_error(translate_message(error.message))
        return 1
    except SQLAlchemyError as error:
        message = QCoreApplication.translate("ImportCommand", "The import failed: {error}")
        print_error(message.format(error=first_line(error)))
        return 1
    finally:
        db.dispose()
    print(plural(IMPORTED, count))
    return 0


__all__ = ["import_buildings_command"]
