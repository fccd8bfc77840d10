#!/usr/bin/env bash
# The layer check must fail, naming the file and line, when a lower layer
# includes a higher one, a layer links a library above it, or a file reaches
# into another layer's private headers; and pass on the tree as it is.
set -euo pipefail
source_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fresh_copy() {
  rm -rf "$work/tree"
  mkdir -p "$work/tree"
  cp -r "$source_dir/src" "$source_dir/include" "$source_dir/scripts" "$work/tree/"
}

expect_failure() {
  local what=$1 needle=$2
  if out=$(bash "$work/tree/scripts/check-layers.sh" "$work/tree" 2>&1); then
    echo "FAIL: the check passed a tree where $what" >&2
    exit 1
  fi
  if ! grep -qF -- "$needle" <<<"$out"; then
    echo "FAIL: for $what the check said:" >&2
    echo "$out" >&2
    echo "(expected it to name: $needle)" >&2
    exit 1
  fi
}

fresh_copy
bash "$work/tree/scripts/check-layers.sh" "$work/tree" >/dev/null

fresh_copy
sed -i '1i #include "sigaudit/report/style.h"' "$work/tree/src/rules/rule.cc"
expect_failure "rules includes report" \
  "src/rules/rule.cc:1: includes sigaudit/report/style.h: layer rules (rank 2) must not see report (rank 5)"

fresh_copy
sed -i '1i #include "sigaudit/evidence/evidence.h"' "$work/tree/include/sigaudit/roster/roster.h"
expect_failure "two layers of one rank see each other" \
  "include/sigaudit/roster/roster.h:1: includes sigaudit/evidence/evidence.h"

fresh_copy
sed -i '1i #include "../gitee/http_pool.h"' "$work/tree/src/store/store.cc"
expect_failure "store reaches into gitee's private header" "src/store/store.cc:1"

fresh_copy
echo 'target_link_libraries(sigaudit_store PRIVATE sigaudit_report)' >>"$work/tree/src/store/CMakeLists.txt"
expect_failure "store links report" "links sigaudit_report: layer store must not use report"

echo "layer check: passes the tree, fails each bad include and link"
