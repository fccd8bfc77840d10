#!/usr/bin/env bash
# Installs what is missing, then configures and builds sigaudit in build/
# (Release): every target, or only the ones named.
#
#   scripts/build.sh [TARGET...]     e.g. scripts/build.sh sigaudit
#
# Warnings are not errors here, so that a newer compiler's new warning never
# stops a user's build; the test command's builds make them errors.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
targets=()
for target in "$@"; do
  targets+=(--target "$target")
done
cmake --build build -j "$(nproc)" "${targets[@]}"
