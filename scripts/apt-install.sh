#!/bin/sh
# Installs Debian packages with apt-get: directly as root, through sudo otherwise.
# Every install step of the project (make deps, bench/run) goes through here, so the
# stand-in test (scripts/tests/install-steps.sh) covers them all.
#
#   scripts/apt-install.sh PACKAGE...
set -eu
[ "$#" -gt 0 ] || { echo "usage: scripts/apt-install.sh PACKAGE..." >&2; exit 2; }

if [ "$(id -u)" = 0 ]; then
  as_root() { "$@"; }
elif command -v sudo >/dev/null 2>&1; then
  as_root() { sudo "$@"; }
else
  echo "error: installing $* needs root, and sudo is not installed." >&2
  echo "  fix: run as root: apt-get update && apt-get install -y $*" >&2
  exit 1
fi

echo "Installing $* with apt…" >&2
as_root apt-get update -qq
# `env` carries the setting through sudo too; a bare VAR=value after an empty $SUDO is a command name.
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
