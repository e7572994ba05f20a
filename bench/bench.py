#!/usr/bin/env python3
"""Benchmark driver behind bench/run and `make bench` (Python 3 standard library only).

For each N: generate a synthetic content folder (not timed) and check it with
`prospectus check --strict`; then time, in REPS rounds that each go through every N in turn
(medians reported):
  - Prospectus: a full build into a new, empty folder;
  - Hugo: the equivalent site of bench/hugo/ (`hugo --quiet -s SITE -d OUT`), into a new folder
    with no resources cache;
  - the floor: the `cmark` CLI over every course body (front matter stripped beforehand, not
    timed) plus `cp -r` of the Prospectus output into a fresh folder.
Everything is written to a RAM disk by default (/dev/shm when it is a tmpfs), so neither
generator's figures depend on how much it writes to a disk; --disk DIR measures on a disk instead,
--also-disk DIR on both in one run. Every timed command starts after a sync(), so none pays for
writing back the one before it; on a disk, previous outputs are moved aside, not deleted, and the
run first waits for the file system to settle (see measure.Scratch). The sample site (Content/) is
timed the same way. Wall time is measured around the child process; CPU time (user + system) and
peak RSS come from wait4()'s rusage of that child; the CPU the rest of the machine used meanwhile
comes from /proc/stat, so a run disturbed by other work shows in the report.

Then, from the built output, the page weight (bench/weight.py), and, after every build round,
the edit times and peak memory of `prospectus serve` (bench/serve-edit.py) at each N.
The report, ready for the README: bench/out/results.md (and results.json).
"""

import argparse
import datetime
import importlib.util
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True   # no __pycache__ in bench/
import hugo_site  # noqa: E402
import report  # noqa: E402
import weight  # noqa: E402
from measure import (SCRATCH, can_run_programs, describe_storage, disturbance, is_ram_disk,  # noqa: E402
                     keep_summary, log, median_run, new_scratch, run_rusage, tree_stats)

_spec = importlib.util.spec_from_file_location("serve_edit", os.path.join(HERE, "serve-edit.py"))
serve_edit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(serve_edit)

PHASES = ["load", "theme", "plan", "cards", "render and export", "write"]   # the usual order; others are appended
TODAY = datetime.date(2026, 11, 15)   # "today" for both generators: some sessions past, most to come
SOURCE_DATE_EPOCH = int(datetime.datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=datetime.timezone.utc).timestamp())
SNAPSHOTS = []   # the binary's copy, deleted at the end (beside the binary when the scratch is noexec)
MB_PER_COURSE = 0.13   # scratch space a course needs: content, both outputs, the floor's copy (about)


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
        SCRATCH.retire(self.out)           # every run is a full build into a new folder
        r = run_rusage(self.argv_base + ["--output", self.out, "--timings"], env=self.env)
        if r["rc"] != 0:
            raise RuntimeError(f"prospectus build failed (exit {r['rc']}):\n{r['err'][-3000:]}")
        timings = list(re.finditer(r"^\s+(\w[\w ]*?)\s+([\d.]+) ms(?:\s+\(processor\s+([\d.]+) ms\))?$", r["err"], re.M))
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
        self.cache = os.path.join(work, "hugo-cache")   # on the same storage, not $TMPDIR's hugo_cache
        hugo_site.prepare(content, self.site, theme=theme)
        self.env = dict(os.environ, HUGO_PARAMS_TODAY=TODAY.isoformat(), HUGO_CACHEDIR=self.cache)
        self.runs = []

    def once(self):
        SCRATCH.retire(self.out)
        SCRATCH.retire(self.cache)
        SCRATCH.retire(os.path.join(self.site, "resources"))
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
        SCRATCH.retire(self.copy)
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


