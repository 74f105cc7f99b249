"""Fixtures for the export tests; the data lives in export_fixtures (importable by name)."""

from .export_fixtures import guests, log_entries

__all__ = ["guests", "log_entries"]
