#!/usr/bin/env bash
# Installs a sigaudit .deb into a fresh Debian 12 root with apt-get, as a
# user on a bare machine would, and audits the packaged examples there.
# Needs root and the Debian archive (apt-get fetches the dependencies).
#
#   scripts/test-deb.sh DEB [BASE_ROOT]
#
# BASE_ROOT is a pristine Debian 12 root to copy (never changed); without
# it, one is made with `debootstrap --variant=minbase bookworm`. Not part of
# the test command: it needs the network and root.
set -euo pipefail
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
[ -d /etc/apt/sources.list.d ] && cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/" 2>/dev/null || true

# A mount namespace of its own: /proc (where the binary finds itself, and
# so its rules) is mounted for the chroot and gone when it ends.
unshare --mount --fork sh -euc '
  root=$1 package=$2
  mount -t proc proc "$root/proc"
  chroot "$root" apt-get update -qq
  chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "/tmp/$package" >/dev/null
  chroot "$root" dpkg -s sigaudit | sed -n "s/^Version: /sigaudit version in the root: /p"
  chroot "$root" sh -euc "
    cd /tmp
    sigaudit --version
    e=/usr/share/doc/sigaudit/examples
    sigaudit audit \$e/sig_members.yaml --evidence \$e/evidence.yaml --config \$e/sigaudit.yaml \
      --store \$e/snapshot/gitee.db --offline --as-of 2026-08-31 | head -3
    test -f /usr/share/bash-completion/completions/sigaudit
    test -f /usr/share/man/man1/sigaudit.1.gz
  "
' sh "$root" "$(basename "$deb")"
echo "test-deb: $(basename "$deb") installs and runs in a fresh Debian 12 root" >&2
