#!/usr/bin/env bash
# Finds the largest spec whose generated code javac still compiles (past it: "code too large",
# the JVM's 64 KB limit on a method, here the enum's class initializer), by binary search over
# synthetic error catalogues. Builds, from the committed sources, a processor whose
# SpecValidator.MAX_STATUSES is lifted, so the search can go past the limit the product enforces.
#
# Usage: benchmarks/enum-ceiling.sh [low high] [javac options...]
#   default range 2000..5000, default options: --release 17
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
low=${1:-2000}
high=${2:-5000}
shift 2 || true
options=("$@")
[ ${#options[@]} -gt 0 ] || options=(--release 17)
javac=${JAVAC:-javac}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

git archive HEAD | tar -x -C "$work"
sed -i 's/MAX_STATUSES = [0-9_]*;/MAX_STATUSES = 1_000_000;/' \
  "$work/processor/src/main/java/dev/statusspec/processor/check/SpecValidator.java"
mvn -B -q -o -f "$work/pom.xml" -pl processor -am package -DskipTests > "$work/mvn.log" 2>&1 \
  || { cat "$work/mvn.log"; exit 1; }
version=0.1.0-SNAPSHOT
processor=$work/processor/target/statusspec-processor-$version.jar
annotations=$work/annotations/target/statusspec-annotations-$version.jar

# 0 if a synthetic catalogue of $1 statuses (the one of compile-time.sh) compiles.
compiles() {
  local dir=$work/n$1
  mkdir -p "$dir/src/com/example" "$dir/out"
  printf 'package com.example;\n\n@dev.statusspec.StatusSpec("statuses.yaml")\npublic interface Big {}\n' \
    > "$dir/src/com/example/Big.java"
  # The synthetic catalogue moved to 2xx codes: no exception classes, so each javac takes seconds,
  # not a minute; the enum's initializer costs the same bytes per constant for any code >= 128.
  "$root/benchmarks/compile-time.sh" --print-synthetic "$1" | sed -E 's/^  - code: [45]/  - code: 2/' \
    > "$dir/src/com/example/statuses.yaml"
  "$javac" "${options[@]}" -cp "$annotations" -processorpath "$processor" -sourcepath "$dir/src" \
    -d "$dir/out" "$dir/src/com/example/Big.java" > "$dir/javac.log" 2>&1
  local ok=$?
  grep -m1 -o 'code too large[^:]*\|error:.*' "$dir/javac.log" | head -1 | sed "s/^/  $1: /" >&2 || true
  rm -rf "$dir"
  return $ok
}

compiles "$low" || { echo "$low statuses do not compile" >&2; exit 1; }
! compiles "$high" || { echo "$high statuses compile: raise the upper bound" >&2; exit 1; }
while [ $((high - low)) -gt 1 ]; do
  mid=$(((low + high) / 2))
  if compiles "$mid"; then low=$mid; else high=$mid; fi
done
echo "ceiling (${options[*]}): $low statuses compile, $high do not"
