#!/usr/bin/env python3
"""Writes the spreadsheet reader's test fixtures into Tests/SpreadsheetsTests/Fixtures/.

   scripts/make-spreadsheet-fixtures.py

The files are committed; run this again only to change them. Every byte is decided here (fixed
ZIP timestamps, no dependence on the machine), so a second run writes identical files. The people
in them are fictional.
"""
import datetime
import os
import re
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Tests", "SpreadsheetsTests", "Fixtures")
os.makedirs(OUT, exist_ok=True)


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


# --- CSV -------------------------------------------------------------------------------------

# Google Forms: every cell quoted, CRLF line ends, a cell with a comma and a line break in it.
GOOGLE = (
    '"Timestamp","Email address","Name","Course code","Session date","Staff group","Anything else?"\r\n'
    '"2027/01/12 9:14:02 am GMT","a.okafor@example.org","Ada Okafor","PH-01","25/03/2027","Teachers",""\r\n'
    '"2027/01/12 10:02:45 am GMT","b.lind@example.org","Bo Lind","PH-01","25/03/2027","Teaching assistants",'
    '"Step-free access, please.\nAnd a ""quiet"" room."\r\n'
    '"2027/01/13 4:40:10 pm GMT","c.meyer@example.org","Cai Meyer","SEN-02","12/05/2027","Support staff","Zoë, café"\r\n'
)
write("google-forms.csv", GOOGLE.encode("utf-8"))

# Excel in a comma-decimal locale: semicolons, a BOM, decimals with commas, CRLF.
SEMICOLON = (
    "Course code;Session date;Rating;Comment\r\n"
    "PH-01;25/03/2027;4,5;Useful\r\n"
    'SEN-02;12/05/2027;3;"Too long; but good"\r\n'
)
write("excel-semicolon.csv", b"\xef\xbb\xbf" + SEMICOLON.encode("utf-8"))

# The same small table in each byte-order-marked encoding; the UTF-16 ones as Excel's "Unicode
# text" save writes them: tab separated.
SMALL = "Name,Course code\nZoë Ng,PH-01\n"
TABBED = "Name\tCourse code\r\nZoë Ng\tPH-01\r\n"
write("bom-utf8.csv", b"\xef\xbb\xbf" + SMALL.encode("utf-8"))
write("bom-utf16le.csv", b"\xff\xfe" + TABBED.encode("utf-16-le"))
write("bom-utf16be.csv", b"\xfe\xff" + TABBED.encode("utf-16-be"))



# --- XLSX ------------------------------------------------------------------------------------

FIXED_TIME = (2027, 1, 1, 0, 0, 0)
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


def xlsx(name, parts, stored=()):
    """A ZIP of `parts` (path → text), deflated at level 9 except the `stored` paths."""
    with zipfile.ZipFile(os.path.join(OUT, name), "w") as z:
        for path, text in parts.items():
            info = zipfile.ZipInfo(path, date_time=FIXED_TIME)
            if path in stored:
                info.compress_type = zipfile.ZIP_STORED
                z.writestr(info, text.encode("utf-8"))
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, text.encode("utf-8"), compresslevel=9)


