"""Make real pretix exports for checkin's tests (run by scripts/make-real-exports only).

Runs inside pretix's own virtualenv, with PRETIX_CONFIG_FILE pointing at a migrated
SQLite database. Events, products, questions, orders and check-ins are made through
pretix's REST API (Django's test client with a team API token); the files are written
by pretix's own exporter classes, as its export task does (event locale and time zone
active), in German and in English; ticket QR codes are decoded from pretix's own ticket
PDFs (pdftoppm + zxing-cpp); and pretix's database truth is written as JSON, including
what pretix's check-in answers for each payload at each list (simulated redeem).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pretix.settings")

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402
from django.utils.timezone import override  # noqa: E402
from django_scopes import scopes_disabled  # noqa: E402

from pretix.base.i18n import language  # noqa: E402
from pretix.base.models import (  # noqa: E402
    Checkin,
    Event,
    Order,
    OrderPosition,
    Organizer,
    Team,
    User,
)
from pretix.base.services.export import init_event_exporter  # noqa: E402

OUT = Path(sys.argv[1])
ORG = "demo"
API = f"/api/v1/organizers/{ORG}"


def setup_token() -> str:
    with scopes_disabled():
        user = User.objects.get_or_create(email="admin@localhost")[0]
        org = Organizer.objects.create(name="Fixture Organizer", slug=ORG)
        team = Team.objects.create(
            organizer=org,
            name="Admins",
            all_events=True,
            all_event_permissions=True,
            all_organizer_permissions=True,
        )
        team.members.add(user)
        return team.tokens.create(name="fixtures").token


class Api:
    def __init__(self, token: str) -> None:
        self.client = Client(HTTP_AUTHORIZATION=f"Token {token}")

    def _check(self, response, what):
        if response.status_code >= 300:
            raise SystemExit(f"{what}: HTTP {response.status_code} {response.content[:2000]!r}")
        return response.json() if response.content else None

    def post(self, path: str, data: dict):
        r = self.client.post(API + path, json.dumps(data), content_type="application/json")
        return self._check(r, f"POST {path}")

    def patch(self, path: str, data: dict):
        r = self.client.patch(API + path, json.dumps(data), content_type="application/json")
        return self._check(r, f"PATCH {path}")

    def delete(self, path: str):
        return self._check(self.client.delete(API + path), f"DELETE {path}")

    def get(self, path: str):
        return self._check(self.client.get(API + path), f"GET {path}")


def names(given: str, family: str) -> dict:
    return {"given_name": given, "family_name": family}


def make_event(api: Api, spec: dict) -> dict:
    slug = spec["slug"]
    api.post(
        "/events/",
        {
            "name": spec["name"],
            "slug": slug,
            "date_from": spec["date_from"],
            "currency": "EUR",
            "timezone": "Europe/Berlin",
            "plugins": [
                "pretix.plugins.ticketoutputpdf",
            ],
        },
    )
    ev = f"/events/{slug}"
    settings = dict(spec["settings"])
    scheme = settings.pop("name_scheme")
    generator = settings.pop("ticket_secret_generator", None)
    api.patch(f"{ev}/settings/", settings)
    # pretix's settings serializer offers the name schemes as a generator (pretix.base.
    # settings, DEFAULTS['name_scheme']): exhausted after the first request of a process,
    # so the API refuses every later name_scheme. Set through the event's settings store.
    with scopes_disabled():
        event_settings = Event.objects.get(slug=slug).settings
        event_settings.name_scheme = scheme
        if generator:  # the settings API has no field for it (it is ignored there)
            event_settings.ticket_secret_generator = generator
    items = {}
    for item in spec["items"]:
        body = {
            "name": item["name"],
            "default_price": item["price"],
            "admission": True,
            "active": True,
            "personalized": True,
            "checkin_attention": item.get("checkin_attention", False),
            "checkin_text": item.get("checkin_text"),
        }
        if item.get("variations"):
            body["variations"] = [
                {"value": v, "default_price": item["price"], "active": True}
                for v in item["variations"]
            ]
        created = api.post(f"{ev}/items/", body)
        items[item["key"]] = created
    api.post(
        f"{ev}/quotas/",
        {
            "name": "Alle",
            "size": 100,
            "items": [i["id"] for i in items.values()],
            "variations": [v["id"] for i in items.values() for v in i.get("variations", [])],
        },
    )
    questions = {}
    for q in spec.get("questions", []):
        created = api.post(
            f"{ev}/questions/",
            {
                "question": q["question"],
                "type": "S",
                "required": False,
                "items": [i["id"] for i in items.values()],
                "identifier": q["key"],
            },
        )
        questions[q["key"]] = created["id"]
    lists = {}
    for cl in spec["lists"]:
        lists[cl["key"]] = api.post(
            f"{ev}/checkinlists/",
            {"name": cl["name"], "all_products": True, "include_pending": cl.get("pending", False)},
        )["id"]
    orders = []
    for o in spec["orders"]:
        positions = []
        for p in o["positions"]:
            item = items[p["item"]]
            pos = {"item": item["id"]}
            if p.get("variation") is not None:
                pos["variation"] = item["variations"][p["variation"]]["id"]
            if p.get("name"):
                pos["attendee_name_parts"] = names(*p["name"])
            if p.get("email"):
                pos["attendee_email"] = p["email"]
            if p.get("company"):
                pos["company"] = p["company"]
            answers = [
                {"question": questions[k], "answer": v, "options": []}
                for k, v in p.get("answers", {}).items()
            ]
            if answers:
                pos["answers"] = answers
            positions.append(pos)
        body = {
            "email": o["email"],
            "locale": spec["settings"]["locale"],
            "status": o.get("status", "p"),
            "sales_channel": "web",
            "positions": positions,
            "invoice_address": {
                "name_parts": names(*o["buyer"]),
                "company": o.get("buyer_company", ""),
                "street": "Hauptstraße 1",
                "zipcode": "04109",
                "city": "Leipzig",
                "country": "DE",
                "is_business": bool(o.get("buyer_company")),
            },
            "checkin_attention": o.get("attention", False),
            "checkin_text": o.get("checkin_text"),
            "send_email": False,
            "force": True,
        }
        if o.get("phone"):
            body["phone"] = o["phone"]
        body["payment_provider"] = o.get("payment_provider", "manual")
        created = api.post(f"{ev}/orders/", body)
        orders.append((o, created))
    for o, created in orders:
        code = created["code"]
        for index in o.get("cancel_positions", []):
            api.delete(f"{ev}/orderpositions/{created['positions'][index]['id']}/")
        if o.get("cancel"):
            api.post(f"{ev}/orders/{code}/mark_canceled/", {"send_email": False})
        for index, checkins in o.get("checkins", {}).items():
            secret = created["positions"][index]["secret"]
            for list_key, at in checkins:
                result = api.post(
                    "/checkinrpc/redeem/",
                    {"secret": secret, "lists": [lists[list_key]], "datetime": at},
                )
                assert result["status"] == "ok", result
    return {"slug": slug, "lists": lists, "orders": orders, "spec": spec}


def export(event: Event, identifier: str, locale: str, form_data: dict) -> tuple[str, bytes]:
    """As pretix.base.services.export.export does: the exporter in a locale and time zone."""
    with scopes_disabled():
        team_token = event.organizer.teams.first().tokens.first()
        ex = init_event_exporter(identifier=identifier, event=event, token=team_token)
        data = {}
        for name, field in ex.export_form_fields.items():
            initial = field.initial
            data[name] = initial() if callable(initial) else initial
        data.update(form_data)
        with language(locale, event.settings.region), override(event.settings.timezone):
            filename, _ctype, content = ex.render(data)
    return filename, content


def write(name: str, content: bytes) -> None:
    (OUT / name).write_bytes(content)
    print(f"  {name} ({len(content)} bytes)")


def export_all(made: dict) -> list[str]:
    with scopes_disabled():
        event = Event.objects.get(slug=made["slug"])
    slug = made["slug"]
    with scopes_disabled():
        questions = list(event.questions.values_list("pk", flat=True))
    files = []
    for locale in ("de", "en"):
        for fmt in ("default", "excel", "semicolon"):
            _, content = export(event, "orderlist", locale, {"_format": f"positions:{fmt}", "paid_only": False})
            name = f"{slug}-{locale}-orders-positions-{fmt}.csv"
            write(name, content)
            files.append(name)
        _, content = export(event, "orderlist", locale, {"_format": "xlsx", "paid_only": False})
        name = f"{slug}-{locale}-orders.xlsx"
        write(name, content)
        files.append(name)
        for key, list_id in made["lists"].items():
            for secrets in (True, False):
                for fmt in ("default", "xlsx"):
                    _, content = export(
                        event,
                        "checkinlist",
                        locale,
                        {"_format": fmt, "list": list_id, "secrets": secrets, "questions": questions},
                    )
                    ext = "xlsx" if fmt == "xlsx" else "csv"
                    name = f"{slug}-{locale}-checkin-{key}-{'secret' if secrets else 'nosecret'}.{ext}"
                    write(name, content)
                    files.append(name)
    return files


def decode_ticket_qr(event: Event, op: OrderPosition, tmp: Path) -> list[str]:
    from pretix.plugins.ticketoutputpdf.ticketoutput import PdfTicketOutput

    _, _, pdf = PdfTicketOutput(event).generate(op)
    pdf_path = tmp / f"{op.pk}.pdf"
    pdf_path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-singlefile", str(pdf_path), str(tmp / str(op.pk))],
        check=True,
    )
    import zxingcpp
    from PIL import Image

    image = Image.open(tmp / f"{op.pk}.png")
    return [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode]


def pretix_answer(api: Api, payload: str, list_id: int) -> dict:
    """What pretix's check-in says to this payload at this list, without checking in."""
    r = api.client.post(
        API + "/checkinrpc/redeem/",
        json.dumps({"secret": payload, "lists": [list_id], "simulate": True}),
        content_type="application/json",
    )
    body = r.json()
    answer = {"status": body.get("status"), "reason": body.get("reason")}
    if body.get("require_attention"):
        answer["require_attention"] = True
    return answer


