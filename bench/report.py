"""The report bench/bench.py writes to bench/out/results.md (Python 3 standard library only)."""

import datetime
import os
import platform
import statistics
import subprocess

import weight

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fmt_mb(n_bytes):
    return f"{n_bytes / 1e6:,.1f}"


def fmt_n(n):
    return f"{n:,}" if isinstance(n, int) else str(n)


def machine_meta(binary, args, storages):
    def first_line(argv, cwd=None):
        try:
            return subprocess.run(argv, capture_output=True, text=True, cwd=cwd).stdout.strip().splitlines()[0]
        except Exception:
            return "unknown"
    cpu_model = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            cpu_model = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except Exception:
        if platform.system() == "Darwin":
            cpu_model = first_line(["sysctl", "-n", "machdep.cpu.brand_string"])
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    commit = first_line(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT)
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                           text=True, cwd=ROOT).stdout.strip()
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpus": os.cpu_count(), "cpu_model": cpu_model, "mem_gb": mem,
        "system": f"{platform.system()} {platform.release()}",
        "commit": commit + (" with uncommitted changes" if dirty else ""),
        "hugo": first_line(["hugo", "version"]).split(" BuildDate")[0] if not args.no_hugo else "Hugo not run",
        "cmark": first_line(["cmark", "--version"]) if not args.no_floor else "floor not run",
        "binary_mtime": datetime.datetime.fromtimestamp(os.path.getmtime(binary)).strftime("%Y-%m-%d %H:%M"),
        "load_start": " ".join(f"{x:.1f}" for x in os.getloadavg()),
        "reps": args.reps, "seed": args.seed, "settle": args.settle, "edits": args.edits,
        "storages": storages,   # [[name, description]], the first the default
    }


def _base_rows(rows):
    """Per storage, the row per-course costs are compared with: N = 1,000, else the smallest N."""
    bases = {}
    for r in rows:
        if isinstance(r["n"], int) and "prospectus" in r:
            b = bases.get(r["storage"])
            if b is None or (b["n"] != 1000 and (r["n"] == 1000 or r["n"] < b["n"])):
                bases[r["storage"]] = r
    return bases


def _builds(rows, label, today):
    bases = _base_rows(rows)
    base_n = {b["n"] for b in bases.values()}
    vs = fmt_n(base_n.pop()) if len(base_n) == 1 else "the smallest N"
    lines = ["| courses | pages | Prospectus wall s | CPU s | peak MB | Hugo wall s | CPU s | peak MB | "
             "Hugo / Prospectus: wall (CPU) | peak memory: Prospectus / Hugo | floor s (cmark + cp) | "
             f"Prospectus / floor | time per course vs {vs}: wall (CPU) |",
             "|" + "---|" * 13]
    for r in rows:
        p, h, f = r.get("prospectus"), r.get("hugo"), r.get("floor")
        if p is None:
            lines.append(f"| {label(r)} | failed: {r.get('error', '?')} |" + " |" * 11)
            continue
        base = bases.get(r["storage"])
        per_course = ""
        if isinstance(r["n"], int) and base:
            per_course = (f"{(p['wall'] / r['n']) / (base['prospectus']['wall'] / base['n']):.2f}× "
                          f"({(p['cpu'] / r['n']) / (base['prospectus']['cpu'] / base['n']):.2f}×)")
        hugo = (f"{h['wall']:.2f} | {h['cpu']:.2f} | {h['rss_mb']:,.0f} | **{h['wall'] / p['wall']:.2f}×** "
                f"({h['cpu'] / p['cpu']:.2f}×) | {p['rss_mb'] / h['rss_mb']:.2f}×") if h else "– | – | – | – | –"
        floor = (f"{f['wall']:.2f} ({f['cmark']:.2f} + {f['copy']:.2f}) | {p['wall'] / f['wall']:.2f}×") if f else "– | –"
        lines.append(f"| {label(r)} | {fmt_n(p['html'])} | {p['wall']:.2f} | {p['cpu']:.2f} | {p['rss_mb']:,.0f} | "
                     f"{hugo} | {floor} | {per_course} |")
    return lines


