#!/usr/bin/env bash
# Kill builds mid-way and check that publishing is atomic.
#
#   scripts/kill-mid-build.sh            full run: a 3,000-course build killed at 50, 150 and 400 ms,
#                                        at moments spread over the whole build and past its end, and
#                                        at moments inside the write phase, with SIGKILL, SIGINT and SIGTERM
#   scripts/kill-mid-build.sh --quick    short run for `make test`: 400 courses, fewer moments
#
# The binary is $PROSPECTUS when set (make passes .build/release/prospectus); otherwise it is built
# in release mode into ${SCRATCH:-.build}.
#
# Before every kill the output folder holds a published site (Small). After the kill it must be,
# byte for byte, either that site or the complete new one (Big built over Small, when the kill came
# after the swap): never anything in between. The next build must succeed and leave no
# .Output.staging-* or .Output.old-* folder. While all this runs, a reader polls the output folder
# and must always find a complete site (index.html and the marker). Last, builds started at once
# into the same folder must both succeed (the second waits for the first: the output folder's lock,
# a flock on the folder that holds Output/) and leave one complete site.
#
# A site's bytes depend on the site it replaces (changes.json, What's new), so the references are
# built the same way: Small into an empty folder, Big over Small, Small over Big over Small.
set -euo pipefail
cd "$(dirname "$0")/.."

QUICK=0
[ "${1:-}" = "--quick" ] && QUICK=1
if [ "$QUICK" = 1 ]; then
    COURSES=${KILL_COURSES:-400}; SPREAD=${KILL_SPREAD:-6}; IN_WRITE=${KILL_IN_WRITE:-4}; RACES=${KILL_RACES:-3}
else
    COURSES=${KILL_COURSES:-3000}; SPREAD=${KILL_SPREAD:-16}; IN_WRITE=${KILL_IN_WRITE:-10}; RACES=${KILL_RACES:-8}
fi

if [ -z "${PROSPECTUS:-}" ]; then
    SCRATCH=${SCRATCH:-.build}
    swift build -c release --product prospectus --scratch-path "$SCRATCH" >&2
    PROSPECTUS="$SCRATCH/release/prospectus"
fi
PROSPECTUS=$(cd "$(dirname "$PROSPECTUS")" && pwd)/$(basename "$PROSPECTUS")
THEME=$PWD/Theme
export SOURCE_DATE_EPOCH=1790000000

