"""Page weight of a built site (for bench/bench.py; Python 3 standard library only).

    python3 bench/weight.py OUTPUT_DIR      prints the measures as JSON

- the largest HTML page (bytes and path) and how many pages pass 300 KB;
- the bytes a search needs before its first result: search.html itself, every script it loads
  (<script src>), every file it preloads (<link rel=preload|modulepreload>), and the search index it
  starts from. Read from the built files, not from knowledge of today's layout, so it follows a
  split index: a file named *manifest* among the search files is loaded up front too; a file the
  search scripts or the manifest name (in a string literal), or any other .js/.json file whose name
  or folder starts with "search", that the page does not load itself is an index piece, fetched on
  demand; a first result needs at least one, so the largest piece is counted (the worst case).
  Today the whole index is search-index.js, loaded by a script tag, and there are no pieces.
"""

import html.parser
import json
import os
import re
import sys

HEAVY_PAGE = 300 * 1024
PIECE = re.compile(r"(?:^|/)search[^/]*(?:/|$)", re.I)
DATA_FILE = (".js", ".mjs", ".json")
LITERAL = re.compile(r"""["'`]([^"'`\s]+\.(?:m?js|json))(?:\?[^"'`]*)?["'`]""")


class _PageFiles(html.parser.HTMLParser):
    """The files a page loads before it runs: script sources, preloads and data-* attributes naming a file."""

    def __init__(self):
        super().__init__()
        self.scripts, self.preloads, self.data = [], [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script" and a.get("src"):
            self.scripts.append(a["src"])
        elif tag == "link" and a.get("href") and set((a.get("rel") or "").lower().split()) & {"preload", "modulepreload"}:
            self.preloads.append(a["href"])
        for name, value in attrs:
            if name.startswith("data-") and value and value.lower().endswith(DATA_FILE):
                self.data.append(value)


def _resolve(out, base_dir, ref):
    """The output file a reference names (relative to base_dir, or to the site root), or None."""
    ref = ref.split("#")[0].split("?")[0]
    if not ref or re.match(r"^[a-z]+:", ref, re.I):
        return None
    for start in ((out,) if ref.startswith("/") else (base_dir, out)):
        path = os.path.normpath(os.path.join(start, ref.lstrip("/")))
        if path.startswith(os.path.abspath(out)) and os.path.isfile(path):
            return os.path.relpath(path, out)
    return None


def search_weight(out):
    out = os.path.abspath(out)
    page = os.path.join(out, "search.html")
    if not os.path.isfile(page):
        return None
    with open(page, encoding="utf-8", errors="replace") as f:
        parser = _PageFiles()
        parser.feed(f.read())
    size = lambda rel: os.path.getsize(os.path.join(out, rel))   # noqa: E731
    scripts = [r for r in (_resolve(out, out, s) for s in parser.scripts) if r]
    extra = [r for r in (_resolve(out, out, s) for s in parser.preloads + parser.data) if r]
    loaded = list(dict.fromkeys(scripts + extra))
    # Index pieces: files the loaded search scripts name, and search*-named data files the page does
    # not load; a manifest among them (a file named *manifest*) is loaded up front and read in turn.
    named, queue, seen = [], [r for r in loaded if PIECE.search(r.replace(os.sep, "/"))], set()

    def found(rel):
        named.append(rel)
        if "manifest" in os.path.basename(rel).lower() and rel not in loaded:
            loaded.append(rel)
            queue.append(rel)
    for dirpath, _, names in os.walk(out):
        for name in names:
            rel = os.path.relpath(os.path.join(dirpath, name), out)
            if name.endswith(DATA_FILE) and PIECE.search(rel.replace(os.sep, "/")):
                found(rel)
    while queue:
        rel = queue.pop()
        if rel in seen:
            continue
        seen.add(rel)
        with open(os.path.join(out, rel), encoding="utf-8", errors="replace") as f:
            text = f.read()
        base = os.path.dirname(os.path.join(out, rel))
        for r in (_resolve(out, base, m) for m in LITERAL.findall(text)):
            if r:
                found(r)
    pieces = [r for r in dict.fromkeys(named) if r not in loaded]
    largest_piece = max(pieces, key=size) if pieces else None
    total = size("search.html") + sum(size(r) for r in loaded) + (size(largest_piece) if largest_piece else 0)
    return {
        "page": size("search.html"),
        "loaded": {r: size(r) for r in loaded},
        "pieces": len(pieces),
        "largest_piece": [largest_piece, size(largest_piece)] if largest_piece else None,
        "total": total,
    }


def page_weight(out):
    largest, largest_path, heavy, pages = 0, None, 0, 0
    for dirpath, _, names in os.walk(out):
        for name in names:
            if not name.endswith(".html"):
                continue
            path = os.path.join(dirpath, name)
            n = os.path.getsize(path)
            pages += 1
            heavy += n > HEAVY_PAGE
            if n > largest:
                largest, largest_path = n, os.path.relpath(path, out)
    catalogue = os.path.join(out, "catalogue.json")
    return {
        "largest": largest, "largest_path": largest_path, "over_300kb": heavy, "pages": pages,
        "catalogue_json": os.path.getsize(catalogue) if os.path.isfile(catalogue) else None,
        "search": search_weight(out),
    }


def kb(n):
    if n < 10 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / 1024:,.0f} KB" if n < 10 * 1024 * 1024 else f"{n / 1048576:,.1f} MB"


def describe_search(s):
    """'search.html 9 KB + search-index.js 4,402 KB + search.js 12 KB + site.js 20 KB' for the report."""
    if not s:
        return "no search.html"
    parts = [f"search.html {kb(s['page'])}"] + [f"{os.path.basename(r)} {kb(n)}" for r, n in s["loaded"].items()]
    if s["largest_piece"]:
        parts.append(f"largest of {s['pieces']} index pieces ({s['largest_piece'][0]}) {kb(s['largest_piece'][1])}")
    return " + ".join(parts)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    print(json.dumps(page_weight(sys.argv[1]), indent=1))