def _details(rows, label):
    phase_names = list(dict.fromkeys(p for r in rows if "prospectus" in r for p in r["prospectus"]["phases"]))
    lines = ["| courses | Prospectus output files / MB | pages/s | phases s: " + " / ".join(phase_names) +
             " | Hugo pages (files / MB) | strict check |", "|" + "---|" * 6]
    for r in rows:
        p, h = r.get("prospectus"), r.get("hugo")
        if p is None:
            continue
        phases = " / ".join(f"{p['phases'].get(k, 0.0):.2f}" for k in phase_names)
        hugo = f"{fmt_n(h['html'])} ({fmt_n(h['files'])} / {fmt_mb(h['bytes'])})" if h else "–"
        lines.append(f"| {label(r)} | {fmt_n(p['files'])} / {fmt_mb(p['bytes'])} | {p['html'] / p['wall']:,.0f} | "
                     f"{phases} | {hugo} | {r['check']['summary']} |")
    return lines


def _weights(rows, label):
    lines = ["| courses | largest HTML page | pages over 300 KB | search: bytes before the first result | catalogue.json MB |",
             "|" + "---|" * 5]
    notes = []
    for r in rows:
        w = r.get("weight")
        if not w:
            continue
        s = w["search"]
        lines.append(f"| {label(r)} | {weight.kb(w['largest'])} (`{w['largest_path']}`) | {fmt_n(w['over_300kb'])} of {fmt_n(w['pages'])} | "
                     f"{weight.kb(s['total']) if s else '–'} | {fmt_mb(w['catalogue_json']) if w['catalogue_json'] else '–'} |")
        notes.append(f"- {label(r)}: {weight.describe_search(s)}")
    return lines, notes


def _summary(rows, serve, several):
    """One sentence per storage on its largest size, the figures the README's claims rest on."""
    lines = []
    bases = _base_rows(rows)
    for storage in dict.fromkeys(r["storage"] for r in rows):
        sized = [r for r in rows if r["storage"] == storage and isinstance(r["n"], int) and "prospectus" in r]
        if not sized:
            continue
        r = max(sized, key=lambda x: x["n"])
        p, h, f, base = r["prospectus"], r.get("hugo"), r.get("floor"), bases.get(storage)
        parts = []
        if h:
            parts.append(f"Hugo / Prospectus = **{h['wall'] / p['wall']:.1f}×** in wall time ({h['cpu'] / p['cpu']:.1f}× in "
                         f"processor time), with {p['rss_mb'] / h['rss_mb']:.2f}× Hugo's peak memory")
        if f:
            parts.append(f"Prospectus / floor = {p['wall'] / f['wall']:.1f}×")
        if base and base is not r:
            parts.append(f"a course costs {(p['wall'] / r['n']) / (base['prospectus']['wall'] / base['n']):.2f}× "
                         f"what it does at {fmt_n(base['n'])} courses")
        w = r.get("weight")
        if w:
            parts.append(f"the largest page is {weight.kb(w['largest'])} and search needs "
                         f"{weight.kb(w['search']['total']) if w['search'] else '–'} before its first result")
        s = next((x for x in serve or [] if x.get("size") == r["n"] and "error" not in x), None)
        if s and s["served"]["body"] and s["served"]["title"]:
            renamed = s["served"].get("renamed")
            saved = f" (saved by renaming a new copy over the file, {statistics.median(renamed):.0f} ms)" if renamed else ""
            parts.append(f"in serve a body edit takes {statistics.median(s['served']['body']):.0f} ms{saved} and a title edit "
                         f"{statistics.median(s['served']['title']):.0f} ms, with {s['peak_mb'] or 0:,.0f} MB at most")
        where = f" on {storage}" if several else ""
        lines.append(f"- At {fmt_n(r['n'])} courses{where}: " + "; ".join(parts) + ".")
    return lines