WORK=$(mktemp -d "${TMPDIR:-/tmp}/prospectus-kill.XXXXXX")
READER_PID=""
cleanup() {
    if [ -n "$READER_PID" ]; then kill "$READER_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
SITE=$WORK/site
OUT=$SITE/Output

python3 bench/generate.py --courses 40 --out "$WORK/Small" 2>/dev/null
python3 bench/generate.py --courses "$COURSES" --out "$WORK/Big" 2>/dev/null

# A digest of a whole folder: every file's path and bytes (hidden files included), nothing else.
digest() {
    (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-64)
}
leftovers() {
    find "$SITE" -mindepth 1 -maxdepth 1 \( -name '.Output.staging-*' -o -name '.Output.old-*' \) | wc -l
}
build() {  # build CONTENT OUTPUT [extra options]
    local content=$1 output=$2
    shift 2
    "$PROSPECTUS" build --content "$content" --theme "$THEME" --output "$output" "$@" >"$WORK/build.log" 2>&1
}
fail() { echo "kill-mid-build: FAIL: $*" >&2; exit 1; }
now_ms() { date +%s%3N; }
# The previous site, fresh: the output folder holds Small, built into an empty folder. The old
# folder is renamed away first (one step), so the reader never sees a folder half deleted.
reset_site() {
    if [ -d "$SITE" ]; then mv "$SITE" "$WORK/trash.$RANDOM$RANDOM"; fi
    build "$WORK/Small" "$OUT" || fail "building the previous site failed: $(tail -3 "$WORK/build.log")"
    rm -rf "$WORK"/trash.*
}

# A reader that checks, as often as it can, that the output folder is a complete site.
python3 - "$OUT" "$WORK/reader.txt" <<'PY' &
import os, signal, sys, time
out, report = sys.argv[1], sys.argv[2]
checks = misses = 0
running = True
def stop(*_):
    global running
    running = False
signal.signal(signal.SIGTERM, stop)
while running:
    checks += 1
    time.sleep(0.0005)
    if not (os.path.isfile(os.path.join(out, "index.html")) and os.path.isfile(os.path.join(out, ".prospectus-output"))):
        # Between two kills the script renames the whole folder away and builds a fresh one: only
        # a folder that is there but incomplete is a miss.
        if os.path.isdir(out) and not (os.path.isfile(os.path.join(out, "index.html")) and os.path.isfile(os.path.join(out, ".prospectus-output"))):
            misses += 1
with open(report, "w") as f:
    f.write(f"{checks} {misses}\n")
PY
READER_PID=$!

# References (built while the reader runs, so that timings match the killed builds).
build "$WORK/Small" "$WORK/ref/Small/Output" || fail "the small reference build failed: $(tail -3 "$WORK/build.log")"
build "$WORK/Small" "$WORK/ref/Big/Output" || fail "the reference build failed"
start=$(now_ms)
build "$WORK/Big" "$WORK/ref/Big/Output" --timings || fail "the big reference build failed: $(tail -3 "$WORK/build.log")"
BIG_MS=$(( $(now_ms) - start ))
# Where the write phase starts and how long it lasts, from --timings ("  write    808.5 ms").
read -r WRITE_START WRITE_MS < <(awk '$2 ~ /^[0-9.]+$/ && $3 == "ms" { if ($1 == "write") w = $2; else before += $2 }
    END { printf "%d %d\n", before, w }' "$WORK/build.log")
cp -R "$WORK/ref/Big" "$WORK/ref/SmallAfterBig"
build "$WORK/Small" "$WORK/ref/SmallAfterBig/Output" || fail "the reference build failed"
SMALL=$(digest "$WORK/ref/Small/Output")
BIG=$(digest "$WORK/ref/Big/Output")
SMALL_AFTER_BIG=$(digest "$WORK/ref/SmallAfterBig/Output")
FILES=$(find "$WORK/ref/Big/Output" -type f | wc -l)
echo "kill-mid-build: $COURSES courses, $FILES files; a full build takes ${BIG_MS} ms, writing from about ${WRITE_START} ms for ${WRITE_MS} ms"

reset_site
[ "$(digest "$OUT")" = "$SMALL" ] || fail "a build into an empty folder differs from the reference"


kills=0; before_swap=0; after_swap=0; with_leftovers=0
kill_at() {  # kill_at DELAY_MS SIGNAL [writing]: DELAY_MS after the start, or after the staging folder appears
    local delay=$1 signal=$2 when=${3:-start}
    reset_site
    # Background jobs of a script ignore SIGINT unless told otherwise.
    env --default-signal=INT,TERM "$PROSPECTUS" build --content "$WORK/Big" --theme "$THEME" --output "$OUT" >"$WORK/killed.log" 2>&1 &
    local pid=$!
    if [ "$when" = writing ]; then
        while ! compgen -G "$SITE/.Output.staging-*" >/dev/null && kill -0 "$pid" 2>/dev/null; do sleep 0.001; done
    fi
    sleep "$(awk "BEGIN { printf \"%.3f\", $delay / 1000 }")"
    kill -s "$signal" "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    kills=$((kills + 1))
    local found state expected
    found=$(digest "$OUT")
    if [ "$found" = "$SMALL" ]; then
        before_swap=$((before_swap + 1)); state="previous site intact"; expected=$SMALL
    elif [ "$found" = "$BIG" ]; then
        after_swap=$((after_swap + 1)); state="new site complete (the build had swapped)"; expected=$SMALL_AFTER_BIG
    else
        echo "differences from the previous site:" >&2; diff -rq "$WORK/ref/Small/Output" "$OUT" | head -5 >&2 || true
        echo "differences from the new site:" >&2; diff -rq "$WORK/ref/Big/Output" "$OUT" | head -5 >&2 || true
        tail -3 "$WORK/killed.log" >&2
        fail "after SIG$signal at ${delay} ms the output is neither the previous site nor the new one"
    fi
    local left
    left=$(leftovers)
    [ "$left" -gt 0 ] && with_leftovers=$((with_leftovers + 1))
    # The next build succeeds, publishes exactly what it should, and cleans up.
    build "$WORK/Small" "$OUT" || fail "the build after SIG$signal at ${delay} ms failed: $(tail -3 "$WORK/build.log")"
    [ "$(digest "$OUT")" = "$expected" ] || fail "the build after SIG$signal at ${delay} ms published something else"
    [ "$(leftovers)" = 0 ] || fail "the build after SIG$signal at ${delay} ms left staging or old folders: $(ls -a "$SITE")"
    printf '  SIG%-4s %5d ms after the %-13s %s, %d leftover folder(s); the next build succeeded and cleaned up\n' \
        "$signal" "$delay" "$([ "$when" = writing ] && echo 'write began:' || echo 'start:')" "$state" "$left"
}

signals=(KILL INT TERM)
for delay in 50 150 400; do
    for signal in KILL INT; do kill_at "$delay" "$signal"; done
done
# Moments spread over the whole build and a little past its end.
for step in $(seq 1 "$SPREAD"); do
    kill_at $(( BIG_MS * step * 12 / (SPREAD * 10) )) "${signals[$((step % 3))]}"
done
# Moments inside the write phase, timed from the moment the staging folder appears, through the
# swap and a little past it.
for step in $(seq 0 $((IN_WRITE - 1))); do
    kill_at $(( (WRITE_MS + 20) * step * 12 / (IN_WRITE * 10) )) "${signals[$((step % 3))]}" writing
done

# Builds started at once, or a moment apart, into the same folder: both must succeed, and one
# complete site must remain.
SMALL_AFTER_SMALL=$SMALL
waited=0
for race in $(seq 1 "$RACES"); do
    reset_site
    "$PROSPECTUS" build --content "$WORK/Big" --theme "$THEME" --output "$OUT" >"$WORK/a.log" 2>&1 & a=$!
    sleep "$(awk "BEGIN { printf \"%.3f\", $BIG_MS * ($race - 1) / ($RACES * 1000) }")"
    "$PROSPECTUS" build --content "$WORK/Small" --theme "$THEME" --output "$OUT" >"$WORK/b.log" 2>&1 & b=$!
    ra=0; rb=0; wait "$a" || ra=$?; wait "$b" || rb=$?
    found=$(digest "$OUT")
    case "$found" in
        "$SMALL_AFTER_SMALL"|"$BIG"|"$SMALL_AFTER_BIG") ;;
        *) fail "two builds at once left a site that is none of the complete ones (exit codes $ra and $rb)" ;;
    esac
    [ "$ra" = 0 ] && [ "$rb" = 0 ] || fail "two builds at once: exit codes $ra and $rb: $(grep -h -m1 'error:' "$WORK/a.log" "$WORK/b.log" | cut -c1-140)"
    [ "$(leftovers)" = 0 ] || fail "two builds at once left staging folders"
    note=""
    if grep -q "Waiting for another build" "$WORK/a.log" "$WORK/b.log"; then note=" (one waited for the other)"; waited=$((waited + 1)); fi
    echo "  race $race: both succeeded, one complete site remained$note"
done

kill -TERM "$READER_PID" 2>/dev/null || true
wait "$READER_PID" 2>/dev/null || true
READER_PID=""
read -r checks misses < "$WORK/reader.txt" || { checks=0; misses=0; }
[ "$misses" = 0 ] || fail "a reader found the output folder incomplete $misses times in $checks checks"
echo "kill-mid-build: $RACES races of two builds, all both succeeded ($waited with one waiting for the other)"
echo "kill-mid-build: $kills kills ($before_swap before the swap: previous site intact; $after_swap after: new site complete);" \
     "$with_leftovers left staging folders, all removed by the next build; reader: $checks checks, $misses incomplete"
echo "kill-mid-build: OK"
