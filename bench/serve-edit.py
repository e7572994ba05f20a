#!/usr/bin/env python3
"""Edit-to-ready time of `prospectus serve`: from saving one course file to the edited page being served.

    bench/serve-edit.py                     N = 1000 5000, 8 edits of each kind
    bench/serve-edit.py --sizes 1000 --edits 5
    bench/serve-edit.py --binary .build/release/prospectus

bench/run runs it too, at the sizes it builds (see bench/bench.py: --serve-sizes, --no-serve).

For each size it generates a synthetic offer with bench/generate.py (in a tmpfs when /dev/shm is
one), starts `prospectus serve --port 0 --timings` on it, holds the live-reload event stream open
(/__prospectus/events, as an open page does) and then, one at a time, rewrites a course file the way
an editor saves it. Two times are measured from just before the write: to the moment the server
announces the new generation on the event stream (watcher, incremental parse, checks, render and
publish), and to the moment the edited course's page, requested again as the reloading browser
does, comes back with the edit in it. Also the server's peak resident memory (wait4's, when it
stops), which includes its first full build.

Two kinds of edit: a sentence in a course's body (only that course's page and the exports change),
and a course's title (every listing that shows the course changes too), both written into the file
as most editors save (VS Code, Notepad); then the body edit again saved as vim, Emacs, gedit and
JetBrains' safe write do: a new copy written beside the file and renamed over it.

Then the whole-offer exports (catalogue.json, offer.ics, a group's calendar, the spreadsheets, the
search index, the feeds, the sitemap, a session's calendar) are each asked for, after the edits,
after one more body edit, after a course file is added and after it is removed again: the server's
peak memory is reported for the edits alone and for the whole run (`--no-exports` skips this).

Needs a release build (`swift build -c release --product prospectus`). Python 3 standard library only.
"""

import argparse
import http.client
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True   # no __pycache__ in bench/
from measure import maxrss_mb, new_scratch  # noqa: E402


def find_binary(explicit):
    # Only the project's own release build by default: a binary left in another build folder can be
    # much older than the code and measure something else.
    candidates = [explicit or os.path.join(ROOT, ".build/release/prospectus")]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    sys.exit("no release binary found; build it with: swift build -c release --product prospectus")