def serial(year, month, day, hour=0, minute=0, second=0):
    """Excel's 1900-system day number (every date here is after 1 March 1900)."""
    days = (datetime.date(year, month, day) - datetime.date(1899, 12, 30)).days
    return days + (hour * 3600 + minute * 60 + second) / 86400


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"""

ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PACKAGE_RELS}"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""


def microsoft_forms():
    """As Microsoft Forms' "Open in Excel" download is laid out: shared strings, styles with a
    date-time format (Start time, Completion time) and a custom date one (Session date), the
    responses in the first sheet. Here the first sheet is the second file (sheet2.xml), so only
    the workbook's relationships find it."""
    strings = ["ID", "Start time", "Completion time", "Email", "Name", "Course code", "Session date",
               "Staff group", "a.okafor@example.org", "Ada Okafor", "PH-01", "Teachers",
               "b.lind@example.org", "Bo Lind & Co <TAs>", "Teaching assistants", "SEN-02", "Support staff"]
    items = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    # One rich-text name, with a phonetic run that is not part of the text, and a CR written as _x000D_.
    items += ('<si><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">Cai </t></r>'
              '<r><rPr><i/></rPr><t>Meyer</t></r><rPh sb="0" eb="1"><t>カイ</t></rPh></si>')
    items += "<si><t>  trimmed  </t></si><si><t xml:space=\"preserve\">  kept  </t></si>"
    shared = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" '
              f'count="{len(strings) + 3}" uniqueCount="{len(strings) + 3}">{items}</sst>')
    cai, trimmed, kept = len(strings), len(strings) + 1, len(strings) + 2

    styles = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd&quot;/&quot;mm&quot;/&quot;yyyy;@"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" xfId="0"/><xf numFmtId="22" fontId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"""

    def s(ref, index):
        return f'<c r="{ref}" t="s"><v>{index}</v></c>'

    def n(ref, value, style=None):
        return f'<c r="{ref}"{"" if style is None else f" s={chr(34)}{style}{chr(34)}"}><v>{value!r}</v></c>'

    header = "".join(s(f"{col}1", i) for i, col in enumerate("ABCDEFGH"))
    rows = [f'<row r="1" spans="1:8">{header}</row>']
    rows.append('<row r="2" spans="1:8">' + n("A2", 1) + n("B2", serial(2027, 1, 12, 9, 14, 2), 1)
                + n("C2", serial(2027, 1, 12, 9, 16, 40), 1) + s("D2", 8) + s("E2", 9) + s("F2", 10)
                + n("G2", serial(2027, 3, 25), 2) + s("H2", 11) + "</row>")
    # Row 3: no Email cell at all (D3 is missing), as when a question was skipped.
    rows.append('<row r="3" spans="1:8">' + n("A3", 2) + n("B3", serial(2027, 1, 12, 10, 2, 45), 1)
                + n("C3", serial(2027, 1, 12, 10, 5, 0), 1) + s("E3", 13) + s("F3", 10)
                + n("G3", serial(2027, 3, 25), 2) + s("H3", 14) + "</row>")
    # Row 4 is empty in the file (styled cells only) and row 5 is missing; row 6 has the rich text.
    rows.append('<row r="4"><c r="A4" s="1"/><c r="B4" s="1"/></row>')
    rows.append('<row r="6" spans="1:8">' + n("A6", 3) + n("B6", serial(2027, 1, 13, 16, 40, 10), 1)
                + n("C6", serial(2027, 1, 13, 16, 41, 0), 1) + s("D6", 12) + s("E6", cai) + s("F6", 15)
                + n("G6", serial(2027, 5, 12), 2) + s("H6", 16) + s("I6", trimmed) + s("J6", kept) + "</row>")
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}" xmlns:r="{RELS}">'
             '<dimension ref="A1:J6"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>'
             f'<sheetData>{"".join(rows)}</sheetData></worksheet>')
    other = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}">'
             '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Not the responses</t></is></c></row></sheetData></worksheet>')

    workbook = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><workbookPr defaultThemeVersion="164011"/><bookViews><workbookView xWindow="0" yWindow="0"/></bookViews><sheets><sheet name="Form1" sheetId="1" r:id="rId2"/><sheet name="Notes" sheetId="2" r:id="rId1"/></sheets></workbook>"""
    workbook_rels = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PACKAGE_RELS}"><Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{RELS}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="{RELS}/styles" Target="styles.xml"/><Relationship Id="rId4" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>"""
    app = '<?xml version="1.0" encoding="UTF-8"?>\n<Properties><Application>Microsoft Excel</Application></Properties>'
    xlsx("microsoft-forms.xlsx", {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "docProps/app.xml": app,
        "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": workbook_rels,
        "xl/worksheets/sheet1.xml": other,
        "xl/worksheets/sheet2.xml": sheet,
        "xl/sharedStrings.xml": shared,
        "xl/styles.xml": styles,
    }, stored={"[Content_Types].xml", "_rels/.rels"})


