#!/usr/bin/env bash
# Builds the Debian package: a Release build in build/, then
# `cpack -G DEB` there. Prints the .deb's path.
#
#   scripts/package.sh          → build/sigaudit_<version>_amd64.deb
#   docker build -t sigaudit .  (after it: the Dockerfile installs that .deb)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/build.sh sigaudit sigaudit_install_files >&2
(cd build && cpack -G DEB >&2)
ls "$PWD"/build/sigaudit_*_amd64.deb