def storages_from(args):
    """[(name, scratch folder)]: a RAM disk by default, a disk with --disk, both with --also-disk."""
    def on_disk(folder, flag):
        folder = os.path.abspath(folder)
        os.makedirs(folder, exist_ok=True)
        if is_ram_disk(folder):
            sys.exit(f"{flag} {folder}: that folder is on a RAM disk (tmpfs); give a folder on a real disk")
        return new_scratch("prospectus-bench", folder)
    if args.disk:
        return [("disk", on_disk(args.disk, "--disk"))]
    if args.work:
        ram = os.path.abspath(args.work)
        os.makedirs(ram, exist_ok=True)
    else:
        ram = new_scratch("prospectus-bench")
    first = [("tmpfs" if is_ram_disk(ram) else "disk", ram)]
    return first + ([("disk", on_disk(args.also_disk, "--also-disk"))] if args.also_disk else [])


def warn_if_small(storages, sizes):
    need = sum(n for n in sizes) * MB_PER_COURSE * 2**20
    for name, folder in storages:
        st = os.statvfs(folder)
        if st.f_bavail * st.f_frsize < need:
            log(f"warning: {folder} has {st.f_bavail * st.f_frsize / 2**30:.1f} GB free; these sizes need about "
                f"{need / 2**30:.1f} GB (a RAM disk's files take memory: fewer sizes, or --disk DIR)")


def generate(n, seed, content):
    t = time.perf_counter()
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--courses", str(n),
                    "--seed", str(seed), "--out", content], check=True)
    log(f"    generated {n} courses in {time.perf_counter() - t:.1f} s (not timed)")


def seed_history(binary, theme, content, scratch):
    """One untimed build, so the content holds the history of changes a site keeps between builds
    (content/history/): every timed build then finds one, as a real site's does, and the strict
    check has no missing history to warn about."""
    r = run_rusage([binary, "build", "--content", content, "--theme", theme, "--output", scratch],
                   env=dict(os.environ, SOURCE_DATE_EPOCH=str(SOURCE_DATE_EPOCH), NO_COLOR="1"))
    SCRATCH.retire(scratch)
    if r["rc"] != 0:
        raise RuntimeError(f"prospectus build failed (exit {r['rc']}):\n{r['err'][-3000:]}")


def serve_runs(args, binary, theme, contents, home):
    """Edit times and peak memory of `prospectus serve`, one size after another, on a copy of each size's content."""
    rows = []
    for n in args.serve_sizes:
        log(f"== serve: {n} courses, {args.edits} body, {args.edits} title and {args.edits} body edits saved by renaming")
        workdir = os.path.join(home, str(n), "serve")
        SCRATCH.retire(workdir)
        content = os.path.join(workdir, "Content")
        try:
            if n in contents:
                shutil.copytree(contents[n], content)
            else:
                generate(n, args.seed, content)
            row = dict(serve_edit.measure(binary, theme, content, args.edits, workdir), size=n)
            log(f"    first build {row['initial'] / 1000:.2f} s; body edit {statistics.median(row['served']['body'] or [0]):.0f} ms, "
                f"title edit {statistics.median(row['served']['title'] or [0]):.0f} ms (medians, save → page served); "
                f"peak {row.get('edits_peak_mb') or 0:.0f} MB after the edits, {row['peak_mb'] or 0:.0f} MB with every export")
        except Exception as error:
            row = {"size": n, "error": str(error).splitlines()[0] if str(error) else type(error).__name__}
            log(f"    FAILED: {error}")
        rows.append(row)
        SCRATCH.retire(workdir)
    return rows


def serve_lines(serve):
    return serve_edit.table(serve, label=lambda row: report.fmt_n(row["size"])) if serve else []


