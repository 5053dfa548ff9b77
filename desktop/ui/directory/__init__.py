"""The directory: clients, their buildings and contacts."""
