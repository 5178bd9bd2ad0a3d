#!/usr/bin/env bash
# Install Debian packages (apt-get), as root or through sudo: bash .ci/apt-install.sh PKG...
# Used by .ci/run (browser, Node.js, npm) and by the Makefile (python3-venv where Python's venv
# cannot bootstrap pip), so a fresh Debian/Ubuntu machine needs no step the repository does not take.
set -euo pipefail
[ "$#" -gt 0 ] || exit 0
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "apt-install.sh: installing $*" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq "$@" >&2
