#!/usr/bin/env python3
"""Makes the sample form downloads in examples/form-downloads/ from the sample offer in Content/.

Booking and evaluation forms' downloads as the trust would save them (docs/form-downloads.md):
Microsoft Forms' .xlsx (dates as Excel date cells) for the autumn term, Google Forms' .csv for
spring and summer. Every person in them is made up (names from two short lists, addresses at
example.org), and no name is one the sample content uses.

The bookings are made to agree with the offer: a session marked full has every place booked, one
with places_left has the rest booked, and the others are partly booked (a few nearly full, and
one full by its bookings alone). Every row matches a published session, so the sample builds with
no warnings; the rows that match nothing are shown in the tests (Tests/UptakeTests), not here.

Run from the repository: python3 scripts/form-downloads.py (stdlib only; the output is the same
on every run).
"""
import csv
import datetime
import io
import pathlib
import random
import re
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
CONTENT = ROOT / "Content"
OUT = ROOT / "examples" / "form-downloads"
TODAY = datetime.date(2026, 12, 6)        # the evaluations are of the sessions before this day
SPRING = datetime.date(2027, 1, 1)        # from here on the trust used Google Forms
FULL_BY_BOOKINGS = ("MT-PFA-02", 1)       # (course code, session position): booked to the last place
NEARLY_FULL = {("SG-201", 1), ("TL-201", 2), ("MC-101", 1), ("SS-101", 1)}

FIRST = ["Amara", "Bethan", "Callum", "Delyth", "Eamon", "Fenella", "Gideon", "Harriet", "Idris", "Jocasta",
         "Kieran", "Lowri", "Marek", "Niamh", "Orla", "Perrin", "Quentin", "Rhiannon", "Soren", "Tamsin",
         "Ulric", "Verity", "Wilf", "Xanthe", "Yusuf", "Zinnia", "Anwen", "Bram", "Cerys", "Dafydd"]
LAST = ["Abernethy", "Blakiston", "Cardew", "Dunmore", "Eskdale", "Fairweather", "Gilchrist", "Hollinshead",
        "Inchbald", "Jessop", "Kettlewell", "Lumsden", "Merriweather", "Nettleship", "Ormerod", "Pendlebury",
        "Quarmby", "Rushworth", "Satterthwaite", "Thistlewood", "Umfreville", "Vavasour", "Wolstenholme", "Yarwood"]
COMMENTS = [
    "More time for the practical part would have helped our team.",
    "Clear and well paced; I will use the scripts with my class next week.",
    "The case studies felt close to what happens in our school, which I appreciated.",
    "Too much content for one afternoon, but the handouts make up for it.",
    "I would like a follow-up session in the spring to share how it went.",
    "Room was cold, otherwise excellent.",
    "Good to meet colleagues from the other schools and compare notes.",
    "The trainer answered every question, even the awkward ones about rotas.",
    "Loved the \"stop, think, act\" model, simple enough to remember under pressure.",
    "Some slides repeated last year's update; the new sections were the useful part.",
    "",
    "",
]


def front_matter(path):
    text = path.read_text(encoding="utf-8")
    parts = text.split("\n---", 1)
    return parts[0].removeprefix("---\n") if text.startswith("---") else ""


def courses():
    """(code, groups, sessions) of each published course: the block-style YAML the sample uses."""
    groups_titles = {}
    for path in sorted((CONTENT / "groups").glob("*.md")):
        title = re.search(r"^title: *(.+)$", front_matter(path), re.M)
        groups_titles[path.stem] = title.group(1).strip().strip('"') if title else path.stem
    found = []
    for path in sorted((CONTENT / "courses").rglob("*.md")):
        matter = front_matter(path)
        if re.search(r"^draft: *true", matter, re.M):
            continue
        code = re.search(r"^code: *(.+)$", matter, re.M)
        code = code.group(1).strip().strip('"') if code else path.stem
        groups = re.search(r"^groups: *(.+)$", matter, re.M)
        groups = groups.group(1).strip() if groups else "all"
        slugs = list(groups_titles) if groups == "all" else [g.strip() for g in groups.strip("[]").split(",")]
        sessions, current = [], None
        in_sessions = False
        for line in matter.splitlines():
            if re.match(r"^sessions:", line):
                in_sessions = True
                continue
            if in_sessions and re.match(r"^\S", line):
                in_sessions = False
            if not in_sessions:
                continue
            item = re.match(r"^  - (\w+): *(.*)$", line)
            field = re.match(r"^    (\w+): *(.*)$", line)
            if item:
                current = {}
                sessions.append(current)
                key, value = item.groups()
            elif field and current is not None:
                key, value = field.groups()
            else:
                continue
            current[key] = re.sub(r"\s+#.*$", "", value).strip().strip('"')
        dated = []
        for session in sessions:
            if "date" in session:
                days = [session["date"]]
            elif "days" in session:
                days = [d.strip() for d in session["days"].strip("[]").split(",")]
            else:
                continue
            session["days"] = [datetime.date.fromisoformat(d) for d in days]
            dated.append(session)
        dated.sort(key=lambda s: (s["days"][0], s.get("start", "")))
        found.append((code, [groups_titles[s] for s in slugs if s in groups_titles], dated))
    return found


