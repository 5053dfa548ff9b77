"""Bureau: desktop client for facilities-management helpdesk agents."""

__version__ = "0.1.0"
