"""What Indico's exporters write, read the way Indico means it.

Read from Indico 3.2's own code: the registration list export
(`generate_spreadsheet_from_registrations`) writes the state as
`RegistrationState.title`, translated into the event's language; "Pending" awaits the
organiser's approval, "Awaiting payment" is approved but not paid. Indico's own
check-in refuses pending registrations; the desk refuses both, and a person may admit.
"""

from __future__ import annotations

from checkin.core.model import Status

#: Indico's registration states in English and German (Indico's de_DE catalogue), folded.
_STATES: dict[str, Status] = {
    "completed": Status.ACTIVE,
    "abgeschlossen": Status.ACTIVE,
    "pending": Status.UNAPPROVED,
    "anstehend": Status.UNAPPROVED,
    "awaiting payment": Status.UNPAID,
    "warten auf zahlung": Status.UNPAID,
    "withdrawn": Status.CANCELLED,
    "zurückgezogen": Status.CANCELLED,
    "rejected": Status.CANCELLED,
    "abgelehnt": Status.CANCELLED,
}


def parse_status(text: str) -> Status | None:
    return _STATES.get(" ".join(text.casefold().split()))
