#!/usr/bin/env bash
# Installs the Debian 12 packages sigaudit builds and tests with (curl and
# jq: the CI recipes' job posts its comment with them, and the tests run it).
# Idempotent: when everything is installed it changes nothing and asks no network.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config git ca-certificates
  libcli11-dev libyaml-cpp-dev libcurl4-openssl-dev nlohmann-json3-dev libfmt-dev
  catch2 libsqlite3-dev libcpp-httplib-dev
  clang libclang-rt-14-dev
  curl jq
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  as_root=(sudo)
fi
echo "sigaudit: installing ${missing[*]}" >&2
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