def truth(api: Api, made: dict, tmp: Path) -> dict:
    with scopes_disabled():
        event = Event.objects.get(slug=made["slug"])
        lists = {cl.pk: cl.name for cl in event.checkin_lists.all()}
        positions = []
        payloads = []
        for op in (
            OrderPosition.all.filter(order__event=event)
            .select_related("order", "item", "variation", "order__invoice_address")
            .order_by("order__datetime", "positionid")
        ):
            order = op.order
            try:
                buyer = order.invoice_address.name_parts
                buyer_company = order.invoice_address.company
            except Exception:  # no invoice address
                buyer, buyer_company = {}, ""
            answers = {a.question.identifier: a.answer for a in op.answers.all()}
            checkins = {}
            for c in Checkin.objects.filter(position=op, successful=True, type="entry").order_by("datetime"):
                checkins.setdefault(c.list.name, []).append(c.datetime.isoformat())
            status = "canceled" if op.canceled else order.status
            entry = {
                "order_code": order.code,
                "positionid": op.positionid,
                "secret": op.secret,
                "status": status,
                "order_status": order.status,
                "position_canceled": op.canceled,
                "attendee_name_parts": {
                    k: v for k, v in (op.attendee_name_parts or {}).items() if k != "_scheme"
                },
                "attendee_name": op.attendee_name or "",
                "attendee_email": op.attendee_email or "",
                "company": op.company or "",
                "answers": answers,
                "buyer_name_parts": {k: v for k, v in (buyer or {}).items() if k != "_scheme"},
                "buyer_company": buyer_company,
                "order_email": order.email,
                "product": str(op.item.name),
                "product_de": op.item.name.localize("de"),
                "product_en": op.item.name.localize("en"),
                "variation": str(op.variation.value) if op.variation else "",
                "variation_de": op.variation.value.localize("de") if op.variation else "",
                "variation_en": op.variation.value.localize("en") if op.variation else "",
                "checkins": checkins,
                "require_attention": op.require_checkin_attention,
                "checkin_text": "\n".join(t for t in (order.checkin_text, op.item.checkin_text) if t),
                "ticket_qr": [],
            }
            if not op.canceled and order.status != Order.STATUS_CANCELED:
                entry["ticket_qr"] = decode_ticket_qr(event, op, tmp)
                assert entry["ticket_qr"] == [op.secret], (entry["ticket_qr"], op.secret)
            positions.append(entry)
    for entry in positions:
        for payload in [entry["secret"], *entry["ticket_qr"]]:
            if payload in {p["payload"] for p in payloads}:
                continue
            payloads.append(
                {
                    "payload": payload,
                    "kind": "ticket_qr" if entry["ticket_qr"] else "secret",
                    "order_code": entry["order_code"],
                    "positionid": entry["positionid"],
                    "pretix": {name: pretix_answer(api, payload, pk) for pk, name in lists.items()},
                }
            )
    for code in sorted({e["order_code"] for e in positions}):
        payloads.append(
            {
                "payload": code,
                "kind": "order_code",
                "order_code": code,
                "pretix": {name: pretix_answer(api, code, pk) for pk, name in lists.items()},
            }
        )
    with scopes_disabled():
        settings = {
            "locale": event.settings.locale,
            "timezone": event.settings.timezone,
            "name_scheme": event.settings.name_scheme,
            "ticket_secret_generator": event.settings.ticket_secret_generator,
            "attendee_company_asked": event.settings.attendee_company_asked,
        }
    return {
        "pretix_version": __import__("pretix").__version__,
        "event": made["slug"],
        "settings": settings,
        "lists": sorted(lists.values()),
        "positions": positions,
        "payloads": payloads,
    }


