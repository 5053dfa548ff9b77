"""Use cases: one transaction each, permission checks, activity log. No Qt here."""