def people(rng, forbidden):
    names = [f"{first} {last}" for first in FIRST for last in LAST]
    rng.shuffle(names)
    chosen = []
    for name in names:
        if name in forbidden or name.split()[1] in forbidden:
            continue
        first, last = name.split()
        chosen.append((name, f"{first.lower()}.{last.lower()}@example.org"))
        if len(chosen) == 260:
            break
    return chosen


def booked_count(rng, code, position, session, places):
    status = session.get("status", "open")
    if status == "full":
        return places
    if status in ("cancelled", "tbc"):
        return 0
    if "places_left" in session:
        return places - int(session["places_left"])
    if (code, position) == FULL_BY_BOOKINGS:
        return places
    if (code, position) in NEARLY_FULL:
        return places - rng.choice([1, 2])
    if status == "closed":
        return int(places * rng.uniform(0.6, 0.9))
    return int(places * rng.uniform(0.04, 0.3))


def rows(rng, offer, persons):
    bookings, evaluations = [], []
    for code, group_titles, sessions in offer:
        same_day = {s["days"][0] for s in sessions if sum(1 for t in sessions if t["days"][0] == s["days"][0]) > 1}
        for position, session in enumerate(sessions):
            if "places" not in session:
                continue
            count = booked_count(rng, code, position, session, int(session["places"]))
            first = session["days"][0]
            start = session.get("start")
            for _ in range(count):
                name, email = rng.choice(persons)
                # A cohort's booking may give any of its days; two sessions on one day are told apart by the time.
                day = rng.choice(session["days"]) if len(session["days"]) > 1 and rng.random() < 0.3 else first
                time = start if first in same_day else None
                booked_on = first - datetime.timedelta(days=rng.randint(7, 70))
                booked_at = datetime.datetime.combine(booked_on, datetime.time(rng.randint(7, 21), rng.randint(0, 59), rng.randint(0, 59)))
                group = rng.choice(group_titles) if group_titles and rng.random() > 0.06 else rng.choice(["Other", ""])
                bookings.append(dict(name=name, email=email, code=code, day=day, time=time, at=booked_at, group=group))
                if session["days"][-1] < TODAY and session.get("status", "open") != "cancelled" and rng.random() < 0.45:
                    rating = rng.choices([1, 2, 3, 4, 5], weights=[1, 2, 8, 20, 18])[0]
                    evaluated_at = datetime.datetime.combine(session["days"][-1] + datetime.timedelta(days=rng.randint(0, 6)),
                                                             datetime.time(rng.randint(12, 21), rng.randint(0, 59)))
                    evaluations.append(dict(name=name, email=email, code=code, day=day, time=time, at=evaluated_at,
                                            rating=rating, comment=rng.choice(COMMENTS)))
    bookings.sort(key=lambda r: r["at"])
    evaluations.sort(key=lambda r: r["at"])
    return bookings, evaluations


# --- Google Forms' .csv -----------------------------------------------------------------------

def write_csv(path, header, records):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(records)
    path.write_text(out.getvalue(), encoding="utf-8", newline="")


def uk(moment):
    return moment.strftime("%d/%m/%Y %H:%M:%S")


def session_text(row):
    return row["day"].strftime("%d/%m/%Y") + (f" {row['time']}:00" if row["time"] else "")


# --- Microsoft Forms' .xlsx (zipfile and hand-written XML) --------------------------------------

EPOCH = datetime.datetime(1899, 12, 30)


