#!/usr/bin/env bash
# The fetch benchmark (issue 4) and the offline audit benchmark (issue 5):
# 10 repositories, 330,000 items, 50 ms latency per request, 8 jobs, through
# the real binary against the tests' fake Gitee server on 127.0.0.1; then a
# 200-person offline audit over the store it filled. Takes about a minute.
# Builds first with scripts/build.sh. Run on a quiet machine.
#
#   bench/run-fetch.sh [LATENCY_MS] [JOBS] [SCALE]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
build/bench/bench_fetch "$@"
