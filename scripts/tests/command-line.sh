#!/usr/bin/env bash
# Checks of the built binary that only a real command line can make: what the system passes before
# Swift decodes it. An argument that is not UTF-8 must be refused (exit 1, a message showing its
# bytes) with nothing made anywhere; Swift would otherwise see U+FFFD and name another folder.
# Usage: scripts/tests/command-line.sh PATH/TO/prospectus
set -uo pipefail
binary=${1:?usage: $0 PATH/TO/prospectus}
case $binary in /*) ;; *) binary=$PWD/$binary ;; esac
repo=$(cd "$(dirname "$0")/../.." && pwd)
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
    *"argument '"*'\x'[0-9A-F][0-9A-F]*"'"*" is not UTF-8 text"*) ;;
    *) fail "prospectus $arguments: said '$message', expected it to name the argument that is not UTF-8" ;;
  esac
  [ -z "$(ls -A "$work")" ] || fail "prospectus $arguments made: $(ls -A "$work" | tr '\n' ' ')"
done
# A UTF-8 argument with letters from beyond ASCII is not refused for it.
"$binary" publish --to "$work/Formación €/site" >/dev/null 2>"$work/.said"
grep -q "not UTF-8" "$work/.said" && fail "a UTF-8 path was refused as not UTF-8: $(cat "$work/.said")"

# A publish over a site whose old files the user may not remove (another user made them): the new
# site is published, and what is left of the old one is named, not left beside it unseen. Needs root
# (to act as two users); skipped otherwise.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  two=$(mktemp -d)
  trap 'rm -rf "$work" "$two"' EXIT
  chmod 755 "$two"
  cp "$binary" "$two/prospectus"
  if (cd "$two" && SOURCE_DATE_EPOCH=1788264000 ./prospectus build --content "$repo/Content" --theme "$repo/Theme" \
        --history "$two/history" >/dev/null 2>&1 && ./prospectus publish --to "$two/pub/site" >/dev/null 2>&1); then
    chmod -R a+rX "$two"
    chown -R nobody "$two/pub"
    chown -R root "$two/pub/site/assets"
    said=$(cd "$two" && setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups ./prospectus publish --to "$two/pub/site" 2>&1)
    status=$?
    left=$(cd "$two/pub" && ls -A | grep -v '^site$')
    [ "$status" = 0 ] || fail "a publish over another user's files: exit status $status ($said)"
    [ -n "$left" ] || fail "a publish over another user's files left nothing behind: the check did not set up what it tests"
    case $said in
      *"could not be removed completely"*"$two/pub/$left"*) ;;
      *) fail "a publish over another user's files left $left beside the site without naming it: $said" ;;
    esac
  else
    fail "could not build and publish the sample site to set up the two-user check"
  fi
else
  echo "command-line checks: the two-user publish check needs root and setpriv; skipped"
fi

if [ "$failures" -gt 0 ]; then echo "command-line checks: $failures failed" >&2; exit 1; fi
echo "command-line checks: passed"