def inline_strings():
    """As other tools write a workbook: namespace prefixes, inline strings and no shared strings,
    rows and cells without references, the 1904 date system, absolute relationship targets, a
    styles part with a name of its own, formulas, booleans, errors, decimals, entities and CDATA."""
    x = "x:"
    workbook = (f'<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:x="{MAIN}" xmlns:r="{RELS}">'
                '<x:workbookPr date1904="true"/><x:sheets><x:sheet name="Data" sheetId="7" r:id="R1a2"/></x:sheets></x:workbook>')
    rels = (f'<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="{PACKAGE_RELS}">'
            f'<Relationship Type="{RELS}/worksheet" Target="/xl/worksheets/data.xml" Id="R1a2" />'
            f'<Relationship Type="{RELS}/styles" Target="/xl/Styles1.xml" Id="R9" /></Relationships>')
    styles = (f'<?xml version="1.0" encoding="utf-8"?><x:styleSheet xmlns:x="{MAIN}"><x:numFmts>'
              '<x:numFmt numFmtId="170" formatCode="yyyy\\-mm\\-dd hh:mm"/><x:numFmt numFmtId="171" formatCode="[$-809]dd mmmm yyyy;@"/>'
              '<x:numFmt numFmtId="172" formatCode="0.0&quot; days&quot;"/><x:numFmt numFmtId="173" formatCode="[h]:mm"/></x:numFmts>'
              '<x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="170"/><x:xf numFmtId="171"/><x:xf numFmtId="172"/>'
              '<x:xf numFmtId="18"/></x:cellXfs></x:styleSheet>')

    def t(text, space=False):
        return f'<{x}c t="inlineStr"><{x}is><{x}t{" xml:space=" + chr(34) + "preserve" + chr(34) if space else ""}>{text}</{x}t></{x}is></{x}c>'

    def v(value, extra=""):
        return f'<{x}c{extra}><{x}v>{value}</{x}v></{x}c>'

    # 1904 system: day 0 is 1904-01-01, so 2027-03-25 is day (that date - 1904-01-01).
    d1904 = (datetime.date(2027, 3, 25) - datetime.date(1904, 1, 1)).days
    rows = [
        f"<{x}row>" + t("Course code") + t("When") + t("Day") + t("Count") + t("Score") + t("Length")
        + t("Booked?") + t("Check") + t("Total") + t("Notes") + t("Start") + f"</{x}row>",
        f"<{x}row>" + t("PH-01") + v(d1904 + 0.5625, ' s="1"') + v(d1904, ' s="2"') + v("12.0") + v("0.1")
        + v("2.5", ' s="3"') + v("1", ' t="b"') + v("#N/A", ' t="e"')
        + f'<{x}c t="str"><{x}f>A2&amp;"!"</{x}f><{x}v>PH-01!</{x}v></{x}c>'
        + t("Fish &amp; chips &lt;hot&gt; &quot;caf&#233;&quot; &apos;&#x263A;&apos; &unknown;")
        + v("0.395833333333333", ' s="4"') + f"</{x}row>",
        f'<{x}row><{x}c><{x}v><![CDATA[1E3]]></{x}v></{x}c><{x}c/>' + v("-3") + v("1.5E-7") + v("123456789012345678")
        + f'<{x}c t="inlineStr"><{x}is><{x}r><{x}t>line one_x000D_</{x}t></{x}r><{x}r><{x}t xml:space="preserve">\nline two</{x}t></{x}r></{x}is></{x}c>'
        + f"</{x}row>",
    ]
    sheet = (f'<?xml version="1.0" encoding="utf-8"?><!-- written by another tool --><x:worksheet xmlns:x="{MAIN}">'
             f'<x:sheetData>{"".join(rows)}</x:sheetData></x:worksheet>')
    xlsx("inline-strings.xlsx", {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": rels,
        "xl/worksheets/data.xml": sheet,
        "xl/Styles1.xml": styles,
    })


