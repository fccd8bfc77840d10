#!/usr/bin/env bash
# Installs a sigaudit .deb into a fresh Debian 12 root with the Dockerfile's
# own RUN step (apt-get, as a user on a bare machine or an image build
# would), then, as the image's user, audits the packaged examples there.
# Needs root and the Debian archive (apt-get fetches the dependencies).
#
#   scripts/test-deb.sh DEB [BASE_ROOT]
#
# BASE_ROOT is a pristine Debian 12 root to copy (never changed); without
# it, one is made with `debootstrap --variant=minbase bookworm`. Not part of
# the test command: it needs the network and root.
set -euo pipefail
dockerfile=$(realpath "$(dirname "$0")/../Dockerfile")
deb=$(realpath "$1")
base=${2:-}
work=$(mktemp -d /tmp/sigaudit-deb.XXXXXX)
trap 'rm -rf "$work"' EXIT

if [ -z "$base" ]; then
  command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null
  base=$work/base
  debootstrap --variant=minbase bookworm "$base" >/dev/null
fi
root=$work/root
cp -a "$base" "$root"
cp "$deb" "$root/tmp/"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# The RUN instruction, its continuation lines joined.
sed -n '/^RUN /,/[^\\]$/p' "$dockerfile" | sed -e ':a' -e '/\\$/N; s/\\\n//; ta' |
  sed 's/^RUN //' >"$root/tmp/run.sh"

# A mount namespace of its own: /proc (where the binary finds itself, and
# so its rules) is mounted for the chroot and gone when it ends.
unshare --mount --fork sh -euc '
  root=$1 package=$2
  mount -t proc proc "$root/proc"
  chroot "$root" env DEBIAN_FRONTEND=noninteractive sh -eu /tmp/run.sh >/dev/null
  chroot "$root" dpkg -s sigaudit | sed -n "s/^Version: /sigaudit version in the root: /p"
  chroot "$root" su sigaudit -c "set -eu
    cd /tmp
    sigaudit --version
    e=/usr/share/doc/sigaudit/examples
    sigaudit audit \$e/sig_members.yaml --evidence \$e/evidence.yaml --config \$e/sigaudit.yaml \
      --store \$e/snapshot/gitee.db --offline --as-of 2026-08-31 | head -3
    test -f /usr/share/bash-completion/completions/sigaudit
    test -f /usr/share/man/man1/sigaudit.1.gz
    command -v sigaudit-pr-job jq curl git
  "
' sh "$root" "$(basename "$deb")"
echo "test-deb: $(basename "$deb") installs and runs in a fresh Debian 12 root" >&2
