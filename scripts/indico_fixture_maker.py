"""Runs inside Indico's virtualenv (see make-real-indico-exports): events, exports, truth.

Everything is made by Indico's own code: the registration form by
`create_personal_data_fields`, registrations by `create_registration` (moderation and
payment decide their state, as on the web), approval, rejection and withdrawal by
`Registration.update_state`, payment by `register_transaction` (what "mark as paid"
does), check-in by setting `checked_in` as the check-in app's API does. The files are
written by the exporters the management UI calls (`generate_spreadsheet_from_registrations`
with `generate_csv` / `generate_xlsx`), the registrants JSON by the API's
`build_registrations_api_data`, and each ticket QR by `generate_ticket_qr_code`, decoded
back from its image.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

import zxingcpp
from flask import session
from indico.web.flask.app import make_app

# Indico's modules import each other in circles that only its app set-up resolves:
# the app first, as `indico shell` does.
app = make_app()

from indico.core.db import db  # noqa: E402
from indico.modules.categories import Category
from indico.modules.events import Event
from indico.modules.events.features.util import set_feature_enabled
from indico.modules.events.models.events import EventType
from indico.modules.events.payment.models.transactions import TransactionAction
from indico.modules.events.payment.util import register_transaction
from indico.modules.events.registration.lists import RegistrationListGenerator
from indico.modules.events.registration.models.forms import RegistrationForm
from indico.modules.events.registration.models.items import PersonalDataType
from indico.modules.events.registration.models.registrations import RegistrationState
from indico.modules.events.registration.models.tags import RegistrationTag
from indico.modules.events.registration.util import (
    build_registrations_api_data,
    create_personal_data_fields,
    create_registration,
    generate_spreadsheet_from_registrations,
    generate_ticket_qr_code,
)
from indico.modules.users import User
from indico.util.i18n import force_locale
from indico.util.spreadsheets import generate_csv, generate_xlsx
from pytz import timezone

import indico.modules.events.registration.notifications as registration_mail  # noqa: E402

# No mail leaves this machine: the notices Indico sends on each state change are dropped
# (their delivery is all that is skipped; the states are Indico's own).
registration_mail.send_email = lambda *args, **kwargs: None

BERLIN = timezone("Europe/Berlin")

#: (first, last, title, e-mail, affiliation, what happens to the registration, tags)
PEOPLE = {
    "de": [
        ("Ida", "Abendroth", "Dr", "ida.abendroth@stadtwerke.example", "Stadtwerke Leipzig",
         "paid+checked_in", ["Referentin"]),
        ("Jürgen", "Müller-Lüdenscheidt", "", "j.mueller@example.org", "Müller & Söhne GmbH",
         "paid", []),
        ("Sinéad", "O'Brien", "Prof.", "sinead.obrien@uni.example", "Universität Leipzig",
         "paid", ["Presse"]),
        ("Ole", "Brückner", "", "ole.brueckner@zeitung.example", "Sächsische Zeitung",
         "pending", []),
        ("Pia", "Conrad", "", "pia.conrad@example.org", "=Formel AG", "unpaid", []),
        ("Uwe", "Kühn", "", "uwe.kuehn@example.org", "IHK", "paid+withdrawn", []),
        ("Rita", "Zeidler", "", "rita.zeidler@example.org", "", "rejected", []),
        ("Can", "Yılmaz", "", "can.yilmaz@example.org", "Yılmaz Logistik", "paid+checked_in",
         []),
    ],
    "en": [
        ("Ada", "Lovelace", "Dr", "ada@analytical.example", "Analytical Engines Ltd",
         "paid+checked_in", ["Speaker"]),
        ("Brian", "O'Connor", "", "brian.oconnor@example.com", "Dublin Tech", "paid", []),
        ("Chen", "Wei", "", "chen.wei@example.cn", "Tsinghua", "pending", []),
        ("Dana", "Scully", "", "dana.scully@example.gov", "FBI", "unpaid", []),
        ("Eve", "Moneypenny", "", "eve@example.co.uk", "MI6", "paid+withdrawn", []),
        ("Frank", "Castle", "", "frank@example.com", "", "rejected", []),
    ],
}  # fmt: skip
#: The German organiser renamed Indico's English field titles in the form editor.
GERMAN_TITLES = {
    PersonalDataType.email: "E-Mail-Adresse",
    PersonalDataType.first_name: "Vorname",
    PersonalDataType.last_name: "Nachname",
    PersonalDataType.affiliation: "Organisation",
    PersonalDataType.title: "Titel",
}
LOCALES = {"de": "de_DE", "en": "en_GB"}


def make_event(lang: str, creator: User) -> tuple[Event, RegistrationForm]:
    start = BERLIN.localize(datetime(2026, 3, 5, 9, 0))
    end = BERLIN.localize(datetime(2026, 3, 6, 17, 0))
    title = "Strategiekonferenz Mitteldeutschland 2026" if lang == "de" else "Open Data Summit"
    event = Event(
        creator=creator,
        category=Category.get_root(),
        title=title,
        start_dt=start,
        end_dt=end,
        timezone="Europe/Berlin",
        type_=EventType.conference,
    )
    db.session.add(event)
    db.session.flush()
    set_feature_enabled(event, "registration", True)
    set_feature_enabled(event, "payment", True)
    regform = RegistrationForm(
        event=event,
        title="Anmeldung" if lang == "de" else "Registration",
        currency="EUR",
        base_price=120,
        moderation_enabled=True,
        tickets_enabled=True,
        ticket_on_event_page=True,
    )
    create_personal_data_fields(regform)
    for field in regform.form_items:  # Indico's own test fixture enables them all alike
        if not field.is_field:
            continue
        field.is_enabled = True
        if lang == "de" and field.personal_data_type in GERMAN_TITLES:
            field.title = GERMAN_TITLES[field.personal_data_type]
    db.session.add(regform)
    db.session.flush()
    return event, regform


def register(regform: RegistrationForm, person: tuple, checked_in_at: datetime) -> None:
    first, last, title, email, affiliation, fate, tags = person
    fields = {f.personal_data_type: f for f in regform.active_fields if f.personal_data_type}
    data = {
        "email": email,
        fields[PersonalDataType.email].html_field_name: email,
        fields[PersonalDataType.first_name].html_field_name: first,
        fields[PersonalDataType.last_name].html_field_name: last,
        fields[PersonalDataType.affiliation].html_field_name: affiliation,
    }
    if title:
        captions = fields[PersonalDataType.title].data["captions"]  # Indico's titles: Dr, Prof.
        chosen = next(choice for choice, caption in captions.items() if caption == title)
        data[fields[PersonalDataType.title].html_field_name] = {chosen: 1}
    registration = create_registration(regform, data, notify_user=False)  # moderated: pending
    assert registration.state is RegistrationState.pending
    if fate == "rejected":
        registration.update_state(rejected=True)
    elif fate != "pending":
        registration.update_state(approved=True)  # with a price: awaiting payment
        assert registration.state is RegistrationState.unpaid
        if fate.startswith("paid"):
            register_transaction(
                registration, registration.price, "EUR", TransactionAction.complete, "_manual"
            )
            assert registration.state is RegistrationState.complete
        if fate.endswith("withdrawn"):
            registration.update_state(withdrawn=True)
        if fate.endswith("checked_in"):
            registration.checked_in = True
            registration.checked_in_dt = checked_in_at
    for tag_title in tags:
        tag = RegistrationTag.query.filter_by(event=regform.event, title=tag_title).first()
        if tag is None:
            tag = RegistrationTag(event=regform.event, title=tag_title, color="0b63a5")
        registration.tags.add(tag)
    db.session.flush()


def export(regform: RegistrationForm, out: Path, lang: str) -> None:
    registrations = sorted(regform.registrations, key=lambda r: r.friendly_id)
    event = regform.event
    for suffix, extra in (("", ()), ("-checkin", ("checked_in", "checked_in_date"))):
        generator = RegistrationListGenerator(regform)
        items = generator.default_list_config["items"]
        generator.default_list_config["items"] = tuple(items) + extra
        config = generator.get_list_export_config()
        with force_locale(LOCALES[lang]):
            headers, rows = generate_spreadsheet_from_registrations(
                registrations, config["regform_items"], config["static_item_ids"]
            )
            (out / f"registrations-{lang}{suffix}.csv").write_bytes(
                generate_csv(headers, rows).getvalue()
            )
            (out / f"registrations-{lang}{suffix}.xlsx").write_bytes(
                generate_xlsx(headers, rows, tz=event.tzinfo).getvalue()
            )
    api = {"registrants": build_registrations_api_data(event)}
    (out / f"registrants-{lang}.json").write_text(
        json.dumps(api, ensure_ascii=False, indent=1, sort_keys=True, default=str) + "\n",
        encoding="utf-8",
    )
    tickets = []
    for registration in registrations:
        image = generate_ticket_qr_code(registration)
        decoded = zxingcpp.read_barcodes(image)
        assert len(decoded) == 1, registration
        tickets.append({"friendly_id": registration.friendly_id, "payload": decoded[0].text})
    (out / f"tickets-{lang}.json").write_text(
        json.dumps(tickets, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    with force_locale(LOCALES[lang]):
        truth = [
            {
                "friendly_id": r.friendly_id,
                "registrant_id": r.id,
                "ticket_uuid": str(r.ticket_uuid),
                "first_name": r.first_name,
                "last_name": r.last_name,
                "title": r.get_personal_data().get("title", ""),
                "email": r.email,
                "affiliation": r.get_personal_data().get("affiliation", ""),
                "state": r.state.name,
                "state_title": str(r.state.title),
                "is_active": r.is_active,
                "is_paid": r.is_paid,
                "checked_in": r.checked_in,
                "checked_in_dt": r.checked_in_dt.isoformat() if r.checked_in_dt else None,
                "is_ticket_blocked": r.is_ticket_blocked,
                "tags": sorted(t.title for t in r.tags),
            }
            for r in registrations
        ]
    (out / f"truth-{lang}.json").write_text(
        json.dumps(
            {"event_id": event.id, "event_title": event.title, "registrations": truth},
            ensure_ascii=False,
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )


def main(out: Path) -> None:
    with app.test_request_context():
        creator = User(first_name="Olga", last_name="Organisatorin", email="olga@indico.example")
        creator.is_admin = True
        db.session.add(creator)
        db.session.flush()
        session.set_session_user(creator)
        checked_in_at = BERLIN.localize(datetime(2026, 3, 5, 8, 47, 12))
        for lang, people in PEOPLE.items():
            session.lang = LOCALES[lang]
            event, regform = make_event(lang, creator)
            # One request each on the web: Indico counts registration ids in a transaction
            # of its own, which must see the committed event.
            db.session.commit()
            for person in people:
                register(regform, person, checked_in_at)
                db.session.commit()
            export(regform, out, lang)
        db.session.commit()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