def openpyxl_written():
    """A workbook written by openpyxl, a real writer with its own habits (its own styles, date
    formats, inline rich text), as a check on the hand-written ones. Skipped, keeping the
    committed file, where openpyxl is not installed (`pip install openpyxl`; written with 3.1.5).
    Its ZIP is written again with fixed times so that a second run gives the same bytes."""
    try:
        import openpyxl
        from openpyxl.cell.rich_text import CellRichText, TextBlock
        from openpyxl.cell.text import InlineFont
    except ImportError:
        print("openpyxl is not installed: openpyxl.xlsx kept as it is")
        return
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Form1"
    sheet.append(["ID", "Start time", "Completion time", "Email", "Name", "Course code", "Session date", "Staff group", "Rating"])
    sheet.append([1, datetime.datetime(2027, 1, 12, 9, 14, 2), datetime.datetime(2027, 1, 12, 9, 16, 40),
                  "a.okafor@example.org", "Ada Okafor", "PH-01", datetime.date(2027, 3, 25), "Teachers", 4.5])
    sheet.append([2, datetime.datetime(2027, 1, 12, 10, 2, 45), datetime.datetime(2027, 1, 12, 10, 5),
                  None, "Bo Lind", "PH-01", datetime.date(2027, 3, 25), "Teaching assistants", 3])
    sheet.append([3, datetime.datetime(2027, 1, 13, 16, 40, 10), datetime.datetime(2027, 1, 13, 16, 41),
                  "c.meyer@example.org", CellRichText([TextBlock(InlineFont(b=True), "Cai "), "Meyer"]), "SEN-02",
                  datetime.date(2027, 5, 12), "Support staff", True])
    book.create_sheet("Notes").append(["Not the responses"])
    fixed = datetime.datetime(2027, 1, 1)
    book.properties.created = fixed
    book.properties.modified = fixed
    path = os.path.join(OUT, "openpyxl.xlsx")
    book.save(path)
    with zipfile.ZipFile(path) as z:
        parts = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in parts:
            if info.filename == "docProps/core.xml":   # openpyxl sets "modified" as it saves
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2027-01-01T00:00:00Z", data)
            again = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            again.compress_type = info.compress_type
            z.writestr(again, data)


microsoft_forms()
inline_strings()
openpyxl_written()


# --- DEFLATE ---------------------------------------------------------------------------------

def varied_text(lines, seed):
    """Deterministic text of words, numbers and punctuation, so zlib builds dynamic Huffman codes."""
    words = ("phonics reading session trust teachers assistants safeguarding course date venue twilight "
             "online mandatory renewal cohort mentoring leadership curriculum assessment").split()
    state = seed
    out = []
    for i in range(lines):
        line = []
        for _ in range(6 + i % 9):
            state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
            pick = state >> 33
            line.append(words[pick % len(words)] if pick % 5 else str(pick % 100000))
        out.append(" ".join(line) + (",;" if i % 7 == 0 else "."))
    return ("\n".join(out) + "\n").encode("utf-8")


def raw_deflate(data, level):
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 9)
    return c.compress(data) + c.flush()


def block_type(deflated):
    return (deflated[0] >> 1) & 3


TEXT = varied_text(900, 7)
write("inflate-source.txt", TEXT)
for level, name, wanted in ((9, "dynamic", 2), (0, "stored", 0)):
    packed = raw_deflate(TEXT, level)
    assert block_type(packed) == wanted, (name, block_type(packed))
    write(f"inflate-{name}.deflate", packed)
short = b"Fixed Huffman codes: a short text, short text, short text."
packed = raw_deflate(short, 9)
assert block_type(packed) == 1
write("inflate-fixed.deflate", packed)
