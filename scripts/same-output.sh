#!/usr/bin/env bash
# Proves a refactor changed no output: builds the same content with this working tree and with an
# earlier commit, and compares the two sites byte for byte.
#
#   scripts/same-output.sh [REF] [--courses N] [--ref-content] [--base-binary PATH]
#
# REF (default HEAD, i.e. "my uncommitted changes change nothing") is built in its own worktree,
# kept in .build-same-output/ so the next run recompiles only what changed. Each side renders with its
# own Theme/ (a theme change is part of the change under test) and this tree's content:
#   the sample Content/ (staff and partner editions), Tests/Fixtures/valid, Tests/Fixtures/hostile
#   and a generated offer of N courses (default 1,000; bench/generate.py).
# SOURCE_DATE_EPOCH is fixed, and each build gets a scratch copy of the content's history, so the two
# builds see the same "today" and the same What's new, and nothing is written into the content.
# --ref-content builds REF's content instead (sample, fixtures), for a change that also edits the
# content: it shows what the change does to content that does not use anything new.
# --base-binary PATH uses PATH as REF's release binary instead of compiling it (REF's Theme/ and content
# are still checked out): for several working trees that compare against the same commit.
# The first run compiles REF in release mode (several minutes on two cores); it shares no build
# folder with this tree, but SwiftPM's lock on .build/ makes a `make test` started alongside wait.
# Exit 0: every site identical. Exit 1: a difference (every differing file is listed, then the
# first lines of the differences).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

REF=HEAD
COURSES=1000
CONTENT_FROM=this
BASE_BIN=
while [ $# -gt 0 ]; do
    case "$1" in
        --courses) COURSES=$2; shift 2 ;;
        --ref-content) CONTENT_FROM=ref; shift ;;
        --base-binary) BASE_BIN=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) REF=$1; shift ;;
    esac
done
COMMIT=$(git rev-parse --verify "$REF^{commit}")

KEEP=$ROOT/.build-same-output
BASE_TREE=$KEEP/tree
mkdir -p "$KEEP"
if [ ! -e "$BASE_TREE/.git" ]; then
    git worktree add --detach "$BASE_TREE" "$COMMIT" >/dev/null 2>&1
else
    git -C "$BASE_TREE" checkout --quiet --detach --force "$COMMIT"
fi

echo "same-output: building $REF ($(git rev-parse --short "$COMMIT")) and this tree (release)" >&2
if [ -z "$BASE_BIN" ]; then
    (cd "$BASE_TREE" && swift build -c release --product prospectus --scratch-path "$KEEP/build" >"$KEEP/base-build.log" 2>&1) \
        || { tail -20 "$KEEP/base-build.log" >&2; echo "same-output: $REF does not build" >&2; exit 1; }
    BASE_BIN=$KEEP/build/release/prospectus
fi
[ -x "$BASE_BIN" ] || { echo "same-output: no binary at $BASE_BIN" >&2; exit 2; }
swift build -c release --product prospectus >"$KEEP/this-build.log" 2>&1 \
    || { tail -20 "$KEEP/this-build.log" >&2; echo "same-output: this tree does not build" >&2; exit 1; }
THIS_BIN=$ROOT/.build/release/prospectus

WORK=$(mktemp -d "${TMPDIR:-/tmp}/prospectus-same-output.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
python3 bench/generate.py --courses "$COURSES" --out "$WORK/generated" >/dev/null 2>&1

export SOURCE_DATE_EPOCH=1790000000 TZ=UTC
status=0
build() {  # build SIDE BINARY THEME NAME CONTENT EDITION
    local history=$WORK/history-$1-$4
    mkdir -p "$history"
    if [ -d "$5/history" ]; then cp -R "$5/history/." "$history/"; fi
    "$2" build --content "$5" --theme "$3" --output "$WORK/$1/$4" --edition "$6" --history "$history" >"$WORK/$1-$4.log" 2>&1
}
for entry in "sample:Content:staff" "sample-partners:Content:partners" "valid:Tests/Fixtures/valid:staff" \
             "hostile:Tests/Fixtures/hostile:staff" "generated:$WORK/generated:staff"; do
    IFS=: read -r name content edition <<<"$entry"
    if [ "$CONTENT_FROM" = ref ]; then CONTENT_ROOT=$BASE_TREE; else CONTENT_ROOT=$ROOT; fi
    case "$content" in /*) ;; *) content=$CONTENT_ROOT/$content ;; esac
    base_ok=0; this_ok=0
    build base "$BASE_BIN" "$BASE_TREE/Theme" "$name" "$content" "$edition" && base_ok=1
    build this "$THIS_BIN" "$ROOT/Theme" "$name" "$content" "$edition" && this_ok=1
    if [ "$base_ok$this_ok" != 11 ]; then
        if [ "$base_ok$this_ok" = 00 ] && diff -q "$WORK/base-$name.log" "$WORK/this-$name.log" >/dev/null; then
            echo "  $name: both refuse it, with the same messages"; continue
        fi
        echo "  $name: DIFFERENT: the build $([ $base_ok = 1 ] && echo "of this tree" || echo "of $REF") failed" >&2
        tail -5 "$WORK/$([ $base_ok = 1 ] && echo this || echo base)-$name.log" >&2
        [ $base_ok = 0 ] && echo "  (if this content uses something $REF does not know, run with --ref-content)" >&2
        status=1; continue
    fi
    if diff -r "$WORK/base/$name" "$WORK/this/$name" >"$WORK/$name.diff" 2>&1; then
        printf '  %-16s %6d files identical\n' "$name" "$(find "$WORK/this/$name" -type f | wc -l)"
    else
        diff -rq "$WORK/base/$name" "$WORK/this/$name" | sed "s|$WORK/base/|$REF:|; s|$WORK/this/|this:|g" >"$WORK/$name.files" || true
        echo "  $name: DIFFERENT ($(wc -l <"$WORK/$name.files") files):" >&2
        sed 's/^/    /' "$WORK/$name.files" >&2
        head -30 "$WORK/$name.diff" >&2
        status=1
    fi
done
[ $status = 0 ] && echo "same-output: OK: every site is byte-identical to $REF's" || echo "same-output: FAIL" >&2
exit $status
