"""Regenerate the fictional demo guest list `strategiekonferenz-2017.csv`.

    python resources/demo/make_demo_list.py            # writes next to this script
    python resources/demo/make_demo_list.py OUT.csv

Seeded, so the same file comes out every time. Everyone on the list is
invented except the speakers and the minister named in the public
announcement (see README.md); companies, chambers and press are invented too.
The name pools are also used by bench/gen_list.py for large generated lists.
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from pathlib import Path
from random import Random

SEED = 20170307
HEADERS = [
    "Code", "Anrede", "Titel", "Vorname", "Nachname", "Firma", "Funktion", "E-Mail",
    "Kategorie", "Status", "Hinweis",
]  # fmt: skip

# fmt: off
# (first names female, first names male, family names as (male, female) forms)
GERMAN = (
    ["Anja", "Birgit", "Claudia", "Doreen", "Franziska", "Heike", "Ines", "Jana", "Katrin",
     "Kerstin", "Mandy", "Peggy", "Sabine", "Silke", "Susann", "Ulrike", "Yvonne", "Antje",
     "Grit", "Maria", "Sophie", "Lea", "Annegret", "Bärbel", "Jördis", "Theresa"],
    ["Andreas", "Steffen", "Thomas", "Uwe", "Frank", "Jörg", "Mirko", "Ronny", "Sven",
     "Torsten", "René", "Matthias", "Heiko", "Falk", "Lutz", "Maik", "Tino", "Marcel",
     "Sebastian", "Tobias", "Jürgen", "Günter", "Hans-Jürgen", "Klaus-Dieter", "Björn",
     "Ralf"],
    [(n, n) for n in
     ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
      "Schulz", "Hoffmann", "Schäfer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
      "Zimmermann", "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler",
      "Weiß", "Böhme", "Günther", "Fröhlich", "Förster", "Seidel", "Voigt", "Ullrich", "Heß",
      "Groß", "Kühn", "Löffler", "Straßburger", "Thümmler", "Ebert", "Uhlig", "Pfützner",
      "Rößler", "Hähnel", "Göbel", "Schönherr", "Haußmann", "Lötzsch", "Große-Wächter",
      "von Einsiedel", "Krause-Hähnel", "Kretzschmar", "Dietze", "Fiedler", "Wünsche"]],
)
POLISH = (
    ["Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Magdalena", "Aleksandra", "Zofia",
     "Ewa", "Dorota", "Beata"],
    ["Łukasz", "Paweł", "Krzysztof", "Tomasz", "Michał", "Piotr", "Grzegorz", "Wojciech",
     "Jędrzej", "Marek"],
    [("Wiśniewski", "Wiśniewska"), ("Kowalczyk", "Kowalczyk"), ("Wójcik", "Wójcik"),
     ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"),
     ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"),
     ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"), ("Mazur", "Mazur"),
     ("Krawczyk", "Krawczyk"), ("Grabowski", "Grabowska"), ("Pawłowski", "Pawłowska")],
)
CZECH = (
    ["Jana", "Lucie", "Kateřina", "Eva", "Markéta", "Lenka", "Petra", "Hana", "Tereza"],
    ["Jiří", "Petr", "Tomáš", "Martin", "Pavel", "Jan", "Zdeněk", "Ondřej", "Vojtěch",
     "Miroslav"],
    [("Dvořák", "Dvořáková"), ("Novák", "Nováková"), ("Procházka", "Procházková"),
     ("Černý", "Černá"), ("Svoboda", "Svobodová"), ("Kučera", "Kučerová"), ("Veselý", "Veselá"),
     ("Horák", "Horáková"), ("Marek", "Marková"), ("Pokorný", "Pokorná"),
     ("Růžička", "Růžičková"), ("Šťastný", "Šťastná"), ("Beneš", "Benešová")],
)
#: Vietnamese names as written in their own order: family name, then the given names.
VIETNAMESE = (
    ["Thị Thu Hương", "Thị Lan", "Thị Mai", "Thanh Hà", "Thị Ngọc Ánh", "Thu Trang",
     "Thị Hồng Nhung", "Phương Linh"],
    ["Văn Minh", "Quang Huy", "Đức Anh", "Minh Tuấn", "Văn Hùng", "Thành Long", "Hoàng Nam",
     "Quốc Bảo"],
    [(n, n) for n in ["Nguyễn", "Trần", "Phạm", "Lê", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
                      "Ngô", "Dương"]],
)
TURKISH = (
    ["Gülşen", "Ayşe", "Zeynep", "Elif", "Özlem", "Derya", "Büşra", "Şeyma", "Meltem"],
    ["Mehmet", "Emre", "Hakan", "Murat", "Serkan", "Cem", "Oğuz", "Barış", "İbrahim"],
    [(n, n) for n in ["Öztürk", "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız",
                      "Aydın", "Arslan", "Doğan", "Kılıç", "Koç", "Güneş"]],
)
# fmt: on
#: (pool, weight): Saxony's neighbours and its Vietnamese and Turkish communities.
POOLS = ((GERMAN, 70), (POLISH, 9), (CZECH, 9), (VIETNAMESE, 6), (TURKISH, 6))

TITLES = (
    ("", 62), ("Dr.", 12), ("Dipl.-Ing.", 7), ("Prof. Dr.", 3), ("Dr.-Ing.", 4),
    ("Prof. Dr.-Ing. habil.", 2), ("Dr. rer. nat.", 2), ("Dipl.-Kffr.", 1), ("Dipl.-Kfm.", 1),
    ("Prof. Dr. rer. pol.", 1), ("Dr.-Ing. E.h.", 1),
)  # fmt: skip
FOREIGN_TITLES = {id(POLISH): ("dr inż.", "mgr inż."), id(CZECH): ("Ing.", "Ing. Ph.D.")}

COMPANIES = [
    ("Elbtal Robotik GmbH", "elbtal-robotik"),
    ("Erzgebirgische Feinmechanik AG", "erzfeinmechanik"),
    ("Vogtland Textiltechnik GmbH & Co. KG", "vogtland-textil"),
    ("Lausitzer Leichtbau GmbH", "lausitz-leichtbau"),
    ("Chemnitzer Werkzeugmaschinen KG", "cwm-chemnitz"),
    ("Muldental Automation GmbH", "muldental-automation"),
    ("Sächsische Präzisionsguss GmbH", "praezisionsguss-sachsen"),
    ("Zwickauer Antriebstechnik GmbH", "zat-zwickau"),
    ("Leipziger Sensorik GmbH", "lps-sensorik"),
    ("Oberlausitzer Kunststofftechnik GmbH", "olk-kunststoff"),
    ("Freiberger Halbleiterservice GmbH", "fhs-freiberg"),
    ("Pleißental Maschinenbau GmbH", "pleisse-mb"),
    ("Dresdner Mikrosystemtechnik AG", "dmst"),
    ("Elsterland Verpackung GmbH", "elsterland-pack"),
    ("Riesaer Stahlverarbeitung GmbH", "rsv-riesa"),
    ("Plauener Spitzen-Manufaktur e.K.", "plauen-spitze"),
    ("Görlitzer Schienentechnik GmbH", "goerlitz-schiene"),
    ("Bautzener Elektroanlagen GmbH", "bea-bautzen"),
    ("Meißner Keramiktechnik GmbH", "mkt-meissen"),
    ("Torgauer Landtechnik GmbH", "torgau-landtechnik"),
    ("Aue-Schwarzenberger Metallwaren GmbH", "asm-metall"),
    ("Datenfabrik Leipzig GmbH", "datenfabrik"),
    ("Smart Factory Solutions Chemnitz GmbH", "sfs-chemnitz"),
    ("Wrocławskie Zakłady Mechaniczne Sp. z o.o.", "wzm"),
    ("Severočeské strojírny s.r.o.", "sc-strojirny"),
    ("Saigon-Elbe Handelshaus GmbH", "saigon-elbe"),
    ("Anatolia Feinkost & Logistik GmbH", "anatolia-logistik"),
]
ORGANISATIONS = [
    ("Kammerverbund Mittelsachsen", "kammer-mittelsachsen"),
    ("Handwerkskammerverbund Elbe-Erzgebirge", "hwk-elbe-erz"),
    ("Gewerkschaft Metall & Elektro Sachsen", "gme-sachsen"),
    ("Gewerkschaftsbund Region Leipzig-Nordsachsen", "gb-leipzig"),
    ("Verband der Sächsischen Zulieferindustrie e.V.", "vsz-ev"),
    ("Netzwerk Industrie 4.0 Elbland e.V.", "i40-elbland"),
    ("Cluster Leichtbau Mitteldeutschland e.V.", "leichtbau-cluster"),
    ("Unternehmerinnen-Netzwerk Sachsen e.V.", "unternehmerinnen-sachsen"),
    ("Deutsch-Polnische Wirtschaftsinitiative Neiße e.V.", "dpwi"),
    ("Deutsch-Tschechisches Innovationsforum e.V.", "dtif"),
    ("Vietnamesischer Unternehmerverein Sachsen e.V.", "vuv-sachsen"),
    ("Türkisch-Deutsche Unternehmervereinigung Leipzig e.V.", "tdu-leipzig"),
    ("Arbeitgeberverband Sächsische Industrie e.V.", "avsi"),
]
SCIENCE = [
    ("Technische Hochschule Westsachsen", "th-westsachsen"),
    ("Universität Elbflorenz, Fakultät Maschinenwesen", "uni-elbflorenz"),
    ("Hochschule für Technik und Wirtschaft Muldental", "htw-muldental"),
    ("Institut für Produktionsinformatik Chemnitz", "ipi-chemnitz"),
    ("Forschungszentrum Leichtbau Freiberg", "fzl-freiberg"),
    ("Institut für Werkstoffverbunde Dresden", "iwd"),
]
PRESS = [
    ("Leipziger Tagesanzeiger", "tagesanzeiger-le"),
    ("Sachsen Wirtschaftsjournal", "wirtschaftsjournal"),
    ("Mitteldeutscher Wirtschaftsfunk", "mdwf"),
    ("Erzgebirgischer Wirtschaftsbote", "wirtschaftsbote"),
    ("Dresdner Industriekurier", "industriekurier"),
    ("Fachmagazin Produktion & Digital", "produktion-digital"),
    ("Gazeta Nysa (Zgorzelec)", "gazeta-nysa"),
]
MINISTRY = ("Sächsisches Staatsministerium für Wirtschaft, Arbeit und Verkehr", "smwa.example")
AGENCY = ("Kongress- und Messeservice Pleiße GmbH", "kms-pleisse")

# fmt: off
#: Functions as "male|female" forms, chosen to match the guest.
FUNCTIONS = {
    "company": ["Geschäftsführer|Geschäftsführerin", "Leiter Produktion|Leiterin Produktion",
                "Vorstandsvorsitzender|Vorstandsvorsitzende", "Head of Innovation",
                "Prokurist|Prokuristin", "Projektleiter Digitalisierung|Projektleiterin "
                "Digitalisierung", "Betriebsratsvorsitzender|Betriebsratsvorsitzende",
                "Abteilungsleiter IT|Abteilungsleiterin IT", "Technischer Leiter|Technische "
                "Leiterin", "Inhaber|Inhaberin", "Leiter Personal|Leiterin Personal"],
    "org": ["Hauptgeschäftsführer|Hauptgeschäftsführerin",
            "Referent Industriepolitik|Referentin Industriepolitik", "Vorsitzender|Vorsitzende",
            "Bezirksleiter|Bezirksleiterin", "Gewerkschaftssekretär|Gewerkschaftssekretärin",
            "Netzwerkmanager|Netzwerkmanagerin", "Vorstand"],
    "science": ["Professor für Fertigungstechnik|Professorin für Fertigungstechnik",
                "Wissenschaftlicher Mitarbeiter|Wissenschaftliche Mitarbeiterin",
                "Rektor|Rektorin", "Prorektor Forschung|Prorektorin Forschung",
                "Institutsleiter|Institutsleiterin", "Doktorand|Doktorandin"],
    "press": ["Redakteur|Redakteurin", "Fotograf|Fotografin", "Chefredakteur|Chefredakteurin",
              "Korrespondent|Korrespondentin", "Kameramann|Kamerafrau", "Volontär|Volontärin"],
    "staff": ["Referatsleiter|Referatsleiterin", "Referent|Referentin",
              "Sachbearbeiter|Sachbearbeiterin", "Projektleitung", "Pressesprecher|Pressesprecherin",
              "Standbetreuung", "Empfang", "Veranstaltungstechnik"],
    "vip": ["Präsident|Präsidentin", "Vorsitzender|Vorsitzende"],
}
# fmt: on


#: Guests of honour beside the chambers' and associations' presidents: (function, organisation).
VIP_OFFICES = [
    ("Mitglied des Landtags", "Sächsischer Landtag"),
    ("Landrat|Landrätin", "Landkreis Elbe-Röder"),
    ("Oberbürgermeister|Oberbürgermeisterin", "Große Kreisstadt Muldenau"),
    ("Abteilungsleiter Industrie|Abteilungsleiterin Industrie", MINISTRY[0]),
]


def gendered(rng: Random, kind: str, female: bool) -> str:
    forms = rng.choice(FUNCTIONS[kind]).split("|")
    return forms[-1] if female else forms[0]


#: The speakers and the minister named in the ministry's announcement (public figures).
#: Westkämper is written as the announcement misspells him ("Eberhard", not Engelbert),
#: the kind of name a desk must be able to correct before the badge prints.
ANNOUNCED = [
    ("Herr", "Prof. Dr.-Ing. Dr. h.c. mult.", "Eberhard", "Westkämper",
     "Fraunhofer-Institut für Produktionstechnik und Automatisierung IPA, Stuttgart",
     "ehem. Institutsleiter; Keynote", "Referent", ""),
    ("Herr", "", "Christian", "Rost", "Landesverband der Kultur- und Kreativwirtschaft Sachsen",
     "Vortrag", "Referent", ""),
    ("Herr", "", "Maik", "Jähne", "FabLab Dresden / FabLab Chemnitz", "Mitgründer; Vortrag",
     "Referent", ""),
    ("Herr", "", "Jens", "Kieselstein", "Kieselstein International GmbH, Chemnitz",
     "Geschäftsführer; Vortrag", "Referent", ""),
    ("Herr", "", "Martin", "Dulig", MINISTRY[0], "Staatsminister; Podiumsdiskussion",
     "Ehrengast", "Protokoll"),
]  # fmt: skip

#: Invented guests whose names every demo should show (diacritics a desk must handle).
FEATURED = [
    ("Herr", "mgr inż.", "Łukasz", "Wiśniewski", COMPANIES[23], "Leiter Vertrieb Deutschland"),
    ("Frau", "", "Thị Thu Hương", "Nguyễn", ORGANISATIONS[10], "Vorsitzende"),
    ("Frau", "Dr.", "Gülşen", "Öztürk", COMPANIES[26], "Geschäftsführerin"),
    ("Herr", "Ing.", "Jiří", "Dvořák", COMPANIES[24], "Technischer Leiter"),
    ("Frau", "Prof. Dr.-Ing. habil.", "Annegret", "Große-Wächter", SCIENCE[0],
     "Professorin für Fertigungstechnik"),
]  # fmt: skip

#: Category -> how many invented guests of it (plus the announced people above).
CATEGORY_COUNTS = {
    "Teilnehmer": 243,
    "Referent": 6,
    "Presse": 18,
    "Ehrengast": 11,
    "Organisation": 22,
    "Aussteller": 40,
}


def ascii_fold(text: str) -> str:
    """ "Łukasz Wiśniewski" -> "lukasz.wisniewski" for invented e-mail addresses."""
    special = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i",
                             "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})  # fmt: skip
    text = unicodedata.normalize("NFKD", text.translate(special))
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c in " -")).lower()


def weighted(rng: Random, options: tuple[tuple[str, int], ...] | tuple) -> object:
    values, weights = zip(*options, strict=True)
    return rng.choices(values, weights=weights)[0]


def invent_person(rng: Random, female: bool | None = None) -> tuple[str, str, str, str]:
    """(Anrede, Titel, Vorname, Nachname) from the weighted name pools."""
    pool = weighted(rng, POOLS)
    female_names, male_names, family = pool  # type: ignore[misc]
    if female is None:
        female = rng.random() < 0.45
    first = rng.choice(female_names if female else male_names)
    male_form, female_form = rng.choice(family)
    last = female_form if female else male_form
    title = str(weighted(rng, TITLES))
    if title.startswith("Dipl.-Kf"):
        title = "Dipl.-Kffr." if female else "Dipl.-Kfm."
    foreign = FOREIGN_TITLES.get(id(pool))
    if foreign and rng.random() < 0.35:
        title = rng.choice(foreign)
    return ("Frau" if female else "Herr"), title, first, last


def _email(rng: Random, first: str, last: str, domain: str) -> str:
    if not domain.endswith(".example"):
        domain += ".example"
    first_part = ascii_fold(first).split(" ")[0].replace(" ", "")
    last_part = ascii_fold(last).replace(" ", "-")
    style = rng.random()
    local = (
        f"{first_part}.{last_part}"
        if style < 0.6
        else f"{first_part[0]}.{last_part}"
        if style < 0.85
        else f"{last_part}"
    )
    return f"{local}@{domain}"


def _affiliation(rng: Random, category: str) -> tuple[tuple[str, str], str]:
    if category == "Presse":
        return rng.choice(PRESS), "press"
    if category == "Organisation":
        org = MINISTRY if rng.random() < 0.6 else AGENCY
        return org, "org"
    if category == "Aussteller":
        return rng.choice(COMPANIES), "company"
    if category == "Ehrengast":
        return rng.choice(ORGANISATIONS + SCIENCE[:3]), "org"
    kind = rng.choices(["company", "org", "science"], weights=[60, 25, 15])[0]
    pool = {"company": COMPANIES, "org": ORGANISATIONS, "science": SCIENCE}[kind]
    return rng.choice(pool), kind


def build_rows(seed: int = SEED) -> list[list[str]]:
    from checkin.core.codes import generate_code

    rng = Random(seed)
    rows: list[list[str]] = []
    for salutation, title, first, last, company, function, category, note in ANNOUNCED:
        rows.append([generate_code(rng), salutation, title, first, last, company, function, "",
                     category, "angemeldet", note])  # fmt: skip
    for salutation, title, first, last, (company, domain), function in FEATURED:
        email = _email(rng, first, last, domain)
        rows.append([generate_code(rng), salutation, title, first, last, company, function, email,
                     "Teilnehmer", "angemeldet", ""])  # fmt: skip
    for category, count in CATEGORY_COUNTS.items():
        for _ in range(count):
            salutation, title, first, last = invent_person(rng)
            if category in ("Organisation", "Aussteller") and title.startswith("Prof"):
                title = ""
            (org_name, domain), kind = _affiliation(rng, category)
            female = salutation == "Frau"
            if category in ("Organisation", "Aussteller"):
                function = gendered(rng, "staff", female)
            elif category == "Ehrengast" and rng.random() < 0.5:
                office, org_name = rng.choice(VIP_OFFICES)
                forms = office.split("|")
                function = forms[-1] if female else forms[0]
                domain = "landtag" if "Landtag" in org_name else "verwaltung"
            elif category == "Ehrengast":
                function = gendered(rng, "vip", female)
            else:
                function = gendered(rng, kind, female)
            email = _email(rng, first, last, domain) if rng.random() < 0.93 else ""
            note = ""
            if category == "Ehrengast":
                note = rng.choice(["VIP", "VIP", "Protokoll", "VIP; Begleitperson"])
            elif rng.random() < 0.012:
                note = "Rollstuhl"
            status = "storniert" if rng.random() < 0.03 and category != "Organisation" else ""
            rows.append([generate_code(rng), salutation, title, first, last, org_name, function,
                         email, category, status or "angemeldet", note])  # fmt: skip
    # Two of the minister's party, named only by function in the protocol list.
    for function in ("Persönliche Referentin des Staatsministers", "Büroleiterin"):
        salutation, title, first, last = invent_person(rng, female=True)
        rows.append([generate_code(rng), salutation, title, first, last, MINISTRY[0], function,
                     _email(rng, first, last, MINISTRY[1]), "Ehrengast", "angemeldet",
                     "Protokoll"])  # fmt: skip
    # A few wheelchair users for certain, so the demo shows attention notes.
    for index in (17, 88, 203):
        if not rows[index][10]:
            rows[index][10] = "Rollstuhl"
    # Registration exports are ordered by sign-up time, not by name: shuffle the invented rows.
    head, tail = rows[: len(ANNOUNCED)], rows[len(ANNOUNCED) :]
    rng.shuffle(tail)
    return head + tail


def write(path: Path, seed: int = SEED) -> int:
    rows = build_rows(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    sys.path.insert(0, str(here.parents[1]))
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else here / "strategiekonferenz-2017.csv"
    print(f"{write(target)} guests written to {target}")