def report(rows, meta, serve_table, serve=None):
    storages = meta["storages"]
    several = len({r["storage"] for r in rows}) > 1

    def label(r):
        text = "sample (Content/)" if r["n"] == "sample" else fmt_n(r["n"])
        return f"{text}, {r['storage']}" if several else text

    where = "; ".join(f"{name}: {description}" if len(storages) > 1 else description for name, description in storages)
    lines = [f"# Prospectus benchmark — {meta['date']}", "",
             f"Machine: {meta['cpu_model']}, {meta['cpus']} cores, {meta['mem_gb']:.0f} GB RAM, {meta['system']}. "
             f"Commit {meta['commit']}; prospectus binary built {meta['binary_mtime']}; {meta['hugo']}; {meta['cmark']}. "
             f"Load average at start {meta['load_start']}, at end {meta.get('load_end', '?')}.", "",
             f"Scratch storage (content, every output and the floor's copy): {where}."
             + (f" The disk runs waited {meta['settle']:.0f} s for the file system to settle first." if any(n == "disk" for n, _ in storages) and meta["settle"] else ""),
             "",
             f"Each build figure is the median of {meta['reps']} run{'s' if meta['reps'] != 1 else ''}, taken in rounds that go through every size in turn "
             "(so a change in the shared machine's speed touches every size alike); every build is a full build into an "
             "empty folder, started after a sync so it does not pay for writing back the run before it. "
             f"\"Today\" is {meta['today']} for both generators. Synthetic content: bench/generate.py (seed {meta['seed']}), "
             "checked with `prospectus check --strict` first.", "",
             "## Summary", ""]
    lines += _summary(rows, serve, several)
    lines += ["", "## Full builds", ""]
    lines += _builds(rows, label, meta["today"])
    lines += ["", "## Page weight (Prospectus's output)", ""]
    weights, notes = _weights(rows, label)
    lines += weights
    lines += ["", "Search's bytes before the first result: search.html, every script it loads and the index pieces a "
              "first query needs (the largest, when the index is split; see bench/weight.py):", ""] + notes
    if serve_table:
        lines += ["", f"## Edits in `prospectus serve` ({meta['edits']} edits of each kind; bench/serve-edit.py)", ""]
        lines += serve_table
        lines += ["", "Times run from saving the course file to the edited page being served again (the reloading "
                  "browser's request); the reload signal comes before. Serve's peak memory includes its first full build."]
    lines += ["", "## Details", ""] + _details(rows, label)
    lines += ["", "Individual wall times (s):", ""]
    for r in rows:
        if "prospectus" in r:
            extra = f"; Hugo {r['hugo']['walls']}" if r.get("hugo") else ""
            lines.append(f"- {label(r)}: Prospectus {r['prospectus']['walls']}{extra}")
    shares = [(label(r), who, r[who]["others_share"]) for r in rows for who in ("prospectus", "hugo")
              if r.get(who) and "others_share" in r[who]]
    if shares:
        where_worst, who, worst = max(shares, key=lambda x: x[2])
        lines += ["", f"Other work on the machine during the timed runs (from /proc/stat: CPU used by other "
                  f"processes, plus hypervisor steal): at most {worst * 100:.0f}% of its CPU time, in a {who} "
                  f"run at {where_worst}." + (" Runs above 10% are disturbed: run the benchmark again on a quiet "
                                              "machine." if worst > 0.10 else "")]
    harness = [r[who]["harness_mb_max"] for r in rows for who in ("prospectus", "hugo") if r.get(who) and "harness_mb_max" in r[who]]
    if harness:
        lines += ["", f"Peak memory is the child's own maximum resident set (wait4), which on Linux starts from the "
                  f"harness's size at the fork: the harness stayed at {max(harness):.0f} MB at most."]
    lines += ["", "Columns: *pages* are the HTML files written; *output files* include the stylesheet/scripts and "
              "Prospectus's `.prospectus-output` marker. *CPU s* is user + system time of the process (the "
              "builds are parallel, so CPU s > wall s means several cores were busy). Phase times come from "
              "`prospectus build --timings`. The floor is one `cmark --smart` process over every course body "
              "(front matter stripped beforehand) plus `cp -r` of the Prospectus output to a fresh folder, on the "
              "same storage."]
    return "\n".join(lines) + "\n"
