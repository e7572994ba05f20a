#!/usr/bin/env bash
# Runs every install step of the project (make deps, bench/run --deps) against stand-in
# pkg-config, apt-get, sudo and id on a PATH that holds nothing else of the kind, as root and as a
# user with sudo, and checks that apt is asked for the right packages and the step succeeds; and
# that without root or sudo the step stops with a clear message. Nothing is installed for real.
set -uo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
failures=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# A bin folder with only the real tools the steps need, plus the stand-ins.
make_bin() { # $1 = folder, $2 = root | sudo | nosudo
  local bin=$1 mode=$2 tool
  mkdir -p "$bin"
  for tool in bash sh make env dirname cat; do
    ln -s "$(command -v "$tool")" "$bin/$tool"
  done
  cat >"$bin/id" <<STUB
#!/bin/sh
[ "\$1" = -u ] && { [ "$mode" = root ] && echo 0 || echo 1000; exit 0; }
exit 1
STUB
  cat >"$bin/pkg-config" <<'STUB'
#!/bin/sh
exit 1
STUB
  cat >"$bin/apt-get" <<STUB
#!/bin/sh
echo "apt-get by=\${STANDIN_VIA:-root} DEBIAN_FRONTEND=\${DEBIAN_FRONTEND:-} \$*" >>"$bin/../calls"
STUB
  if [ "$mode" = sudo ]; then
    cat >"$bin/sudo" <<'STUB'
#!/bin/sh
STANDIN_VIA=sudo exec "$@"
STUB
  elif [ "$mode" = root ]; then
    cat >"$bin/sudo" <<STUB
#!/bin/sh
echo "sudo called as root: \$*" >>"$bin/../calls"
exit 1
STUB
  fi
  chmod +x "$bin"/*
}

expect_install() { # $1 = case name, $2 = mode, $3 = packages, then the command
  local name=$1 mode=$2 packages=$3 before=$failures; shift 3
  local dir="$work/$name"
  make_bin "$dir/bin" "$mode"
  : >"$dir/calls"
  local out status=0
  out=$(PATH="$dir/bin" "$@" 2>&1) || status=$?
  local via=root; [ "$mode" = sudo ] && via=sudo
  if [ "$status" -ne 0 ]; then
    fail "$name: exit $status"; echo "$out" | sed 's/^/    /' >&2; return
  fi
  grep -q "apt-get by=$via DEBIAN_FRONTEND=.* update" "$dir/calls" || fail "$name: apt-get update was not run ($via)"
  grep -q "apt-get by=$via DEBIAN_FRONTEND=noninteractive install -y -qq $packages\$" "$dir/calls" \
    || { fail "$name: apt-get install $packages was not asked for ($via)"; sed 's/^/    /' "$dir/calls" >&2; }
  ! grep -q "sudo called as root" "$dir/calls" || fail "$name: sudo was used as root"
  [ "$failures" -eq "$before" ] && echo "ok: $name"
}

expect_refusal() { # $1 = case name, then the command
  local name=$1 before=$failures; shift
  local dir="$work/$name"
  make_bin "$dir/bin" nosudo
  : >"$dir/calls"
  local out status=0
  out=$(PATH="$dir/bin" "$@" 2>&1) || status=$?
  [ "$status" -ne 0 ] || fail "$name: succeeded without root or sudo"
  echo "$out" | grep -q "needs root, and sudo is not installed" || fail "$name: no clear message: $out"
  [ ! -s "$dir/calls" ] || fail "$name: apt-get was run without root"
  [ "$failures" -eq "$before" ] && echo "ok: $name"
}

for mode in root sudo; do
  expect_install "make-deps-$mode" "$mode" "libcmark-dev pkg-config" make -s -C "$repo" deps
  expect_install "bench-deps-$mode" "$mode" "hugo cmark" "$repo/bench/run" --deps
done
expect_refusal make-deps-nosudo make -s -C "$repo" deps
expect_refusal bench-deps-nosudo "$repo/bench/run" --deps

if [ "$failures" -ne 0 ]; then
  echo "install steps: $failures failed" >&2
  exit 1
fi
echo "install steps: all passed"
