"""checkin: conference front-desk check-in."""

__version__ = "0.1.0"