class Server:
    """`prospectus serve` in the background, its output lines collected."""

    def __init__(self, binary, content, theme, workdir):
        env = dict(os.environ, NO_COLOR="1")
        self.process = subprocess.Popen(
            [binary, "serve", "--content", content, "--theme", theme,
             "--port", "0", "--timings"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=workdir)
        self.lines = []
        self.lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            with self.lock:
                self.lines.append(line.rstrip("\n"))

    def wait_for(self, pattern, timeout):
        deadline = time.time() + timeout
        while time.time() < deadline:
            with self.lock:
                for line in self.lines:
                    match = re.search(pattern, line)
                    if match:
                        return match
            if self.process.poll() is not None:
                break
            time.sleep(0.02)
        raise RuntimeError("serve did not print %r in time; its output:\n%s" % (pattern, "\n".join(self.lines[-40:])))

    def stop(self):
        """Stops the server (Ctrl-C); returns its peak resident memory in MB (wait4), None if unknown."""
        if self.process.poll() is not None:
            return None
        self.process.send_signal(2)
        deadline = time.time() + 10
        while True:
            pid, status, usage = os.wait4(self.process.pid, os.WNOHANG)
            if pid:
                self.process.returncode = os.waitstatus_to_exitcode(status)
                return maxrss_mb(usage)
            if time.time() > deadline:
                self.process.kill()
                deadline = time.time() + 10
            time.sleep(0.02)


class Events:
    """The live-reload event stream, read as a browser's EventSource would."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(b"GET /__prospectus/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        self.buffer = b""

    def next_generation_after(self, generation, timeout=60):
        self.sock.settimeout(timeout)
        while True:
            for number in re.findall(rb"data: (\d+)", self.buffer):
                if int(number) > generation:
                    self.buffer = b""
                    return int(number)
            chunk = self.sock.recv(65536)
            if not chunk:
                raise RuntimeError("event stream closed")
            self.buffer += chunk


def course_files(content):
    found = []
    for folder, _, names in os.walk(os.path.join(content, "courses")):
        found += [os.path.join(folder, name) for name in names if name.endswith(".md")]
    found.sort()
    drafts = set()
    for path in found:
        with open(path, encoding="utf-8") as handle:
            if re.search(r"^draft: true", handle.read(), re.M):
                drafts.add(path)
    return [path for path in found if path not in drafts]


def fetch_until(port, path, marker, timeout=10):
    """GETs the page until it contains marker (the reloading browser's request); False if it never does."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        try:
            connection.request("GET", path, headers={"Cache-Control": "no-cache"})
            response = connection.getresponse()
            if response.status == 200 and marker in response.read():
                return True
        finally:
            connection.close()
        time.sleep(0.005)
    return False


def marker(kind, n):
    """The text edit() puts into the page."""
    return (" rev %d" if kind == "title" else "revision %d.") % n


def edit(path, kind, n):
    """Edits a course file: "body" and "title" written into the file, "renamed" the body edit saved
    by renaming a new copy over the file."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    if kind == "title":
        def retitle(match):
            value = re.sub(r" rev \d+", "", match.group(1))
            if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
                return "title: %s rev %d%s" % (value[:-1], n, value[-1])
            return "title: %s rev %d" % (value, n)
        text = re.sub(r"^title: (.*)$", retitle, text, count=1, flags=re.M)
    else:
        text = text.rstrip("\n") + "\n\nEdited for the benchmark, revision %d.\n" % n
    if kind == "renamed":
        copy = path + ".new-copy"
        with open(copy, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.rename(copy, path)
        return
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def peak_now(pid):
    """The process's peak resident memory so far in MB (Linux's VmHWM), None where unknown."""
    try:
        with open("/proc/%d/status" % pid) as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def fetch_all(port, paths):
    """GETs each path to the end (as a download does); the paths that did not come back 200."""
    failed = []
    for path in paths:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        try:
            connection.request("GET", "/" + path)
            response = connection.getresponse()
            while response.read(1 << 20):
                pass
            if response.status != 200:
                failed.append("%s (%d)" % (path, response.status))
        finally:
            connection.close()
    return failed


def export_paths(port, content, files):
    """The whole-offer exports, a group's calendar and a session's calendar of the served offer."""
    groups = sorted(name[:-3] for name in os.listdir(os.path.join(content, "groups")) if name.endswith(".md"))
    paths = ["catalogue.json", "offer.ics", "courses.csv", "sessions.csv", "assets/search-index.js", "changes.json",
             "feed.xml", "whats-new.xml", "sitemap.xml"] + (["calendars/groups/%s.ics" % groups[0]] if groups else [])
    for path in files[:50]:
        page = "/courses/%s.html" % os.path.splitext(os.path.basename(path))[0]
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            connection.request("GET", page)
            found = re.search(rb'calendars/sessions/[^"]+\.ics', connection.getresponse().read())
        finally:
            connection.close()
        if found:
            return paths + [found.group(0).decode()]
    return paths


def exports_run(server, port, events, generation, content, files):
    """Asks for every export after the edits, after a body edit, after a course added and removed."""
    paths = export_paths(port, content, files)
    failed = fetch_all(port, paths)
    edit(files[0], "body", 999)
    generation = events.next_generation_after(generation)
    failed += fetch_all(port, paths)
    added = os.path.join(os.path.dirname(files[0]), "zz-benchmark-added.md")
    with open(files[0], encoding="utf-8") as handle:
        text = handle.read()
    text = re.sub(r"^code: .*$", "code: ZZZ-99999", text, count=1, flags=re.M)
    text = re.sub(r"^title: (\"?)", lambda m: "title: %sAdded " % m.group(1), text, count=1, flags=re.M)
    with open(added, "w", encoding="utf-8") as handle:
        handle.write(text)
    generation = events.next_generation_after(generation, timeout=600)
    failed += fetch_all(port, paths)
    os.remove(added)
    generation = events.next_generation_after(generation, timeout=600)
    failed += fetch_all(port, paths)
    if failed:
        raise RuntimeError("serve did not answer 200 for: " + ", ".join(failed))
    return len(paths)


def measure(binary, theme, content, edits, workdir, exports=True):
    """Serves content (edited in place) from workdir; returns the measures of one size."""
    server = Server(binary, content, theme, workdir)
    row = {}
    try:
        address = server.wait_for(r"at http://127\.0\.0\.1:(\d+)/", timeout=1800)
        first = server.wait_for(r"\[1\] built (\d+) pages from (\d+) files in (\d+) ms", timeout=5)
        port = int(address.group(1))
        events = Events(port)
        generation = events.next_generation_after(0)
        files = course_files(content)
        step = max(1, len(files) // (edits * 2 + 1))
        kinds = ("body", "title", "renamed")
        results = {kind: [] for kind in kinds}
        served = {kind: [] for kind in kinds}
        server_ms = {kind: [] for kind in kinds}
        details = {}
        n = 0
        for kind in kinds:
            for i in range(edits):
                n += 1
                path = files[(n * step) % len(files)]
                page = "/courses/%s.html" % os.path.splitext(os.path.basename(path))[0]
                time.sleep(0.3)  # let the previous rebuild's output settle
                started = time.perf_counter()
                edit(path, kind, n)
                generation = events.next_generation_after(generation)
                results[kind].append((time.perf_counter() - started) * 1000)
                if fetch_until(port, page, marker(kind, n).encode()):
                    served[kind].append((time.perf_counter() - started) * 1000)
                line = server.wait_for(r"\[%d\] rebuilt: (\d+) files? parsed, (\d+) pages rendered, (\d+) files? changed in (\d+) ms" % generation, 10)
                server_ms[kind].append(int(line.group(4)))
                details[kind] = (int(line.group(1)), int(line.group(2)), int(line.group(3)))
        time.sleep(0.5)  # the last phases line follows its "rebuilt" line
        row["edits_peak_mb"] = peak_now(server.process.pid)
        if exports:
            row["exports"] = exports_run(server, port, events, generation, content, files)
        with server.lock:
            phases = [l.strip() for l in server.lines if l.startswith("    load")]
        # Processor time of each rebuild (all threads): on a shared machine, steadier than wall time.
        # The first phases line is the initial build's; then the body edits', then the title edits'.
        processor = [float(m.group(1)) for m in (re.search(r"processor ([\d.]+) ms", l) for l in phases[1:]) if m]
        row.update({
            "pages": int(first.group(1)), "initial": int(first.group(3)),
            "body": results["body"], "title": results["title"], "served": served,
            "server": server_ms, "details": details,
            "processor": {"body": processor[:edits], "title": processor[edits:2 * edits], "renamed": processor[2 * edits:3 * edits]},
            "phases": phases[edits * 2] if len(phases) > edits * 2 else (phases[-1] if phases else ""),
        })
    finally:
        row["peak_mb"] = server.stop()
    return row


def measure_size(binary, theme, size, edits, scratch, keep, exports=True):
    """Generates an offer of size courses in scratch and measures it (bench/serve-edit.py on its own)."""
    workdir = tempfile.mkdtemp(prefix="serve-%d-" % size, dir=scratch)
    content = os.path.join(workdir, "Content")
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--courses", str(size), "--out", content],
                   check=True, stdout=subprocess.DEVNULL)
    try:
        return dict(measure(binary, theme, content, edits, workdir, exports=exports), size=size)
    finally:
        if not keep:
            shutil.rmtree(workdir, ignore_errors=True)


def median_ms(values):
    return statistics.median(values) if values else None


def peaks(row):
    """Serve's peak memory after the edits, then over the whole run with the exports (when they ran)."""
    edits, whole = row.get("edits_peak_mb"), row.get("peak_mb")
    if row.get("exports") and edits and whole:
        return "%.0f (%.0f)" % (edits, whole)
    return "%.0f" % (edits or whole) if (edits or whole) else "–"


def table(rows, label=lambda row: "%d" % row["size"]):
    """The serve table's lines (bench/bench.py puts them in its report)."""
    def cell(values):
        return "%.0f (%.0f–%.0f)" % (statistics.median(values), min(values), max(values)) if values else "–"

    def median(values):
        return "%.0f" % statistics.median(values) if values else "–"
    lines = ["| courses | pages | first build s | serve peak MB: edits (every export, a file added and removed) | body edit ms: page served, median (min–max) | title edit ms: page served | "
             "body edit saved by renaming ms: page served | "
             "to reload signal, median (body / title) | server's own rebuild ms (body / title) | processor ms per rebuild (body / title) | pages rendered (body / title) |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for row in rows:
        if "error" in row:
            lines.append("| %s | failed: %s |" % (label(row), row["error"]) + " |" * 9)
            continue
        lines.append("| %s | %d | %.2f | %s | %s | %s | %s | %s / %s | %s / %s | %s / %s | %d / %d |" % (
            label(row), row["pages"], row["initial"] / 1000, peaks(row),
            cell(row["served"]["body"]), cell(row["served"]["title"]), cell(row["served"].get("renamed", [])),
            median(row["body"]), median(row["title"]),
            median(row["server"]["body"]), median(row["server"]["title"]),
            median(row["processor"]["body"]), median(row["processor"]["title"]),
            row["details"]["body"][1], row["details"]["title"][1]))
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--edits", type=int, default=8, help="edits of each kind per size (default 8)")
    parser.add_argument("--binary", help="the prospectus binary (default: .build/release/prospectus)")
    parser.add_argument("--keep", action="store_true", help="keep the generated folders")
    parser.add_argument("--no-exports", action="store_true", help="edits only: no exports asked for, no file added")
    args = parser.parse_args()
    binary = os.path.abspath(find_binary(args.binary))

    theme = os.path.join(ROOT, "Theme")
    scratch = new_scratch("prospectus-serve-bench")
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))   # the server stops, the scratch goes
    try:
        rows = [measure_size(binary, theme, size, args.edits, scratch, args.keep, exports=not args.no_exports) for size in args.sizes]
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
    print()
    print("edit-to-ready of `prospectus serve` (save → edited page served, and save → reload event), %d edits of each kind, %d cores" % (args.edits, os.cpu_count()))
    print()
    print("\n".join(table(rows)))
    print()
    for row in rows:
        print("%d courses, last rebuild's phases: %s" % (row["size"], row["phases"]))
    if len(rows) >= 2:
        a, b = rows[0], rows[-1]
        if a["served"]["body"] and b["served"]["body"]:
            growth = statistics.median(b["served"]["body"]) / statistics.median(a["served"]["body"])
            print("body edit: ×%.1f time for ×%.1f courses" % (growth, b["size"] / a["size"]))


if __name__ == "__main__":
    main()
