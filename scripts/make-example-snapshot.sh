#!/usr/bin/env bash
# Regenerates examples/snapshot/gitee.db: generated Gitee data for the example
# roster, served on loopback by the tests' fake Gitee server and stored by a
# real `sigaudit fetch`. Never edit the snapshot by hand; change the generator
# (bench/make_example_snapshot.cc) and run this.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/build.sh >/dev/null
mkdir -p examples/snapshot
build/bench/make_example_snapshot examples/snapshot/gitee.db