def main():
    parser = argparse.ArgumentParser(description="Benchmark Prospectus against Hugo and a cmark + cp floor, on a RAM disk "
                                     "by default; then page weight and edit times in serve. Report: bench/out/results.md.")
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 5000, 20000], help="numbers of courses (default 1000 5000 20000)")
    parser.add_argument("--reps", type=int, default=3, help="runs per measurement (default 3; the median is reported)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--work", help="scratch folder for content and outputs (default a new /dev/shm/prospectus-bench-XXXXXX "
                        "when /dev/shm is a tmpfs, else in $TMPDIR, with a note)")
    parser.add_argument("--disk", metavar="DIR", help="measure on a disk instead: scratch in DIR/prospectus-bench-XXXXXX (DIR on a real disk)")
    parser.add_argument("--also-disk", metavar="DIR", help="measure on the RAM disk and on a disk (DIR) in the same run, rows for both")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "prospectus"))
    parser.add_argument("--no-hugo", action="store_true", help="skip Hugo")
    parser.add_argument("--no-floor", action="store_true", help="skip the cmark + cp floor")
    parser.add_argument("--no-sample", action="store_true", help="skip the sample site (Content/)")
    parser.add_argument("--no-serve", action="store_true", help="skip the edit times in serve")
    parser.add_argument("--serve-sizes", type=int, nargs="*", help="sizes for the serve edits (default: the sizes built)")
    parser.add_argument("--edits", type=int, default=8, help="serve edits of each kind (body, title, body saved by renaming) per size (default 8)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder afterwards")
    parser.add_argument("--settle", type=float,
                        help="seconds to wait after syncing, before timing anything (default 61 when measuring on a disk, "
                             "up to 370 after deleting many files: see measure.Scratch; 0 on a RAM disk)")
    parser.add_argument("--results", default=os.path.join(HERE, "out", "results.md"))
    parser.add_argument("--from-json", metavar="RESULTS_JSON", help="only rewrite the report from a saved results.json")
    args = parser.parse_args()

    if args.from_json:
        with open(args.from_json, encoding="utf-8") as f:
            saved = json.load(f)
        text = report.report(saved["rows"], saved["meta"], serve_lines(saved.get("serve")), saved.get("serve"))
        with open(args.results, "w", encoding="utf-8") as f:
            f.write(text)
        print(text)
        return 0

    if args.disk and args.also_disk:
        sys.exit("--disk measures on a disk only, --also-disk on a RAM disk and a disk: give one of them")
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"{args.binary} not found: build it first (make build, or make bench)")
    if args.serve_sizes is None:
        args.serve_sizes = [] if args.no_serve else list(args.sizes)
    elif args.no_serve:
        args.serve_sizes = []
    storages = storages_from(args)
    # Stopped with kill (SIGTERM) as with Ctrl-C: the servers stop and the scratch folders go (below).
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    try:
        return measure_all(args, storages)
    finally:
        # Also after a failure or Ctrl-C: on a RAM disk, what is left holds memory until deleted.
        log("deleting the outputs of every run…")
        SCRATCH.delete_retired()
        for path in SNAPSHOTS:
            if os.path.exists(path):
                os.remove(path)
        if not args.keep:
            for _, folder in storages:
                shutil.rmtree(folder, ignore_errors=True)


