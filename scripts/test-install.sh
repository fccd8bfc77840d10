#!/usr/bin/env bash
# The install, tested as a user gets it: a copy of the source is built
# (Release) and installed into a staging prefix, then the source and the
# build are moved out of reach and the installed binary runs on the
# installed examples from another folder. Then the .deb is built from the
# same tree and its dependencies and contents are checked.
#
#   scripts/test-install.sh [WORKDIR]    (default: a fresh temporary folder)
#
# scripts/test-deb.sh installs that .deb into a fresh Debian 12 root.
set -euo pipefail
cd "$(dirname "$0")/.."
source=$PWD

scripts/install-deps.sh
if [ -n "${1:-}" ]; then
  work=$1
else
  work=$(mktemp -d /tmp/sigaudit-install.XXXXXX)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
rm -rf "$work/src" "$work/build" "$work/stage" "$work/gone" "$work/elsewhere"
mkdir -p "$work/src" "$work/elsewhere"

fail() {
  echo "test-install: FAILED: $*" >&2
  exit 1
}

# The files of the checkout as they are (tracked and new), without .git:
# the build must not need a git repository.
commit=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
if git rev-parse --git-dir >/dev/null 2>&1; then
  git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
    [ -e "$file" ] && printf '%s\0' "$file"
  done | tar --null -T - -cf - | tar -xf - -C "$work/src"
else
  tar --exclude='./build*' -cf - . | tar -xf - -C "$work/src"
fi

echo "test-install: building a Release tree of $commit in $work/build" >&2
cmake -S "$work/src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DSIGAUDIT_BUILD_TESTS=OFF -DSIGAUDIT_BUILD_BENCH=OFF -DSIGAUDIT_COMMIT="$commit" >/dev/null
cmake --build "$work/build" -j "$(nproc)" >/dev/null
cmake --install "$work/build" --prefix "$work/stage" >/dev/null
(cd "$work/build" && cpack -G DEB >/dev/null)
cp "$work"/build/sigaudit_*.deb "$work/"
deb=$(ls "$work"/sigaudit_*.deb)

# Out of reach: nothing the build knew is where it was.
mkdir -p "$work/gone"
mv "$work/src" "$work/gone/src"
mv "$work/build" "$work/gone/build"

bin=$work/stage/bin/sigaudit
examples=$work/stage/share/doc/sigaudit/examples
cd "$work/elsewhere"

# (grep -q reads captured output, never a pipe: under pipefail, a writer
# cut short by grep's early exit would fail the test.)
sections=$(readelf -S "$bin")
grep -q "\.symtab" <<<"$sections" && fail "the installed binary is not stripped"
grep -q -F "$work/src" "$bin" && fail "the binary holds the path of the source tree"

version=$("$bin" --version)
grep -q "^commit:  $commit\$" <<<"$version" || fail "--version does not name commit $commit: $version"
grep -q -F "rules:   $work/stage/share/sigaudit/rules (sha256:" <<<"$version" ||
  fail "--version does not use the installed rules: $version"

audit() {
  "$bin" audit "$examples/sig_members.yaml" --evidence "$examples/evidence.yaml" \
    --config "$examples/sigaudit.yaml" --store "$examples/snapshot/gitee.db" --offline \
    --as-of 2026-08-31 "$@"
}
report=$(audit) || fail "the audit of the installed examples exited $?"
first_line=${report%%$'\n'*}
[[ "$first_line" == "Audit as of 2026-08-31: 7 people, 6 rules"* ]] ||
  fail "the audit does not begin as the README says: $first_line"
grep -q "^Promotions: the next role for each person" <<<"$report" ||
  fail "the audit names no promotions"
digest=$(echo "$version" | sed -n 's/.*(\(sha256:[0-9a-f]*\)).*/\1/p')
json=$(audit --format json)
grep -q "\"rules\": \"$digest\"" <<<"$json" || fail "the JSON report names other rules"

manual=$(zcat "$work/stage/share/man/man1/sigaudit.1.gz")
grep -q "^\.SH EXIT STATUS" <<<"$manual" || fail "the manual page has no exit codes"
if command -v man >/dev/null; then
  rendered=$(man -l "$work/stage/share/man/man1/sigaudit.1.gz" 2>&1)
  grep -q "EXIT STATUS" <<<"$rendered" || fail "the manual page does not render: $rendered"
fi
completed=$(bash -c 'source "$1"; COMP_WORDS=(sigaudit au); COMP_CWORD=1; _sigaudit; echo "${COMPREPLY[*]}"' \
  sh "$work/stage/share/bash-completion/completions/sigaudit")
[ "$completed" = audit ] || fail "bash completes 'sigaudit au' to '$completed'"
for file in share/zsh/vendor-completions/_sigaudit share/fish/vendor_completions.d/sigaudit.fish \
  bin/sigaudit-pr-job share/doc/sigaudit/examples/ci/gitee-go.yml; do
  [ -s "$work/stage/$file" ] || fail "$file is not installed"
done

# The package: Debian 12 runtime libraries, the same files under /usr.
depends=$(dpkg-deb -f "$deb" Depends)
for library in libc6 libcurl4 libfmt9 libsqlite3-0 libstdc++6 libyaml-cpp0.7 ca-certificates; do
  grep -q "$library" <<<"$depends" || fail "the .deb does not depend on $library: $depends"
done
grep -q -- "-dev" <<<"$depends" && fail "the .deb depends on a development package: $depends"
contents=$(dpkg-deb -c "$deb")
for file in ./usr/bin/sigaudit ./usr/share/sigaudit/rules/sig-roles.yaml \
  ./usr/share/man/man1/sigaudit.1.gz ./usr/share/doc/sigaudit/copyright \
  ./usr/share/doc/sigaudit/examples/snapshot/gitee.db; do
  grep -q " $file\$" <<<"$contents" || fail "the .deb lacks $file"
done

echo "test-install: the installed sigaudit works from $work/stage, away from its source" >&2
echo "test-install: $(basename "$deb"): $(stat -c %s "$deb") bytes; Depends: $depends" >&2
echo "test-install: binary $(stat -c %s "$bin") bytes (stripped)" >&2
