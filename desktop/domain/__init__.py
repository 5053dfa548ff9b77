"""Pure rules of Bureau: no Qt, no database session."""
