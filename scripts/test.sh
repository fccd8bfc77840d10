#!/usr/bin/env bash
# The test command. Builds everything with AddressSanitizer and
# UndefinedBehaviorSanitizer (installing Debian packages when missing) and
# runs the whole test suite there, warnings as errors, then fuzzes each
# parser for 30 s (scripts/fuzz.sh), then builds, installs and packages a
# Release copy away from the source (scripts/test-install.sh). About 14
# minutes on 2 cores.
#
# SIGAUDIT_QUICK=1 runs the suite once on the plain Release build in build/
# instead (a fast local loop; no sanitizers, no fuzzing).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${SIGAUDIT_QUICK:-0}" = 1 ]; then
  scripts/build.sh
  ctest --test-dir build --output-on-failure -j "$(nproc)"
  exit 0
fi
# One sanitized build runs the suite: a second, plain build of every test
# would double the build time and find nothing the sanitizers would not.
scripts/test-sanitizers.sh
scripts/fuzz.sh 30
scripts/test-install.sh
