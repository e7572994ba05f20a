#!/usr/bin/env bash
# Quick self-test of the benchmark scripts, run by `make test` (about 10 s, no Hugo needed): every
# bench/*.py compiles, and a tiny run (20 courses, one round, Prospectus and the floor when cmark is
# installed, one body, one title and one renaming save in serve, then every export
# asked for and a course file added and removed) exits 0 and writes a complete report.
#
#   bench/self-test.sh [PROSPECTUS_BINARY]      default: .build/debug/prospectus
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build/debug/prospectus}
[ -x "$binary" ] || { echo "bench/self-test.sh: $binary not found (swift build --product prospectus)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/prospectus-bench-self-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

PYTHONPYCACHEPREFIX="$work/pycache" python3 -m py_compile bench/*.py

floor=--no-floor
command -v cmark >/dev/null 2>&1 && floor=
if ! python3 bench/bench.py 20 --reps 1 --edits 1 --no-hugo $floor --no-sample --settle 0 \
    --binary "$binary" --work "$work/scratch" --results "$work/results.md" >"$work/stdout" 2>"$work/stderr"; then
  cat "$work/stderr" >&2
  echo "bench/self-test.sh: the tiny benchmark run failed" >&2
  exit 1
fi

fail=0
expect() {   # expect DESCRIPTION EXTENDED-REGEX: a line of the report matches
  grep -Eq -- "$2" "$work/results.md" || { echo "bench/self-test.sh: the report has no $1 (/$2/)" >&2; fail=1; }
}
expect "machine line" '^Machine: .+ cores, [0-9]+ GB RAM, .+Commit [0-9a-f]+'
expect "build row for 20 courses" '^\| 20 \| [0-9,]+ \| [0-9.]+ \| [0-9.]+ \| [0-9,]+ \|'
expect "page weight row" '^\| 20 \| [0-9.,]+ [KM]B \(`[^`]+\.html`\) \| [0-9,]+ of [0-9,]+ \| [0-9.,]+ [KM]B \|'
expect "search bytes breakdown" '^- 20: search\.html [0-9.,]+ [KM]B \+ .*search'
expect "serve row (peak after the edits, then with every export and a file added and removed)" \
  '^\| 20 \| [0-9,]+ \| [0-9.]+ \| [0-9]+ \([0-9]+\) \| [0-9]+ \([0-9]+–[0-9]+\) \| [0-9]+ \([0-9]+–[0-9]+\) \| [0-9]+ \([0-9]+–[0-9]+\) \|'
if [ "$fail" -ne 0 ]; then
  cat "$work/results.md" >&2
  exit 1
fi
echo "bench self-test: passed"
