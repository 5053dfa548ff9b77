"""The email outbox in the UI: the background sender and the outbox window."""