FACHTAGUNG = {
    "slug": "fachtagung",
    "name": {"de": "Fachtagung Gießereitechnik", "en": "Foundry Conference"},
    "date_from": "2026-12-03T09:00:00+01:00",
    "settings": {
        "locale": "de",
        "locales": ["de", "en"],
        "timezone": "Europe/Berlin",
        "name_scheme": "given_family",
        "attendee_names_asked": True,
        "attendee_emails_asked": True,
        "attendee_company_asked": True,
    },
    "items": [
        {
            "key": "participant",
            "name": {"de": "Teilnehmer", "en": "Participant"},
            "price": "120.00",
            "variations": [
                {"de": "Frühbucher", "en": "Early bird"},
                {"de": "Regulär", "en": "Regular"},
            ],
        },
        {
            "key": "speaker",
            "name": {"de": "Referent", "en": "Speaker"},
            "price": "0.00",
            "checkin_text": None,
        },
    ],
    "lists": [
        {"key": "haupteingang", "name": "Haupteingang"},
        {"key": "vorabend", "name": "Vorabendempfang", "pending": True},
    ],
    "orders": [
        {
            "email": "anna.nowak@giesserei.example",
            "buyer": ("Anna", "Nowak"),
            "buyer_company": "Gießerei Müller GmbH",
            "positions": [
                {"item": "participant", "variation": 0, "name": ("Anna", "Nowak"),
                 "email": "anna.nowak@giesserei.example", "company": "Gießerei Müller GmbH"},
            ],
            "checkins": {0: [("vorabend", "2026-12-02T18:40:00+01:00")]},
        },
        {
            "email": "einkauf@stahlwerk.example",
            "buyer": ("Bernd", "Schulz"),
            "buyer_company": "Stahlwerk Riesa AG",
            "phone": "+493412345678",
            "positions": [
                {"item": "participant", "variation": 1, "name": ("Bernd", "Schulz"),
                 "company": "Stahlwerk Riesa AG"},
                {"item": "participant", "variation": 1, "name": ("Clara", "Weiß"),
                 "email": "c.weiss@stahlwerk.example", "company": "Stahlwerk Riesa AG"},
                {"item": "participant", "variation": 0, "name": ("Dmitri", "Iwanow"),
                 "company": "=Stahlwerk Riesa AG Werk 2"},
                {"item": "participant", "variation": 1},
            ],
            "checkins": {
                1: [("vorabend", "2026-12-02T19:05:00+01:00"),
                    ("haupteingang", "2026-12-03T08:31:00+01:00")],
            },
        },
        {
            "email": "emil.fischer@uni-leipzig.example",
            "buyer": ("Emil", "Fischer"),
            "status": "n",
            "positions": [
                {"item": "participant", "variation": 1, "name": ("Emil", "Fischer"),
                 "company": "Universität Leipzig"},
            ],
        },
        {
            "email": "frieda.klein@example.org",
            "buyer": ("Frieda", "Klein"),
            "cancel": True,
            "positions": [{"item": "participant", "variation": 0, "name": ("Frieda", "Klein")}],
        },
        {
            "email": "hahn@formenbau.example",
            "buyer": ("Günter", "Hahn"),
            "attention": True,
            "checkin_text": "Rollstuhl: bitte Aufzug B zeigen",
            "positions": [
                {"item": "speaker", "name": ("Günter", "Hahn"), "company": "-Formenbau Hahn-"},
            ],
        },
        {
            "email": "office@kokillenguss.example",
            "buyer": ("Ida", "Lehmann"),
            "positions": [
                {"item": "participant", "variation": 0, "name": ("Ida", "Lehmann")},
                {"item": "participant", "variation": 0, "name": ("Jonas", "Lehmann")},
            ],
            "cancel_positions": [1],
        },
    ],
}

