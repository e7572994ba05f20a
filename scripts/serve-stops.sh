#!/usr/bin/env bash
# `prospectus serve` stops cleanly on Ctrl-C (SIGINT) and on SIGTERM, in the release build.
#
# The unit tests stop the server in-process and run a debug build, where a local lives until the
# end of its scope; an optimised build may end a value's life at its last use, which once dropped
# the signal handlers and left `serve` deaf to Ctrl-C. This runs the real binary.
#   PROSPECTUS=.build/release/prospectus scripts/serve-stops.sh
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${PROSPECTUS:-.build/release/prospectus}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
for sig in INT TERM; do
  log="$work/serve-$sig.log"
  "$binary" serve --content Content --theme Theme --port 0 >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do grep -q "^Serving" "$log" && break; sleep 0.1; done
  if ! grep -q "^Serving" "$log"; then
    echo "serve did not start:"; cat "$log"; kill -9 "$pid" 2>/dev/null || true; exit 1
  fi
  kill "-$sig" "$pid"
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "FAIL: serve was still running 5 s after SIG$sig"; kill -9 "$pid"; failures=$((failures + 1))
  elif wait "$pid" && grep -q "^Stopped." "$log"; then
    echo "ok: serve stopped on SIG$sig"
  else
    echo "FAIL: serve did not stop cleanly on SIG$sig:"; cat "$log"; failures=$((failures + 1))
  fi
done
exit "$failures"
