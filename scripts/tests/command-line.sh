#!/usr/bin/env bash
# Checks of the built binary that only a real command line can make: what the system passes before
# Swift decodes it. An argument that is not UTF-8 must be refused (exit 1, a message showing its
# bytes) with nothing made anywhere; Swift would otherwise see U+FFFD and name another folder.
# Usage: scripts/tests/command-line.sh PATH/TO/prospectus
set -uo pipefail
binary=${1:?usage: $0 PATH/TO/prospectus}
case $binary in /*) ;; *) binary=$PWD/$binary ;; esac
failures=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

cd "$work"
for arguments in "publish --to $'\\xfe/site'" "build --output $'caf\\xe9'" "report --output $'\\xff'" "new course $'\\xe9t\\xe9'"; do
  eval "set -- $arguments"
  message=$("$binary" "$@" 2>&1 >/dev/null)
  status=$?
  [ "$status" = 1 ] || fail "prospectus $arguments: exit status $status, expected 1"
  case $message in
    *"argument '"*'\x'[0-9A-F][0-9A-F]*"' is not UTF-8 text"*) ;;
    *) fail "prospectus $arguments: said '$message', expected it to name the argument that is not UTF-8" ;;
  esac
  [ -z "$(ls -A "$work")" ] || fail "prospectus $arguments made: $(ls -A "$work" | tr '\n' ' ')"
done
# A UTF-8 argument with letters from beyond ASCII is not refused for it.
"$binary" publish --to "$work/Formación €/site" >/dev/null 2>"$work/.said"
grep -q "not UTF-8" "$work/.said" && fail "a UTF-8 path was refused as not UTF-8: $(cat "$work/.said")"

if [ "$failures" -gt 0 ]; then echo "command-line checks: $failures failed" >&2; exit 1; fi
echo "command-line checks: passed"
