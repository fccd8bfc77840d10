#!/usr/bin/env bash
# Builds sigaudit (installing Debian packages when missing) and runs the whole
# test suite, then again built with AddressSanitizer and UndefinedBehaviorSanitizer.
# SIGAUDIT_QUICK=1 skips the sanitizer pass (for a fast local loop).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
if [ "${SIGAUDIT_QUICK:-0}" != 1 ]; then
  scripts/test-sanitizers.sh
fi
