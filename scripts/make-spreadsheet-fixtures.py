#!/usr/bin/env python3
"""Writes the spreadsheet reader's test fixtures into Tests/SpreadsheetsTests/Fixtures/.

   scripts/make-spreadsheet-fixtures.py

The files are committed; run this again only to change them. Every byte is decided here (fixed
ZIP timestamps, no dependence on the machine), so a second run writes identical files. The people
in them are fictional.
"""
import os
import zipfile

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