def serial(moment):
    if isinstance(moment, datetime.date) and not isinstance(moment, datetime.datetime):
        moment = datetime.datetime.combine(moment, datetime.time())
    delta = moment - EPOCH
    return round(delta.days + delta.seconds / 86400, 8)


def column_name(index):
    name = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        name = chr(65 + remainder) + name
    return name


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write_xlsx(path, header, records):
    """Cells are ("s", text), ("n", number), ("d", date: style 1, dd/mm/yyyy) or ("t", date and time: style 2)."""
    strings, index = [], {}

    def shared(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    sheet_rows = []
    for number, cells in enumerate([[("s", h) for h in header]] + records, start=1):
        xml = []
        for position, (kind, value) in enumerate(cells):
            ref = f"{column_name(position)}{number}"
            if kind == "s":
                if value == "":
                    continue
                xml.append(f'<c r="{ref}" t="s"><v>{shared(value)}</v></c>')
            elif kind == "n":
                xml.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                xml.append(f'<c r="{ref}" s="{1 if kind == "d" else 2}"><v>{serial(value)}</v></c>')
        sheet_rows.append(f'<row r="{number}">{"".join(xml)}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(sheet_rows)}</sheetData></worksheet>')
    shared_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
                  + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + "</sst>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm:ss"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '</styleSheet>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '</Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
        "xl/sharedStrings.xml": shared_xml,
        "xl/styles.xml": styles,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


def session_cell(row):
    if row["time"]:
        hour, minute = map(int, row["time"].split(":"))
        return ("t", datetime.datetime.combine(row["day"], datetime.time(hour, minute)))
    return ("d", row["day"])


def main():
    rng = random.Random(20270325)
    text = " ".join(p.read_text(encoding="utf-8") for p in CONTENT.rglob("*") if p.is_file() and p.suffix in (".md", ".yml"))
    forbidden = set(re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", text))
    persons = people(rng, forbidden)
    bookings, evaluations = rows(rng, courses(), persons)
    for folder in ("bookings", "evaluations"):
        (OUT / folder).mkdir(parents=True, exist_ok=True)
        for old in (OUT / folder).iterdir():
            old.unlink()

    autumn = [r for r in bookings if r["day"] < SPRING]
    later = [r for r in bookings if r["day"] >= SPRING]
    write_xlsx(OUT / "bookings" / "autumn-2026-bookings.xlsx",
               ["ID", "Start time", "Completion time", "Email", "Name", "Course code", "Session date", "Staff group"],
               [[("n", n), ("t", r["at"]), ("t", r["at"] + datetime.timedelta(seconds=rng.randint(40, 300))), ("s", r["email"]),
                 ("s", r["name"]), ("s", r["code"]), session_cell(r), ("s", r["group"])] for n, r in enumerate(autumn, start=1)])
    write_csv(OUT / "bookings" / "spring-summer-2027-bookings.csv",
              ["Timestamp", "Email address", "Your name", "Course code", "Session date", "Staff group"],
              [[uk(r["at"]), r["email"], r["name"], r["code"], session_text(r), r["group"]] for r in later])

    microsoft = [r for r in evaluations if r["code"] < "N"]
    google = [r for r in evaluations if r["code"] >= "N"]
    write_xlsx(OUT / "evaluations" / "autumn-2026-evaluations.xlsx",
               ["ID", "Start time", "Completion time", "Email", "Name", "Course code", "Session date", "Overall rating",
                "What would make this session better?"],
               [[("n", n), ("t", r["at"]), ("t", r["at"] + datetime.timedelta(seconds=rng.randint(60, 400))), ("s", r["email"]),
                 ("s", r["name"]), ("s", r["code"]), session_cell(r), ("n", r["rating"]), ("s", r["comment"])]
                for n, r in enumerate(microsoft, start=1)])
    write_csv(OUT / "evaluations" / "autumn-2026-evaluations-google.csv",
              ["Timestamp", "Email address", "Your name", "Course code", "Session date", "Overall rating", "Any other comments"],
              [[uk(r["at"]), r["email"], r["name"], r["code"], session_text(r), str(r["rating"]), r["comment"]] for r in google])
    print(f"{len(autumn)} + {len(later)} bookings, {len(microsoft)} + {len(google)} evaluations in {OUT.relative_to(ROOT)}/")


if __name__ == "__main__":
    main()
