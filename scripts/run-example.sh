#!/usr/bin/env bash
# Builds sigaudit (installing Debian packages when missing) and runs it on the
# bundled example data. Needs no network once the packages are installed.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/build.sh >/dev/null
set +e
build/src/cli/sigaudit lint examples/sig_members.yaml "$@"
status=$?
set -e
# Exit 1 means findings were reported, which is the point of the example.
[ "$status" -le 1 ] || exit "$status"
