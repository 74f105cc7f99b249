"""Reading attendee lists (CSV, TSV, xlsx and the known registration exports).

Exporters live in `checkin.core.io.export`.
"""

from checkin.core.io.headers import FIELDS, detect_format, detect_mapping
from checkin.core.io.listmodel import (
    CheckinListNeeded,
    ListFileError,
    MappingError,
    ParseCancelled,
    ParsedList,
    ParsedRow,
    Problem,
    ProblemReason,
    Table,
)
from checkin.core.io.lists import parse_list
from checkin.core.io.tables import read_table

__all__ = [
    "FIELDS",
    "CheckinListNeeded",
    "ListFileError",
    "MappingError",
    "ParseCancelled",
    "ParsedList",
    "ParsedRow",
    "Problem",
    "ProblemReason",
    "Table",
    "detect_format",
    "detect_mapping",
    "parse_list",
    "read_table",
]
