#!/usr/bin/env bash
# Builds sigaudit (installing Debian packages when missing), then audits the
# bundled example SIG offline: examples/sig_members.yaml and its ledger,
# against the Gitee data snapshot in examples/snapshot/ (built by
# scripts/make-example-snapshot.sh). No network. Extra arguments go to
# `sigaudit audit` (e.g. --format markdown).
set -euo pipefail
cd "$(dirname "$0")/.."

# Only the binary, and its build's progress on stderr, so that the report
# alone is on stdout (run-example.sh --format json > report.json).
scripts/build.sh sigaudit >&2
# --offline opens the store read-only: the snapshot is read in place and
# left byte-identical.
build/bin/sigaudit audit examples/sig_members.yaml \
  --evidence examples/evidence.yaml --config examples/sigaudit.yaml \
  --store examples/snapshot/gitee.db --offline --as-of 2026-08-31 "$@"
