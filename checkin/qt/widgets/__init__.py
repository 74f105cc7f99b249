"""Reusable desk widgets: scan field, verdict banner, counters, guest details."""
