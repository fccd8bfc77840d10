#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in build-fuzz/, then runs each for SECONDS
# (default 30), seeded from the test fixtures, examples and shipped rules.
# Any crash, leak, timeout (10 s for one input) or out-of-memory (2 GiB) fails
# the run, and the script names the input libFuzzer saved for it.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]
#
# New inputs that reach new code go to build-fuzz/corpus/<target>/ (kept
# between runs); saved failures to build-fuzz/artifacts/<target>/, logs to
# build-fuzz/logs/. Replay a saved input: build-fuzz/fuzz/<target> FILE
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-30}"
if ! [[ "$seconds" =~ ^[1-9][0-9]{0,4}$ ]]; then
  echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET]  (a whole number of seconds, default 30)" >&2
  exit 2
fi

scripts/install-deps.sh
build="build-fuzz"
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DSIGAUDIT_FUZZ=ON \
  -DSIGAUDIT_SANITIZE=fuzzer-no-link,address,undefined \
  -DSIGAUDIT_BUILD_TESTS=OFF -DSIGAUDIT_BUILD_BENCH=OFF >/dev/null
nice -n 10 cmake --build "$build" -j "$(nproc)" --target fuzz_all

export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

failed=()

# run TARGET MAX_LEN SEED_DIR...: fuzzes TARGET for $seconds; the first corpus
# directory is the writable one, the seed directories are only read.
run() {
  local target=$1 max_len=$2
  shift 2
  local corpus="$build/corpus/$target" artifacts="$build/artifacts/$target"
  local log="$build/logs/$target.log"
  mkdir -p "$corpus" "$artifacts" "$build/logs"
  # Not tests/fixtures/fuzz-regressions/: those inputs are slow on purpose
  # and would drag every mutation down; tests/fuzz_regressions_test.cc runs them.
  local seeds=()
  for dir in "$@"; do
    if [ -d "$dir" ]; then
      seeds+=("$dir")
    fi
  done
  echo "fuzz: $target for ${seconds}s (seeds: ${seeds[*]})"
  local status=0
  # libFuzzer stops itself after -max_total_time; `timeout` is the backstop
  # should it ever not (a hang outside the input's own -timeout).
  timeout -k 10 $((seconds + 60)) nice -n 10 "$build/fuzz/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
    -max_len="$max_len" -dict="fuzz/${target#fuzz_}.dict" -artifact_prefix="$artifacts/" \
    -print_final_stats=1 "$corpus" "${seeds[@]}" >"$log" 2>&1 || status=$?
  local done_line
  done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 || true)
  if [ "$status" -eq 0 ]; then
    local rate
    rate=$(sed -n 's/^stat::average_exec_per_sec:[[:space:]]*//p' "$log" | tail -n 1)
    echo "fuzz: $target ok: ${done_line:-no final line}; average ${rate:-?} exec/s"
    return 0
  fi
  failed+=("$target")
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    echo "fuzz: $target FAILED: did not stop within $((seconds + 60))s" >&2
  else
    echo "fuzz: $target FAILED (exit $status); the end of $log:" >&2
  fi
  tail -n 40 "$log" >&2
  local saved
  saved=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log")
  if [ -n "$saved" ]; then
    echo "fuzz: $target: the failing input was saved as:" >&2
    while IFS= read -r file; do
      echo "  $file" >&2
    done <<<"$saved"
    echo "fuzz: replay it with: $build/fuzz/$target FILE" >&2
  fi
}

# Inputs up to 1 MiB: large enough for the alias, nesting and finding-count
# attacks that only show at size.
max_len=1048576
run fuzz_roster "$max_len" tests/fixtures/roster examples
run fuzz_evidence "$max_len" examples
run fuzz_rules "$max_len" rules
run fuzz_gitee_page "$max_len" tests/fixtures/gitee
run fuzz_config "$max_len" examples
run fuzz_roster_diff "$max_len" tests/fixtures/roster

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: all targets ran ${seconds}s without a finding"
