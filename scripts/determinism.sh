#!/usr/bin/env bash
# Builds the same content twice in different environments and compares the two sites byte for byte.
#
#   scripts/determinism.sh            the sample Content/, the hostile fixture and a generated 1,000-course offer
#   scripts/determinism.sh --quick    short run for `make test`: the same with a 150-course offer
#
# The binary is $PROSPECTUS when set (make passes .build/release/prospectus); otherwise it is built
# in release mode into ${SCRATCH:-.build}.
#
# Build A: TZ=Pacific/Auckland, LANG=C, from the repository, content given as a relative path.
# Build B: TZ=America/Los_Angeles, LC_ALL=fr_FR.UTF-8, SWIFT_DETERMINISTIC_HASHING=1 (A's hash seed is
#          random), on one CPU (taskset), from another folder, content given as an absolute path.
# Both with the same SOURCE_DATE_EPOCH, then both with it unset (today from the clock, taken in the
# site's time zone, not the machine's). Each build goes into a new, empty folder: a site also
# depends on the site it replaces (changes.json), which is the same (none) for both.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

QUICK=0
[ "${1:-}" = "--quick" ] && QUICK=1
COURSES=${DETERMINISM_COURSES:-$([ "$QUICK" = 1 ] && echo 150 || echo 1000)}

if [ -z "${PROSPECTUS:-}" ]; then
    SCRATCH=${SCRATCH:-.build}
    swift build -c release --product prospectus --scratch-path "$SCRATCH" >&2
    PROSPECTUS="$SCRATCH/release/prospectus"
fi
PROSPECTUS=$(cd "$(dirname "$PROSPECTUS")" && pwd)/$(basename "$PROSPECTUS")

WORK=$(mktemp -d "${TMPDIR:-/tmp}/prospectus-determinism.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
fail() { echo "determinism: FAIL: $*" >&2; exit 1; }

python3 bench/generate.py --courses "$COURSES" --out "$WORK/generated" 2>/dev/null
# Content folders by name: path relative to the repository (for A) and absolute (for B).
contents=("sample:Content" "hostile:Tests/Fixtures/hostile" "generated:$WORK/generated")

SINGLE_CPU=()
if command -v taskset >/dev/null && taskset -c 0 true 2>/dev/null; then SINGLE_CPU=(taskset -c 0); fi
mkdir -p "$WORK/elsewhere"

build_a() {  # build_a NAME CONTENT RUN [SOURCE_DATE_EPOCH]
    local epoch=${4:-}
    (cd "$ROOT" && env -i PATH="$PATH" HOME="$HOME" TZ=Pacific/Auckland LANG=C ${epoch:+SOURCE_DATE_EPOCH=$epoch} \
        "$PROSPECTUS" build --content "$2" --theme Theme --output "$WORK/$3/A/$1/Output") >"$WORK/a.log" 2>&1 \
        || fail "build A of $1 failed: $(grep -m3 'error' "$WORK/a.log")"
}
build_b() {  # build_b NAME CONTENT RUN [SOURCE_DATE_EPOCH]
    local epoch=${4:-} content=$2
    case "$content" in /*) ;; *) content=$ROOT/$content ;; esac
    (cd "$WORK/elsewhere" && env -i PATH="$PATH" HOME="$HOME" TZ=America/Los_Angeles LC_ALL=fr_FR.UTF-8 LANG=fr_FR.UTF-8 \
        SWIFT_DETERMINISTIC_HASHING=1 ${epoch:+SOURCE_DATE_EPOCH=$epoch} \
        "${SINGLE_CPU[@]}" "$PROSPECTUS" build --content "$content" --theme "$ROOT/Theme" --output "$WORK/$3/B/$1/site/Output") \
        >"$WORK/b.log" 2>&1 || fail "build B of $1 failed: $(grep -m3 'error' "$WORK/b.log")"
}
compare() {  # compare NAME RUN LABEL
    local a=$WORK/$2/A/$1/Output b=$WORK/$2/B/$1/site/Output
    if ! diff -r "$a" "$b" >"$WORK/diff.txt" 2>&1; then
        head -40 "$WORK/diff.txt" >&2
        fail "$1 ($3): the two builds differ"
    fi
    local files bytes
    files=$(find "$a" -type f | wc -l)
    bytes=$(du -sb "$a" | cut -f1)
    printf '  %-10s %-24s %6d files, %10d bytes: identical\n' "$1" "$3" "$files" "$bytes"
}

total=0
for entry in "${contents[@]}"; do
    name=${entry%%:*}; content=${entry#*:}
    build_a "$name" "$content" epoch 1790000000
    build_b "$name" "$content" epoch 1790000000
    compare "$name" epoch "SOURCE_DATE_EPOCH set"
    total=$((total + $(find "$WORK/epoch/A/$name/Output" -type f | wc -l)))
done

for entry in "${contents[@]}"; do
    name=${entry%%:*}; content=${entry#*:}
    # Without SOURCE_DATE_EPOCH "today" is the clock's date in the site's time zone; if that date
    # changes between the two builds, build both again.
    for attempt in 1 2; do
        before=$(TZ=Europe/London date +%F)
        rm -rf "$WORK/clock"
        build_a "$name" "$content" clock
        build_b "$name" "$content" clock
        [ "$(TZ=Europe/London date +%F)" = "$before" ] && break
    done
    compare "$name" clock "SOURCE_DATE_EPOCH unset"
done

# The locale B asked for need not be installed; say whether it was.
if locale -a 2>/dev/null | grep -qi '^fr_FR\.utf-\?8$'; then locale_note="installed"; else locale_note="not installed (the variables were still set)"; fi
echo "determinism: OK: ${#contents[@]} content folders, $total files, identical across time zones, locales (fr_FR.UTF-8 $locale_note)," \
     "hash seeds, CPUs, working folders and SOURCE_DATE_EPOCH set or unset"
