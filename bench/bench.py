#!/usr/bin/env python3
"""Benchmark driver behind bench/run (Python 3 standard library only).

For each N: generate a synthetic content folder (not timed) and check it with
`prospectus check --strict`; then time, in REPS rounds that each go through every N in turn
(medians reported):
  - Prospectus: a full build into a new, empty folder;
  - Hugo: the equivalent site of bench/hugo/ (`hugo --quiet -s SITE -d OUT`), into a new folder
    with no resources cache;
  - the floor: the `cmark` CLI over every course body (front matter stripped beforehand, not
    timed) plus `cp -r` of the Prospectus output into a fresh folder.
Previous outputs are moved aside, not deleted (see retire()), and every timed command starts after
a sync(), so none pays for writing back the one before it. The sample site (Content/) is timed the
same way. Wall time is measured around the child process; CPU time (user + system) and peak RSS
come from wait4()'s rusage of that child; the CPU the rest of the machine used meanwhile comes from
/proc/stat, so a run disturbed by other work shows in the report.
"""

import argparse
import datetime
import json
import os
import platform
import re
import selectors
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True   # no __pycache__ in bench/
import hugo_site  # noqa: E402

PHASES = ["load", "theme", "plan", "render", "export", "write"]   # the usual order; others are appended
TODAY = datetime.date(2026, 11, 15)   # "today" for both generators: some sessions past, most to come
SOURCE_DATE_EPOCH = int(datetime.datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=datetime.timezone.utc).timestamp())


def log(message):
    print(message, file=sys.stderr, flush=True)


def machine_cpu_seconds():
    """(busy, steal) CPU seconds of the whole machine since boot, from /proc/stat's first line."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    # user nice system idle iowait irq softirq steal guest guest_nice (guest time is inside user)
    busy = sum(fields[i] for i in (0, 1, 2, 5, 6) if i < len(fields))
    steal = fields[7] if len(fields) > 7 else 0
    hz = os.sysconf("SC_CLK_TCK")
    return busy / hz, steal / hz


def own_rss_mb():
    """This process's resident memory now, in MB (None when /proc is unreadable)."""
    try:
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) / 1024.0 for line in f if line.startswith("VmRSS:"))
    except (OSError, StopIteration, ValueError):
        return None


def keep_summary(run):
    """A run without its output text, which is parsed at once: kept, a 20,000-body cmark output
    (hundreds of MB) would swell the harness, and with it every later child's peak memory."""
    return {k: v for k, v in run.items() if k not in ("out", "err")}


