#!/usr/bin/env bash
# Builds sigaudit (installing Debian packages when missing) and runs the whole
# test suite, then again built with AddressSanitizer and UndefinedBehaviorSanitizer,
# then fuzzes each parser for 30 s (scripts/fuzz.sh). About 12 minutes on 2 cores.
# SIGAUDIT_QUICK=1 skips the sanitizer and fuzz passes (for a fast local loop).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
if [ "${SIGAUDIT_QUICK:-0}" != 1 ]; then
  scripts/test-sanitizers.sh
  scripts/fuzz.sh 30
fi
