#!/usr/bin/env bash
# Fails when a source file includes a header of a layer it must not see, or a
# layer's library links one it must not use. The layers and their order are
# docs/architecture.md's; data flows one way, so a layer sees only itself and
# the layers of a lower rank (layers of one rank do not see each other).
#
#   scripts/check-layers.sh [ROOT]     (default: the checkout this script is in)
#
# Checked: every #include "sigaudit/LAYER/..." in src/LAYER/ and
# include/sigaudit/LAYER/; every quoted include of a file that is not a
# public header (a layer's private headers are its own); every sigaudit_LAYER
# in src/LAYER/CMakeLists.txt.
set -euo pipefail
root="${1:-$(cd "$(dirname "$0")/.." && pwd)}"

declare -A rank=(
  [common]=0
  [roster]=1 [evidence]=1 [activity]=1 [config]=1
  [rules]=2
  [gitee]=3 [store]=3
  [audit]=4
  [report]=5
  [cli]=6
)

problems=0
complain() {
  echo "$1" >&2
  problems=$((problems + 1))
}

# may_see FROM TO: whether layer FROM may use layer TO.
may_see() {
  [ "$1" = "$2" ] || [ "${rank[$2]}" -lt "${rank[$1]}" ]
}

check_file() {
  local layer=$1 file=$2 number=0 line target
  while IFS= read -r line; do
    number=$((number + 1))
    [[ "$line" =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\"([^\"]+)\" ]] || continue
    target="${BASH_REMATCH[1]}"
    if [[ "$target" =~ ^sigaudit/([a-z_]+)/ ]]; then
      local other="${BASH_REMATCH[1]}"
      if [ -z "${rank[$other]+set}" ]; then
        complain "${file#"$root"/}:$number: includes $target: '$other' is not a layer"
      elif ! may_see "$layer" "$other"; then
        complain "${file#"$root"/}:$number: includes $target: layer $layer (rank ${rank[$layer]}) must not see $other (rank ${rank[$other]})"
      fi
    elif [[ "$file" == "$root"/src/* ]] && { [[ "$target" == */* ]] || [ ! -f "$(dirname "$file")/$target" ]; }; then
      complain "${file#"$root"/}:$number: includes \"$target\", which is not a header of its own folder (another layer's private header?)"
    fi
  done <"$file"
}

for layer in "${!rank[@]}"; do
  for dir in "$root/src/$layer" "$root/include/sigaudit/$layer"; do
    [ -d "$dir" ] || continue
    while IFS= read -r -d '' file; do
      check_file "$layer" "$file"
    done < <(find "$dir" -type f \( -name '*.h' -o -name '*.cc' -o -name '*.h.in' \) -print0)
  done
  cmake_file="$root/src/$layer/CMakeLists.txt"
  [ -f "$cmake_file" ] || continue
  while read -r used; do
    used="${used#sigaudit_}"
    # Compiler flags and build steps (the commit header, the staged rules), not layers.
    case "$used" in warnings | build_commit | staged_rules) continue ;; esac
    if [ -z "${rank[$used]+set}" ]; then
      complain "src/$layer/CMakeLists.txt: links sigaudit_$used, which is not a layer"
    elif ! may_see "$layer" "$used"; then
      complain "src/$layer/CMakeLists.txt: links sigaudit_$used: layer $layer must not use $used"
    fi
  done < <(grep -oE 'sigaudit_[a-z_]+' "$cmake_file" | sort -u)
done

# A header outside every layer's folder would belong to none.
while IFS= read -r -d '' file; do
  complain "${file#"$root"/}: a header outside include/sigaudit/LAYER/ belongs to no layer"
done < <(find "$root/include/sigaudit" -maxdepth 1 -type f -print0)

if [ "$problems" -gt 0 ]; then
  echo "check-layers: $problems include(s) or link(s) against the layer order (docs/architecture.md)" >&2
  exit 1
fi
echo "check-layers: every include and link follows the layer order"