def run_rusage(argv, cwd=None, env=None, stdout_path=None):
    """Runs argv (fork/exec, so wait4() gives this child's own rusage); returns wall, cpu, rss_mb, rc, out, err.

    Starts with a sync(), untimed, so the child does not compete with writing back the files of
    the command before it (a 20,000-course site is 850 MB). Also returns `others`: the CPU seconds
    the rest of the machine used during the run, and `steal`, the time the hypervisor took."""
    os.sync()
    # ru_maxrss of a forked child starts from this process's own RSS at the fork, so the harness
    # must stay small (it keeps no command output: see keep_summary()); it is recorded to show it did.
    harness_mb = own_rss_mb()
    machine_before = machine_cpu_seconds()
    out_fd = os.open(stdout_path or os.devnull, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    err_r, err_w = os.pipe()
    if stdout_path is None:
        out_r, out_w = os.pipe()
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # child
        try:
            if cwd:
                os.chdir(cwd)
            os.dup2(out_w if stdout_path is None else out_fd, 1)
            os.dup2(err_w, 2)
            os.execvpe(argv[0], argv, env if env is not None else os.environ)
        finally:
            os._exit(127)
    os.close(err_w)
    os.close(out_fd)
    if stdout_path is None:
        os.close(out_w)
    chunks = {"out": [], "err": []}
    # Drain both pipes (outputs are small: summaries and timings) to avoid blocking the child.
    sel = selectors.DefaultSelector()
    sel.register(err_r, selectors.EVENT_READ, "err")
    if stdout_path is None:
        sel.register(out_r, selectors.EVENT_READ, "out")
    open_fds = len(sel.get_map())
    while open_fds:
        for key, _ in sel.select():
            data = os.read(key.fd, 65536)
            if data:
                chunks[key.data].append(data)
            else:
                sel.unregister(key.fd)
                os.close(key.fd)
                open_fds -= 1
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    machine_after = machine_cpu_seconds()
    others = steal = None
    if machine_before and machine_after:
        others = max(0.0, machine_after[0] - machine_before[0] - usage.ru_utime - usage.ru_stime)
        steal = machine_after[1] - machine_before[1]
    return {
        "harness_mb": harness_mb,
        "others": others,
        "steal": steal,
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "user": usage.ru_utime,
        "sys": usage.ru_stime,
        "rss_mb": usage.ru_maxrss / 1024.0,   # Linux: kilobytes
        "rc": os.waitstatus_to_exitcode(status),
        "out": b"".join(chunks["out"]).decode("utf-8", "replace"),
        "err": b"".join(chunks["err"]).decode("utf-8", "replace"),
    }


# Outputs are moved aside, never deleted, until the whole run is over. On an ext4 file system
# without a journal (this machine's root: /proc/fs/jbd2 is empty) the kernel skips, one by one,
# inodes deleted in the last minute (six while their inode table is not yet written back) when it
# allocates a new one (ext4's recently_deleted()),
# so creating files right after deleting a large tree costs up to 8x more system time: `cp -r` of a
# 17,000-file site took 0.65 s on a quiet disk and 5.1 s just after deleting a copy of it. Deleting
# between runs would measure that, growing with the number of files each tool writes and with how
# much the harness itself deleted just before, rather than the generators. Every contender is
# treated the same way; the retired trees are deleted once, at the end.
RETIRED = []


def retire(path):
    """Moves a previous output out of the way (same file system, so a rename) instead of deleting it."""
    if not os.path.lexists(path):
        return
    bin_dir = os.path.join(os.path.dirname(os.path.abspath(path)), ".retired")
    os.makedirs(bin_dir, exist_ok=True)
    target = os.path.join(bin_dir, f"{os.path.basename(path)}-{os.getpid()}-{len(RETIRED)}")
    os.rename(path, target)
    RETIRED.append(target)


def delete_retired():
    for path in RETIRED:
        shutil.rmtree(path, ignore_errors=True)
    RETIRED.clear()


def tree_stats(folder):
    files = html = size = 0
    for dirpath, _, filenames in os.walk(folder):
        for name in filenames:
            files += 1
            html += name.endswith(".html")
            size += os.path.getsize(os.path.join(dirpath, name))
    return {"files": files, "html": html, "bytes": size}


def disturbance(run):
    """", other processes 0.12 s CPU, steal 0.00 s" for a log line (empty when /proc/stat is unreadable)."""
    if run.get("others") is None:
        return ""
    harness = f", harness {run['harness_mb']:.0f} MB" if (run.get("harness_mb") or 0) > 100 else ""
    return f", other processes {run['others']:.2f} s CPU, steal {run['steal']:.2f} s{harness}"


def median_run(runs):
    """The run with the median wall time, plus the medians of every numeric measure."""
    ordered = sorted(runs, key=lambda r: r["wall"])
    result = dict(ordered[len(ordered) // 2])
    for key in ("wall", "cpu", "rss_mb"):
        if all(key in r for r in runs):
            result[key] = statistics.median(r[key] for r in runs)
    result["walls"] = [round(r["wall"], 3) for r in runs]
    if all(r.get("others") is not None for r in runs):
        # The share of the machine's other cores busy with other work, at worst, over these runs.
        cores = os.cpu_count() or 1
        result["others_share"] = max((r["others"] + r["steal"]) / (r["wall"] * cores) for r in runs)
    if all(r.get("harness_mb") is not None for r in runs):
        result["harness_mb_max"] = max(r["harness_mb"] for r in runs)
    return result


# --- the three contenders -----------------------------------------------------------------------
# Each is prepared once per size (untimed), then run once per round: the rounds go through every
# size in turn, so a machine that gets faster or slower during a long run (a shared host does)
# moves every size's figures alike instead of skewing the comparison between sizes.

class ProspectusBench:
    def __init__(self, binary, theme, content, work):
        self.argv_base = [binary, "build", "--content", content, "--theme", theme]
        self.out = os.path.join(work, "prospectus-out")
        self.env = dict(os.environ, SOURCE_DATE_EPOCH=str(SOURCE_DATE_EPOCH), NO_COLOR="1")
        self.runs = []

    def once(self):
        retire(self.out)           # every run is a full build into a new folder
        r = run_rusage(self.argv_base + ["--output", self.out, "--timings"], env=self.env)
        if r["rc"] != 0:
            raise RuntimeError(f"prospectus build failed (exit {r['rc']}):\n{r['err'][-3000:]}")
        timings = list(re.finditer(r"^\s+(\w+)\s+([\d.]+) ms(?:\s+\(processor\s+([\d.]+) ms\))?$", r["err"], re.M))
        r["phases"] = {m.group(1): float(m.group(2)) / 1000 for m in timings}
        r["phase_cpu"] = {m.group(1): float(m.group(3)) / 1000 for m in timings if m.group(3)}
        m = re.search(r"Built (\d+) pages \((\d+) files", r["out"])
        r["pages"], r["reported_files"] = (int(m.group(1)), int(m.group(2))) if m else (None, None)
        log(f"    prospectus run {len(self.runs) + 1}: {r['wall']:.2f} s wall, {r['cpu']:.2f} s CPU ({r['user']:.2f} user, {r['sys']:.2f} sys), {r['rss_mb']:.0f} MB{disturbance(r)}; "
            + " ".join(f"{k} {v * 1000:.0f}" for k, v in r["phases"].items()) + " ms")
        self.runs.append(keep_summary(r))

    def summary(self):
        result = median_run(self.runs)
        names = list(dict.fromkeys(list(self.runs[0]["phases"]) + PHASES))
        result["phases"] = {p: statistics.median(r["phases"].get(p, 0.0) for r in self.runs)
                            for p in names if any(p in r["phases"] for r in self.runs)}
        result.update(tree_stats(self.out))
        return result


class HugoBench:
    def __init__(self, theme, content, work):
        self.site, self.out = os.path.join(work, "hugo-site"), os.path.join(work, "hugo-out")
        hugo_site.prepare(content, self.site, theme=theme)
        self.env = dict(os.environ, HUGO_PARAMS_TODAY=TODAY.isoformat())
        self.runs = []

    def once(self):
        retire(self.out)
        retire(os.path.join(self.site, "resources"))
        r = run_rusage(["hugo", "--quiet", "-s", self.site, "-d", self.out], env=self.env)
        if r["rc"] != 0:
            raise RuntimeError(f"hugo failed (exit {r['rc']}):\n{r['err'][-3000:]}")
        log(f"    hugo run {len(self.runs) + 1}: {r['wall']:.2f} s wall, {r['cpu']:.2f} s CPU ({r['user']:.2f} user, {r['sys']:.2f} sys), {r['rss_mb']:.0f} MB{disturbance(r)}")
        self.runs.append(keep_summary(r))

    def summary(self):
        result = median_run(self.runs)
        result.update(tree_stats(self.out))
        return result


class FloorBench:
    """cmark over every course body + cp -r of the Prospectus output."""

    def __init__(self, content, prospectus_out, work):
        self.bodies = os.path.join(work, "bodies")
        self.prospectus_out, self.copy = prospectus_out, os.path.join(work, "floor-copy")
        shutil.rmtree(self.bodies, ignore_errors=True)
        os.makedirs(self.bodies)
        self.names = []
        for slug, path in hugo_site._markdown_files(os.path.join(content, "courses")):
            with open(path, encoding="utf-8-sig") as f:
                text = f.read().replace("\r\n", "\n")
            if text.startswith("---\n"):
                end = text.find("\n---", 4)
                text = text[text.index("\n", end + 1) + 1:] if end != -1 else text
            name = f"{len(self.names)}.md"
            with open(os.path.join(self.bodies, name), "w", encoding="utf-8") as f:
                f.write(text)
            self.names.append(name)
        self.cmark_runs, self.copy_runs = [], []

    def once(self):
        # One cmark process over every body (the CLI concatenates its files into one document: the
        # same parsing and rendering work without 20,000 process start-ups); --smart as Prospectus.
        cmark = run_rusage(["cmark", "--smart"] + self.names, cwd=self.bodies, stdout_path=os.devnull)
        retire(self.copy)
        copy = run_rusage(["cp", "-r", self.prospectus_out, self.copy])
        if cmark["rc"] or copy["rc"]:
            raise RuntimeError("the floor commands failed: " + cmark["err"] + copy["err"])
        self.cmark_runs.append(keep_summary(cmark))
        self.copy_runs.append(keep_summary(copy))
        log(f"    floor run {len(self.copy_runs)}: cmark {cmark['wall']:.2f} s + cp -r {copy['wall']:.2f} s over {len(self.names)} bodies")

    def summary(self):
        cmark_s = statistics.median(r["wall"] for r in self.cmark_runs)
        copy_s = statistics.median(r["wall"] for r in self.copy_runs)
        return {"cmark": cmark_s, "copy": copy_s, "wall": cmark_s + copy_s, "bodies": len(self.names)}


def strict_check(binary, theme, content):
    r = run_rusage([binary, "check", "--strict", "--content", content, "--theme", theme],
                   env=dict(os.environ, NO_COLOR="1"))
    summary = (r["out"] + r["err"]).strip().splitlines()
    last = next((line for line in reversed(summary) if "error" in line and "warning" in line), summary[-1] if summary else "")
    return {"ok": r["rc"] == 0, "summary": last, "wall": r["wall"], "output": (r["out"] + r["err"])[-4000:]}


# --- report ------------------------------------------------------------------------------------

def fmt_mb(n_bytes):
    return f"{n_bytes / 1e6:.1f}"


def report(rows, meta):
    lines = []
    lines.append(f"# Prospectus benchmark — {meta['date']}")
    lines.append("")
    lines.append(f"Machine: {meta['cpus']} CPUs ({meta['cpu_model']}), {meta['mem_gb']:.0f} GB RAM, {meta['system']}; "
                 f"load average at start {meta['load_start']}, at end {meta['load_end']}. "
                 f"{meta['hugo']}; {meta['cmark']}; prospectus binary built {meta['binary_mtime']}.")
    lines.append(f"Each figure is the median of {meta['reps']} runs, taken in rounds that go through every size in "
                 f"turn (so a change in the shared machine's speed during the run touches every size alike); every build is a full build into an empty "
                 f"folder, started after a sync so it does not pay for writing back the run before it. \"Today\" is {TODAY.isoformat()} for both generators. Synthetic content: bench/generate.py "
                 f"(seed {meta['seed']}), checked with `prospectus check --strict` first.")
    lines.append("")
    phase_names = list(dict.fromkeys(p for r in rows if "prospectus" in r for p in r["prospectus"]["phases"])) or PHASES
    base = next((r for r in rows if r["n"] == 1000 and "prospectus" in r), None) or \
        next((r for r in rows if isinstance(r["n"], int) and "prospectus" in r), None)
    lines.append("| N courses | pages | Prospectus wall s | CPU s | pages/s | peak MB | output files / MB | "
                 "phases s: " + " / ".join(phase_names) + " | Hugo wall s | Hugo CPU s | Hugo peak MB | "
                 "Hugo pages (files / MB) | Prospectus / Hugo wall (CPU) | floor s (cmark + cp) | Prospectus / floor | "
                 "time per course vs N=1000, wall (CPU) |")
    lines.append("|" + "---|" * 16)
    for r in rows:
        p, h, f = r.get("prospectus"), r.get("hugo"), r.get("floor")
        if p is None:
            lines.append(f"| {r['n']} | failed: {r.get('error', '?')} |" + " |" * 14)
            continue
        phases = " / ".join(f"{p['phases'].get(k, 0.0):.2f}" for k in phase_names)
        per_course = ""
        if isinstance(r["n"], int) and base:
            per_course = (f"{(p['wall'] / r['n']) / (base['prospectus']['wall'] / base['n']):.2f}× "
                          f"(CPU {(p['cpu'] / r['n']) / (base['prospectus']['cpu'] / base['n']):.2f}×)")
        hugo_cells = (f"{h['wall']:.2f} | {h['cpu']:.2f} | {h['rss_mb']:.0f} | {h['html']} ({h['files']} / {fmt_mb(h['bytes'])}) | "
                      f"{p['wall'] / h['wall']:.2f}× (CPU {p['cpu'] / h['cpu']:.2f}×)") if h else "– | – | – | – | –"
        floor_cells = (f"{f['wall']:.2f} ({f['cmark']:.2f} + {f['copy']:.2f}) | {p['wall'] / f['wall']:.1f}×") if f else "– | –"
        lines.append(f"| {r['label']} | {p['html']} | {p['wall']:.2f} | {p['cpu']:.2f} | {p['html'] / p['wall']:.0f} | "
                     f"{p['rss_mb']:.0f} | {p['files']} / {fmt_mb(p['bytes'])} | {phases} | {hugo_cells} | {floor_cells} | {per_course} |")
    lines.append("")
    lines.append("Individual wall times (s):")
    lines.append("")
    for r in rows:
        if "prospectus" in r:
            extra = f"; Hugo {r['hugo']['walls']}" if r.get("hugo") else ""
            lines.append(f"- {r['label']}: Prospectus {r['prospectus']['walls']}{extra}; "
                         f"strict check: {r['check']['summary']}")
    shares = [(r["label"], who, r[who]["others_share"]) for r in rows for who in ("prospectus", "hugo")
              if r.get(who) and "others_share" in r[who]]
    if shares:
        label, who, worst = max(shares, key=lambda x: x[2])
        lines.append("")
        lines.append(f"Other work on the machine during the timed runs (from /proc/stat: CPU used by other "
                     f"processes, plus hypervisor steal): at most {worst * 100:.0f}% of its CPU time, in a {who} "
                     f"run at {label}." + (" Runs above 10% are disturbed: run the benchmark again on a quiet "
                                          "machine." if worst > 0.10 else ""))
    harness = [r[who]["harness_mb_max"] for r in rows for who in ("prospectus", "hugo") if r.get(who) and "harness_mb_max" in r[who]]
    if harness:
        lines.append("")
        lines.append(f"Peak memory is the child's own maximum resident set (wait4), which on Linux starts from the "
                     f"harness's size at the fork: the harness stayed at {max(harness):.0f} MB at most.")
    lines.append("")
    lines.append("Columns: *pages* are the HTML files written; *output files* include the stylesheet/scripts and "
                 "Prospectus's `.prospectus-output` marker. *CPU s* is user + system time of the process (the "
                 "builds are parallel, so CPU s > wall s means several cores were busy). Phase times come from "
                 "`prospectus build --timings`. The floor is one `cmark --smart` process over every course body "
                 "(front matter stripped beforehand) plus `cp -r` of the Prospectus output to a fresh folder.")
    return "\n".join(lines) + "\n"


def machine_meta(binary, reps, seed):
    def first_line(argv):
        try:
            return subprocess.run(argv, capture_output=True, text=True).stdout.strip().splitlines()[0]
        except Exception:
            return "unknown"
    cpu_model = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            cpu_model = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except Exception:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {
        "date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "cpus": os.cpu_count(), "cpu_model": cpu_model, "mem_gb": mem,
        "system": f"{platform.system()} {platform.release()}",
        "hugo": first_line(["hugo", "version"]).split(" BuildDate")[0],
        "cmark": first_line(["cmark", "--version"]),
        "binary_mtime": datetime.datetime.fromtimestamp(os.path.getmtime(binary)).strftime("%Y-%m-%d %H:%M"),
        "load_start": " ".join(f"{x:.1f}" for x in os.getloadavg()),
        "reps": reps, "seed": seed,
    }


def main():
    parser = argparse.ArgumentParser(description="Benchmark Prospectus against Hugo and a cmark + cp floor.")
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 5000, 20000], help="numbers of courses (default 1000 5000 20000)")
    parser.add_argument("--reps", type=int, default=3, help="runs per measurement (default 3; the median is reported)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "prospectus-bench"),
                        help="scratch folder for content and outputs (default $TMPDIR/prospectus-bench)")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "prospectus"))
    parser.add_argument("--no-hugo", action="store_true", help="skip Hugo")
    parser.add_argument("--no-sample", action="store_true", help="skip the sample site (Content/)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder afterwards")
    parser.add_argument("--settle", type=float, default=61,
                        help="seconds to wait after syncing, before timing anything (default 61; up to 370 after deleting many files: see retire())")
    parser.add_argument("--results", default=os.path.join(HERE, "out", "results.md"))
    parser.add_argument("--from-json", metavar="RESULTS_JSON", help="only rewrite the report from a saved results.json")
    args = parser.parse_args()

    if args.from_json:
        with open(args.from_json, encoding="utf-8") as f:
            saved = json.load(f)
        text = report(saved["rows"], saved["meta"])
        with open(args.results, "w", encoding="utf-8") as f:
            f.write(text)
        print(text)
        return 0

    if not os.access(args.binary, os.X_OK):
        sys.exit(f"{args.binary} not found: build it first (make build, or make bench)")
    os.makedirs(args.work, exist_ok=True)
    meta = machine_meta(args.binary, args.reps, args.seed)
    # Snapshot the binary and the theme, so a rebuild or a theme edit during a long run cannot mix
    # two versions in one table.
    binary = os.path.join(args.work, "prospectus")
    shutil.copy2(args.binary, binary)
    theme = os.path.join(args.work, "Theme")
    shutil.rmtree(theme, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "Theme"), theme)
    # Files deleted shortly before (by this machine's other jobs, or a previous benchmark's clean-up)
    # make creating files slow for a while (see retire()): write them back, then wait out the
    # kernel's minimum window (60 s for clean inode tables) so every contender starts alike.
    if args.settle > 0:
        log(f"syncing and waiting {args.settle:.0f} s for the file system to settle…")
        os.sync()
        time.sleep(args.settle)
    rows = []
    jobs = ([] if args.no_sample else [("sample", os.path.join(ROOT, "Content"))]) + [(n, None) for n in args.sizes]
    contenders = {}   # label -> {"prospectus": ProspectusBench, "hugo": HugoBench, "floor": FloorBench}

    def save():
        # After every round, so a long run leaves partial results behind.
        meta["load_end"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
        text = report(rows, meta)
        os.makedirs(os.path.dirname(args.results), exist_ok=True)
        with open(args.results, "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.splitext(args.results)[0] + ".json", "w", encoding="utf-8") as f:
            json.dump({"meta": meta, "rows": rows}, f, indent=1, default=str)
        return text

    def failed(row, error):   # keep going: report what failed in the table
        row["error"] = str(error).splitlines()[0] if str(error) else type(error).__name__
        log(f"    FAILED: {error}")
        contenders.pop(row["label"], None)

    # Untimed: content, its strict check, the Hugo site and the floor's bodies, for every size.
    for n, content in jobs:
        label = "sample (Content/)" if n == "sample" else str(n)
        row = {"n": n, "label": label}
        rows.append(row)
        work = os.path.join(args.work, str(n))
        os.makedirs(work, exist_ok=True)
        log(f"== preparing {label}")
        try:
            if content is None:
                content = os.path.join(work, "content")
                t = time.perf_counter()
                subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--courses", str(n),
                                "--seed", str(args.seed), "--out", content], check=True)
                log(f"    generated in {time.perf_counter() - t:.1f} s (not timed)")
            row["check"] = strict_check(binary, theme, content)
            log(f"    strict check: {row['check']['summary']} ({row['check']['wall']:.2f} s)")
            if not row["check"]["ok"]:
                log(row["check"]["output"])
            prospectus = ProspectusBench(binary, theme, content, work)
            contenders[label] = {"prospectus": prospectus}
            if not args.no_hugo:
                contenders[label]["hugo"] = HugoBench(theme, content, work)
            contenders[label]["floor"] = FloorBench(content, prospectus.out, work)
        except Exception as error:
            failed(row, error)
    # Files written while preparing were never deleted, so no settling is needed here (see retire()).
    text = save()
    for round_number in range(1, args.reps + 1):
        for row in rows:
            if row["label"] not in contenders:
                continue
            log(f"== round {round_number} of {args.reps}: {row['label']}")
            try:
                for name, contender in contenders[row["label"]].items():
                    contender.once()
                    row[name] = contender.summary()
            except Exception as error:
                failed(row, error)
        text = save()
    for row in rows:
        if row["label"] in contenders:
            floor = row.get("floor", {})
            log(f"    {row['label']}: floor cmark {floor.get('cmark', 0):.2f} s + cp -r {floor.get('copy', 0):.2f} s (medians)")
    if not args.keep:
        for n, _ in jobs:
            retire(os.path.join(args.work, str(n)))
    print(text)
    log("deleting the outputs of every run…")
    delete_retired()
    if not args.keep:
        shutil.rmtree(args.work, ignore_errors=True)
    log(f"results written to {os.path.relpath(args.results)}")
    return 1 if any("error" in r or not r.get("check", {}).get("ok", True) for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