SUMMIT = {
    "slug": "summit",
    "name": {"en": "Casting Summit", "de": "Gießgipfel"},
    "date_from": "2026-12-04T10:00:00+01:00",
    "settings": {
        "locale": "en",
        "locales": ["en", "de"],
        "timezone": "Europe/Berlin",
        "name_scheme": "given_family",
        "attendee_names_asked": True,
        "attendee_company_asked": False,
        "ticket_secret_generator": "pretix_sig1",
    },
    "items": [
        {"key": "ticket", "name": {"en": "Conference ticket", "de": "Konferenzticket"},
         "price": "250.00"},
        {"key": "press", "name": {"en": "Press", "de": "Presse"}, "price": "0.00",
         "checkin_attention": True, "checkin_text": "Press kit at desk 2"},
    ],
    "questions": [{"key": "company", "question": {"en": "Company", "de": "Firma"}}],
    "lists": [
        {"key": "main", "name": "Main entrance"},
        {"key": "workshop", "name": "Workshop"},
    ],
    "orders": [
        {
            "email": "kim.park@foundry.example",
            "buyer": ("Kim", "Park"),
            "positions": [
                {"item": "ticket", "name": ("Kim", "Park"), "answers": {"company": "Foundry Labs"}},
                {"item": "ticket", "name": ("Lena", "Vogt"), "answers": {"company": "Foundry Labs"}},
                {"item": "ticket", "name": ("Mario", "Rossi"), "answers": {"company": "+Plus Casting"}},
            ],
            "checkins": {0: [("main", "2026-12-04T09:12:00+01:00")],
                         2: [("workshop", "2026-12-04T14:00:00+01:00")]},
        },
        {
            "email": "nora@press.example",
            "buyer": ("Nora", "Berg"),
            "positions": [{"item": "press", "name": ("Nora", "Berg"),
                           "answers": {"company": "Metal Weekly"}}],
        },
        {
            "email": "otto@example.org",
            "buyer": ("Otto", "Brandt"),
            "status": "n",
            "positions": [{"item": "ticket", "name": ("Otto", "Brandt")}],
        },
        {
            "email": "paula@example.org",
            "buyer": ("Paula", "Schmid"),
            "cancel": True,
            "positions": [{"item": "ticket", "name": ("Paula", "Schmid")}],
        },
        {
            "email": "team@gusswerk.example",
            "buyer": ("Rita", "Albrecht"),
            "buyer_company": "Gusswerk KG",
            "positions": [{"item": "ticket"}],
        },
    ],
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    api = Api(setup_token())
    manifest = {"pretix_version": __import__("pretix").__version__, "events": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for spec in (FACHTAGUNG, SUMMIT):
            print(spec["slug"])
            made = make_event(api, spec)
            files = export_all(made)
            data = truth(api, made, Path(tmp))
            (OUT / f"{spec['slug']}-truth.json").write_text(
                json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            manifest["events"][spec["slug"]] = {"files": files, "truth": f"{spec['slug']}-truth.json"}
    (OUT / "MANIFEST.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