def measure_all(args, storages):
    """Everything but the scratch folders' deletion: prepare, time the rounds, serve, report."""
    if args.settle is None:
        args.settle = 61 if any(name == "disk" for name, _ in storages) else 0
    home = storages[0][1]
    for _, folder in storages:
        os.makedirs(folder, exist_ok=True)
        log(f"scratch: {describe_storage(folder)}")
    warn_if_small(storages, list(args.sizes) + list(args.serve_sizes))
    meta = report.machine_meta(args.binary, args, [[name, describe_storage(folder)] for name, folder in storages])
    meta["today"] = TODAY.isoformat()
    # Snapshot the binary and the theme, so a rebuild or a theme edit during a long run cannot mix
    # two versions in one table.
    binary = os.path.join(home if can_run_programs(home) else os.path.dirname(os.path.abspath(args.binary)),
                          f"prospectus-bench-{os.getpid()}")
    shutil.copy2(args.binary, binary)
    SNAPSHOTS.append(binary)
    theme = os.path.join(home, "Theme")
    shutil.rmtree(theme, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "Theme"), theme)
    # On a disk, files deleted shortly before (by this machine's other jobs, or a previous benchmark's
    # clean-up) make creating files slow for a while (see measure.Scratch): write them back, then wait
    # out the kernel's minimum window (60 s for clean inode tables) so every contender starts alike.
    if args.settle > 0:
        log(f"syncing and waiting {args.settle:.0f} s for the file system to settle…")
        os.sync()
        time.sleep(args.settle)
    rows, serve = [], []
    jobs = ([] if args.no_sample else [("sample", os.path.join(ROOT, "Content"))]) + [(n, None) for n in args.sizes]
    contents, checks = {}, {}
    contenders = {}   # id(row) -> {"prospectus": ProspectusBench, "hugo": HugoBench, "floor": FloorBench}

    def save():
        # After every round, so a long run leaves partial results behind.
        meta["load_end"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
        text = report.report(rows, meta, serve_lines(serve), serve)
        os.makedirs(os.path.dirname(args.results), exist_ok=True)
        with open(args.results, "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.splitext(args.results)[0] + ".json", "w", encoding="utf-8") as f:
            json.dump({"meta": meta, "rows": rows, "serve": serve}, f, indent=1, default=str)
        return text

    def failed(row, error):   # keep going: report what failed in the table
        row["error"] = str(error).splitlines()[0] if str(error) else type(error).__name__
        log(f"    FAILED: {error}")
        contenders.pop(id(row), None)

    # Untimed: content and its strict check for every size; the Hugo site and the floor's bodies for
    # every size on every storage.
    for storage, folder in storages:
        for n, content in jobs:
            row = {"n": n, "storage": storage}
            rows.append(row)
            work = os.path.join(folder, str(n))
            os.makedirs(work, exist_ok=True)
            log(f"== preparing {n} ({storage})")
            try:
                if n not in contents:
                    # A copy even of the sample, whose builds would otherwise write to Content/history.
                    copy = os.path.join(home, str(n), "content")
                    if content is None:
                        generate(n, args.seed, copy)
                    else:
                        shutil.copytree(content, copy)
                        # The sample's made-up form downloads, where its site.yml finds them
                        # (report.exports: ../examples/form-downloads), so its check stays clean.
                        downloads = os.path.join(ROOT, "examples", "form-downloads")
                        if os.path.isdir(downloads):
                            shutil.copytree(downloads, os.path.join(home, str(n), "examples", "form-downloads"))
                    seed_history(binary, theme, copy, os.path.join(home, str(n), "history-seed"))
                    contents[n] = copy
                    checks[n] = strict_check(binary, theme, copy)
                    log(f"    strict check: {checks[n]['summary']} ({checks[n]['wall']:.2f} s)")
                    if not checks[n]["ok"]:
                        log(checks[n]["output"])
                row["check"] = {k: v for k, v in checks[n].items() if k != "output"}
                prospectus = ProspectusBench(binary, theme, contents[n], work)
                contenders[id(row)] = {"prospectus": prospectus}
                if not args.no_hugo:
                    contenders[id(row)]["hugo"] = HugoBench(theme, contents[n], work)
                if not args.no_floor:
                    contenders[id(row)]["floor"] = FloorBench(contents[n], prospectus.out, work)
            except Exception as error:
                failed(row, error)
    # Files written while preparing were never deleted, so no settling is needed here (see measure.Scratch).
    text = save()
    for round_number in range(1, args.reps + 1):
        for row in rows:
            if id(row) not in contenders:
                continue
            log(f"== round {round_number} of {args.reps}: {row['n']} ({row['storage']})")
            try:
                for name, contender in contenders[id(row)].items():
                    contender.once()
                    row[name] = contender.summary()
                if "weight" not in row and row["storage"] == storages[0][0]:
                    row["weight"] = weight.page_weight(contenders[id(row)]["prospectus"].out)
            except Exception as error:
                failed(row, error)
        text = save()
    for row in rows:
        if id(row) in contenders and row.get("floor"):
            floor = row["floor"]
            log(f"    {row['n']} ({row['storage']}): floor cmark {floor['cmark']:.2f} s + cp -r {floor['copy']:.2f} s (medians)")
    # The serve edits come after every build round, so a server's first build never overlaps a timed one.
    serve.extend(serve_runs(args, binary, theme, contents, home))
    text = save()
    print(text)
    log(f"results written to {os.path.relpath(args.results)}")
    bad = any("error" in r or not r.get("check", {}).get("ok", True) for r in rows) or any("error" in r for r in serve)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
