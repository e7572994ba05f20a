"""Measuring child processes, and the scratch storage they write to (for bench/bench.py and
bench/serve-edit.py; Python 3 standard library only)."""

import os
import selectors
import shutil
import statistics
import sys
import tempfile
import time


def log(message):
    print(message, file=sys.stderr, flush=True)


def maxrss_mb(usage):
    """ru_maxrss in MB: kilobytes on Linux, bytes on macOS."""
    return usage.ru_maxrss / (1024.0 * 1024.0 if sys.platform == "darwin" else 1024.0)


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
        "rss_mb": maxrss_mb(usage),
        "rc": os.waitstatus_to_exitcode(status),
        "out": b"".join(chunks["out"]).decode("utf-8", "replace"),
        "err": b"".join(chunks["err"]).decode("utf-8", "replace"),
    }


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


def tree_stats(folder):
    files = html = size = 0
    for dirpath, _, filenames in os.walk(folder):
        for name in filenames:
            files += 1
            html += name.endswith(".html")
            size += os.path.getsize(os.path.join(dirpath, name))
    return {"files": files, "html": html, "bytes": size}


# --- where the scratch files go --------------------------------------------------------------------

def _mount(path):
    """(type, options) of the file system holding path, from /proc/mounts; (None, set()) when unknown."""
    try:
        with open("/proc/mounts") as f:
            mounts = [line.split() for line in f]
    except OSError:
        return None, set()
    real = os.path.realpath(path)
    best, found = "", (None, set())
    for fields in mounts:
        if len(fields) < 4:
            continue
        point = fields[1].replace("\\040", " ")
        inside = real == point or real.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, found = point, (fields[2], set(fields[3].split(",")))
    return found


def fs_type(path):
    """The type of the file system holding path ('tmpfs', 'ext4'…); None when unknown."""
    return _mount(path)[0]


def can_run_programs(path):
    """False when the file system holding path is mounted noexec (some systems' /dev/shm)."""
    return "noexec" not in _mount(path)[1]


def is_ram_disk(path):
    return fs_type(path) in ("tmpfs", "ramfs")


def new_scratch(name, parent=None):
    """A new scratch folder (NAME-XXXXXX, so runs side by side never share one) in parent, or by
    default on a RAM disk: in /dev/shm when it is a tmpfs, else in $TMPDIR with a note (a RAM disk
    makes both generators' writes cost alike; a disk favours whichever writes less)."""
    if parent is None:
        if os.path.isdir("/dev/shm") and is_ram_disk("/dev/shm") and os.access("/dev/shm", os.W_OK):
            parent = "/dev/shm"
        else:
            parent = tempfile.gettempdir()
            log(f"note: /dev/shm is not a writable tmpfs here; working in {parent} "
                f"({fs_type(parent) or 'file system unknown'}), so the figures include that file system's costs")
    os.makedirs(parent, exist_ok=True)
    return tempfile.mkdtemp(prefix=name + "-", dir=parent)


def describe_storage(path):
    """'/dev/shm/prospectus-bench-x1y2z3 (tmpfs)' for the report."""
    return f"{path} ({fs_type(path) or 'file system unknown'})"


class Scratch:
    """Previous outputs are removed before a run writes a new one: on a RAM disk at once; on a disk
    they are moved aside, never deleted, until the whole run is over.

    On an ext4 file system without a journal (this project's machine's root: /proc/fs/jbd2 is
    empty) the kernel skips, one by one, inodes deleted in the last minute (six while their inode
    table is not yet written back) when it allocates a new one (ext4's recently_deleted()), so
    creating files right after deleting a large tree costs up to 8x more system time: `cp -r` of a
    17,000-file site took 0.65 s on a quiet disk and 5.1 s just after deleting a copy of it.
    Deleting between runs would measure that rather than the generators. Every contender is treated
    the same way; the retired trees are deleted once, at the end. A tmpfs has no such cost, and
    keeping every run's output there would hold gigabytes of memory."""

    def __init__(self):
        self.retired = []

    def retire(self, path):
        if not os.path.lexists(path):
            return
        if is_ram_disk(path):
            shutil.rmtree(path)
            return
        bin_dir = os.path.join(os.path.dirname(os.path.abspath(path)), ".retired")
        os.makedirs(bin_dir, exist_ok=True)
        target = os.path.join(bin_dir, f"{os.path.basename(path)}-{os.getpid()}-{len(self.retired)}")
        os.rename(path, target)
        self.retired.append(target)

    def delete_retired(self):
        for path in self.retired:
            shutil.rmtree(path, ignore_errors=True)
        self.retired.clear()


SCRATCH = Scratch()
